package figuresview

import (
	"time"

	"peninsula/story"
)

// A chart's layout, in logical units from its top-left corner: the title
// over the plot, the value axis in a gutter on its left, the years under
// it and the note at the bottom; each point's bar or dot, its label, the
// area that answers the pointer and the ring the moment puts round it.
// It is worked out once per figure and chart size (the widget keeps it)
// and read by the raster, the live objects and hit-testing.

// Text sizes and line heights, logical units.
const (
	chartPad   = 7
	titleSize  = 11.5
	titleLine  = 15
	labelSize  = 10
	labelLine  = 12
	wordSize   = 9
	wordLine   = 11
	axisSize   = 9
	axisLine   = 11
	noteSize   = 9
	noteLine   = 11
	dotRadius  = 3.5
	minHit     = 14 // the least width and height of a point's hit area
	ringMargin = 2.5
)

// rect is a box, x0 ≤ x1 and y0 ≤ y1.
type rect struct{ x0, y0, x1, y1 float32 }

func (r rect) w() float32 { return r.x1 - r.x0 }
func (r rect) h() float32 { return r.y1 - r.y0 }

func (r rect) contains(x, y float32) bool { return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1 }

func (r rect) outset(d float32) rect { return rect{r.x0 - d, r.y0 - d, r.x1 + d, r.y1 + d} }

func (r rect) union(o rect) rect {
	return rect{min(r.x0, o.x0), min(r.y0, o.y0), max(r.x1, o.x1), max(r.y1, o.y1)}
}

// tick is a labelled place on an axis: x or y, and where its label's
// anchor is.
type tick struct {
	at     float32 // x of a time tick, y of a value tick
	label  string
	lx     float32 // a time label's centre
	marked bool    // a time tick draws a mark on the axis
}

// seg is a piece of a line or step chart's line.
type seg struct {
	x0, y0, x1, y1 float32
	dashed         bool
}

// pointGeom is where a point is drawn.
type pointGeom struct {
	p      *story.Point
	start  time.Time // current from then on
	dot    bool      // a dot (line and step charts, ranks), else a bar
	bar    rect      // a bar up to its value, or up to the low end of a range
	band   rect      // a range bar's part from low to high (empty for a value)
	cx, cy float32   // a dot's centre; a bar's centre x
	wy0    float32   // a range's whisker, from the low value (y)
	wy1    float32   // to the high value
	above  float32   // the label's bottom when it is above
	under  float32   // its top when it is below (a dot's)
	below  bool      // the label is under the dot (after a step chart's fall, or for room)
	label  string    // "" when there is no room for it
	lx, ly float32   // the label's anchor (top; centre or left by lalign)
	lalign int
	word   string // the qualifier over the label (under it when below)
	hit    rect   // answers the pointer
	ring   rect   // outlined when the point is current
	round  bool   // the ring is a circle
}

// seriesGeom is one series' points and line.
type seriesGeom struct {
	pts  []pointGeom
	segs []seg
}

// chartGeom is one chart's layout.
type chartGeom struct {
	fig         *story.Figure
	w, h        float32
	title, note []string
	top         float32 // under the title
	noteY       float32
	plot        rect // the plot; y1 is the zero line (the bottom for a rank)
	t0, t1      time.Time
	yTicks      []tick
	xTicks      []tick
	series      []seriesGeom
}

// xPad keeps the time axis's ends off the plot's edges, so a dot there
// stays clear of the value axis.
const xPad = 5

// x is where t falls on the chart's time axis.
func (g *chartGeom) x(t time.Time) float32 {
	f := t.Sub(g.t0).Seconds() / g.t1.Sub(g.t0).Seconds()
	return g.plot.x0 + xPad + float32(f)*(g.plot.w()-2*xPad)
}

