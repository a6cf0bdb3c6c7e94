// Package figuresview is Peninsula's strip of small charts: the story's
// figures (trade, investment, troops, casualties, ranks) drawn beside the
// timeline and in step with it.
//
// FiguresView shows one chart per figure, in the order given, and scrolls
// sideways when they do not fit. A chart has a title, a value axis, a time
// axis in years, the figure's note, and its points as bars (kind "bar"),
// dots joined by lines ("line") or a stepped line ("step"); a rank is drawn
// as a dot on an axis from 1 down. Each point is labelled with its value,
// unit and scale ("$90 bn", "37,500 troops", "≈3 m people", "11th").
// Qualified values look different: an expected bar is pale with a dashed
// edge, a target is hollow and dashed, an "about" value is lighter with
// "≈" before its label, a derived value is hatched with a dotted edge, and
// a range is a bar from its low to its high value with an error bar.
//
// Time marks the moment with a line on each chart and rings the point
// current then (the last begun by Time); Focus outlines a chart and
// SetFocus scrolls it into view. Hovering a point shows its date, value,
// qualifier in words (with how a derived value was computed) and source
// (Sources); tapping it calls OnPointTapped.
//
// Drawing: each chart's static parts are one canvas.Raster drawn at the
// canvas's pixel scale with golang.org/x/image/font, redrawn only when its
// layout or the theme's colours change. The marker line and the rings are
// live canvas objects: SetTime moves them, refreshes no raster and
// allocates nothing while the current points stay the same.
//
// Files: figuresview.go (the widget, scrolling and input), layout.go,
// axes.go and labels.go (a chart's layout, kept by the widget), format.go
// (values, dates and tooltip texts), render.go (the renderer and its live
// objects), raster.go and paint.go (the charts' images), text.go (fonts),
// tooltip.go and colors.go.
//
// The widget only shows and reports: the app gives it figures, the time,
// the focus and the source texts, and decides what a tapped point means.
package figuresview
