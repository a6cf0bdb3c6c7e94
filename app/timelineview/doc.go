// Package timelineview is Peninsula's timeline widget: the strip across the
// bottom of the window that shows a story's time. It owns the TimelineView
// widget and everything it draws and handles: the detail band (a year axis
// that adapts to the zoom, eras as tinted bands, events as diamonds and
// bars with titles in rows that never overlap, crowded diamonds merged
// into clusters with a count, and the cursor with its date readout), the
// overview band of the whole stretch, the hover tooltip, and the gestures
// (tap, drag to scrub, pan or move the overview window, wheel to zoom, tap
// a cluster to zoom in on it). When comparing two moments it shows a
// second handle ("B", with its own date) and shades the stretch between
// the two; the events a search matched have a yellow halo.
//
// Files: timelineview.go (the widget), geometry.go, markers.go and
// titles.go (the layout, kept in the widget's geometry cache), render.go
// (the renderer), scene.go, draw.go and style.go (the static part as a
// list of shapes: eras, axis, overview, markers, bars and titles),
// raster.go, paint.go and glyphs.go (the shapes drawn into one
// canvas.Raster, texts set with golang.org/x/image/font), halo.go (the
// halos of matched events), cursor.go and handles.go (the live objects
// over the raster: the cursor and the second handle with their readouts,
// the shading between them, era titles, overview window and cursors),
// tooltip.go, input.go (gestures and hit-testing) and compare.go (the
// second handle's API and grab).
//
// A scrub step moves only the live objects; the raster is drawn again
// only when the size, zoom, theme, data, hover or the events' states
// (active, marked, matched) change, so a frame costs about a dozen canvas
// objects however many events are in view. Moving the second handle is a
// scrub step too.
//
// The widget only shows and reports: it takes a story.Story and the
// timeline.Schedule built from it, and reports taps and scrubs through its
// On… callbacks; the app decides what a tap means and calls SetTime,
// SetActive, SetMarked, SetMatched and SetCompare. Its colours come from
// the app's theme (Fyne's colour names and apptheme.ColorNameFocus for the
// ring of marked events); the second handle's plum and the halo's yellow
// are its own (colors.go), picked for a light or a dark background.
package timelineview
