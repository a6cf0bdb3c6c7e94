// Package geo owns Peninsula's map: the features loaded from GeoJSON
// (countries, places, lines, seas), the Web Mercator projection, the
// Viewport that maps lon/lat to pixels and back, rendering areas and lines
// into an RGBA image, label placement and hit-testing.
//
// A view that outlines a selection draws in layers (RenderLayers): the land
// (sea, countries, areas, borders, coasts), then the outlines (Overlay),
// then a transparent top Layer of lines, markers and labels, so that no
// outline covers a line or crosses a label. PlaceLabels keeps labels off
// markers, the rings round selected places and the lines; where a label
// must lie over coasts or borders, Renderer.Knockout leaves them, and the
// outlines along them, out under it.
//
// It is pure Go on top of github.com/paulmach/orb and knows nothing of Fyne:
// the map widget (app/mapview) turns its images, labels and hits into a widget. Projection,
// geometry and drawing are kept apart (projection.go, viewport.go,
// render.go) in the manner of flopp/go-staticmaps.
package geo
