package timelineview

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// markObjects draw one point marker: a diamond, or a cluster's pill and
// count. They are pooled: a slot shows whichever marker is in view.
type markObjects struct {
	whisker *canvas.Rectangle // the period of its events
	ring    *canvas.Rectangle // marked
	mark    *canvas.Polygon   // a single event's diamond
	pill    *canvas.Rectangle // a cluster's
	count   *canvas.Text      // a cluster's number of events
	marker  int               // index into geom.pack.markers
	state   uint8             // the style applied
}

// barObjects draw one range in view (pooled).
type barObjects struct {
	bar        *canvas.Rectangle
	capL, capR *canvas.LinearGradient // faded ends of a range
	ring       *canvas.Rectangle
	event      int
	state      uint8
}

// titleObjects draw one shown title and its pole (pooled).
type titleObjects struct {
	pole  *canvas.Rectangle
	text  *canvas.Text
	event int
	state uint8
}

// The state an event or marker is styled for.
const (
	stateActive uint8 = 1 << iota
	stateMarked
	stateHover
	stateStyled
)

// cursorSegs is the most pieces the cursor line is broken into where it
// passes text.
const cursorSegs = titleRows + 4

// renderer draws a TimelineView from its fields and its geometry cache; it
// keeps canvas objects of its own and never writes the widget. Markers,
// bars and titles are drawn by pools of objects sized to what is in view,
// so a long story costs no more objects than a short one.
type renderer struct {
	v                          *TimelineView
	objects                    []fyne.CanvasObject
	col                        colors
	dataGen, baseGen, titleGen int
	grown                      bool    // a pool grew: the object list changed
	flags                      []uint8 // scratch: each event's wanted state
	ovState                    []uint8 // the style of each overview tick

	eraBand, eraStrip, eraOv []*canvas.Rectangle
	eraText                  []*canvas.Text
	ovTicks                  []*canvas.Rectangle // one per event
	marks                    []markObjects       // pool
	bars                     []barObjects        // pool
	titles                   []titleObjects      // pool
	nMarks, nBars, nTitles   int                 // slots in use
	ticks                    []*canvas.Rectangle // pool
	tickText, ovText         []*canvas.Text      // pools

	axis, ovBg, ovSep, ovWin, ovCur *canvas.Rectangle
	cur                             [cursorSegs]*canvas.Rectangle // the cursor line, in pieces
	knob, grip, readBg              *canvas.Rectangle
	readText                        *canvas.Text
	tipBox                          *canvas.Rectangle
	tipText                         [tipLines]*canvas.Text
	tipFor                          target // the tooltip shown, and the geom.baseGen it was placed in
	tipGen                          int
}

// newRenderer makes the fixed objects and draws v.
func newRenderer(v *TimelineView) *renderer {
	r := &renderer{v: v, dataGen: -1, baseGen: -1, titleGen: -1, tipFor: noTarget}
	r.axis, r.ovBg, r.ovSep = &canvas.Rectangle{}, &canvas.Rectangle{}, &canvas.Rectangle{}
	r.ovWin = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 3}
	r.ovCur = &canvas.Rectangle{}
	for i := range r.cur {
		r.cur[i] = &canvas.Rectangle{}
	}
	r.knob = &canvas.Rectangle{CornerRadius: 4}
	r.grip = &canvas.Rectangle{}
	r.readBg = &canvas.Rectangle{CornerRadius: 4}
	r.readText = &canvas.Text{TextSize: titleSize, TextStyle: fyne.TextStyle{Bold: true}}
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	for i := range r.tipText {
		r.tipText[i] = &canvas.Text{TextSize: axisSize, Color: tooltipInk}
	}
	r.Refresh()
	return r
}

// build makes the objects of the eras and the overview's event ticks.
func (r *renderer) build(g *geom) {
	v := r.v
	r.eraBand, r.eraStrip, r.eraOv, r.eraText = nil, nil, nil, nil
	for range v.Eras {
		r.eraBand = append(r.eraBand, &canvas.Rectangle{})
		r.eraStrip = append(r.eraStrip, &canvas.Rectangle{})
		r.eraOv = append(r.eraOv, &canvas.Rectangle{})
		r.eraText = append(r.eraText, &canvas.Text{TextSize: axisSize, TextStyle: fyne.TextStyle{Bold: true}})
	}
	r.ovTicks = r.ovTicks[:0]
	for range g.events {
		r.ovTicks = append(r.ovTicks, &canvas.Rectangle{})
	}
	r.flags = make([]uint8, len(g.events))
	r.ovState = make([]uint8, len(g.events))
	r.rebuildObjects()
}

// rebuildObjects lists the objects bottom to top.
func (r *renderer) rebuildObjects() {
	objs := r.objects[:0]
	add := func(os ...fyne.CanvasObject) { objs = append(objs, os...) }
	for i := range r.eraBand {
		add(r.eraBand[i], r.eraStrip[i])
	}
	add(r.ovBg)
	for i := range r.eraOv {
		add(r.eraOv[i])
	}
	add(r.ovSep, r.axis)
	for _, t := range r.ticks {
		add(t)
	}
	for _, t := range r.tickText {
		add(t)
	}
	for _, t := range r.ovText {
		add(t)
	}
	for _, t := range r.eraText {
		add(t)
	}
	for _, o := range r.titles {
		add(o.pole, o.text)
	}
	for _, t := range r.ovTicks {
		add(t)
	}
	for _, o := range r.marks {
		add(o.whisker)
	}
	for _, o := range r.bars {
		add(o.bar, o.capL, o.capR)
	}
	for _, o := range r.bars {
		add(o.ring)
	}
	for _, o := range r.marks {
		add(o.ring, o.mark, o.pill, o.count)
	}
	add(r.ovWin, r.ovCur)
	for _, c := range r.cur {
		add(c)
	}
	add(r.knob, r.grip, r.readBg, r.readText, r.tipBox)
	for _, t := range r.tipText {
		add(t)
	}
	r.objects = objs
}

