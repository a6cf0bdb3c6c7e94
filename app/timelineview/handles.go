package timelineview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// The handles' objects: the cursor's (kept in the renderer's own fields,
// which r.main points at) and the second handle's, and the shading of the
// stretch between them when comparing two moments.

// newHandles makes the cursor's and the second handle's objects and the
// shading.
func (r *renderer) newHandles() {
	r.ovCur = &canvas.Rectangle{}
	for i := range r.cur {
		r.cur[i] = &canvas.Rectangle{}
	}
	r.knob = &canvas.Rectangle{CornerRadius: 4}
	r.grip = &canvas.Rectangle{}
	r.readBg = &canvas.Rectangle{CornerRadius: 4}
	r.readText = &canvas.Text{TextSize: titleSize, TextStyle: fyne.TextStyle{Bold: true}}
	letter := func(s string) *canvas.Text {
		t := &canvas.Text{Text: s, TextSize: letterSize, TextStyle: fyne.TextStyle{Bold: true}}
		t.Resize(t.MinSize())
		t.Hide()
		return t
	}
	r.main = handle{line: r.cur[:], knob: r.knob, letter: letter("A"), readBg: r.readBg, readText: r.readText, ov: r.ovCur}
	line := make([]*canvas.Rectangle, cursorSegs)
	for i := range line {
		line[i] = &canvas.Rectangle{}
	}
	r.second = handle{line: line, knob: &canvas.Rectangle{CornerRadius: 4}, letter: letter("B"),
		readBg:   &canvas.Rectangle{CornerRadius: 4},
		readText: &canvas.Text{TextSize: titleSize, TextStyle: fyne.TextStyle{Bold: true}},
		ov:       &canvas.Rectangle{}}
	r.shade, r.span, r.ovShade = &canvas.Rectangle{}, &canvas.Rectangle{}, &canvas.Rectangle{}
	for _, o := range []fyne.CanvasObject{r.second.knob, r.second.readBg, r.second.readText, r.second.ov,
		r.shade, r.span, r.ovShade} {
		o.Hide()
	}
	hideAll(line)
}

// handleObjects lists the handles' objects bottom to top: the overview's
// cursors, the lines, then the knobs and readouts (the second handle's
// over the cursor's). The second handle's and the letters are listed
// only once the widget has compared two moments (r.compared): until then
// the timeline costs no object more than without them.
func (r *renderer) handleObjects(objs []fyne.CanvasObject) []fyne.CanvasObject {
	hs := []*handle{&r.main}
	objs = append(objs, r.ovCur)
	if r.compared {
		hs = append(hs, &r.second)
		objs = append(objs, r.second.ov)
	}
	for _, h := range hs {
		for _, c := range h.line {
			objs = append(objs, c)
		}
	}
	objs = append(objs, r.knob, r.grip)
	if r.compared {
		objs = append(objs, r.main.letter)
	}
	objs = append(objs, r.readBg, r.readText)
	if r.compared {
		objs = append(objs, r.second.knob, r.second.letter, r.second.readBg, r.second.readText)
	}
	return objs
}

// colourHandles colours the handles and the shading from r.col: the
// cursor in the primary colour, the second handle in the compare colour.
func (r *renderer) colourHandles() {
	col := r.col
	for i, h := range []*handle{&r.main, &r.second} {
		c, ink := col.primary, col.onPrimary
		if i == 1 {
			c, ink = col.compare, col.onCompare
		}
		for _, l := range h.line {
			l.FillColor = c
		}
		h.knob.FillColor, h.readBg.FillColor, h.ov.FillColor = c, c, c
		h.readText.Color, h.letter.Color = ink, ink
		h.letter.Refresh()
	}
	r.grip.FillColor = fade(col.onPrimary, 0xc0)
	between := mix(col.primary, col.compare)
	r.shade.FillColor = fade(between, 0x26)
	r.span.FillColor = fade(between, 0xa0)
	r.ovShade.FillColor = fade(between, 0x40)
}

// placeShade shades the stretch between the cursor and the second handle
// in the detail band, with a stronger strip along the axis, and in the
// overview, when comparing and both are set.
func (r *renderer) placeShade(g *geom) {
	v := r.v
	on := !v.Compare.IsZero() && !v.Time.IsZero()
	w, b := float32(g.scale.Width), g.bands
	x0, x1 := float32(g.scale.X(v.Time)), float32(g.scale.X(v.Compare))
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	x0, x1 = max(round(x0), 0), min(round(x1), w)
	show(r.shade, on && x1 > x0)
	show(r.span, on && x1 > x0)
	ov := v.overview()
	o0, o1 := float32(ov.X(v.Time)), float32(ov.X(v.Compare))
	if o1 < o0 {
		o0, o1 = o1, o0
	}
	show(r.ovShade, on)
	if !on {
		return
	}
	if x1 > x0 {
		place(r.shade, x0, 0, x1-x0, b.axisY)
		place(r.span, x0, b.axisY-3, x1-x0, 3)
	}
	o0, o1 = round(o0), max(round(o1), round(o0)+1)
	place(r.ovShade, o0, b.ovTop+1, o1-o0, b.height-b.ovTop-1)
}
