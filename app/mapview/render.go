package mapview

import (
	"image"
	"image/color"
	"math"
	"reflect"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"peninsula/geo"
)

// Tooltip and badge looks (the badge follows the map's palette).
var (
	tooltipBg  = color.NRGBA{0x22, 0x26, 0x2e, 0xe6}
	tooltipInk = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// overlayKey is what the outlines drawn over a base map show; the
// highlighted features are compared apart (a slice).
type overlayKey struct {
	seq      uint64 // the base map's render
	selected string
	hover    string
}

// The map is drawn in rasters clipped to the widget (a fyne.Scrollable is
// a clip region): base, the rendered base map, and, when Async, patch over
// it, the base map redrawn with the outlines of the selection, the hovered
// and the highlighted features, only where they lie. A pan moves both (no
// upload) and an outline change uploads only the patch. A zoom or resize
// shows preview instead until the new base map lands: the part of the base
// map (with the patch) that covers the view, scaled — a texture no larger
// than the view, where scaling base itself would upload it whole and draw
// a quad several times the window's size.
//
// Synchronously (Async false: tests, snapshots, Export) base is rendered
// in its generator, with the outlines drawn into it, as the painter draws
// it: one image the size of the widget, exactly as before.
type renderer struct {
	v *MapView

	base      *canvas.Raster // the base map: shown.img
	patch     *canvas.Raster // Async: the outlines over a copy of the base map
	preview   *canvas.Raster // Async: base and patch cropped to the view, scaled
	badgeBox  *canvas.Rectangle
	badgeText *canvas.Text
	tipBox    *canvas.Rectangle
	tipText   *canvas.Text
	objects   []fyne.CanvasObject
	coverAt   []coverPlace // where the legends over the map were last found

	ui         drawing  // the UI thread's: synchronous renders, outlines
	jobDrawing *drawing // the render goroutine's (one render at a time)

	shown *baseFrame // the base map shown
	spare *baseFrame // a frame to render the next base map into
	job   *renderJob // the render in flight (Async), or nil
	seq   uint64     // renders shown so far: the frames' numbers

	// Synchronous rendering: the generator renders target when stale.
	target    baseKey
	targetHid []string
	stale     bool
	overAt    overlayKey // the outlines drawn into shown.img
	highAt    []string

	// How the shown base map lies in the widget: its logical pixel p is at
	// p·viewScale + viewOff.
	viewScale float64
	viewOff   fyne.Position

	// The patch (Async): the outlines of patchAt over shown, in patchBox
	// (shown's pixels), drawn by the generator when patchDirty.
	patchAt    overlayKey
	patchHigh  []string
	patchItems []geo.Outlined
	patchBox   image.Rectangle
	patchImg   *image.RGBA // at (0,0), for the painter
	patchPix   []uint8     // the UI thread's patch pixels
	patchDirty bool
	// patchImg is the shown frame's own patch, drawn with it by the render
	// goroutine: it goes with the frame.
	patchBorrowed bool
	patchGen      uint64 // counts changes of the patch's pixels

	// The preview (Async, while the view's zoom or size differs from the
	// base map shown): previewBox of shown (pixels), with the patch.
	previewBox   image.Rectangle
	previewAt    [2]uint64 // the frame and patch it was cut from
	previewImg   *image.RGBA
	previewPix   []uint8
	previewDirty bool

	// Wheel bursts: the last render request, and whether a deferred update
	// is pending.
	requestedAt time.Time
	deferred    bool

	pixScale      float64 // device pixels per logical pixel, as last painted
	margin        float64 // logical pixels beyond the view; < 0 for the default
	renders       int     // base maps rendered and shown (tests)
	baseRefreshes int     // base raster refreshes: texture uploads (tests)
	dropped       int     // renders cancelled or dropped (tests)
	destroyed     bool

	// Test hooks: spawn runs a render job (go by default), do runs a
	// function on the UI thread (fyne.Do), onRender is called by a job on
	// its goroutine as it starts, now is the clock and after runs a
	// function on the UI thread after a delay.
	spawn    func(func())
	do       func(func())
	onRender func()
	now      func() time.Time
	after    func(time.Duration, func())
}

// coverPlace is where a legend over the map was found, relative to the
// map, and the layout it was found in: looking it up walks the window's
// objects, so it is done again only when that layout changes.
type coverPlace struct {
	legendPos, mapPos fyne.Position
	legendSz, mapSz   fyne.Size
	rel               fyne.Position
}

func newRenderer(v *MapView) *renderer {
	r := &renderer{v: v, margin: -1, viewScale: 1, jobDrawing: &drawing{geo: geo.NewRenderer(v.Map, v.Style)}}
	r.ui.geo = geo.NewRenderer(v.Map, v.Style)
	r.spawn = func(f func()) { go f() }
	r.do = fyne.Do
	r.now = time.Now
	r.after = func(d time.Duration, f func()) { time.AfterFunc(d, func() { r.do(f) }) }
	r.base = canvas.NewRaster(r.generateBase)
	r.base.ScaleMode = canvas.ImageScalePixels
	r.patch = canvas.NewRaster(r.generatePatch)
	r.patch.ScaleMode = canvas.ImageScalePixels
	r.patch.Hide()
	r.preview = canvas.NewRaster(r.generatePreview)
	r.preview.ScaleMode = canvas.ImageScalePixels
	r.preview.Hide()
	r.badgeBox = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 8}
	r.badgeText = canvas.NewText("", color.Black)
	r.badgeText.TextStyle.Bold = true
	r.badgeText.TextSize = 13
	r.badgeText.Alignment = fyne.TextAlignCenter
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	r.tipText = canvas.NewText("", tooltipInk)
	r.tipText.TextSize = 13
	r.objects = []fyne.CanvasObject{r.base, r.patch, r.preview, r.badgeBox, r.badgeText, r.tipBox, r.tipText}
	return r
}

