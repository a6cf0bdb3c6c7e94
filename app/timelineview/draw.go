package timelineview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// round rounds f to the nearest whole pixel.
func round(f float32) float32 { return float32(math.Round(float64(f))) }

// placeBase moves everything that depends on the size and zoom: eras,
// ticks, the overview and the markers.
func (r *renderer) placeBase(g *geom) {
	v, col, b := r.v, r.col, g.bands
	w, h := float32(g.scale.Width), b.height
	ov := v.overview()
	for i, eg := range g.eras {
		hue := eraHues[i%len(eraHues)]
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		show(r.eraBand[i], eg.visible)
		show(r.eraStrip[i], eg.visible)
		r.eraBand[i].FillColor = fade(hue, 0x1a)
		r.eraStrip[i].FillColor = fade(hue, 0x90)
		place(r.eraBand[i], x0, 0, x1-x0, b.axisY)
		place(r.eraStrip[i], x0, 0, x1-x0, 3)
		t := r.eraText[i]
		t.Color = fade(mix(hue, col.fg), 0xd0)
		setText(t, eg.text)
		show(t, eg.visible && eg.text != "")
		t.Move(fyne.NewPos(eg.textX, 3))
		o0, o1 := float32(ov.X(eg.start)), float32(ov.X(eg.end))
		r.eraOv[i].FillColor = fade(hue, 0x30)
		place(r.eraOv[i], max(o0, 0), b.ovTop, min(o1, w)-max(o0, 0), h-b.ovTop)
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
	labels := r.textPool(&r.tickText, nLabels, axisSize, fade(col.fg, 0xb0))
	l := 0
	for i, tk := range r.ticks {
		show(tk, i < len(g.ticks))
		if i >= len(g.ticks) {
			continue
		}
		x := round(float32(g.scale.X(g.ticks[i].Time)))
		if g.ticks[i].Major {
			tk.FillColor = fade(col.fg, 0x80)
			place(tk, x, b.axisY, 1, 6)
		} else {
			tk.FillColor = fade(col.fg, 0x40)
			place(tk, x, b.axisY, 1, 3)
		}
		if g.ticks[i].Label != "" {
			t := labels[l]
			l++
			setText(t, g.ticks[i].Label)
			tx := min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1)
			t.Move(fyne.NewPos(tx, b.axisY+4))
		}
	}
	r.axis.FillColor = fade(col.fg, 0x60)
	place(r.axis, 0, b.axisY, w, 1)

	// The overview band.
	r.ovBg.FillColor = fade(col.fg, 0x0a)
	place(r.ovBg, 0, b.ovTop, w, h-b.ovTop)
	r.ovSep.FillColor = fade(col.fg, 0x30)
	place(r.ovSep, 0, b.ovTop, w, 1)
	nLabels = 0
	for _, tk := range g.ovTicks {
		if tk.Label != "" {
			nLabels++
		}
	}
	labels = r.textPool(&r.ovText, nLabels, overviewSize, fade(col.fg, 0xa0))
	l = 0
	for _, tk := range g.ovTicks {
		if tk.Label == "" {
			continue
		}
		t := labels[l]
		l++
		setText(t, tk.Label)
		x := float32(ov.X(tk.Time))
		t.Move(fyne.NewPos(min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1), b.ovTop+13))
	}
	wx0, wx1 := float32(ov.X(g.scale.Start)), float32(ov.X(g.scale.End))
	if wx1-wx0 < 6 {
		c := (wx0 + wx1) / 2
		wx0, wx1 = c-3, c+3
	}
	r.ovWin.FillColor = fade(col.primary, 0x16)
	r.ovWin.StrokeColor = fade(col.primary, 0x90)
	place(r.ovWin, max(wx0, 0.5), b.ovTop+1.5, min(wx1, w-0.5)-max(wx0, 0.5), h-b.ovTop-2.5)

	for i := range g.events {
		r.placeMarker(g, i, ov.X)
	}
}

