package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"peninsula/geo"
)

// HomeBound is the view the map opens on and returns to on reset: Korea
// and its neighbours from Beijing to Tokyo, Vladivostok to Taipei.
var HomeBound = orb.Bound{Min: orb.Point{113.5, 23.5}, Max: orb.Point{145, 46.5}}

// Zoom steps: a key press or button, and a scroll wheel notch (Fyne
// reports about 25 units a notch).
const (
	zoomStep        = 0.5
	scrollZoomRatio = 1.0 / 50
)

// MapView is the map widget: it draws the base map (cached per size and
// view), labels, the selection and hover outlines, and the United States
// badge. Drag pans, the scroll wheel zooms around the pointer, hovering
// names the feature under the pointer and a tap selects it.
//
// Set fields, then call Refresh; SetSelected and the zoom methods refresh
// themselves.
type MapView struct {
	widget.BaseWidget

	Map   *geo.Map
	Style *geo.Style
	// Name returns a feature's label text (e.g. from the story, in the
	// chosen language); nil uses the map data's name.
	Name func(f *geo.Feature) string
	// HoverName returns the tooltip text of a feature; nil uses Name.
	HoverName func(f *geo.Feature) string
	// Filter decides which features are shown (the map at a date); nil
	// shows the base map.
	Filter func(f *geo.Feature) bool
	// Selected is the id of the selected feature, outlined.
	Selected string
	// Highlighted features get a softer outline (places linked to the
	// current moment).
	Highlighted []string

	// OnSelected is called with the id of a tapped feature, or "" when the
	// sea is tapped.
	OnSelected func(id string)
	// OnHover is called when the feature under the pointer changes.
	OnHover func(id string)

	vp     geo.Viewport
	moved  bool // the user has moved the view away from HomeBound
	hover  string
	cursor fyne.Position
	layers int // bumped by RedrawBase (filter, style, map, labels) to re-render the base
	geoR   *geo.Renderer
}

var (
	_ fyne.Widget        = (*MapView)(nil)
	_ fyne.Tappable      = (*MapView)(nil)
	_ fyne.Draggable     = (*MapView)(nil)
	_ fyne.Scrollable    = (*MapView)(nil)
	_ desktop.Hoverable  = (*MapView)(nil)
	_ desktop.Cursorable = (*MapView)(nil)
)

// NewMapView returns a map widget for m in the light style.
func NewMapView(m *geo.Map) *MapView {
	v := &MapView{Map: m, Style: geo.LightStyle()}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *MapView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	return newMapRenderer(v)
}

// MinSize keeps the map usable in a small window.
func (v *MapView) MinSize() fyne.Size { return fyne.NewSize(320, 240) }

// SetSelected selects the feature with the id ("" for none) and redraws.
func (v *MapView) SetSelected(id string) {
	if id == v.Selected {
		return
	}
	v.Selected = id
	v.Refresh()
}

// SetHighlighted sets the softly outlined features and redraws.
func (v *MapView) SetHighlighted(ids []string) {
	v.Highlighted = ids
	v.Refresh()
}

// SetFilter sets the feature filter (the map at a date) and redraws the
// base map.
func (v *MapView) SetFilter(fn func(*geo.Feature) bool) {
	v.Filter = fn
	v.RedrawBase()
}

// SetMap shows another map (a story brings its own places) and redraws.
func (v *MapView) SetMap(m *geo.Map) {
	v.Map = m
	v.RedrawBase()
}

// SetStyle switches the palette (light or dark) and redraws.
func (v *MapView) SetStyle(st *geo.Style) {
	v.Style = st
	v.RedrawBase()
}

// RedrawBase renders the cached base map again on the next frame: for
// changes the widget cannot see, such as what Name returns (the label
// language).
func (v *MapView) RedrawBase() {
	v.layers++
	v.Refresh()
}

// Viewport returns the current view.
func (v *MapView) Viewport() geo.Viewport { return v.vp }

// SetViewport moves the view (clamped to the zoom limits and the data).
func (v *MapView) SetViewport(vp geo.Viewport) {
	v.vp = v.clamp(vp)
	v.moved = true
	v.Refresh()
}

// ZoomIn zooms one step around the centre of the view.
func (v *MapView) ZoomIn() { v.zoomAt(v.centre(), zoomStep) }

