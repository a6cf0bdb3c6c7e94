package timelineview

import (
	"image"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// cursorSegs is the most pieces the cursor line is broken into where it
// passes text.
const cursorSegs = titleRows + 4

// renderer draws a TimelineView from its fields and its geometry cache; it
// keeps canvas objects of its own and never writes the widget. What
// changes only with the size, zoom, theme, data, hover and the events'
// states is a scene drawn into one raster (scene.go, draw.go, raster.go);
// what moves on every scrub step is a handful of live objects over it:
// the era titles (they make way for the cursor's readout), the overview's
// window and cursor, the cursor line, knob and readout, the second handle
// and the shading between the two when comparing, and the tooltip.
type renderer struct {
	v                          *TimelineView
	objects                    []fyne.CanvasObject
	col                        colors
	dataGen, baseGen, titleGen int

	// The scene and the states it was built for.
	scene       scene
	sceneGen    int     // bumped when the scene is rebuilt
	flags, want []uint8 // each event's state (active, marked); want is scratch
	hover       target
	raster      *canvas.Raster
	img         *image.RGBA // the scene drawn, for imgGen
	imgGen      int
	// Counted for tests: scenes drawn into the raster's image, refreshes
	// of the raster and of the whole widget.
	renders, rasterRefreshes, widgetRefreshes int

	eraText    []*canvas.Text
	ovWin      *canvas.Rectangle
	ovCur      *canvas.Rectangle
	cur        [cursorSegs]*canvas.Rectangle // the cursor line, in pieces
	knob, grip *canvas.Rectangle
	readBg     *canvas.Rectangle
	readText   *canvas.Text
	tipBox     *canvas.Rectangle
	tipText    [tipLines]*canvas.Text
	tipFor     target // the tooltip shown, and the sceneGen it was placed in
	tipGen     int
	sceneBuilt bool

	// The handles (handles.go): main is the cursor (its objects are the
	// fields above), second the second handle when comparing; the shading
	// of the stretch between them in the detail band (under the raster),
	// its strip along the axis (over it) and the shading in the overview.
	main, second         handle
	shade, span, ovShade *canvas.Rectangle
	compared             bool // the second handle's objects are listed
}

// newRenderer makes the objects and draws v.
func newRenderer(v *TimelineView) *renderer {
	r := &renderer{v: v, dataGen: -1, baseGen: -1, titleGen: -1, tipFor: noTarget, hover: noTarget, imgGen: -1}
	r.raster = r.newRaster()
	r.ovWin = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 3}
	r.newHandles()
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	for i := range r.tipText {
		r.tipText[i] = &canvas.Text{TextSize: axisSize, Color: tooltipInk}
	}
	r.Refresh()
	return r
}

// build makes the era titles' objects and lists the objects bottom to top.
func (r *renderer) build() {
	r.eraText = r.eraText[:0]
	for range r.v.Eras {
		r.eraText = append(r.eraText, &canvas.Text{TextSize: axisSize, TextStyle: fyne.TextStyle{Bold: true}})
	}
	objs := r.objects[:0]
	if r.compared {
		objs = append(objs, r.shade, r.ovShade)
	}
	objs = append(objs, r.raster)
	if r.compared {
		objs = append(objs, r.span)
	}
	for _, t := range r.eraText {
		objs = append(objs, t)
	}
	objs = append(objs, r.ovWin)
	objs = r.handleObjects(objs)
	objs = append(objs, r.tipBox)
	for _, t := range r.tipText {
		objs = append(objs, t)
	}
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

// Refresh brings the objects in line with the widget (the widget's
// geometry method brings its cache up to date first). New data rebuild
// the object list and a new theme recolours everything: the widget is
// refreshed; so is it the first time it compares two moments (the second
// handle's objects join the list). A new size, zoom, hover or events'
// states rebuild the scene: only the raster is refreshed. Otherwise (a
// scrub step, of either handle) only the live objects that moved or
// changed are touched.
func (r *renderer) Refresh() {
	g := r.v.geometry()
	full := false
	if r.dataGen != g.dataGen || !r.compared && !r.v.Compare.IsZero() {
		r.compared = r.compared || !r.v.Compare.IsZero()
		r.build()
		r.dataGen, full = g.dataGen, true
	}
	if col := r.themeColors(); col != r.col {
		r.col, full = col, true
	}
	base := full || r.baseGen != g.baseGen
	if base {
		r.placeBase(g)
		r.baseGen = g.baseGen
	}
	hv := r.v.hovered(g)
	if r.restyle(g, hv) || base || r.titleGen != g.titleGen || !r.sceneBuilt {
		r.buildScene(g, hv)
		r.titleGen, r.sceneBuilt = g.titleGen, true
		r.sceneGen++
		if !full {
			r.refreshRaster()
		}
	}
	r.raster.Resize(g.size) // refreshes the raster when the size changed
	r.placeCursor(g, full)
	r.placeTooltip(g)
	if full {
		r.widgetRefreshes++
		canvas.Refresh(r.v)
	}
}

// placeBase places the live objects that move with the size and zoom:
// the era titles (placeCursor moves them clear of the cursor) and the
// overview's window.
func (r *renderer) placeBase(g *geom) {
	col, b := r.col, g.bands
	w, h := float32(g.scale.Width), b.height
	for i, eg := range g.eras {
		t := r.eraText[i]
		c := fade(mix(eraHues[i%len(eraHues)], col.fg), 0xd0)
		if t.Color != c {
			t.Color = c
			t.Refresh()
		}
		if setText(t, eg.text) {
			t.Refresh()
		}
	}
	ov := r.v.overview()
	wx0, wx1 := float32(ov.X(g.scale.Start)), float32(ov.X(g.scale.End))
	if wx1-wx0 < 6 {
		c := (wx0 + wx1) / 2
		wx0, wx1 = c-3, c+3
	}
	fill, stroke := fade(col.primary, 0x16), fade(col.primary, 0x90)
	if r.ovWin.FillColor != fill || r.ovWin.StrokeColor != stroke {
		r.ovWin.FillColor, r.ovWin.StrokeColor = fill, stroke
		r.ovWin.Refresh()
	}
	place(r.ovWin, max(wx0, 0.5), b.ovTop+1.5, min(wx1, w-0.5)-max(wx0, 0.5), h-b.ovTop-2.5)
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
