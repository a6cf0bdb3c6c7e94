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
	tipNote   *canvas.Text // the tooltip's second line: a disputed name's note
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
	// patchImg, at (0,0) for the painter, is always in the shown frame's
	// patch pixels (drawn there by the render goroutine or the UI thread):
	// it goes with the frame.
	patchImg   *image.RGBA
	patchDirty bool
	// patchBorrowed: patchImg is the shown frame's own patch, drawn with it.
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
	r.tipNote = canvas.NewText("", tooltipInk)
	r.tipNote.TextSize = 12
	r.tipNote.Hide()
	r.objects = []fyne.CanvasObject{r.base, r.patch, r.preview, r.badgeBox, r.badgeText, r.tipBox, r.tipText, r.tipNote}
	return r
}

// wantKey is the base map the widget should show now.
func (r *renderer) wantKey() baseKey {
	v := r.v
	return baseKey{vp: v.vp, margin: r.marginNow(), m: v.Map, style: v.Style,
		labels: reflect.ValueOf(v.Labels).Pointer(), keepout: r.keepout(), foundSeas: v.foundSeas()}
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
	return baseKey{m: v.Map, style: v.Style, labels: reflect.ValueOf(v.Labels).Pointer(), foundSeas: v.foundSeas()}
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