// wantKey is the base map the widget should show now.
func (r *renderer) wantKey() baseKey {
	v := r.v
	return baseKey{vp: v.vp, margin: r.marginNow(), m: v.Map, style: v.Style,
		labels: reflect.ValueOf(v.Labels).Pointer(), keepout: r.keepout()}
}

// marginNow is the margin to render base maps with.
func (r *renderer) marginNow() float64 {
	if r.margin >= 0 {
		return r.margin
	}
	if r.v.Async {
		return asyncMargin
	}
	return 0
}

// keepout is the part of the map covered by the legends over it, in which
// no label is placed.
func (r *renderer) keepout() image.Rectangle {
	v := r.v
	var out image.Rectangle
	for i, l := range v.covers {
		if i >= len(r.coverAt) {
			r.coverAt = append(r.coverAt, coverPlace{legendPos: fyne.NewPos(-1, -1)})
		}
		c := &r.coverAt[i]
		if c.legendPos != l.Position() || c.legendSz != l.Size() || c.mapPos != v.Position() || c.mapSz != v.Size() {
			c.legendPos, c.legendSz, c.mapPos, c.mapSz = l.Position(), l.Size(), v.Position(), v.Size()
			c.rel = fyne.Position{}
			if a := fyne.CurrentApp(); a != nil {
				d := a.Driver()
				c.rel = d.AbsolutePositionForObject(l).Subtract(d.AbsolutePositionForObject(v))
			}
		}
		out = out.Union(l.coverAt(c.rel))
	}
	return out
}

// serves reports whether the frame can stand for the base map want
// without a render: it was rendered for it, or, while the map is dragged,
// for the same content at the same zoom and size, and the view has moved
// less than half the margin from where it was rendered (a render is
// started then, so it is ready before the view leaves the margin).
func (r *renderer) serves(f *baseFrame, want baseKey) bool {
	v := r.v
	if f == nil || !f.key.sameContent(want) || f.key.keepout != want.keepout || f.key.margin != want.margin ||
		!slices.Equal(f.hidden, v.Hidden) {
		return false
	}
	if v.Async && pixels(f.ext.Width, r.canvasScale()) != f.pw {
		return false // the canvas scale changed (synchronously, the generator sees it)
	}
	if f.key.vp == want.vp {
		return true
	}
	a, b := f.key.vp, want.vp
	if !v.dragging || a.Zoom != b.Zoom || a.Width != b.Width || a.Height != b.Height {
		return false
	}
	m := f.key.margin
	_, off := f.ext.MapTo(b)
	return math.Abs(off[0]+m) <= m/2 && math.Abs(off[1]+m) <= m/2
}

