package app

import (
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

func tlRound(f float32) float32 { return float32(math.Round(float64(f))) }

// mix is the colour halfway between a and b, opaque.
func tlMix(a, b color.NRGBA) color.NRGBA {
	return color.NRGBA{uint8((int(a.R) + int(b.R)) / 2), uint8((int(a.G) + int(b.G)) / 2),
		uint8((int(a.B) + int(b.B)) / 2), 0xff}
}

// placeBase moves everything that depends on the size and zoom: eras,
// ticks, the overview and the markers.
func (r *tlRenderer) placeBase(g *tlGeom) {
	v, col, b := r.v, r.col, g.bands
	w, h := float32(g.scale.Width), b.height
	ov := v.overview()
	for i, eg := range g.eras {
		hue := tlEraHues[i%len(tlEraHues)]
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		tlShow(r.eraBand[i], eg.visible)
		tlShow(r.eraStrip[i], eg.visible)
		r.eraBand[i].FillColor = tlFade(hue, 0x1a)
		r.eraStrip[i].FillColor = tlFade(hue, 0x90)
		tlPlace(r.eraBand[i], x0, 0, x1-x0, b.axisY)
		tlPlace(r.eraStrip[i], x0, 0, x1-x0, 3)
		t := r.eraText[i]
		t.Color = tlFade(tlMix(hue, col.fg), 0xd0)
		tlSetText(t, eg.text)
		tlShow(t, eg.visible && eg.text != "")
		t.Move(fyne.NewPos(eg.textX, 3))
		o0, o1 := float32(ov.X(eg.start)), float32(ov.X(eg.end))
		r.eraOv[i].FillColor = tlFade(hue, 0x30)
		tlPlace(r.eraOv[i], max(o0, 0), b.ovTop, min(o1, w)-max(o0, 0), h-b.ovTop)
	}

	// The axis: tick marks, then labels under the major ticks.
	nLabels := 0
	for _, tk := range g.ticks {
		if tk.Label != "" {
			nLabels++
		}
	}
	if len(r.ticks) < len(g.ticks) {
		for len(r.ticks) < len(g.ticks) {
			r.ticks = append(r.ticks, &canvas.Rectangle{})
		}
		r.rebuildObjects()
	}
	labels := r.textPool(&r.tickText, nLabels, tlAxisSize, tlFade(col.fg, 0xb0))
	l := 0
	for i, tk := range r.ticks {
		tlShow(tk, i < len(g.ticks))
		if i >= len(g.ticks) {
			continue
		}
		x := tlRound(float32(g.scale.X(g.ticks[i].Time)))
		if g.ticks[i].Major {
			tk.FillColor = tlFade(col.fg, 0x80)
			tlPlace(tk, x, b.axisY, 1, 6)
		} else {
			tk.FillColor = tlFade(col.fg, 0x40)
			tlPlace(tk, x, b.axisY, 1, 3)
		}
		if g.ticks[i].Label != "" {
			t := labels[l]
			l++
			tlSetText(t, g.ticks[i].Label)
			tx := min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1)
			t.Move(fyne.NewPos(tx, b.axisY+4))
		}
	}
	r.axis.FillColor = tlFade(col.fg, 0x60)
	tlPlace(r.axis, 0, b.axisY, w, 1)

	// The overview band.
	r.ovBg.FillColor = tlFade(col.fg, 0x0a)
	tlPlace(r.ovBg, 0, b.ovTop, w, h-b.ovTop)
	r.ovSep.FillColor = tlFade(col.fg, 0x30)
	tlPlace(r.ovSep, 0, b.ovTop, w, 1)
	nLabels = 0
	for _, tk := range g.ovTicks {
		if tk.Label != "" {
			nLabels++
		}
	}
	labels = r.textPool(&r.ovText, nLabels, tlOvSize, tlFade(col.fg, 0xa0))
	l = 0
	for _, tk := range g.ovTicks {
		if tk.Label == "" {
			continue
		}
		t := labels[l]
		l++
		tlSetText(t, tk.Label)
		x := float32(ov.X(tk.Time))
		t.Move(fyne.NewPos(min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1), b.ovTop+13))
	}
	wx0, wx1 := float32(ov.X(g.scale.Start)), float32(ov.X(g.scale.End))
	if wx1-wx0 < 6 {
		c := (wx0 + wx1) / 2
		wx0, wx1 = c-3, c+3
	}
	r.ovWin.FillColor = tlFade(col.primary, 0x16)
	r.ovWin.StrokeColor = tlFade(col.primary, 0x90)
	tlPlace(r.ovWin, max(wx0, 0.5), b.ovTop+1.5, min(wx1, w-0.5)-max(wx0, 0.5), h-b.ovTop-2.5)

	for i := range g.events {
		r.placeMarker(g, i, ov.X)
	}
}

