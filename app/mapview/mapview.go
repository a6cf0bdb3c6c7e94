package mapview

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"peninsula/geo"
)

// Zoom steps: a key press or button, and a scroll wheel notch (Fyne
// reports about 25 units a notch).
const (
	ZoomStep        = 0.5
	scrollZoomRatio = 1.0 / 50
)

// MapView is the map widget. Set its fields, then call Refresh, or use the
// Set methods, which refresh themselves. The base map is re-rendered only
// when the map, style, labels, hidden features, size or view change, or a
// legend over it (Legend.Follow) takes another size; the selection, hover
// and highlights are drawn between its layers, on a copy of its land.
//
// With Async set, the base map is rendered on another goroutine, with a
// margin beyond the view: meanwhile the map shown is moved (a drag within
// the margin renders nothing), scaled (a wheel notch) or kept (new hidden
// features), and the new one replaces it when it is ready.
type MapView struct {
	widget.BaseWidget

	Map   *geo.Map
	Style *geo.Style
	// Home is the region the map opens on and returns to on Reset.
	Home orb.Bound
	// Labels are the label texts by feature id; a feature missing from it
	// is labelled with its name in the map data. Replace the map rather
	// than changing it in place.
	Labels map[string]string
	// Tooltips are the hover texts by feature id; a feature missing from
	// it shows its label.
	Tooltips map[string]string
	// Notes mark labels that give one party's name of a disputed place:
	// such a label carries a marker (NoteMark), and hovering the place or
	// its label shows the note under the tooltip. By feature id.
	Notes map[string]string
	// Hidden are the ids of the features not drawn (the map at a date).
	Hidden []string
	// Selected is the id of the selected feature, outlined ("" for none).
	Selected string
	// Highlighted features get a softer outline (the places of the
	// current moment).
	Highlighted []string
	// Found features get a distinct outline: the places a search matched.
	Found []string

	// OnSelected is called with the id of a tapped feature, or "" when the
	// sea is tapped.
	OnSelected func(id string)
	// OnHover is called when the feature under the pointer changes.
	OnHover func(id string)

	// Async renders the base map on another goroutine and swaps it in when
	// it is ready (fyne.Do), showing the previous one moved or scaled until
	// then. The window sets it; leave it false where a canvas is captured
	// without a running event loop (tests, snapshots, Export): then the map
	// renders synchronously, as the painter draws it.
	Async bool

	vp       geo.Viewport
	moved    bool      // the user has moved the view away from Home
	dragging bool      // a drag is under way: the base map is moved, not rendered, within its margin
	wheelAt  time.Time // the last wheel notch
	r        *renderer
	focus    string // a feature to bring into view once the map has a size
	hover    string
	cursor   fyne.Position
	covers   []*Legend  // legends over the map (Legend.Follow): no labels under them
	onView   []func()   // called when the view may have changed
	mirrors  []*MapView // maps that show this one's view (Mirror)
	outlined []string   // outlinedKey of Highlighted and Found
}

var (
	_ fyne.Widget        = (*MapView)(nil)
	_ fyne.Tappable      = (*MapView)(nil)
	_ fyne.Draggable     = (*MapView)(nil)
	_ fyne.Scrollable    = (*MapView)(nil)
	_ desktop.Hoverable  = (*MapView)(nil)
	_ desktop.Cursorable = (*MapView)(nil)
)

// New returns a map widget for m in the light style, opening on home.
func New(m *geo.Map, home orb.Bound) *MapView {
	v := &MapView{Map: m, Style: geo.LightStyle(), Home: home}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *MapView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	v.r = newRenderer(v)
	return v.r
}

// MinSize keeps the map usable in a small window.
func (v *MapView) MinSize() fyne.Size { return fyne.NewSize(320, 240) }

// Resize fits Home to the new size until the user moves the view; after
// that a resize keeps the centre and zoom.
func (v *MapView) Resize(size fyne.Size) {
	v.fitHome(size)
	if v.focus != "" && v.vp.Width > 0 {
		id := v.focus
		v.focus = ""
		v.FocusOn(id)
	}
	v.BaseWidget.Resize(size)
	v.viewChanged()
}

// SetMap shows another map (a story brings its own places).
func (v *MapView) SetMap(m *geo.Map) {
	v.Map = m
	v.Refresh()
}

// SetStyle switches the palette (light or dark).
func (v *MapView) SetStyle(st *geo.Style) {
	v.Style = st
	v.Refresh()
}

// SetLabels sets the label and tooltip texts by feature id.
func (v *MapView) SetLabels(labels, tooltips map[string]string) {
	v.Labels, v.Tooltips = labels, tooltips
	v.Refresh()
}

// SetHidden sets the features not drawn; the ids are copied, and an equal
// set changes nothing.
func (v *MapView) SetHidden(ids []string) {
	if slices.Equal(ids, v.Hidden) {
		return
	}
	v.Hidden = append(v.Hidden[:0:0], ids...)
	v.Refresh()
}

// SetSelected selects the feature with the id ("" for none).
func (v *MapView) SetSelected(id string) {
	if id == v.Selected {
		return
	}
	v.Selected = id
	v.Refresh()
}

// SetHighlighted sets the softly outlined features; the ids are copied,
// and an equal set changes nothing.
func (v *MapView) SetHighlighted(ids []string) {
	if slices.Equal(ids, v.Highlighted) {
		return
	}
	v.Highlighted = append(v.Highlighted[:0], ids...)
	v.outlined = outlinedKey(v.outlined, v.Highlighted, v.Found)
	v.Refresh()
}

