package figuresview

import (
	"math"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/paint"
	"peninsula/story"
)

// Strip geometry, logical units: the gap between charts and round the
// strip, and the room left under the charts for the scroll bar.
const (
	stripGap    = 8
	stripTop    = 4
	stripBottom = 8
	chartAspect = 220.0 / 140 // width to height
	minChartH   = 110
	maxChartH   = 220
)

// FiguresView is a strip of small charts, one per figure, in step with
// the timeline: a line marks the moment on each chart and the point
// current then is ringed. It scrolls sideways when the charts do not fit.
// Set its fields, then call Refresh, or use the Set methods, which refresh
// themselves; SetTime refreshes only the moment's objects.
type FiguresView struct {
	widget.BaseWidget

	// Figures are the charts, in display order (the app puts a selected
	// place's figures first). Replace the slice rather than changing the
	// figures in place.
	Figures []*story.Figure
	// Time is the moment: marked on each chart, whose point current then
	// (the last begun by Time) is ringed.
	Time time.Time
	// Focus is the id of the figure outlined as in focus (a figure link
	// was tapped); "" for none.
	Focus string
	// Sources are the short texts of the points' sources (an event's
	// title, a passage's first words) by source id, shown on hover.
	Sources map[string]string

	// OnPointTapped is called with the figure id and the indexes of the
	// series and point tapped (a bar, dot or range).
	OnPointTapped func(figure string, series, point int)

	charts    []*chartGeom // the layout of each of Figures, at chartSize
	laidOut   []*story.Figure
	chartSize fyne.Size
	gen       int     // counts full refreshes (not SetTime's)
	offset    float32 // how far the strip is scrolled
	hover     hit     // the point under the pointer
	pendFocus bool    // scroll Focus into view once there is a size
}

// hit names a point of a chart: the indexes of the chart (in Figures),
// series and point; noHit for none.
type hit struct{ chart, series, point int }

var noHit = hit{-1, -1, -1}

var (
	_ fyne.Widget        = (*FiguresView)(nil)
	_ fyne.Tappable      = (*FiguresView)(nil)
	_ desktop.Hoverable  = (*FiguresView)(nil)
	_ desktop.Cursorable = (*FiguresView)(nil)
)

// New returns an empty strip.
func New() *FiguresView {
	v := &FiguresView{hover: noHit}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *FiguresView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	v.relayout(v.Size())
	return newRenderer(v)
}

// MinSize is one chart's width and the strip's usual height; nothing for
// a story without figures, so the strip takes no room.
func (v *FiguresView) MinSize() fyne.Size {
	if len(v.Figures) == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(math.Round(minChartH*chartAspect))+2*stripGap, 150)
}

// Resize lays the charts out for the new height and brings Focus into
// view if SetFocus came before the strip had a size.
func (v *FiguresView) Resize(size fyne.Size) {
	v.relayout(size)
	if v.pendFocus && size.Width > 0 {
		v.pendFocus = false
		v.scrollToFocus(size)
	}
	v.offset = v.clampOffset(v.offset, size)
	v.BaseWidget.Resize(size)
}

// Refresh lays out the figures again if they changed and redraws what
// changed.
func (v *FiguresView) Refresh() {
	v.gen++
	v.relayout(v.Size())
	v.offset = v.clampOffset(v.offset, v.Size())
	v.BaseWidget.Refresh()
}

// SetFigures shows other figures.
func (v *FiguresView) SetFigures(figs []*story.Figure) {
	v.Figures = figs
	v.hover = noHit
	if v.Focus != "" {
		v.scrollToFocus(v.Size())
	}
	v.Refresh()
}

// SetTime moves the moment. It is cheap: it moves each chart's marker
// line and, when the current point changes, its ring; the charts' images
// are left alone.
func (v *FiguresView) SetTime(t time.Time) {
	if t.Equal(v.Time) {
		return
	}
	v.Time = t
	v.BaseWidget.Refresh() // not v.Refresh: nothing but the moment changed
}

// SetFocus outlines the figure with the id ("" for none) and scrolls its
// chart into view.
func (v *FiguresView) SetFocus(id string) {
	v.Focus = id
	v.scrollToFocus(v.Size())
	v.Refresh()
}

// SetSources sets the source texts shown on hover.
func (v *FiguresView) SetSources(m map[string]string) {
	v.Sources = m
	v.Refresh()
}

// chartSizeFor is the size of a chart in a strip of the size: the strip's
// height, less margins, and proportionate width.
func chartSizeFor(size fyne.Size) fyne.Size {
	h := min(max(size.Height-stripTop-stripBottom, minChartH), maxChartH)
	return fyne.NewSize(float32(math.Round(float64(h)*chartAspect)), h)
}

// chartPos is the top-left of chart i in the strip's content.
func (v *FiguresView) chartPos(i int) fyne.Position {
	return fyne.NewPos(stripGap+float32(i)*(v.chartSize.Width+stripGap), stripTop)
}

// contentWidth is the width of all the charts with their gaps.
func (v *FiguresView) contentWidth() float32 {
	return stripGap + float32(len(v.charts))*(v.chartSize.Width+stripGap)
}