// update brings the map in line with the widget: it decides whether the
// base map must be rendered again (synchronously: marks it for the
// generator; Async: starts a render), places the base map shown — moved
// or scaled to the view — and the patch, and refreshes only the rasters
// whose pixels changed.
func (r *renderer) update() {
	if r.destroyed {
		return
	}
	v := r.v
	want := r.wantKey()
	if !v.Async || r.shown == nil {
		// Synchronous, or nothing shown yet: the generator renders.
		stale := !r.serves(r.shown, want)
		if stale {
			r.target = want
			r.targetHid = append(r.targetHid[:0], v.Hidden...)
		}
		if stale || r.stale || (!v.Async && !r.outlinesDrawn()) {
			r.refreshBase()
		}
		r.stale = stale
	} else {
		r.stale = false
		if !r.shown.plain { // drawn synchronously before: take its outlines out
			r.shown.compose()
			r.refreshBase()
		}
		if r.serves(r.shown, want) {
			if r.job != nil {
				r.job.cancel.Store(true) // the map shown will do
			}
		} else if want.vp.Width > 0 && want.vp.Height > 0 {
			if wait := r.wheelWait(); wait > 0 && r.job == nil {
				if !r.deferred {
					r.deferred = true
					r.after(wait, func() {
						r.deferred = false
						r.update()
					})
				}
			} else {
				s := r.canvasScale()
				m := want.margin
				r.request(want, pixels(want.vp.Width+2*m, s), pixels(want.vp.Height+2*m, s))
			}
		}
	}
	r.placeBase()
	r.placePatch()
	r.placePreview()
}

// Wheel bursts: a notch renders the base map at once, but while notches
// keep coming, the next render waits until the wheel has rested for
// wheelQuiet, or wheelMaxWait has passed since the last render started:
// on two cores a render running under every frame would slow the frames
// that show the scaled map.
const (
	wheelQuiet   = 100 * time.Millisecond
	wheelMaxWait = 300 * time.Millisecond
)

// wheelWait is how long a render of another view of the content shown
// should wait for the wheel to rest (0: render now).
func (r *renderer) wheelWait() time.Duration {
	v, f := r.v, r.shown
	if v.wheelAt.IsZero() || f == nil || !f.key.sameContent(r.wantKeyContent()) || !slices.Equal(f.hidden, v.Hidden) {
		return 0
	}
	now := r.now()
	quiet := v.wheelAt.Add(wheelQuiet).Sub(now)
	if quiet <= 0 {
		return 0
	}
	since := now.Sub(r.requestedAt)
	if since >= wheelMaxWait {
		return 0
	}
	return min(quiet, wheelMaxWait-since)
}

// wantKeyContent is the content part of the base map wanted (no view).
func (r *renderer) wantKeyContent() baseKey {
	v := r.v
	return baseKey{m: v.Map, style: v.Style, labels: reflect.ValueOf(v.Labels).Pointer()}
}

// refreshBase has the painter take the base raster's image again (in the
// window: upload it as a texture).
func (r *renderer) refreshBase() {
	r.baseRefreshes++
	r.base.Refresh()
}

// canvasScale is the canvas's device pixels per logical pixel (Async
// only: the test driver has no canvas before it has a window).
func (r *renderer) canvasScale() float64 {
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(r.v); c != nil && c.Scale() > 0 {
			return float64(c.Scale())
		}
	}
	if r.pixScale > 0 {
		return r.pixScale
	}
	return 1
}

