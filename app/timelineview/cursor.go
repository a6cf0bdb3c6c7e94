package timelineview

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// Cursor parts, in px.
const (
	knobH      = 17 // the knob at the top of the cursor line
	badgeH     = 19 // the date readout beside the knob
	eraTextY   = 3  // era titles sit on their strip
	eraTextGap = 8  // px an era title keeps from the knob and readout
	letterSize = 10 // the "A" and "B" on the knobs when comparing
)

// handle is the live objects of a handle over the raster: the cursor's,
// or the second handle's when comparing two moments.
type handle struct {
	line     []*canvas.Rectangle // the line, in pieces
	knob     *canvas.Rectangle
	letter   *canvas.Text // "A" or "B" on the knob when comparing
	readBg   *canvas.Rectangle
	readText *canvas.Text
	ov       *canvas.Rectangle // the handle in the overview
}

// spot is where a handle is drawn: its line's x, whether it is in the
// detail view, and its readout's box (x, width).
type spot struct {
	x, bx, bw float32
	on        bool
}

// extent is the stretch of the band a handle's knob and readout take.
func (s spot) extent() xspan { return xspan{min(s.x-6, s.bx), max(s.x+6, s.bx+s.bw)} }

// badge is the box of the handle's readout.
func (s spot) badge() rect { return rect{s.bx, 0, s.bx + s.bw, badgeH} }

// xspan is a stretch [a, b] across the band.
type xspan struct{ a, b float32 }

// placeCursor moves the cursor and, when comparing, the second handle:
// their lines, knobs and date readouts, the shading between them, and
// both in the overview. Era titles make way for the knobs and readouts,
// and the lines are broken where they would cross text.
func (r *renderer) placeCursor(g *geom, full bool) {
	v := r.v
	comparing := !v.Compare.IsZero()
	if full {
		r.colourHandles()
	}
	pxYear := pxPerYear(g.scale)
	a := r.spotOf(g, &r.main, v.Time, pxYear, full)
	b := spot{}
	if comparing {
		b = r.spotOf(g, &r.second, v.Compare, pxYear, full)
	} else if r.compared {
		r.spotOf(g, &r.second, time.Time{}, pxYear, full)
	}
	r.placeBadges(g, &a, &b, comparing && v.Compare.Before(v.Time))
	show(r.grip, a.on && !comparing)
	show(r.main.letter, a.on && comparing)
	show(r.second.letter, b.on)
	var avoid [2]xspan
	n := 0
	if a.on {
		avoid[n] = a.extent()
		n++
	}
	if b.on {
		avoid[n] = b.extent()
		n++
	}
	r.placeEraTexts(g, avoid[:n])
	if a.on {
		r.placeHandle(g, &r.main, a, b)
		place(r.grip, a.x-0.5, 4, 1, 9)
	} else {
		hideAll(r.main.line)
	}
	r.placeOverviewCursor(g, r.main.ov, v.Time)
	if !r.compared {
		return // the second handle and the shading were never shown
	}
	if b.on {
		r.placeHandle(g, &r.second, b, a)
	} else {
		hideAll(r.second.line)
	}
	r.placeOverviewCursor(g, r.second.ov, v.Compare)
	r.placeShade(g)
}

// spotOf shows or hides handle h for time t (the zero time hides it),
// sets its readout's text for the zoom and returns where it goes; the
// readout's box is placed by placeBadges.
func (r *renderer) spotOf(g *geom, h *handle, t time.Time, pxYear float64, full bool) spot {
	w := float32(g.scale.Width)
	x := round(float32(g.scale.X(t)))
	on := !t.IsZero() && x >= 0 && x <= w
	show(h.knob, on)
	show(h.readBg, on)
	show(h.readText, on)
	show(h.ov, !t.IsZero())
	if !on {
		return spot{x: x}
	}
	if setText(h.readText, formatMoment(t, pxYear)) || full {
		h.readText.Refresh()
	}
	return spot{x: x, bw: h.readText.Size().Width + 14, on: true}
}

// placeBadges places the readouts beside their knobs. The cursor's alone
// goes right of its knob; when comparing, each goes outwards (the earlier
// moment's left, the later's right; bFirst when the second handle is the
// earlier), or inwards at the band's edge. Readouts that would still meet
// go side by side in time order where there is room.
func (r *renderer) placeBadges(g *geom, a, b *spot, bFirst bool) {
	w := float32(g.scale.Width)
	if !b.on {
		a.bx = badgeX(a.x, a.bw, w, true)
		return
	}
	if !a.on {
		b.bx = badgeX(b.x, b.bw, w, !bFirst)
		return
	}
	early, late := a, b
	if bFirst {
		early, late = b, a
	}
	early.bx = badgeX(early.x, early.bw, w, false)
	late.bx = badgeX(late.x, late.bw, w, true)
	e, l := early.extent(), late.extent()
	if e.b+4 <= l.a || l.b+4 <= e.a {
		return
	}
	lo, hi := min(early.x, late.x)-6, max(early.x, late.x)+6
	need := early.bw + late.bw + 4
	switch {
	case hi+3+need <= w-1:
		early.bx = hi + 3
	case lo-3-need >= 1:
		early.bx = lo - 3 - need
	default:
		return
	}
	late.bx = early.bx + early.bw + 4
}

