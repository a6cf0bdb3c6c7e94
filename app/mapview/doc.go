// Package mapview is Peninsula's map widget and the cards drawn over it.
//
// MapView draws a geo.Map: the base map (cached per size, view and data) in
// two layers, the land and, above it, the lines, markers and labels; the
// selected, hovered and highlighted features are outlined between them, so
// lines keep their colours and no outline crosses a label. A badge stands
// for a feature beyond the map's edge (the United States). Drag pans, the
// wheel zooms around the pointer, hovering shows a tooltip and a tap
// reports the feature under the pointer through OnSelected. Legend is the key in the map's corner: it
// folds on a tap and, following a map (Legend.Follow), folds while the map
// is zoomed in, and the map keeps its labels out from under it. InfoCard is
// the card naming the selection.
//
// Rendering the base map takes tens of milliseconds. With MapView.Async
// (the app's window) it runs on another goroutine, for the view grown by a
// margin, and the new image is swapped in on the UI thread (fyne.Do): a
// drag moves the image shown (no render, no texture upload) until the view
// nears the margin's edge, a wheel notch shows the part of it covering the
// view scaled, and outline changes redraw a small patch. Without Async
// (tests, snapshots, Export) the map renders synchronously in its raster's
// generator, exactly as the painter draws it.
//
// The widgets know map features only: the app gives them ids, label texts
// and styles, and translates story places to features itself.
package mapview