// placeBase places the base raster: the frame to be rendered where it
// will be drawn, or the frame shown moved to the view — or hides it while
// the preview stands for it (placePreview).
func (r *renderer) placeBase() {
	var vp, ext geo.Viewport
	r.viewScale = 1
	if f := r.shown; f != nil && !r.stale {
		vp, ext = f.key.vp, f.ext
		m := float32(f.key.margin)
		r.viewOff = fyne.NewPos(-m, -m)
		if f.key.vp != r.v.vp {
			s, off := f.ext.MapTo(r.v.vp)
			r.viewScale, r.viewOff = s, fyne.NewPos(float32(off[0]), float32(off[1]))
		}
	} else {
		k := r.target
		vp, ext = k.vp, k.vp.Resize(k.vp.Width+2*k.margin, k.vp.Height+2*k.margin)
		m := float32(k.margin)
		r.viewOff = fyne.NewPos(-m, -m)
	}
	if r.previewing() {
		r.base.Hide() // its texture stays for when the view comes back to it
		return
	}
	size := fyne.NewSize(float32(ext.Width), float32(ext.Height))
	if vp.Width <= 0 || vp.Height <= 0 {
		size = fyne.Size{} // nothing to draw before the widget has a size
	}
	r.base.Move(r.viewOff)
	r.base.Resize(size)
	r.base.Show()
}

// previewing reports whether the base map shown is drawn scaled (Async).
func (r *renderer) previewing() bool {
	return r.v.Async && r.shown != nil && !r.stale && r.viewScale != 1
}

// placePreview places the preview while the base map shown is scaled to
// the view: the pixels of the base map (with the patch) that fall in the
// view, cut out again whenever that part changes.
func (r *renderer) placePreview() {
	if !r.previewing() {
		r.preview.Hide()
		return
	}
	f, v := r.shown, r.v
	k, s := f.scale(), r.viewScale
	ox, oy := float64(r.viewOff.X), float64(r.viewOff.Y)
	box := image.Rect(int(math.Floor(-ox/s*k)), int(math.Floor(-oy/s*k)),
		int(math.Ceil((v.vp.Width-ox)/s*k)), int(math.Ceil((v.vp.Height-oy)/s*k))).Intersect(image.Rect(0, 0, f.pw, f.ph))
	if box.Empty() {
		r.preview.Hide()
		return
	}
	if at := [2]uint64{f.seq, r.patchGen}; box != r.previewBox || at != r.previewAt {
		r.previewBox, r.previewAt, r.previewDirty = box, at, true
		r.preview.Refresh()
	}
	sk := float32(s / k)
	r.preview.Move(r.viewOff.AddXY(float32(box.Min.X)*sk, float32(box.Min.Y)*sk))
	r.preview.Resize(fyne.NewSize(float32(box.Dx())*sk, float32(box.Dy())*sk))
	r.preview.Show()
}

// generatePreview is the preview's generator: previewBox of the base map
// shown, with the patch over it.
func (r *renderer) generatePreview(int, int) image.Image {
	f, b := r.shown, r.previewBox
	if r.previewDirty && f != nil && !b.Empty() {
		n := 4 * b.Dx() * b.Dy()
		if cap(r.previewPix) < n {
			r.previewPix = make([]uint8, n)
		}
		img := &image.RGBA{Pix: r.previewPix[:n], Stride: 4 * b.Dx(), Rect: image.Rect(0, 0, b.Dx(), b.Dy())}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			copy(img.Pix[img.PixOffset(0, y-b.Min.Y):], f.img.Pix[f.img.PixOffset(b.Min.X, y):f.img.PixOffset(b.Max.X, y)])
		}
		if r.patchDirty && !r.patchBox.Empty() {
			r.drawPatch()
		}
		if p := r.patchBox.Intersect(b); !p.Empty() && r.patchImg != nil {
			for y := p.Min.Y; y < p.Max.Y; y++ {
				src := r.patchImg.Pix[r.patchImg.PixOffset(p.Min.X-r.patchBox.Min.X, y-r.patchBox.Min.Y):]
				copy(img.Pix[img.PixOffset(p.Min.X-b.Min.X, y-b.Min.Y):img.PixOffset(p.Max.X-b.Min.X, y-b.Min.Y)], src)
			}
		}
		r.previewImg, r.previewDirty = img, false
	}
	if r.previewImg == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.previewImg
}

