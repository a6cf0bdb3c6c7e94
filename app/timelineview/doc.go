// Package timelineview is Peninsula's timeline widget: the strip across the
// bottom of the window that shows a story's time. It owns the TimelineView
// widget and everything it draws and handles: the detail band (a year axis
// that adapts to the zoom, eras as tinted bands, events as diamonds and
// bars with titles in rows that never overlap, and the cursor with its date
// readout), the overview band of the whole stretch, the hover tooltip, and
// the gestures (tap, drag to scrub, pan or move the overview window, wheel
// to zoom).
//
// The widget only shows and reports: it takes a story.Story and the
// timeline.Schedule built from it, and reports taps and scrubs through its
// On… callbacks; the app decides what a tap means and calls SetTime,
// SetActive and SetMarked. Its colours come from the app's theme (Fyne's
// colour names and apptheme.ColorNameFocus for the ring of marked events).
package timelineview