// relayout lays out the charts when the figures or the chart size
// changed, keeping the layout of figures still shown.
func (v *FiguresView) relayout(size fyne.Size) {
	cs := chartSizeFor(size)
	if cs == v.chartSize && slices.Equal(v.Figures, v.laidOut) {
		return
	}
	old := map[*story.Figure]*chartGeom{}
	if cs == v.chartSize {
		for _, g := range v.charts {
			old[g.fig] = g
		}
	}
	v.chartSize = cs
	v.laidOut = slices.Clone(v.Figures)
	v.charts = make([]*chartGeom, len(v.Figures))
	for i, f := range v.Figures {
		if g := old[f]; g != nil {
			v.charts[i] = g
			continue
		}
		v.charts[i] = layoutChart(f, cs.Width, cs.Height)
	}
	v.hover = noHit
}

// clampOffset keeps a scroll offset within the content.
func (v *FiguresView) clampOffset(x float32, size fyne.Size) float32 {
	return max(min(x, v.contentWidth()-size.Width), 0)
}

// scrollToFocus scrolls the focused figure's chart into view (once there
// is a size).
func (v *FiguresView) scrollToFocus(size fyne.Size) {
	i := v.index(v.Focus)
	if i < 0 {
		return
	}
	if size.Width <= 0 {
		v.pendFocus = true
		return
	}
	v.relayout(size)
	x0 := v.chartPos(i).X - stripGap
	x1 := x0 + v.chartSize.Width + 2*stripGap
	switch {
	case x0 < v.offset:
		v.offset = x0
	case x1 > v.offset+size.Width:
		v.offset = min(x1-size.Width, x0)
	}
	v.offset = v.clampOffset(v.offset, size)
}

// index is the index in Figures of the figure with the id, or -1.
func (v *FiguresView) index(id string) int {
	if id == "" {
		return -1
	}
	return slices.IndexFunc(v.Figures, func(f *story.Figure) bool { return f.ID == id })
}

// scrolled follows the scroll container (the wheel or its bar).
func (v *FiguresView) scrolled(p fyne.Position) {
	if p.X == v.offset {
		return
	}
	v.offset = p.X
	if v.hover != noHit {
		v.hover = noHit
		v.Refresh()
	}
}

// hitAt is the point whose hit area is under p (widget coordinates),
// the nearest across if several are.
func (v *FiguresView) hitAt(p fyne.Position) hit {
	x := p.X + v.offset
	for i, g := range v.charts {
		o := v.chartPos(i)
		lx, ly := x-o.X, p.Y-o.Y
		if lx < 0 || lx >= g.w || ly < 0 || ly >= g.h {
			continue
		}
		best, dist := noHit, float32(math.Inf(1))
		for si := range g.series {
			for pi := range g.series[si].pts {
				pg := &g.series[si].pts[pi]
				if d := paint.Abs(lx - pg.cx); pg.hit.contains(lx, ly) && d < dist {
					best, dist = hit{i, si, pi}, d
				}
			}
		}
		return best
	}
	return noHit
}

// Tapped reports the point under the pointer through OnPointTapped.
func (v *FiguresView) Tapped(e *fyne.PointEvent) {
	h := v.hitAt(e.Position)
	if h == noHit || v.OnPointTapped == nil {
		return
	}
	v.OnPointTapped(v.charts[h.chart].fig.ID, h.series, h.point)
}

// MouseIn implements desktop.Hoverable.
func (v *FiguresView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved shows the tooltip of the point under the pointer.
func (v *FiguresView) MouseMoved(e *desktop.MouseEvent) { v.setHover(v.hitAt(e.Position)) }

// MouseOut hides the tooltip.
func (v *FiguresView) MouseOut() { v.setHover(noHit) }

// Cursor is a pointing hand over a point.
func (v *FiguresView) Cursor() desktop.Cursor {
	if v.hover != noHit {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// setHover shows the tooltip of h (noHit for none).
func (v *FiguresView) setHover(h hit) {
	if h == v.hover {
		return
	}
	v.hover = h
	v.Refresh()
}

// Hovered returns the figure id and the series and point indexes under
// the pointer; "" when there is none.
func (v *FiguresView) Hovered() (figure string, series, point int) {
	if v.hover == noHit {
		return "", -1, -1
	}
	return v.charts[v.hover.chart].fig.ID, v.hover.series, v.hover.point
}

// PointPosition returns where a point of a figure is drawn in the widget
// (the middle of its hit area), and whether it is in view: for the app's
// tests, which tap what a user taps.
func (v *FiguresView) PointPosition(figure string, series, point int) (fyne.Position, bool) {
	i := v.index(figure)
	if i < 0 || series >= len(v.charts[i].series) || point >= len(v.charts[i].series[series].pts) {
		return fyne.Position{}, false
	}
	pg := &v.charts[i].series[series].pts[point]
	o := v.chartPos(i)
	r := pg.hit
	p := fyne.NewPos(o.X+(r.x0+r.x1)/2-v.offset, o.Y+(r.y0+r.y1)/2)
	return p, p.X >= 0 && p.X < v.Size().Width
}
