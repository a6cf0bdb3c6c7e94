package timelineview

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
)

// Cursor parts, in px.
const (
	knobH      = 17 // the knob at the top of the cursor line
	badgeH     = 19 // the date readout beside the knob
	eraTextY   = 3  // era titles sit on their strip
	eraTextGap = 8  // px an era title keeps from the knob and readout
)

// placeCursor moves the cursor line, its knob and the date readout, and
// the cursor in the overview. Era titles make way for the knob and the
// readout, and the line is broken where it would cross text.
func (r *renderer) placeCursor(g *geom, full bool) {
	v, col := r.v, r.col
	w := float32(g.scale.Width)
	x := round(float32(g.scale.X(v.Time)))
	on := !v.Time.IsZero() && x >= 0 && x <= w
	show(r.knob, on)
	show(r.grip, on)
	show(r.readBg, on)
	show(r.readText, on)
	show(r.ovCur, !v.Time.IsZero())
	if full {
		for _, c := range r.cur {
			c.FillColor = col.primary
		}
		r.knob.FillColor, r.readBg.FillColor = col.primary, col.primary
		r.grip.FillColor = fade(col.onPrimary, 0xc0)
		r.readText.Color = col.onPrimary
		r.ovCur.FillColor = col.primary
	}
	r.placeOverviewCursor(g)
	if !on {
		r.placeEraTexts(g, 1, 0)
		for _, c := range r.cur {
			show(c, false)
		}
		return
	}
	place(r.knob, x-6, 0, 12, knobH)
	place(r.grip, x-0.5, 4, 1, 9)
	changed := setText(r.readText, formatMoment(v.Time, pxPerYear(g.scale)))
	ts := r.readText.Size()
	bw := ts.Width + 14
	bx := x + 9
	if bx+bw > w-1 {
		bx = x - 9 - bw
	}
	place(r.readBg, bx, 0, bw, badgeH)
	r.readText.Move(fyne.NewPos(bx+7, (badgeH-ts.Height)/2))
	if full || changed {
		r.readText.Refresh()
	}
	r.placeEraTexts(g, min(x-6, bx), max(x+6, bx+bw))
	r.placeLine(g, x)
}

// placeEraTexts shows the era titles, each where placeEras put it unless
// it would meet the knob or readout spanning [c0, c1] (c0 > c1 for none):
// then right of them, or left, within its era; when it fits neither it
// is hidden until the cursor moves on.
func (r *renderer) placeEraTexts(g *geom, c0, c1 float32) {
	w := float32(g.scale.Width)
	prevEnd := float32(-1e9)
	for i, eg := range g.eras {
		t := r.eraText[i]
		on := eg.visible && eg.text != ""
		x, tw := eg.textX, t.Size().Width
		if on && c0 <= c1 && x < c1+eraTextGap && c0-eraTextGap < x+tw {
			lo, hi := max(max(eg.x0, 0)+6, prevEnd+titleGap), min(eg.x1, w)-6
			switch {
			case c1+eraTextGap+tw <= hi:
				x = max(c1+eraTextGap, lo)
			case c0-eraTextGap-tw >= lo:
				x = c0 - eraTextGap - tw
			default:
				on = false
			}
		}
		show(t, on)
		if on {
			t.Move(fyne.NewPos(x, eraTextY))
			prevEnd = x + tw
		}
	}
}

// placeLine draws the cursor line at x from under the knob to the axis in
// pieces, leaving out where it would cross a title, a cluster's count or
// an era title.
func (r *renderer) placeLine(g *geom, x float32) {
	type span struct{ y0, y1 float32 }
	var gaps [cursorSegs + 2]span
	n := 0
	add := func(x0, x1, y0, y1 float32) {
		if x0 < x+1 && x-1 < x1 && n < len(gaps) {
			gaps[n] = span{y0, y1}
			n++
		}
	}
	for _, i := range g.shown {
		t := g.ev[i].title
		add(t.x0, t.x1, t.y0, t.y1)
	}
	y := g.bands.laneY(0)
	for _, m := range g.pack.markers {
		if m.visible && m.n() > 1 {
			add(m.cx-m.halfW()-2, m.cx+m.halfW()+2, y-pillH/2-2, y+pillH/2+2)
		}
	}
	for _, t := range r.eraText {
		if t.Visible() {
			p, s := t.Position(), t.Size()
			add(p.X, p.X+s.Width, p.Y, p.Y+s.Height)
		}
	}
	for i := 1; i < n; i++ { // by top
		for j := i; j > 0 && gaps[j].y0 < gaps[j-1].y0; j-- {
			gaps[j], gaps[j-1] = gaps[j-1], gaps[j]
		}
	}
	top, bottom := float32(knobH), g.bands.axisY+4 // the tick labels start at axisY+4
	s := 0
	piece := func(y0, y1 float32) {
		if y1-y0 >= 1 && s < len(r.cur) {
			show(r.cur[s], true)
			place(r.cur[s], x-1, y0, 2, y1-y0)
			s++
		}
	}
	for _, gp := range gaps[:n] {
		piece(top, min(gp.y0, bottom))
		top = max(top, gp.y1)
	}
	piece(top, bottom)
	for _, c := range r.cur[s:] {
		show(c, false)
	}
}