// placeMarker moves an event's marker, ring and overview tick.
func (r *tlRenderer) placeMarker(g *tlGeom, i int, ovX func(t time.Time) float64) {
	o, e, eg := &r.ev[i], &g.events[i], &g.ev[i]
	b := g.bands
	w := float32(g.scale.Width)
	y := b.laneY(eg.lane)
	tlShow(o.mark, eg.point && eg.visible)
	if o.bar != nil {
		tlShow(o.bar, !eg.point && eg.visible)
		if o.capL != nil {
			tlShow(o.capL, false)
		}
		if o.capR != nil {
			tlShow(o.capR, false)
		}
	}
	if o.whisker != nil {
		x0, x1 := max(eg.w0, 0), min(eg.w1, w)
		tlShow(o.whisker, eg.period)
		tlPlace(o.whisker, x0, y-1.5, x1-x0, 3)
	}
	if eg.point {
		tlPlace(o.mark, eg.x0-5.5, y-5.5, 11, 11)
		o.ring.CornerRadius = 8.5
		tlPlace(o.ring, eg.x0-8.5, y-8.5, 17, 17)
	} else {
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		capW := min(28, (eg.x1-eg.x0)/3)
		bx0, bx1 := x0, x1
		if o.capL != nil && eg.visible && eg.x0 >= 0 {
			tlShow(o.capL, true)
			tlPlace(o.capL, eg.x0, y-3, capW, 6)
			bx0 = eg.x0 + capW
		}
		if o.capR != nil && eg.visible && eg.x1 <= w {
			tlShow(o.capR, true)
			tlPlace(o.capR, eg.x1-capW, y-3, capW, 6)
			bx1 = eg.x1 - capW
		}
		left, right := float32(3), float32(3)
		if bx0 != eg.x0 || eg.x0 < 0 {
			left = 0
		}
		if bx1 != eg.x1 || eg.x1 > w {
			right = 0
		}
		o.bar.TopLeftCornerRadius, o.bar.BottomLeftCornerRadius = left, left
		o.bar.TopRightCornerRadius, o.bar.BottomRightCornerRadius = right, right
		tlPlace(o.bar, bx0, y-3, max(bx1-bx0, 1), 6)
		o.ring.CornerRadius = 6
		tlPlace(o.ring, max(x0-3, 0), y-6, min(x1+3, w)-max(x0-3, 0), 12)
	}
	ox0 := float32(ovX(e.start))
	if e.point {
		tlPlace(o.ovTick, tlRound(ox0), b.ovTop+3, 1, 8)
	} else {
		tlPlace(o.ovTick, ox0, b.ovTop+5, max(float32(ovX(e.end))-ox0, 2), 4)
	}
}

// placeTitles moves the titles and their poles to their rows.
func (r *tlRenderer) placeTitles(g *tlGeom, full bool) {
	for i := range g.events {
		o, eg := &r.ev[i], &g.ev[i]
		on := eg.row >= 0
		tlShow(o.title, on)
		tlShow(o.pole, on)
		if !on {
			continue
		}
		// The box is the bold title's: right-aligned left of the pole, the
		// text keeps to the pole whatever its weight.
		o.title.Alignment = fyne.TextAlignLeading
		if eg.left {
			o.title.Alignment = fyne.TextAlignTrailing
		}
		o.title.Move(fyne.NewPos(eg.title.x0, eg.title.y0))
		o.title.Resize(fyne.NewSize(eg.title.x1-eg.title.x0, eg.title.y1-eg.title.y0))
		top := eg.title.y0 + 2
		bottom := g.bands.laneY(eg.lane) - 3
		if eg.point {
			bottom = g.bands.laneY(eg.lane) - 5
		}
		tlPlace(o.pole, tlRound(eg.flagX)-0.5, top, 1, bottom-top)
	}
}

// styleEvents colours the events whose state (active, marked, hovered)
// changed, or all of them.
func (r *tlRenderer) styleEvents(g *tlGeom, full bool) {
	v, n := r.v, len(r.ev)
	clear(r.flags)
	for _, i := range v.Active {
		if i >= 0 && i < n {
			r.flags[i] |= tlActive
		}
	}
	for _, i := range v.Marked {
		if i >= 0 && i < n {
			r.flags[i] |= tlMarked
		}
	}
	if v.hover >= 0 && v.hover < n {
		r.flags[v.hover] |= tlHover
	}
	for i := range r.ev {
		want := r.flags[i] | tlStyled
		if !full && r.ev[i].state == want {
			continue
		}
		r.ev[i].state = want
		r.styleEvent(g, i, want, full)
	}
}