// SetFound sets the features a search matched; the ids are copied, and an
// equal set changes nothing.
func (v *MapView) SetFound(ids []string) {
	if slices.Equal(ids, v.Found) {
		return
	}
	v.Found = append(v.Found[:0:0], ids...)
	v.outlined = outlinedKey(v.outlined, v.Highlighted, v.Found)
	v.Refresh()
}

// foundSeas are the found features that are seas, joined by NULs: their
// labels are drawn in the found colour (a sea has no outline to draw).
func (v *MapView) foundSeas() string {
	var seas []string
	for _, id := range v.Found {
		if f := v.Map.Feature(id); f != nil && f.Kind == geo.Sea {
			seas = append(seas, id)
		}
	}
	return strings.Join(seas, "\x00")
}

// outlinedKey is Highlighted and Found in one slice, to compare what the
// outlines of two frames show.
func outlinedKey(dst, high, found []string) []string {
	dst = append(append(dst[:0], high...), "\x00")
	return append(dst, found...)
}

// Viewport returns the current view.
func (v *MapView) Viewport() geo.Viewport { return v.vp }

// Moved reports whether the user has moved the view away from Home.
func (v *MapView) Moved() bool { return v.moved }

// SetViewport moves the view (clamped to the zoom limits and the data).
func (v *MapView) SetViewport(vp geo.Viewport) {
	v.vp = v.clamp(vp)
	v.moved = true
	v.Refresh()
	v.viewChanged()
}

// ZoomedIn reports whether the view is closer than the home view (by at
// least half a zoom step).
func (v *MapView) ZoomedIn() bool {
	if v.vp.Width <= 0 || v.vp.Height <= 0 {
		return false
	}
	home := v.clamp(geo.Fit(v.vp.Width, v.vp.Height, v.Home))
	return v.vp.Zoom >= home.Zoom+ZoomStep/2
}

// viewChanged tells those watching the view (a legend that folds while the
// map is zoomed in) that it may have changed.
func (v *MapView) viewChanged() {
	for _, f := range v.onView {
		f()
	}
	for _, m := range v.mirrors {
		m.follow(v)
	}
}

// ZoomIn zooms one step around the centre of the view.
func (v *MapView) ZoomIn() { v.zoomAt(v.centre(), ZoomStep) }

// ZoomOut zooms out one step around the centre of the view.
func (v *MapView) ZoomOut() { v.zoomAt(v.centre(), -ZoomStep) }

// Reset returns to the home view.
func (v *MapView) Reset() {
	v.moved = false
	v.fitHome(v.Size())
	v.Refresh()
	v.viewChanged()
}

// Hovered returns the id of the feature under the pointer, or "".
func (v *MapView) Hovered() string { return v.hover }

// FocusOn moves the view so the feature is visible, without zooming;
// before the map has a size, once it has one.
func (v *MapView) FocusOn(id string) {
	f := v.Map.Feature(id)
	if f == nil || f.Kind == geo.Badge {
		return
	}
	if v.vp.Width <= 0 {
		v.focus = id
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
	v.viewChanged()
}

func (v *MapView) centre() orb.Point { return orb.Point{v.vp.Width / 2, v.vp.Height / 2} }

func (v *MapView) zoomAt(p orb.Point, delta float64) {
	v.vp = v.clamp(v.vp.ZoomAt(p, delta))
	v.moved = true
	v.Refresh()
	v.viewChanged()
}

func (v *MapView) fitHome(size fyne.Size) {
	if v.moved || size.Width <= 0 || size.Height <= 0 {
		v.vp = v.vp.Resize(float64(size.Width), float64(size.Height))
		return
	}
	v.vp = v.clamp(geo.Fit(float64(size.Width), float64(size.Height), v.Home))
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

// Tapped reports the feature under the pointer (the sea reports "").
func (v *MapView) Tapped(e *fyne.PointEvent) {
	id := v.featureAt(e.Position)
	v.SetSelected(id)
	if v.OnSelected != nil {
		v.OnSelected(id)
	}
}

// Dragged pans the map. While the drag lasts, the base map shown is moved
// with it and rendered again only as the view nears the edge of its margin
// (Async); its labels are placed again for the view when the drag ends.
func (v *MapView) Dragged(e *fyne.DragEvent) {
	v.vp = v.clamp(v.vp.Pan(float64(e.Dragged.DX), float64(e.Dragged.DY)))
	v.moved = true
	v.dragging = true
	v.setHover("", e.Position)
	v.Refresh()
	v.viewChanged()
}

// DragEnd renders the base map for the view the drag ended at.
func (v *MapView) DragEnd() {
	v.dragging = false
	v.Refresh()
	v.viewChanged()
}

// Scrolled zooms around the pointer. Async, the map shown is scaled at
// once and rendered sharp when the wheel rests.
func (v *MapView) Scrolled(e *fyne.ScrollEvent) {
	if v.r != nil {
		v.wheelAt = v.r.now()
	}
	v.zoomAt(toPoint(e.Position), float64(e.Scrolled.DY)*scrollZoomRatio)
}

func toPoint(p fyne.Position) orb.Point { return orb.Point{float64(p.X), float64(p.Y)} }