// ZoomOut zooms out one step around the centre of the view.
func (v *MapView) ZoomOut() { v.zoomAt(v.centre(), -zoomStep) }

// Reset returns to the home view.
func (v *MapView) Reset() {
	v.moved = false
	v.fitHome(v.Size())
	v.moved = false
	v.Refresh()
}

// Hovered returns the id of the feature under the pointer, or "".
func (v *MapView) Hovered() string { return v.hover }

// FocusOn moves the view so the feature is visible, zooming in if the
// view is very wide, without zooming out.
func (v *MapView) FocusOn(id string) {
	f := v.Map.Feature(id)
	if f == nil || f.Kind == geo.Badge {
		return
	}
	p := v.vp.ToPixel(f.Anchor)
	margin := 40.0
	if p[0] >= margin && p[1] >= margin && p[0] <= v.vp.Width-margin && p[1] <= v.vp.Height-margin {
		return
	}
	v.vp.Center = f.Anchor
	v.vp = v.clamp(v.vp)
	v.moved = true
	v.Refresh()
}

func (v *MapView) centre() orb.Point { return orb.Point{v.vp.Width / 2, v.vp.Height / 2} }

func (v *MapView) zoomAt(p orb.Point, delta float64) {
	v.vp = v.clamp(v.vp.ZoomAt(p, delta))
	v.moved = true
	v.Refresh()
}

// fitHome fits HomeBound to size until the user moves the view; after
// that a resize keeps the centre and zoom.
func (v *MapView) fitHome(size fyne.Size) {
	if v.moved || size.Width <= 0 || size.Height <= 0 {
		v.vp = v.vp.Resize(float64(size.Width), float64(size.Height))
		return
	}
	v.vp = v.clamp(geo.Fit(float64(size.Width), float64(size.Height), HomeBound))
}

// clamp keeps the view inside the map data, so its clipped edges never
// show: zooming out stops when the data fills the view, panning stops at
// its edges.
func (v *MapView) clamp(vp geo.Viewport) geo.Viewport {
	if vp.Width <= 0 || vp.Height <= 0 {
		return vp
	}
	return vp.ClampTo(v.Map.Bound())
}

// Tapped selects the feature under the pointer (the sea clears).
func (v *MapView) Tapped(e *fyne.PointEvent) {
	id := ""
	if f := v.Map.HitTest(v.vp, toPoint(e.Position), v.Filter); f != nil {
		id = f.ID
	}
	v.SetSelected(id)
	if v.OnSelected != nil {
		v.OnSelected(id)
	}
}

// Dragged pans the map.
func (v *MapView) Dragged(e *fyne.DragEvent) {
	v.vp = v.clamp(v.vp.Pan(float64(e.Dragged.DX), float64(e.Dragged.DY)))
	v.moved = true
	v.setHover("", e.Position)
	v.Refresh()
}

// DragEnd implements fyne.Draggable.
func (v *MapView) DragEnd() {}

// Scrolled zooms around the pointer.
func (v *MapView) Scrolled(e *fyne.ScrollEvent) {
	v.zoomAt(toPoint(e.Position), float64(e.Scrolled.DY)*scrollZoomRatio)
}

// MouseIn implements desktop.Hoverable.
func (v *MapView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved names the feature under the pointer.
func (v *MapView) MouseMoved(e *desktop.MouseEvent) {
	id := ""
	if f := v.Map.HitTest(v.vp, toPoint(e.Position), v.Filter); f != nil {
		id = f.ID
	}
	v.setHover(id, e.Position)
}

// MouseOut clears the hover.
func (v *MapView) MouseOut() { v.setHover("", v.cursor) }

// Cursor shows a pointing hand over things that can be selected.
func (v *MapView) Cursor() desktop.Cursor {
	if v.hover != "" {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (v *MapView) setHover(id string, pos fyne.Position) {
	moved := pos != v.cursor
	v.cursor = pos
	if id == v.hover {
		if moved && id != "" {
			v.Refresh() // move the tooltip
		}
		return
	}
	v.hover = id
	v.Refresh()
	if v.OnHover != nil {
		v.OnHover(id)
	}
}

// name is the label text of a feature.
func (v *MapView) name(f *geo.Feature) string {
	if v.Name != nil {
		return v.Name(f)
	}
	return f.Name
}

func toPoint(p fyne.Position) orb.Point { return orb.Point{float64(p.X), float64(p.Y)} }