// generateBase is the base raster's generator. Synchronously it renders
// the base map when it is stale (or the painter's size changed) and draws
// the outlines into it; Async it returns the base map shown, rendering
// only the first one (there is nothing to show before it).
func (r *renderer) generateBase(w, h int) image.Image {
	if sz := r.base.Size(); sz.Width > 0 && w > 0 && r.viewScale == 1 {
		r.pixScale = float64(w) / float64(sz.Width)
	}
	v := r.v
	if !v.Async || r.shown == nil {
		if r.shown == nil || r.stale || r.shown.pw != w || r.shown.ph != h {
			r.renderSync(w, h)
		}
		if v.Async {
			r.shown.compose()
			r.placeBase()
			r.placePatch()
		} else {
			r.drawOutlines()
		}
	}
	if r.shown == nil || r.shown.img == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.shown.img
}

// renderSync renders the base map on the UI thread at w×h pixels: the
// target, or the frame shown again at another size.
func (r *renderer) renderSync(w, h int) {
	key, hidden := r.target, r.targetHid
	if !r.stale && r.shown != nil {
		key, hidden = r.shown.key, r.shown.hidden
	}
	in := baseInput{key: key, hidden: hidden, names: r.v.Labels, pw: w, ph: h}
	f := r.shown
	if f == nil {
		f = &baseFrame{}
	}
	renderBase(&r.ui, &in, f, false, func() bool { return false })
	r.seq++
	f.seq = r.seq
	r.shown, r.stale = f, false
	r.renders++
}

// outlinesDrawn reports whether the synchronous frame shows the outlines
// of now.
func (r *renderer) outlinesDrawn() bool {
	f, v := r.shown, r.v
	return f != nil && !r.stale && r.overAt == (overlayKey{f.seq, v.Selected, v.hover}) &&
		slices.Equal(v.Highlighted, r.highAt)
}

// drawOutlines makes the synchronous frame's image the base map's land,
// the highlighted, hovered and selected outlines drawn over a copy of it,
// and the base map's lines, markers and labels over them, so that no
// outline covers a line or crosses a label: one image, so the window
// composites the map once per frame.
func (r *renderer) drawOutlines() {
	if r.outlinesDrawn() {
		return
	}
	f, v := r.shown, r.v
	copy(f.img.Pix, f.land.Pix)
	f.plain = false
	if f.key.vp.Width > 0 {
		g := r.ui.geo
		g.Map, g.Style, g.Knockout = f.key.m, f.key.style, f.knock
		g.Overlay(f.img, f.ext, outlines(f.key.m, f.key.style, r.outlineNow())...)
		f.top.DrawOver(f.img)
	}
	r.overAt = overlayKey{f.seq, v.Selected, v.hover}
	r.highAt = append(r.highAt[:0], v.Highlighted...)
}

// placePatch (Async) works out where the outlines of now lie on the base
// map shown, refreshes the patch when they changed, and places it over
// the base map as that lies in the view.
func (r *renderer) placePatch() {
	f, v := r.shown, r.v
	if !v.Async || f == nil || r.stale || f.key.vp.Width <= 0 {
		r.patch.Hide()
		return
	}
	k := overlayKey{f.seq, v.Selected, v.hover}
	if k != r.patchAt || !slices.Equal(v.Highlighted, r.patchHigh) {
		r.patchAt = k
		r.patchHigh = append(r.patchHigh[:0], v.Highlighted...)
		if now := r.outlineNow(); f.out.equal(now) && (f.patchImg != nil || f.patchBox.Empty()) {
			// Drawn with the frame on the render goroutine.
			r.patchItems, r.patchBox, r.patchImg = nil, f.patchBox, f.patchImg
			r.patchDirty, r.patchBorrowed = false, f.patchImg != nil
		} else {
			r.patchItems = outlines(f.key.m, f.key.style, now)
			r.patchBox = r.ui.geo.OverlayBounds(image.Pt(f.pw, f.ph), f.ext, r.patchItems...)
			r.patchDirty = true
		}
		r.patchGen++
		r.patch.Refresh()
	}
	if r.patchBox.Empty() || r.previewing() {
		r.patch.Hide() // the preview has the outlines
		return
	}
	k1, s := f.scale(), float32(r.viewScale)
	b := r.patchBox
	r.patch.Move(r.viewOff.AddXY(float32(float64(b.Min.X)/k1)*s, float32(float64(b.Min.Y)/k1)*s))
	r.patch.Resize(fyne.NewSize(float32(float64(b.Dx())/k1)*s, float32(float64(b.Dy())/k1)*s))
	r.patch.Show()
}

