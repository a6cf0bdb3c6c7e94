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
	w, h    int
	vp      geo.Viewport
	m       *geo.Map
	style   *geo.Style
	labels  uintptr
	keepout image.Rectangle // covered by the legend: no labels there
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
	baseImg   *image.RGBA // the cached base map's land: sea, land, areas, borders, coasts
	top       geo.Layer   // the cached base map's top: lines, markers, labels
	overImg   *image.RGBA // the frame: a copy of baseImg, outlines, then top
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
	coverAt   []coverPlace // where the legends over the map were last found
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
		labels: reflect.ValueOf(r.v.Labels).Pointer(), keepout: r.keepout()}
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
		var keepout []image.Rectangle
		if !k.keepout.Empty() {
			keepout = append(keepout, k.keepout)
		}
		r.labels = v.Map.PlaceLabelsAvoiding(v.vp, v.label, measureLabel, r.visible, keepout...)
		// No border, coast or outline is drawn under a label.
		r.geoR.Knockout = r.geoR.Knockout[:0]
		for _, l := range r.labels {
			r.geoR.Knockout = append(r.geoR.Knockout, l.Rect())
		}
		r.geoR.RenderLayers(r.baseImg, &r.top, v.vp)
		paintLabels(&r.top, r.labels, float64(w)/v.vp.Width, r.labelInk, v.Style.Halo)
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

// renderFrame is the raster's generator: the cached base map's land, the
// highlighted, hovered and selected outlines drawn over a copy of it, and
// the base map's lines, markers and labels over them, so that no outline
// covers a line or crosses a label. One image, so the window composites
// the map once per frame.
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
	if v.vp.Width > 0 {
		r.geoR.Overlay(r.overImg, v.vp, r.outlines()...)
		r.top.DrawOver(r.overImg)
	}
	r.overAt = k
	r.highAt = append(r.highAt[:0], v.Highlighted...)
	return r.overImg
}

// outlines are what the frame draws between the land and the lines: the
// highlighted places, the hovered feature and the selection. A line gets a
// glow or a casing wider than itself, drawn under it, so it keeps its own
// colour.
func (r *renderer) outlines() []geo.Outlined {
	v, st := r.v, r.v.Style
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
	for _, id := range v.Highlighted {
		if f := v.Map.Feature(id); f != nil && id != v.Selected {
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
	if f := v.Map.Feature(v.hover); f != nil && v.hover != v.Selected {
		it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Hover, Width: 1.5}}
		if f.Kind == geo.Line {
			it.Line = under(f, st.Hover, 3)
		}
		items = append(items, it)
	}
	if f := v.Map.Feature(v.Selected); f != nil {
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
