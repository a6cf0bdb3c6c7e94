package timelineview

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// eventObjects are the canvas objects of one event, made once per schedule.
type eventObjects struct {
	whisker    *canvas.Rectangle      // a coarse point's period
	bar        *canvas.Rectangle      // a range
	capL, capR *canvas.LinearGradient // faded ends of a range, or nil
	mark       *canvas.Polygon        // a point's diamond
	ring       *canvas.Rectangle      // marked
	pole       *canvas.Rectangle
	title      *canvas.Text
	ovTick     *canvas.Rectangle
	state      uint8 // the style applied: stateActive | stateMarked | stateHover, stateStyled
}

// The state an event is styled for: flags of eventObjects.state.
const (
	stateActive uint8 = 1 << iota
	stateMarked
	stateHover
	stateStyled
)

// renderer draws a TimelineView from its fields and its geometry cache; it
// keeps canvas objects of its own and never writes the widget.
type renderer struct {
	v                          *TimelineView
	objects                    []fyne.CanvasObject
	col                        colors
	dataGen, baseGen, titleGen int
	flags                      []uint8 // scratch: each event's wanted state

	eraBand, eraStrip, eraOv []*canvas.Rectangle
	eraText                  []*canvas.Text
	ev                       []eventObjects
	ticks                    []*canvas.Rectangle // pool
	tickText, ovText         []*canvas.Text      // pools

	axis, ovBg, ovSep, ovWin, ovCur *canvas.Rectangle
	cur, knob, grip, readBg         *canvas.Rectangle
	readText                        *canvas.Text
	tipBox                          *canvas.Rectangle
	tipTitle, tipDate               *canvas.Text
}

// newRenderer makes the fixed objects and draws v.
func newRenderer(v *TimelineView) *renderer {
	r := &renderer{v: v, dataGen: -1, baseGen: -1, titleGen: -1}
	r.axis, r.ovBg, r.ovSep = &canvas.Rectangle{}, &canvas.Rectangle{}, &canvas.Rectangle{}
	r.ovWin = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 3}
	r.ovCur, r.cur = &canvas.Rectangle{}, &canvas.Rectangle{}
	r.knob = &canvas.Rectangle{CornerRadius: 4}
	r.grip = &canvas.Rectangle{}
	r.readBg = &canvas.Rectangle{CornerRadius: 4}
	r.readText = &canvas.Text{TextSize: titleSize, TextStyle: fyne.TextStyle{Bold: true}}
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	r.tipTitle = &canvas.Text{TextSize: titleSize, TextStyle: fyne.TextStyle{Bold: true}, Color: tooltipInk}
	r.tipDate = &canvas.Text{TextSize: axisSize, Color: fade(nrgba(tooltipInk), 0xc0)}
	r.Refresh()
	return r
}

// build makes the objects of the eras and events and the object list.
func (r *renderer) build(g *geom) {
	v := r.v
	r.eraBand, r.eraStrip, r.eraOv, r.eraText = nil, nil, nil, nil
	for range v.Eras {
		r.eraBand = append(r.eraBand, &canvas.Rectangle{})
		r.eraStrip = append(r.eraStrip, &canvas.Rectangle{})
		r.eraOv = append(r.eraOv, &canvas.Rectangle{})
		r.eraText = append(r.eraText, &canvas.Text{TextSize: axisSize, TextStyle: fyne.TextStyle{Bold: true}})
	}
	r.ev = make([]eventObjects, len(g.events))
	for i, e := range g.events {
		o := &r.ev[i]
		o.mark = &canvas.Polygon{Sides: 4, StrokeWidth: 1.5} // short ranges too
		if e.coarse {
			o.whisker = &canvas.Rectangle{CornerRadius: 1}
		}
		if !e.point {
			o.bar = &canvas.Rectangle{CornerRadius: 3}
			if e.approxStart {
				o.capL = &canvas.LinearGradient{Angle: 270}
			}
			if e.approxEnd {
				o.capR = &canvas.LinearGradient{Angle: 270}
			}
		}
		o.ring = &canvas.Rectangle{StrokeWidth: 2, FillColor: color.Transparent}
		o.pole = &canvas.Rectangle{}
		o.title = &canvas.Text{Text: e.text, TextSize: titleSize}
		o.ovTick = &canvas.Rectangle{}
	}
	r.flags = make([]uint8, len(g.events))
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
	for i := range r.ev {
		add(r.ev[i].pole, r.ev[i].title, r.ev[i].ovTick)
	}
	for i := range r.ev {
		if o := &r.ev[i]; o.bar != nil {
			add(o.bar)
			if o.capL != nil {
				add(o.capL)
			}
			if o.capR != nil {
				add(o.capR)
			}
		} else if o.whisker != nil {
			add(o.whisker)
		}
	}
	for i := range r.ev {
		add(r.ev[i].ring)
		add(r.ev[i].mark)
	}
	add(r.ovWin, r.ovCur, r.cur, r.knob, r.grip, r.readBg, r.readText, r.tipBox, r.tipTitle, r.tipDate)
	r.objects = objs
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
		r.placeTitles(g)
		r.titleGen = g.titleGen
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
	if len(*pool) < n {
		for len(*pool) < n {
			*pool = append(*pool, &canvas.Text{TextSize: size})
		}
		r.rebuildObjects()
	}
	for i, t := range *pool {
		t.Color = c
		show(t, i < n)
	}
	return (*pool)[:n]
}