// generatePatch is the patch's generator: the base map shown, redrawn
// with the outlines over its land and under its top layer, in patchBox.
func (r *renderer) generatePatch(int, int) image.Image {
	if r.patchDirty && r.shown != nil && !r.patchBox.Empty() {
		r.drawPatch()
	}
	if r.patchImg == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.patchImg
}

func (r *renderer) drawPatch() {
	r.patchImg, r.patchPix = r.shown.drawPatch(r.ui.geo, r.patchBox, r.patchItems, r.patchPix)
	r.patchDirty, r.patchBorrowed = false, false
}

// outlineNow is what the outlines show now.
func (r *renderer) outlineNow() outlineState {
	v := r.v
	return outlineState{selected: v.Selected, hover: v.hover, high: slices.Clone(v.Highlighted)}
}

// outlines are what is drawn between a base map's land and its top layer
// (map m in style st): the highlighted places, the hovered feature and the
// selection. A line gets a glow or a casing wider than itself, drawn under
// it, so it keeps its own colour.
func outlines(m *geo.Map, st *geo.Style, v outlineState) []geo.Outlined {
	under := func(f *geo.Feature, c color.RGBA, extra float64) geo.LineStyle {
		w := extra
		if ls, ok := st.Lines[f.ID]; ok {
			w += ls.Width
		} else {
			w += st.DefaultLine.Width
		}
		return geo.LineStyle{Color: c, Width: w}
	}
	var items []geo.Outlined
	for _, id := range v.high {
		if f := m.Feature(id); f != nil && id != v.selected {
			it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: withAlpha(st.Highlight, 0xb0), Width: 2}}
			switch f.Kind {
			case geo.Point:
				it.Fill = withAlpha(st.Highlight, 0x50)
			case geo.Line:
				// A translucent glow along the line, under it.
				it.Line = under(f, withAlpha(st.Highlight, 0x60), 5.5)
			}
			// Areas get the outline only: several tinted areas would muddy
			// the map of the moment.
			items = append(items, it)
		}
	}
	if f := m.Feature(v.hover); f != nil && v.hover != v.selected {
		it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Hover, Width: 1.5}}
		if f.Kind == geo.Line {
			it.Line = under(f, st.Hover, 3)
		}
		items = append(items, it)
	}
	if f := m.Feature(v.selected); f != nil {
		it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Highlight, Width: 3},
			Fill: withAlpha(st.Highlight, 0x30)}
		if f.Kind == geo.Line {
			it.Line = under(f, st.Highlight, 5)
		}
		items = append(items, it)
	}
	return items
}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	return color.RGBA{uint8(uint32(c.R) * uint32(a) / 255), uint8(uint32(c.G) * uint32(a) / 255),
		uint8(uint32(c.B) * uint32(a) / 255), a}
}

// Layout places the map and the badge and tooltip for the new size.
func (r *renderer) Layout(size fyne.Size) {
	r.update()
	r.layoutBadgeAndTip(size)
}

func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

// Refresh redraws what changed, and refreshes only that: the base map when
// it was rendered again (or, synchronously, its outlines changed), the
// patch when the outlines changed, and the badge and tooltip when their
// looks did. Moving the rasters needs no refresh, so a pan or a hover
// uploads no map texture, and the widget itself is never refreshed.
func (r *renderer) Refresh() {
	r.update()
	r.layoutBadgeAndTip(r.v.Size())
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy drops the render in flight.
func (r *renderer) Destroy() {
	r.destroyed = true
	if r.job != nil {
		r.job.cancel.Store(true)
	}
	if r.v.r == r {
		r.v.r = nil
	}
}
