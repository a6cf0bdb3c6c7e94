// Package mapview is Peninsula's map widget and the cards drawn over it.
//
// MapView draws a geo.Map: the base map (land, lines, markers and labels,
// cached per size, view and data) with the selected, hovered and
// highlighted features outlined over it, and a badge for a feature beyond
// the map's edge (the United States). Drag pans, the wheel zooms around the
// pointer, hovering shows a tooltip and a tap reports the feature under the
// pointer through OnSelected. Legend is the key in the map's corner and
// InfoCard the card naming the selection.
//
// The widgets know map features only: the app gives them ids, label texts
// and styles, and translates story places to features itself.
package mapview