func (r *tlRenderer) styleEvent(g *tlGeom, i int, st uint8, full bool) {
	o, e, col := &r.ev[i], &g.events[i], r.col
	active, marked, hover := st&tlActive != 0, st&tlMarked != 0, st&tlHover != 0
	ink := tlFade(col.fg, 0x70)
	if active {
		ink = col.primary
	} else if hover {
		ink = tlFade(col.fg, 0xc0)
	}
	var changed []fyne.CanvasObject
	fill, line := col.bg, ink
	if active || hover {
		fill = ink
	}
	if e.point && e.approxStart {
		fill, line = tlFade(fill, 0x90), tlFade(line, 0x90)
	}
	o.mark.FillColor, o.mark.StrokeColor = fill, line
	changed = append(changed, o.mark)
	if o.whisker != nil {
		o.whisker.FillColor = tlFade(ink, 0x38)
		changed = append(changed, o.whisker)
	}
	if o.bar != nil {
		if !active {
			ink = tlFade(ink, 0xa0)
		}
		o.bar.FillColor = ink
		changed = append(changed, o.bar)
		if o.capL != nil {
			o.capL.StartColor, o.capL.EndColor = tlFade(ink, 0), ink
			changed = append(changed, o.capL)
		}
		if o.capR != nil {
			o.capR.StartColor, o.capR.EndColor = ink, tlFade(ink, 0)
			changed = append(changed, o.capR)
		}
	}
	o.ring.StrokeColor = col.ring
	tlShow(o.ring, marked && g.ev[i].visible)

	o.pole.FillColor = tlFade(col.fg, 0x40)
	o.title.Color = tlFade(col.fg, 0xb0)
	o.title.TextStyle.Bold = active
	switch {
	case hover:
		o.title.Color = col.primary
	case active:
		o.title.Color = col.fg
		o.pole.FillColor = tlFade(col.primary, 0xa0)
	}
	o.ovTick.FillColor = tlFade(col.fg, 0x80)
	if active {
		o.ovTick.FillColor = col.primary
	}
	if !full {
		changed = append(changed, o.ring, o.pole, o.title, o.ovTick)
		for _, c := range changed {
			canvas.Refresh(c)
		}
	}
}

// placeCursor moves the cursor line, its knob and the date readout, and
// the cursor in the overview.
func (r *tlRenderer) placeCursor(g *tlGeom, full bool) {
	v, col, b := r.v, r.col, g.bands
	w := float32(g.scale.Width)
	x := tlRound(float32(g.scale.X(v.Time)))
	on := !v.Time.IsZero() && x >= 0 && x <= w
	for _, o := range []fyne.CanvasObject{r.cur, r.knob, r.grip, r.readBg, r.readText} {
		tlShow(o, on)
	}
	tlShow(r.ovCur, !v.Time.IsZero())
	if full {
		r.cur.FillColor, r.knob.FillColor, r.readBg.FillColor = col.primary, col.primary, col.primary
		r.grip.FillColor = tlFade(col.onPrimary, 0xc0)
		r.readText.Color = col.onPrimary
		r.ovCur.FillColor = col.primary
	}
	ox := tlRound(float32(v.overview().X(v.Time)))
	tlPlace(r.ovCur, ox-1, b.ovTop+1, 2, b.height-b.ovTop-1)
	if !on {
		return
	}
	tlPlace(r.cur, x-1, 12, 2, b.axisY+5-12)
	tlPlace(r.knob, x-6, 0, 12, 17)
	tlPlace(r.grip, x-0.5, 4, 1, 9)
	changed := tlSetText(r.readText, formatMoment(v.Time, tlPxPerYear(g.scale)))
	ts := r.readText.Size()
	bw, bh := ts.Width+14, float32(19)
	bx := x + 9
	if bx+bw > w-1 {
		bx = x - 9 - bw
	}
	tlPlace(r.readBg, bx, 0, bw, bh)
	r.readText.Move(fyne.NewPos(bx+7, (bh-ts.Height)/2))
	if full || changed {
		r.readText.Refresh()
	}
}

// placeTooltip shows the hovered event's full title and date above its
// marker.
func (r *tlRenderer) placeTooltip(g *tlGeom, full bool) {
	v := r.v
	i := v.hover
	on := i >= 0 && i < len(g.events) && v.drag == tlDragNone && g.ev[i].visible
	for _, o := range []fyne.CanvasObject{r.tipBox, r.tipTitle, r.tipDate} {
		tlShow(o, on)
	}
	if !on {
		return
	}
	e, eg := &g.events[i], &g.ev[i]
	tlSetText(r.tipTitle, e.full)
	tlSetText(r.tipDate, e.date)
	s1, s2 := r.tipTitle.Size(), r.tipDate.Size()
	w := float32(g.scale.Width)
	bw, bh := max(s1.Width, s2.Width)+16, s1.Height+s2.Height+8
	ax := eg.x0
	if !eg.point {
		ax = min(max(v.pointer.X, max(eg.x0, 0)), min(eg.x1, w))
	}
	bx := ax + 12
	if bx+bw > w-2 {
		bx = ax - 12 - bw
	}
	bx = max(bx, 2)
	by := max(g.bands.laneY(eg.lane)-12-bh, 0)
	tlPlace(r.tipBox, bx, by, bw, bh)
	r.tipTitle.Move(fyne.NewPos(bx+8, by+4))
	r.tipDate.Move(fyne.NewPos(bx+8, by+4+s1.Height))
}