// layoutChart lays a figure out in a chart of w × h.
func layoutChart(f *story.Figure, w, h float32) *chartGeom {
	g := &chartGeom{fig: f, w: w, h: h}
	g.title = wrap(f.Title, bold, titleSize, w-2*chartPad, 2)
	g.note = wrap(f.Note, regular, noteSize, w-2*chartPad, 2)
	top := float32(chartPad + len(g.title)*titleLine + 2)
	g.top = top
	g.noteY = h - chartPad - float32(len(g.note)*noteLine)
	bottom := g.noteY - axisLine - 4
	if len(g.note) == 0 {
		bottom = h - chartPad - axisLine - 2
	}
	// Room over the plot for the top value's label: over a bar's top or a
	// dot (see pointGeom.above).
	headroom := float32(labelLine + 4)
	var lo, hi float64
	n := 0
	for _, s := range f.Series {
		for _, p := range s.Points {
			if n == 0 || p.Low < lo {
				lo = p.Low
			}
			if n == 0 || p.High > hi {
				hi = p.High
			}
			if qualifierWord(p.Qualifier) != "" {
				headroom = labelLine + wordLine + 4
			}
			n++
		}
	}
	if f.Kind != "bar" || f.Unit == "rank" {
		headroom += dotRadius - 1 // a label clears the dot under it
	}
	g.plot = rect{chartPad, min(top+headroom, bottom-16), w - chartPad, bottom}
	if n == 0 {
		return g
	}
	yv := g.valueAxis(lo, hi)
	gutter := float32(0)
	for _, t := range g.yTicks {
		gutter = max(gutter, textWidth(t.label, regular, axisSize))
	}
	g.plot.x0 = chartPad + gutter + 4
	g.timeAxis()
	g.points(yv)
	return g
}

// points lays out each series' bars or dots, labels and lines.
func (g *chartGeom) points(y func(float64) float32) {
	f := g.fig
	dots := f.Kind != "bar" || f.Unit == "rank"
	ns := float32(len(f.Series))
	// Bars share the narrowest gap between neighbours.
	slot := g.plot.w()
	for _, s := range f.Series {
		for i := 1; i < len(s.Points); i++ {
			a, b := s.Points[i-1].When, s.Points[i].When
			d := g.x(b.StartTime()) - g.x(a.StartTime())
			if d > 0 {
				slot = min(slot, d)
			}
		}
	}
	bw := min(max(0.6*slot, 6), 24) / ns
	base := y(0)
	if f.Unit == "rank" {
		base = g.plot.y1
	}
	g.series = make([]seriesGeom, len(f.Series))
	for si, s := range f.Series {
		sg := &g.series[si]
		for _, p := range s.Points {
			pg := pointGeom{p: p, start: p.When.StartTime(), dot: dots, wy0: y(p.Low), wy1: y(p.High)}
			xs, xe := g.x(p.When.StartTime()), g.x(p.When.EndTime())
			if p.When.OpenStart {
				xs = g.plot.x0
			}
			if p.When.OpenEnd {
				xe = g.plot.x1
			}
			if dots {
				pg.cx, pg.cy = (xs+xe)/2, y(p.Value())
				if f.Kind == "step" {
					pg.cx = xs
				}
				pg.ring = rect{pg.cx, pg.cy, pg.cx, pg.cy}.outset(dotRadius + ringMargin + 1)
				pg.round = true
				pg.above = min(pg.cy-dotRadius, pg.wy0, pg.wy1) - 3
				pg.under = max(pg.cy+dotRadius, pg.wy0, pg.wy1) + 2
				// After a fall a step's label goes under the line, clear of the drop.
				if n := len(sg.pts); f.Kind == "step" && n > 0 && p.Value() < sg.pts[n-1].p.Value() {
					pg.below = true
				}
			} else {
				pg.cx = (xs+xe)/2 + (float32(si)-(ns-1)/2)*bw
				hw := bw / 2
				if !p.When.IsPoint() && (xe-xs)/ns > bw {
					hw = (xe - xs) / ns / 2
				}
				lo := y(p.Low)
				pg.bar = rect{pg.cx - hw, min(lo, base), pg.cx + hw, max(lo, base)}
				body := pg.bar
				if p.IsRange() {
					pg.band = rect{pg.cx - hw, y(p.High), pg.cx + hw, lo}
					body = body.union(pg.band)
				}
				pg.ring = body.outset(ringMargin)
				pg.above = body.y0 - 4
			}
			sg.pts = append(sg.pts, pg)
		}
		sg.segs = lineSegs(f.Kind, sg.pts, g.plot.x1)
	}
	g.placeLabels()
}

// lineSegs is the line through a line or step chart's dots: dashed into a
// qualified point (and, for a step chart, on from it).
func lineSegs(kind string, pts []pointGeom, right float32) []seg {
	var out []seg
	for i := range pts {
		a := &pts[i]
		q := a.p.Qualifier != "" && a.p.Qualifier != "about"
		switch kind {
		case "line":
			if i > 0 {
				b := &pts[i-1]
				out = append(out, seg{b.cx, b.cy, a.cx, a.cy, q})
			}
		case "step":
			if i > 0 {
				out = append(out, seg{a.cx, pts[i-1].cy, a.cx, a.cy, q})
			}
			end := right
			if i+1 < len(pts) {
				end = pts[i+1].cx
			}
			out = append(out, seg{a.cx, a.cy, end, a.cy, q})
		}
	}
	return out
}
