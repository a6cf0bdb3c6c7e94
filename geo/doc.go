// Package geo owns Peninsula's map: the features loaded from GeoJSON
// (countries, places, lines, seas), the Web Mercator projection, the
// Viewport that maps lon/lat to pixels and back, rendering areas and lines
// into an RGBA image, label placement and hit-testing.
//
// The countries are the world's (LoadWorld), at three levels of detail:
// Natural Earth 1:110m, 1:50m and 1:10m, chosen by the view's zoom
// (LevelFor). They come in a compact world file (worldfile.go: arcs on a
// grid of 1e-4°, delta-encoded, stored once so that shared borders stay
// closed; fixed tables read in place), and a country's polygons at a level
// are decoded, projected and split into coast and border runs (land.go)
// only when a view at that level first reaches them, safely from any
// goroutine. A country's id is its ISO 3166-1 alpha-3 code in lower case
// ("fra"); Map.BoundOf gives the bound of its main land to fit a view to.
//
// Drawing traces each line to the view's pixels, skipping the parts far
// off it and dropping vertices within a quarter pixel of the chord
// (trace.go), fills shapes in tiles that are painted whole where no edge
// crosses them (fill.go), and strokes lines in small pieces.
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
// geometry and drawing are kept apart (projection.go, viewport.go, land.go,
// render.go) in the manner of flopp/go-staticmaps.
package geo
