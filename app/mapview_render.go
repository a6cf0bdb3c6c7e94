package app

import (
	"image"
	"image/color"
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
// of these changes, never for hover or selection.
type baseKey struct {
	w, h   int
	vp     geo.Viewport
	layers int
	style  *geo.Style
}

type overlayKey struct {
	base     baseKey
	selected string
	hover    string
	high     string
}

type mapRenderer struct {
	v *MapView

	frame       *canvas.Raster // the base map with the outlines drawn over it
	baseImg     *image.RGBA    // the cached base map: land, lines, markers, labels
	overImg     *image.RGBA    // the frame: a copy of baseImg plus outlines
	baseAt      baseKey
	overAt      overlayKey
	baseRenders int // how many times the base map was rendered (tests)

	labels    []geo.Label // placed for the current view
	badgeBox  *canvas.Rectangle
	badgeText *canvas.Text
	tipBox    *canvas.Rectangle
	tipText   *canvas.Text
	objects   []fyne.CanvasObject
}

func newMapRenderer(v *MapView) *mapRenderer {
	r := &mapRenderer{v: v}
	r.frame = canvas.NewRaster(r.renderFrame)
	r.badgeBox = &canvas.Rectangle{StrokeWidth: 1, CornerRadius: 8}
	r.badgeText = canvas.NewText("United States  →", color.Black)
	r.badgeText.TextStyle.Bold = true
	r.badgeText.TextSize = 13
	r.badgeText.Alignment = fyne.TextAlignCenter
	r.tipBox = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	r.tipText = canvas.NewText("", tooltipInk)
	r.tipText.TextSize = 13
	r.rebuildObjects()
	return r
}

func (r *mapRenderer) key(w, h int) baseKey {
	return baseKey{w: w, h: h, vp: r.v.vp, layers: r.v.layers, style: r.v.Style}
}

// geo returns the map renderer, made anew when the map was replaced (a
// new story brings its own places).
func (r *mapRenderer) geo() *geo.Renderer {
	if r.v.geoR == nil || r.v.geoR.Map != r.v.Map {
		r.v.geoR = geo.NewRenderer(r.v.Map, r.v.Style)
	}
	return r.v.geoR
}

// renderBase renders the base map only when the view, size or layers
// changed, else returns the cached image.
func (r *mapRenderer) renderBase(w, h int) *image.RGBA {
	k := r.key(w, h)
	if r.baseImg != nil && k == r.baseAt {
		return r.baseImg
	}
	if r.baseImg == nil || r.baseImg.Rect.Dx() != w || r.baseImg.Rect.Dy() != h {
		r.baseImg = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	if r.v.vp.Width > 0 {
		g := r.geo()
		g.Style = r.v.Style
		g.Visible = r.v.Filter
		g.Render(r.baseImg, r.v.vp)
		r.labels = r.v.Map.PlaceLabels(r.v.vp, r.v.name, measureLabel, r.v.Filter)
		paintLabels(r.baseImg, r.labels, float64(w)/r.v.vp.Width, r.labelInk, r.v.Style.Halo)
	}
	r.baseAt = k
	r.baseRenders++
	return r.baseImg
}

func (r *mapRenderer) overlayKey(w, h int) overlayKey {
	high := ""
	for _, id := range r.v.Highlighted {
		high += id + " "
	}
	return overlayKey{base: r.key(w, h), selected: r.v.Selected, hover: r.v.hover, high: high}
}

// renderFrame is the raster's generator: the cached base map with the
// highlighted, hovered and selected outlines drawn over a copy of it. One
// image, so the window composites the map once per frame.
func (r *mapRenderer) renderFrame(w, h int) image.Image {
	k := r.overlayKey(w, h)
	if r.overImg != nil && k == r.overAt {
		return r.overImg
	}
	base := r.renderBase(w, h)
	if r.overImg == nil || r.overImg.Rect.Dx() != w || r.overImg.Rect.Dy() != h {
		r.overImg = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	copy(r.overImg.Pix, base.Pix)
	st := r.v.Style
	var items []geo.Outlined
	for _, id := range r.v.Highlighted {
		if f := r.v.Map.Feature(id); f != nil && id != r.v.Selected {
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
	if f := r.v.Map.Feature(r.v.hover); f != nil && r.v.hover != r.v.Selected {
		items = append(items, geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Hover, Width: 1.5}})
	}
	if f := r.v.Map.Feature(r.v.Selected); f != nil {
		items = append(items, geo.Outlined{Feature: f,
			Line: geo.LineStyle{Color: st.Highlight, Width: 3},
			Fill: withAlpha(st.Highlight, 0x30)})
	}
	if r.v.vp.Width > 0 {
		r.geo().Overlay(r.overImg, r.v.vp, items...)
	}
	r.overAt = k
	return r.overImg
}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	return color.RGBA{uint8(uint32(c.R) * uint32(a) / 255), uint8(uint32(c.G) * uint32(a) / 255),
		uint8(uint32(c.B) * uint32(a) / 255), a}
}

// Layout fits the view to the new size and places everything.
func (r *mapRenderer) Layout(size fyne.Size) {
	r.v.fitHome(size)
	r.frame.Resize(size)
	r.layoutBadgeAndTip(size)
}

func (r *mapRenderer) MinSize() fyne.Size { return r.v.MinSize() }

// Refresh redraws what changed: the base map only when its key changed.
func (r *mapRenderer) Refresh() {
	if r.v.vp.Width == 0 {
		r.Layout(r.v.Size())
	}
	if r.overlayKey(r.baseAt.w, r.baseAt.h) != r.overAt {
		r.frame.Refresh()
	}
	r.layoutBadgeAndTip(r.v.Size())
	canvas.Refresh(r.v)
}

// labelInk is the colour of a label: lines in their own colour.
func (r *mapRenderer) labelInk(l geo.Label) color.Color {
	if l.Kind == geo.Line {
		return r.v.Style.Lines[l.FeatureID].Color
	}
	return r.v.Style.Labels[l.Kind]
}

func (r *mapRenderer) layoutBadgeAndTip(size fyne.Size) {
	usa := r.v.Map.Feature("usa")
	show := usa != nil && (r.v.Filter == nil || r.v.Filter(usa)) && float64(size.Width) > geo.BadgeWidth+2*geo.BadgeMargin
	r.badgeBox.Hidden, r.badgeText.Hidden = !show, !show
	if show {
		x, y, w, h := geo.BadgeRect(r.v.vp)
		before := badgeLook{r.badgeText.Text, r.badgeText.Color, r.badgeBox.FillColor, r.badgeBox.StrokeColor, r.badgeBox.StrokeWidth}
		r.badgeText.Text = r.v.name(usa) + "  →"
		r.badgeBox.Move(fyne.NewPos(float32(x), float32(y)))
		r.badgeBox.Resize(fyne.NewSize(float32(w), float32(h)))
		r.badgeText.Move(fyne.NewPos(float32(x), float32(y)))
		r.badgeText.Resize(fyne.NewSize(float32(w), float32(h)))
		st := r.v.Style
		r.badgeText.Color = st.Labels[geo.Point]
		if pt := st.Labels[geo.Point]; pt.R > 0x80 { // dark palette: lift the badge off the sea
			r.badgeBox.FillColor = color.NRGBA{0x2a, 0x3a, 0x48, 0xf0}
		} else {
			r.badgeBox.FillColor = color.NRGBA{0xff, 0xff, 0xff, 0xee}
		}
		r.badgeBox.StrokeWidth, r.badgeBox.StrokeColor = 1, st.Coast.Color
		switch r.v.Selected {
		case "usa":
			c := r.v.Style.Highlight
			r.badgeBox.StrokeWidth, r.badgeBox.StrokeColor = 3, color.NRGBA{c.R, c.G, c.B, 0xff}
		}
		if r.v.hover == "usa" && r.v.Selected != "usa" {
			r.badgeBox.StrokeWidth = 2
		}
		// Moves need no refresh; restyling does, and a text refresh costs a
		// new texture, so only when something changed (not on every scrub).
		if before != (badgeLook{r.badgeText.Text, r.badgeText.Color, r.badgeBox.FillColor, r.badgeBox.StrokeColor, r.badgeBox.StrokeWidth}) {
			r.badgeBox.Refresh()
			r.badgeText.Refresh()
		}
	}

	f := r.v.Map.Feature(r.v.hover)
	r.tipBox.Hidden, r.tipText.Hidden = f == nil, f == nil
	if f != nil {
		text := r.v.name(f)
		if r.v.HoverName != nil {
			text = r.v.HoverName(f)
		}
		changed := text != r.tipText.Text
		r.tipText.Text = text
		ts := r.tipText.MinSize()
		box := fyne.NewSize(ts.Width+12, ts.Height+6)
		p := r.v.cursor.Add(fyne.NewPos(14, 18))
		if p.X+box.Width > size.Width {
			p.X = r.v.cursor.X - box.Width - 8
		}
		if p.Y+box.Height > size.Height {
			p.Y = r.v.cursor.Y - box.Height - 8
		}
		r.tipBox.Move(p)
		r.tipBox.Resize(box)
		r.tipText.Move(p.Add(fyne.NewPos(6, 3)))
		r.tipText.Resize(ts)
		if changed {
			r.tipBox.Refresh()
			r.tipText.Refresh()
		}
	}
}

// badgeLook is what a badge refresh would redraw.
type badgeLook struct {
	text        string
	ink, fill   color.Color
	stroke      color.Color
	strokeWidth float32
}

func (r *mapRenderer) rebuildObjects() {
	r.objects = []fyne.CanvasObject{r.frame, r.badgeBox, r.badgeText, r.tipBox, r.tipText}
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return slices.Clip(r.objects) }

func (r *mapRenderer) Destroy() {}