// badgeX is the left of a readout bw wide beside a knob at x: right of
// it when right, else left; on the other side when it would leave the
// band.
func badgeX(x, bw, w float32, right bool) float32 {
	if right {
		if bx := x + 9; bx+bw <= w-1 {
			return bx
		}
		return x - 9 - bw
	}
	if bx := x - 9 - bw; bx >= 1 {
		return bx
	}
	return x + 9
}

// placeHandle places handle h's knob, letter, readout and line at s; the
// line also leaves out the other handle's readout.
func (r *renderer) placeHandle(g *geom, h *handle, s, other spot) {
	place(h.knob, s.x-6, 0, 12, knobH)
	if h.letter.Visible() {
		ls := h.letter.Size()
		h.letter.Move(fyne.NewPos(s.x-ls.Width/2, (knobH-ls.Height)/2))
	}
	place(h.readBg, s.bx, 0, s.bw, badgeH)
	ts := h.readText.Size()
	h.readText.Move(fyne.NewPos(s.bx+7, (badgeH-ts.Height)/2))
	var extra []rect
	if other.on {
		extra = []rect{other.badge()}
	}
	r.placeLine(g, s.x, h.line, extra)
}

// hideAll hides the objects.
func hideAll(objs []*canvas.Rectangle) {
	for _, o := range objs {
		show(o, false)
	}
}

// placeEraTexts shows the era titles, each where placeEras put it unless
// it would meet a knob and readout of avoid: then right of one of them,
// or else left of one, within its era and clear of all; when it fits
// nowhere it is hidden until the handles move on.
func (r *renderer) placeEraTexts(g *geom, avoid []xspan) {
	w := float32(g.scale.Width)
	if len(avoid) == 2 && avoid[1].a < avoid[0].a {
		avoid[0], avoid[1] = avoid[1], avoid[0]
	}
	clear := func(x, tw float32) bool {
		for _, s := range avoid {
			if x < s.b+eraTextGap && s.a-eraTextGap < x+tw {
				return false
			}
		}
		return true
	}
	prevEnd := float32(-1e9)
	for i, eg := range g.eras {
		t := r.eraText[i]
		on := eg.visible && eg.text != ""
		x, tw := eg.textX, t.Size().Width
		if on && !clear(x, tw) {
			lo, hi := max(max(eg.x0, 0)+6, prevEnd+titleGap), min(eg.x1, w)-6
			on = false
			for side := range 2 {
				for _, s := range avoid {
					cx := s.a - eraTextGap - tw // left of s
					if side == 0 {
						cx = max(s.b+eraTextGap, lo) // right of s
					}
					if cx >= lo && cx+tw <= hi && clear(cx, tw) {
						x, on = cx, true
						break
					}
				}
				if on {
					break
				}
			}
		}
		show(t, on)
		if on {
			t.Move(fyne.NewPos(x, eraTextY))
			prevEnd = x + tw
		}
	}
}

// placeLine draws a handle's line at x in the pieces from under the knob
// to the axis, leaving out where it would cross a title, a cluster's
// count, an era title or one of the boxes extra.
func (r *renderer) placeLine(g *geom, x float32, pieces []*canvas.Rectangle, extra []rect) {
	type span struct{ y0, y1 float32 }
	var gaps [cursorSegs + 4]span
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
	for _, e := range extra {
		add(e.x0-2, e.x1+2, e.y0, e.y1+1)
	}
	for i := 1; i < n; i++ { // by top
		for j := i; j > 0 && gaps[j].y0 < gaps[j-1].y0; j-- {
			gaps[j], gaps[j-1] = gaps[j-1], gaps[j]
		}
	}
	top, bottom := float32(knobH), g.bands.axisY+4 // the tick labels start at axisY+4
	s := 0
	piece := func(y0, y1 float32) {
		if y1-y0 >= 1 && s < len(pieces) {
			show(pieces[s], true)
			place(pieces[s], x-1, y0, 2, y1-y0)
			s++
		}
	}
	for _, gp := range gaps[:n] {
		piece(top, min(gp.y0, bottom))
		top = max(top, gp.y1)
	}
	piece(top, bottom)
	hideAll(pieces[s:])
}

// placeOverviewCursor draws a handle at t in the overview band (o), stopping
// above a year label it would cross.
func (r *renderer) placeOverviewCursor(g *geom, o *canvas.Rectangle, t time.Time) {
	if t.IsZero() {
		return
	}
	b := g.bands
	ox := round(float32(r.v.overview().X(t)))
	bottom := b.height
	for _, l := range r.scene.ovLabels {
		if l.x0 < ox+1 && ox-1 < l.x1 {
			bottom = min(bottom, l.y0)
		}
	}
	place(o, ox-1, b.ovTop+1, 2, bottom-b.ovTop-1)
}