// placeMarker moves an event's marker, ring and overview tick.
func (r *renderer) placeMarker(g *geom, i int, ovX func(t time.Time) float64) {
	o, e, eg := &r.ev[i], &g.events[i], &g.ev[i]
	b := g.bands
	w := float32(g.scale.Width)
	y := b.laneY(eg.lane)
	show(o.mark, eg.point && eg.visible)
	if o.bar != nil {
		show(o.bar, !eg.point && eg.visible)
		if o.capL != nil {
			show(o.capL, false)
		}
		if o.capR != nil {
			show(o.capR, false)
		}
	}
	if o.whisker != nil {
		x0, x1 := max(eg.w0, 0), min(eg.w1, w)
		show(o.whisker, eg.period)
		place(o.whisker, x0, y-1.5, x1-x0, 3)
	}
	if eg.point {
		place(o.mark, eg.x0-5.5, y-5.5, 11, 11)
		o.ring.CornerRadius = 8.5
		place(o.ring, eg.x0-8.5, y-8.5, 17, 17)
	} else {
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		capW := min(28, (eg.x1-eg.x0)/3)
		bx0, bx1 := x0, x1
		if o.capL != nil && eg.visible && eg.x0 >= 0 {
			show(o.capL, true)
			place(o.capL, eg.x0, y-3, capW, 6)
			bx0 = eg.x0 + capW
		}
		if o.capR != nil && eg.visible && eg.x1 <= w {
			show(o.capR, true)
			place(o.capR, eg.x1-capW, y-3, capW, 6)
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
		place(o.bar, bx0, y-3, max(bx1-bx0, 1), 6)
		o.ring.CornerRadius = 6
		place(o.ring, max(x0-3, 0), y-6, min(x1+3, w)-max(x0-3, 0), 12)
	}
	ox0 := float32(ovX(e.start))
	if e.point {
		place(o.ovTick, round(ox0), b.ovTop+3, 1, 8)
	} else {
		place(o.ovTick, ox0, b.ovTop+5, max(float32(ovX(e.end))-ox0, 2), 4)
	}
}

// placeTitles moves the titles and their poles to their rows.
func (r *renderer) placeTitles(g *geom) {
	for i := range g.events {
		o, eg := &r.ev[i], &g.ev[i]
		on := eg.row >= 0
		show(o.title, on)
		show(o.pole, on)
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
		place(o.pole, round(eg.flagX)-0.5, top, 1, bottom-top)
	}
}

// styleEvents colours the events whose state (active, marked, hovered)
// changed, or all of them.
func (r *renderer) styleEvents(g *geom, full bool) {
	v, n := r.v, len(r.ev)
	clear(r.flags)
	for _, i := range v.Active {
		if i >= 0 && i < n {
			r.flags[i] |= stateActive
		}
	}
	for _, i := range v.Marked {
		if i >= 0 && i < n {
			r.flags[i] |= stateMarked
		}
	}
	if v.hover >= 0 && v.hover < n {
		r.flags[v.hover] |= stateHover
	}
	for i := range r.ev {
		want := r.flags[i] | stateStyled
		if !full && r.ev[i].state == want {
			continue
		}
		r.ev[i].state = want
		r.styleEvent(g, i, want, full)
	}
}

// styleEvent colours event i for its state st and, unless full (when the
// whole widget is refreshed), refreshes the objects it changed.
func (r *renderer) styleEvent(g *geom, i int, st uint8, full bool) {
	o, e, col := &r.ev[i], &g.events[i], r.col
	active, marked, hover := st&stateActive != 0, st&stateMarked != 0, st&stateHover != 0
	ink := fade(col.fg, 0x70)
	if active {
		ink = col.primary
	} else if hover {
		ink = fade(col.fg, 0xc0)
	}
	var changed []fyne.CanvasObject
	fill, line := col.bg, ink
	if active || hover {
		fill = ink
	}
	if e.point && e.approxStart {
		fill, line = fade(fill, 0x90), fade(line, 0x90)
	}
	o.mark.FillColor, o.mark.StrokeColor = fill, line
	changed = append(changed, o.mark)
	if o.whisker != nil {
		o.whisker.FillColor = fade(ink, 0x38)
		changed = append(changed, o.whisker)
	}
	if o.bar != nil {
		if !active {
			ink = fade(ink, 0xa0)
		}
		o.bar.FillColor = ink
		changed = append(changed, o.bar)
		if o.capL != nil {
			o.capL.StartColor, o.capL.EndColor = fade(ink, 0), ink
			changed = append(changed, o.capL)
		}
		if o.capR != nil {
			o.capR.StartColor, o.capR.EndColor = ink, fade(ink, 0)
			changed = append(changed, o.capR)
		}
	}
	o.ring.StrokeColor = col.ring
	show(o.ring, marked && g.ev[i].visible)

	o.pole.FillColor = fade(col.fg, 0x40)
	o.title.Color = fade(col.fg, 0xb0)
	o.title.TextStyle.Bold = active
	switch {
	case hover:
		o.title.Color = col.primary
	case active:
		o.title.Color = col.fg
		o.pole.FillColor = fade(col.primary, 0xa0)
	}
	o.ovTick.FillColor = fade(col.fg, 0x80)
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
func (r *renderer) placeCursor(g *geom, full bool) {
	v, col, b := r.v, r.col, g.bands
	w := float32(g.scale.Width)
	x := round(float32(g.scale.X(v.Time)))
	on := !v.Time.IsZero() && x >= 0 && x <= w
	for _, o := range []fyne.CanvasObject{r.cur, r.knob, r.grip, r.readBg, r.readText} {
		show(o, on)
	}
	show(r.ovCur, !v.Time.IsZero())
	if full {
		r.cur.FillColor, r.knob.FillColor, r.readBg.FillColor = col.primary, col.primary, col.primary
		r.grip.FillColor = fade(col.onPrimary, 0xc0)
		r.readText.Color = col.onPrimary
		r.ovCur.FillColor = col.primary
	}
	ox := round(float32(v.overview().X(v.Time)))
	place(r.ovCur, ox-1, b.ovTop+1, 2, b.height-b.ovTop-1)
	if !on {
		return
	}
	place(r.cur, x-1, 12, 2, b.axisY+5-12)
	place(r.knob, x-6, 0, 12, 17)
	place(r.grip, x-0.5, 4, 1, 9)
	changed := setText(r.readText, formatMoment(v.Time, pxPerYear(g.scale)))
	ts := r.readText.Size()
	bw, bh := ts.Width+14, float32(19)
	bx := x + 9
	if bx+bw > w-1 {
		bx = x - 9 - bw
	}
	place(r.readBg, bx, 0, bw, bh)
	r.readText.Move(fyne.NewPos(bx+7, (bh-ts.Height)/2))
	if full || changed {
		r.readText.Refresh()
	}
}

// placeTooltip shows the hovered event's full title and date above its
// marker.
func (r *renderer) placeTooltip(g *geom) {
	v := r.v
	i := v.hover
	on := i >= 0 && i < len(g.events) && v.drag == dragNone && g.ev[i].visible
	for _, o := range []fyne.CanvasObject{r.tipBox, r.tipTitle, r.tipDate} {
		show(o, on)
	}
	if !on {
		return
	}
	e, eg := &g.events[i], &g.ev[i]
	setText(r.tipTitle, e.full)
	setText(r.tipDate, e.date)
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
	place(r.tipBox, bx, by, bw, bh)
	r.tipTitle.Move(fyne.NewPos(bx+8, by+4))
	r.tipDate.Move(fyne.NewPos(bx+8, by+4+s1.Height))
}
