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
// The widgets know map features only: the app gives them ids, label texts
// and styles, and translates story places to features itself.
package mapview
