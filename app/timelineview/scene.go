package timelineview

import (
	"image/color"

	"fyne.io/fyne/v2"
)

// The static part of the timeline (eras, axis, overview, markers, bars,
// titles) is a scene: a list of shapes in widget coordinates, built from
// the geometry and the events' styles when one of them changes, and drawn
// into the renderer's raster (raster.go) when the canvas asks for it.

// shapeKind is how a shape is drawn.
type shapeKind uint8

const (
	shapeBox     shapeKind = iota // a filled box
	shapeRound                    // a rounded box, filled and stroked
	shapeDiamond                  // a square on its corner in box, filled and stroked
	shapeGrad                     // a box shading from fill at its left to line at its right
	shapeText                     // text in box
)

// role is what a shape shows; tests find the shapes of an event by it.
type role uint8

const (
	roleBg role = iota // era bands and strips, the overview's background, axis, ticks
	roleLabel
	roleOvLabel
	rolePole
	roleTitle
	roleOvTick
	roleWhisker
	roleBar
	roleCap
	roleRing
	roleDiamond
	rolePill
	roleCount
	roleHalo   // the halo of a matched diamond or cluster (ref: the marker) or bar (-1)
	roleOvHalo // the halo of a matched event's overview tick (ref: the event)
)

// shape is one thing drawn into the raster.
type shape struct {
	kind  shapeKind
	role  role
	ref   int // the event (titles, bars, poles, overview ticks) or marker it draws; -1
	box   rect
	fill  color.NRGBA
	line  color.NRGBA // the outline, or a gradient's right end
	lineW float32
	radii [4]float32 // top left, top right, bottom right, bottom left
	// Texts:
	text  string
	size  float32
	bold  bool
	align fyne.TextAlign
	tw    float32 // its width as Fyne measures it
	th    float32 // its height as Fyne measures it
}

// textStyle is the style of a text shape.
func (sh *shape) textStyle() fyne.TextStyle { return fyne.TextStyle{Bold: sh.bold} }

// textX is where a text shape's text starts: aligned in its box as a
// canvas.Text is.
func (sh *shape) textX() float32 {
	switch sh.align {
	case fyne.TextAlignTrailing:
		return sh.box.x1 - sh.tw
	case fyne.TextAlignCenter:
		return sh.box.x0 + (sh.box.x1-sh.box.x0-sh.tw)/2
	}
	return sh.box.x0
}

// textY is the top of a text shape's line: centred in a taller box.
func (sh *shape) textY() float32 {
	if h := sh.box.y1 - sh.box.y0; h > sh.th {
		return sh.box.y0 + (h-sh.th)/2
	}
	return sh.box.y0
}

// inkBox is the box the text of a text shape takes.
func (sh *shape) inkBox() rect {
	x, y := sh.textX(), sh.textY()
	return rect{x, y, x + sh.tw, y + sh.th}
}

// scene is the shapes drawn into the raster, for a widget of size.
type scene struct {
	size     fyne.Size
	shapes   []shape
	ovLabels []rect // the overview's labels: the overview cursor stops above them
}

// reset empties the scene for a widget of size, keeping its storage.
func (s *scene) reset(size fyne.Size) {
	s.size = size
	s.shapes = s.shapes[:0]
	s.ovLabels = s.ovLabels[:0]
}

// box adds a filled box.
func (s *scene) box(ro role, ref int, r rect, c color.NRGBA) {
	if c.A == 0 || r.x1 <= r.x0 || r.y1 <= r.y0 {
		return
	}
	s.shapes = append(s.shapes, shape{kind: shapeBox, role: ro, ref: ref, box: r, fill: c})
}

// round adds a rounded box, filled with fill and outlined lw wide in line.
func (s *scene) round(ro role, ref int, r rect, radius float32, fill, line color.NRGBA, lw float32) *shape {
	s.shapes = append(s.shapes, shape{kind: shapeRound, role: ro, ref: ref, box: r, fill: fill, line: line,
		lineW: lw, radii: [4]float32{radius, radius, radius, radius}})
	return &s.shapes[len(s.shapes)-1]
}

// text adds a text in box r, measured as Fyne measures it.
func (s *scene) text(ro role, ref int, r rect, text string, size float32, bold bool, align fyne.TextAlign, c color.NRGBA) *shape {
	sh := shape{kind: shapeText, role: ro, ref: ref, box: r, fill: c, text: text, size: size, bold: bold, align: align}
	m := fyne.MeasureText(text, size, sh.textStyle())
	sh.tw, sh.th = m.Width, m.Height
	if r.y1 <= r.y0 { // sized to the text
		sh.box.x1, sh.box.y1 = r.x0+m.Width, r.y0+m.Height
	}
	s.shapes = append(s.shapes, sh)
	return &s.shapes[len(s.shapes)-1]
}

// find returns the first shape of role ro drawing ref, or nil.
func (s *scene) find(ro role, ref int) *shape {
	for i := range s.shapes {
		if sh := &s.shapes[i]; sh.role == ro && sh.ref == ref {
			return sh
		}
	}
	return nil
}

// count is the number of shapes of role ro.
func (s *scene) count(ro role) int {
	n := 0
	for i := range s.shapes {
		if s.shapes[i].role == ro {
			n++
		}
	}
	return n
}
