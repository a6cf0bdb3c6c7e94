package app

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// tlEraHues tint the era bands in turn; translucent, so they suit a light
// or a dark background.
var tlEraHues = []color.NRGBA{
	{0xb5, 0x5d, 0x3c, 0xff}, // brick
	{0xd1, 0x9a, 0x2a, 0xff}, // amber
	{0xc8, 0x3c, 0x3c, 0xff}, // red
	{0x3f, 0x6f, 0xb5, 0xff}, // blue
	{0x2f, 0x9a, 0x73, 0xff}, // green
	{0x8a, 0x63, 0xb8, 0xff}, // violet
}

// tlColors are the theme colours the timeline is drawn with.
type tlColors struct {
	fg, bg, primary, onPrimary, ring color.NRGBA
}

func tlNRGBA(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// fade scales c's alpha by a/255.
func tlFade(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint32(c.A) * uint32(a) / 255)
	return c
}

// tlEvObjs are the canvas objects of one event, made once per schedule.
type tlEvObjs struct {
	whisker    *canvas.Rectangle      // a coarse point's period
	bar        *canvas.Rectangle      // a range
	capL, capR *canvas.LinearGradient // faded ends of a range, or nil
	mark       *canvas.Polygon        // a point's diamond
	ring       *canvas.Rectangle      // marked
	pole       *canvas.Rectangle
	title      *canvas.Text
	ovTick     *canvas.Rectangle
	state      uint8 // the style applied: tlActive | tlMarked | tlHover, tlStyled
}

const (
	tlActive uint8 = 1 << iota
	tlMarked
	tlHover
	tlStyled
)

type tlRenderer struct {
	v                          *TimelineView
	objects                    []fyne.CanvasObject
	col                        tlColors
	dataGen, baseGen, titleGen int
	flags                      []uint8 // scratch: each event's wanted state

	eraBand, eraStrip, eraOv []*canvas.Rectangle
	eraText                  []*canvas.Text
	ev                       []tlEvObjs
	ticks                    []*canvas.Rectangle // pool
	tickText, ovText         []*canvas.Text      // pools

	axis, ovBg, ovSep, ovWin, ovCur *canvas.Rectangle
	cur, knob, grip, readBg         *canvas.Rectangle
	readText                        *canvas.Text
	tipBox                          *canvas.Rectangle
	tipTitle, tipDate               *canvas.Text
}

func newTimelineRenderer(v *TimelineView) *tlRenderer {
	r := &tlRenderer{v: v, dataGen: -1, baseGen: -1, titleGen: -1}
	r.axis, r.ovBg, r.ovSep = &canvas.Rectangle{}, &canvas.Rectangle{}, &canvas.Rectangle{}
	r.ovWin = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 3}
	r.ovCur, r.cur = &canvas.Rectangle{}, &canvas.Rectangle{}
	r.knob = &canvas.Rectangle{CornerRadius: 4}
	r.grip = &canvas.Rectangle{}
	r.readBg = &canvas.Rectangle{CornerRadius: 4}
	r.readText = &canvas.Text{TextSize: tlTitleSize, TextStyle: fyne.TextStyle{Bold: true}}
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	r.tipTitle = &canvas.Text{TextSize: tlTitleSize, TextStyle: fyne.TextStyle{Bold: true}, Color: tooltipInk}
	r.tipDate = &canvas.Text{TextSize: tlAxisSize, Color: tlFade(tlNRGBA(tooltipInk), 0xc0)}
	r.Refresh()
	return r
}

func (r *tlRenderer) themeColors() tlColors {
	c := func(n fyne.ThemeColorName) color.NRGBA { return tlNRGBA(theme.ColorForWidget(n, r.v)) }
	col := tlColors{fg: c(theme.ColorNameForeground), bg: c(theme.ColorNameBackground),
		primary: c(theme.ColorNamePrimary), onPrimary: c(theme.ColorNameForegroundOnPrimary),
		ring: c(colorPassageFocus)}
	if col.ring.A == 0 {
		col.ring = color.NRGBA{0xe0, 0x6c, 0x00, 0xff}
	}
	return col
}

// build makes the objects of the eras and events and the object list.
func (r *tlRenderer) build(g *tlGeom) {
	v := r.v
	r.eraBand, r.eraStrip, r.eraOv, r.eraText = nil, nil, nil, nil
	for range v.Eras {
		r.eraBand = append(r.eraBand, &canvas.Rectangle{})
		r.eraStrip = append(r.eraStrip, &canvas.Rectangle{})
		r.eraOv = append(r.eraOv, &canvas.Rectangle{})
		r.eraText = append(r.eraText, &canvas.Text{TextSize: tlAxisSize, TextStyle: fyne.TextStyle{Bold: true}})
	}
	r.ev = make([]tlEvObjs, len(g.events))
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
		o.title = &canvas.Text{Text: e.text, TextSize: tlTitleSize}
		o.ovTick = &canvas.Rectangle{}
	}
	r.flags = make([]uint8, len(g.events))
	r.rebuildObjects()
}

// rebuildObjects lists the objects bottom to top.
func (r *tlRenderer) rebuildObjects() {
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
func (r *tlRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *tlRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *tlRenderer) Objects() []fyne.CanvasObject { return slices.Clip(r.objects) }

func (r *tlRenderer) Destroy() {}

// Refresh brings the objects in line with the widget in stages: new data
// rebuilds the objects, a new size, zoom or theme moves everything, new
// active events re-place the titles; otherwise only the cursor, the
// tooltip and the markers whose state changed are touched.
func (r *tlRenderer) Refresh() {
	g := r.v.layout()
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
	r.styleEvents(g, full)
	r.placeCursor(g, full)
	r.placeTooltip(g, full)
	if full {
		canvas.Refresh(r.v)
	}
}

func tlShow(o fyne.CanvasObject, on bool) {
	if on == o.Visible() {
		return
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

func tlPlace(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}

// setText changes a text object's text, sizing it to fit, and reports
// whether it changed.
func tlSetText(t *canvas.Text, s string) bool {
	if t.Text == s && !t.Size().IsZero() {
		return false
	}
	t.Text = s
	t.Resize(t.MinSize())
	return true
}

// textPool returns n text objects from pool, growing it (and the object
// list) as needed, and hides the rest.
func (r *tlRenderer) textPool(pool *[]*canvas.Text, n int, size float32, c color.NRGBA) []*canvas.Text {
	if len(*pool) < n {
		for len(*pool) < n {
			*pool = append(*pool, &canvas.Text{TextSize: size})
		}
		r.rebuildObjects()
	}
	for i, t := range *pool {
		t.Color = c
		tlShow(t, i < n)
	}
	return (*pool)[:n]
}