// placeOverviewCursor draws the cursor in the overview band, stopping
// above a year label it would cross.
func (r *renderer) placeOverviewCursor(g *geom) {
	b := g.bands
	ox := round(float32(r.v.overview().X(r.v.Time)))
	bottom := b.height
	for _, l := range r.scene.ovLabels {
		if l.x0 < ox+1 && ox-1 < l.x1 {
			bottom = min(bottom, l.y0)
		}
	}
	place(r.ovCur, ox-1, b.ovTop+1, 2, bottom-b.ovTop-1)
}

// tipLines is the most lines a tooltip has: a cluster's count and span,
// up to five of its events' titles and a hint.
const tipLines = 7

// maxTipW is the widest a line of a cluster's tooltip is.
const maxTipW = 380

// placeTooltip shows the hovered event's full title and date beside its
// marker, or for a cluster its number of events, their titles and a hint
// that a tap zooms in.
func (r *renderer) placeTooltip(g *geom) {
	v := r.v
	hv := v.hovered(g)
	var m *marker
	if hv.marker >= 0 && hv.marker < len(g.pack.markers) {
		m = &g.pack.markers[hv.marker]
	}
	on := v.drag == dragNone && (hv.event >= 0 && hv.event < len(g.events) && g.ev[hv.event].visible ||
		hv.event < 0 && m != nil && m.visible)
	show(r.tipBox, on)
	if !on {
		for _, t := range r.tipText {
			show(t, false)
		}
		r.tipFor = noTarget
		return
	}
	if hv == r.tipFor && g.baseGen == r.tipGen {
		return // shown already
	}
	r.tipFor, r.tipGen = hv, g.baseGen
	ink, dim := tooltipInk, fade(tooltipInk, 0xc0)
	lines := 0
	line := func(s string, size float32, bold bool, c color.NRGBA) {
		t := r.tipText[lines]
		t.TextSize, t.TextStyle.Bold, t.Color = size, bold, c
		t.Text = ""
		setText(t, s)
		lines++
	}
	w := float32(g.scale.Width)
	var ax float32
	if hv.event >= 0 {
		e, eg := &g.events[hv.event], &g.ev[hv.event]
		line(e.full, titleSize, true, ink)
		line(e.date, axisSize, false, dim)
		ax = eg.x0
		if mk := g.markerOf(hv.event); mk != nil {
			ax = mk.cx
		} else {
			ax = min(max(v.pointer.X, max(eg.x0, 0)), min(eg.x1, w))
		}
	} else {
		evs := g.members(hv.marker)
		a, z := g.events[evs[0]].start.Year(), g.events[evs[len(evs)-1]].start.Year()
		when := fmt.Sprint(a)
		if z != a {
			when = fmt.Sprintf("%d – %d", a, z)
		}
		line(fmt.Sprintf("%d events · %s", len(evs), when), titleSize, true, ink)
		list := evs
		if len(list) > tipLines-2 {
			list = list[:tipLines-3]
		}
		for _, i := range list {
			line("• "+fitText(g.events[i].full, maxTipW, axisSize, fyne.TextStyle{}), axisSize, false, ink)
		}
		hint := "Click to zoom in"
		if more := len(evs) - len(list); more > 0 {
			hint = fmt.Sprintf("and %d more · click to zoom in", more)
		}
		line(hint, axisSize, false, dim)
		ax = m.cx
	}
	bw, bh := float32(0), float32(8)
	for _, t := range r.tipText[:lines] {
		bw = max(bw, t.Size().Width+16)
		bh += t.Size().Height
	}
	bx := ax + 12
	if bx+bw > w-2 {
		bx = ax - 12 - bw
	}
	bx = max(bx, 2)
	by := max(g.bands.laneY(0)-12-bh, 0)
	if hv.event >= 0 && g.markerOf(hv.event) == nil {
		by = max(g.bands.laneY(g.ev[hv.event].lane)-12-bh, 0)
	}
	place(r.tipBox, bx, by, bw, bh)
	y := by + 4
	for i, t := range r.tipText {
		show(t, i < lines)
		if i < lines {
			t.Move(fyne.NewPos(bx+8, y))
			t.Refresh()
			y += t.Size().Height
		}
	}
}
