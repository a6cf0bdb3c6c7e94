package mapview

import (
	"image"
	"image/color"
	"reflect"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"peninsula/geo"
)

// Tooltip and badge looks (the badge follows the map's palette).
var (
	tooltipBg  = color.NRGBA{0x22, 0x26, 0x2e, 0xe6}
	tooltipInk = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// baseKey identifies a rendered base map: it is re-rendered only when one
// of these changes, never for hover or selection. The hidden features are
// compared apart (a slice).
type baseKey struct {
	w, h   int
	vp     geo.Viewport
	m      *geo.Map
	style  *geo.Style
	labels uintptr
}

type overlayKey struct {
	base     baseKey
	selected string
	hover    string
}

type renderer struct {
	v *MapView

	frame     *canvas.Raster // the base map with the outlines drawn over it
	geoR      *geo.Renderer
	baseImg   *image.RGBA // the cached base map: land, lines, markers, labels
	overImg   *image.RGBA // the frame: a copy of baseImg plus outlines
	baseAt    baseKey
	hiddenAt  []string // the Hidden the base map was drawn with
	hidden    map[string]bool
	overAt    overlayKey
	highAt    []string // the Highlighted the frame was drawn with
	renders   int      // how many times the base map was rendered (tests)
	labels    []geo.Label
	badgeBox  *canvas.Rectangle
	badgeText *canvas.Text
	tipBox    *canvas.Rectangle
	tipText   *canvas.Text
	objects   []fyne.CanvasObject
}

func newRenderer(v *MapView) *renderer {
	r := &renderer{v: v, hidden: map[string]bool{}}
	r.frame = canvas.NewRaster(r.renderFrame)
	r.badgeBox = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 8}
	r.badgeText = canvas.NewText("", color.Black)
	r.badgeText.TextStyle.Bold = true
	r.badgeText.TextSize = 13
	r.badgeText.Alignment = fyne.TextAlignCenter
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	r.tipText = canvas.NewText("", tooltipInk)
	r.tipText.TextSize = 13
	r.objects = []fyne.CanvasObject{r.frame, r.badgeBox, r.badgeText, r.tipBox, r.tipText}
	return r
}

func (r *renderer) key(w, h int) baseKey {
	return baseKey{w: w, h: h, vp: r.v.vp, m: r.v.Map, style: r.v.Style,
		labels: reflect.ValueOf(r.v.Labels).Pointer()}
}

// visible is the geo renderer's filter: the features not hidden when the
// base map was drawn.
func (r *renderer) visible(f *geo.Feature) bool { return !r.hidden[f.ID] }

// renderBase renders the base map only when its key or the hidden
// features changed, else returns the cached image.
func (r *renderer) renderBase(w, h int) *image.RGBA {
	v := r.v
	k := r.key(w, h)
	if r.baseImg != nil && k == r.baseAt && slices.Equal(v.Hidden, r.hiddenAt) {
		return r.baseImg
	}
	if r.baseImg == nil || r.baseImg.Rect.Dx() != w || r.baseImg.Rect.Dy() != h {
		r.baseImg = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	r.hiddenAt = append(r.hiddenAt[:0], v.Hidden...)
	clear(r.hidden)
	for _, id := range v.Hidden {
		r.hidden[id] = true
	}
	if v.vp.Width > 0 {
		if r.geoR == nil || r.geoR.Map != v.Map {
			r.geoR = geo.NewRenderer(v.Map, v.Style)
		}
		r.geoR.Style = v.Style
		r.geoR.Visible = r.visible
		r.geoR.Render(r.baseImg, v.vp)
		r.labels = v.Map.PlaceLabels(v.vp, v.label, measureLabel, r.visible)
		paintLabels(r.baseImg, r.labels, float64(w)/v.vp.Width, r.labelInk, v.Style.Halo)
	}
	r.baseAt = k
	r.renders++
	return r.baseImg
}

// current reports whether the frame drawn last is what the widget shows.
func (r *renderer) current() bool {
	k := overlayKey{base: r.key(r.baseAt.w, r.baseAt.h), selected: r.v.Selected, hover: r.v.hover}
	return r.overImg != nil && k == r.overAt && slices.Equal(r.v.Hidden, r.hiddenAt) &&
		slices.Equal(r.v.Highlighted, r.highAt)
}

// renderFrame is the raster's generator: the cached base map with the
// highlighted, hovered and selected outlines drawn over a copy of it. One
// image, so the window composites the map once per frame.
func (r *renderer) renderFrame(w, h int) image.Image {
	v := r.v
	k := overlayKey{base: r.key(w, h), selected: v.Selected, hover: v.hover}
	if r.overImg != nil && k == r.overAt && slices.Equal(v.Hidden, r.hiddenAt) && slices.Equal(v.Highlighted, r.highAt) {
		return r.overImg
	}
	base := r.renderBase(w, h)
	if r.overImg == nil || r.overImg.Rect.Dx() != w || r.overImg.Rect.Dy() != h {
		r.overImg = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	copy(r.overImg.Pix, base.Pix)
	st := v.Style
	var items []geo.Outlined
	for _, id := range v.Highlighted {
		if f := v.Map.Feature(id); f != nil && id != v.Selected {
			it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: withAlpha(st.Highlight, 0xb0), Width: 2}}
			switch f.Kind {
			case geo.Point:
				it.Fill = withAlpha(st.Highlight, 0x50)
			case geo.Line:
				// A translucent glow, so the line's own style shows through.
				it.Line = geo.LineStyle{Color: withAlpha(st.Highlight, 0x60), Width: 8}
			}
			// Areas get the outline only: several tinted areas would muddy
			// the map of the moment.
			items = append(items, it)
		}
	}
	if f := v.Map.Feature(v.hover); f != nil && v.hover != v.Selected {
		items = append(items, geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Hover, Width: 1.5}})
	}
	if f := v.Map.Feature(v.Selected); f != nil {
		items = append(items, geo.Outlined{Feature: f,
			Line: geo.LineStyle{Color: st.Highlight, Width: 3},
			Fill: withAlpha(st.Highlight, 0x30)})
	}
	if v.vp.Width > 0 {
		r.geoR.Overlay(r.overImg, v.vp, items...)
	}
	r.overAt = k
	r.highAt = append(r.highAt[:0], v.Highlighted...)
	return r.overImg
}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	return color.RGBA{uint8(uint32(c.R) * uint32(a) / 255), uint8(uint32(c.G) * uint32(a) / 255),
		uint8(uint32(c.B) * uint32(a) / 255), a}
}

// Layout places the map and the badge and tooltip for the new size.
func (r *renderer) Layout(size fyne.Size) {
	r.frame.Resize(size)
	r.layoutBadgeAndTip(size)
}

func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

// Refresh redraws what changed: the map image only when its key changed.
func (r *renderer) Refresh() {
	if !r.current() {
		r.frame.Refresh()
	}
	r.layoutBadgeAndTip(r.v.Size())
	canvas.Refresh(r.v)
}

// labelInk is the colour of a label: lines in their own colour.
func (r *renderer) labelInk(l geo.Label) color.Color {
	if l.Kind == geo.Line {
		return r.v.Style.Lines[l.FeatureID].Color
	}
	return r.v.Style.Labels[l.Kind]
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}