// markSlots returns n marker slots, growing the pool as needed, and hides
// the slots beyond n.
func (r *renderer) markSlots(n int) []markObjects {
	for len(r.marks) < n {
		r.marks = append(r.marks, markObjects{
			whisker: &canvas.Rectangle{CornerRadius: 1},
			ring:    &canvas.Rectangle{StrokeWidth: 2, FillColor: color.Transparent},
			mark:    &canvas.Polygon{Sides: 4, StrokeWidth: 1.5},
			pill:    &canvas.Rectangle{StrokeWidth: 1.5, CornerRadius: pillH / 2},
			count:   &canvas.Text{TextSize: countSize, TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter},
			marker:  -1,
		})
		r.grown = true
	}
	for i := n; i < len(r.marks); i++ {
		o := &r.marks[i]
		for _, c := range []fyne.CanvasObject{o.whisker, o.ring, o.mark, o.pill, o.count} {
			show(c, false)
		}
		o.marker, o.state = -1, 0
	}
	r.nMarks = n
	return r.marks[:n]
}

// barSlots returns n bar slots (see markSlots).
func (r *renderer) barSlots(n int) []barObjects {
	for len(r.bars) < n {
		r.bars = append(r.bars, barObjects{
			bar:   &canvas.Rectangle{CornerRadius: 3},
			capL:  &canvas.LinearGradient{Angle: 270},
			capR:  &canvas.LinearGradient{Angle: 270},
			ring:  &canvas.Rectangle{StrokeWidth: 2, FillColor: color.Transparent, CornerRadius: 6},
			event: -1,
		})
		r.grown = true
	}
	for i := n; i < len(r.bars); i++ {
		o := &r.bars[i]
		for _, c := range []fyne.CanvasObject{o.bar, o.capL, o.capR, o.ring} {
			show(c, false)
		}
		o.event, o.state = -1, 0
	}
	r.nBars = n
	return r.bars[:n]
}

// titleSlots returns n title slots (see markSlots).
func (r *renderer) titleSlots(n int) []titleObjects {
	for len(r.titles) < n {
		r.titles = append(r.titles, titleObjects{pole: &canvas.Rectangle{},
			text: &canvas.Text{TextSize: titleSize}, event: -1})
		r.grown = true
	}
	for i := n; i < len(r.titles); i++ {
		show(r.titles[i].pole, false)
		show(r.titles[i].text, false)
		r.titles[i].event, r.titles[i].state = -1, 0
	}
	r.nTitles = n
	return r.titles[:n]
}

// Layout lays the timeline out for the new size.
func (r *renderer) Layout(fyne.Size) { r.Refresh() }

// MinSize is the widget's.
func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

// Objects lists the canvas objects bottom to top.
func (r *renderer) Objects() []fyne.CanvasObject { return slices.Clip(r.objects) }

// Destroy has nothing to free.
func (r *renderer) Destroy() {}

// Refresh brings the objects in line with the widget in stages (the
// widget's geometry method brings its cache up to date first): new data
// rebuilds the objects, a new size, zoom or theme moves everything, new
// active events re-place the titles; otherwise only the cursor, the
// tooltip and the markers whose state changed are touched.
func (r *renderer) Refresh() {
	g := r.v.geometry()
	full := false
	if r.dataGen != g.dataGen {
		r.build(g)
		r.dataGen, full = g.dataGen, true
	}
	if col := r.themeColors(); col != r.col {
		r.col, full = col, true
	}
	if full || r.baseGen != g.baseGen {
		r.placeBase(g)
		r.baseGen, full = g.baseGen, true
	}
	if full || r.titleGen != g.titleGen {
		r.placeTitles(g, full)
		r.titleGen = g.titleGen
	}
	if r.grown {
		r.rebuildObjects()
		r.grown, full = false, true
	}
	r.styleEvents(g, full)
	r.placeCursor(g, full)
	r.placeTooltip(g)
	if full {
		canvas.Refresh(r.v)
	}
}

// show shows or hides o, touching it only when that changes.
func show(o fyne.CanvasObject, on bool) {
	if on == o.Visible() {
		return
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// place moves o to (x, y) and sizes it w × h.
func place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}

// setText changes a text object's text, sizing it to fit, and reports
// whether it changed.
func setText(t *canvas.Text, s string) bool {
	if t.Text == s && !t.Size().IsZero() {
		return false
	}
	t.Text = s
	t.Resize(t.MinSize())
	return true
}

// textPool returns n text objects from pool, growing it (and the object
// list) as needed, and hides the rest.
func (r *renderer) textPool(pool *[]*canvas.Text, n int, size float32, c color.NRGBA) []*canvas.Text {
	for len(*pool) < n {
		*pool = append(*pool, &canvas.Text{TextSize: size})
		r.grown = true
	}
	for i, t := range *pool {
		t.Color = c
		show(t, i < n)
	}
	return (*pool)[:n]
}
