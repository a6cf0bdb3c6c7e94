package timelineview

import (
	"math"
	"strconv"
	"time"

	"peninsula/timeline"
)

// Point markers. Each dated event (and each range too short to show as a
// bar) gets a diamond on the marker lane; diamonds keep markerPitch apart,
// moving off their time by as little as they can (at most maxShift).
// Where that cannot be done the nearest markers merge into a cluster:
// a pill with the number of its events. Zooming in spreads them apart
// again; tapping a cluster zooms until its events separate.
const (
	markerPitch = 12 // px from a diamond's centre to its neighbour's
	pillH       = 14 // a cluster's pill is this tall
	shiftPx     = 6  // px a marker may move off its time at any zoom
)

// shiftTime is how far in time a marker may move off its time when that
// is more than shiftPx: so events of the same day or year still separate
// when zoomed in.
const shiftTime = time.Duration(365.2425 / 4 * 24 * float64(time.Hour))

// pillW is the width of a cluster's pill for n events.
func pillW(n int) float64 { return 10 + 6*float64(len(strconv.Itoa(n))) }

// markerW is the width a marker of n events takes on the lane, its gap
// included.
func markerW(n int) float64 {
	if n == 1 {
		return markerPitch
	}
	return pillW(n) + 2
}

// marker is a point marker: one event's diamond, or a cluster's pill.
type marker struct {
	a, b int     // its events are packing.pts[a:b]
	at   float64 // the mean x of its events, relative to the anchor
	x    float64 // where it is drawn, relative to the anchor
	w    float64 // the width it takes: markerW

	// At the current scale, in widget coordinates:
	cx      float32 // its centre
	visible bool
	p0, p1  float32 // the periods of its events, shown faintly
	period  bool
	count   string // the number of events of a cluster, "" for a diamond
}

// n is the number of the marker's events.
func (m *marker) n() int { return m.b - m.a }

// halfW is half the width drawn: a diamond's or a pill's.
func (m *marker) halfW() float32 {
	if m.n() == 1 {
		return 5.5
	}
	return float32(pillW(m.n())) / 2
}

// packing lays the point markers out for one zoom. Positions are relative
// to the x of an anchor (the start of Bounds), so a pan only moves them.
type packing struct {
	valid   bool
	span    time.Duration
	width   float64
	pts     []int     // the events drawn as points, by time
	at      []float64 // their x, relative to the anchor
	markers []marker
	blocks  []block
	offs    []float64
	merge   []int
}

// block is a run of markers pushed against each other.
type block struct {
	first, last int
	w, wx, off  float64 // total weight, weighted sum of wanted first-x, offset of the last
}

// drawnAsPoint reports whether e is drawn in a marker at scale s: a dated
// event, a range with no free lane, or a range shorter than 8 px.
func drawnAsPoint(e *event, s timeline.Scale) bool {
	return e.point || e.overflow || float32(s.X(e.end))-float32(s.X(e.start)) < 8
}

// layout packs the markers of events at scale s, unless they are packed
// for its span and width already.
func (p *packing) layout(events []event, s timeline.Scale, anchor time.Time) {
	span := s.End.Sub(s.Start)
	if p.valid && p.span == span && p.width == s.Width {
		return
	}
	p.valid, p.span, p.width = true, span, s.Width
	ax := s.X(anchor)
	p.pts, p.at = p.pts[:0], p.at[:0]
	for i := range events {
		if drawnAsPoint(&events[i], s) {
			p.pts = append(p.pts, i)
			p.at = append(p.at, s.X(events[i].start)-ax)
		}
	}
	allow := float64(shiftPx)
	if span > 0 {
		allow = max(allow, float64(shiftTime)/float64(span)*s.Width)
	}
	p.markers = p.markers[:0]
	for k, x := range p.at {
		p.markers = append(p.markers, marker{a: k, b: k + 1, at: x, x: x, w: markerW(1)})
	}
	for {
		p.pack()
		// In each block where a marker moved too far, merge the two
		// nearest markers.
		p.merge = p.merge[:0]
		for _, bl := range p.blocks {
			worst := 0.0
			for j := bl.first; j <= bl.last; j++ {
				worst = max(worst, math.Abs(p.markers[j].x-p.markers[j].at))
			}
			if worst <= allow+1e-6 {
				continue
			}
			best, bestD := bl.first, math.Inf(1)
			for j := bl.first; j < bl.last; j++ {
				if d := p.markers[j+1].at - p.markers[j].at; d < bestD {
					best, bestD = j, d
				}
			}
			p.merge = append(p.merge, best)
		}
		if len(p.merge) == 0 {
			break
		}
		for k := len(p.merge) - 1; k >= 0; k-- {
			j := p.merge[k]
			m, o := &p.markers[j], p.markers[j+1]
			n, no := float64(m.n()), float64(o.n())
			m.at = (m.at*n + o.at*no) / (n + no)
			m.b = o.b
			m.w = markerW(m.n())
			p.markers = append(p.markers[:j+1], p.markers[j+2:]...)
		}
	}
	for k := range p.markers {
		if m := &p.markers[k]; m.n() > 1 {
			m.count = strconv.Itoa(m.n())
		}
	}
}

// pack places the markers in order, each at least the mean of their
// widths from its neighbour, as near their times as can be: runs that
// would overlap are pushed apart about their weighted mean (a cluster
// weighs its number of events).
func (p *packing) pack() {
	ms := p.markers
	p.blocks = p.blocks[:0]
	p.offs = append(p.offs[:0], make([]float64, len(ms))...)
	for k := range ms {
		n := float64(ms[k].n())
		cur := block{first: k, last: k, w: n, wx: n * ms[k].at}
		for len(p.blocks) > 0 {
			prev := p.blocks[len(p.blocks)-1]
			shift := prev.off + (ms[prev.last].w+ms[cur.first].w)/2
			if prev.wx/prev.w+shift <= cur.wx/cur.w {
				break
			}
			for j := cur.first; j <= cur.last; j++ {
				p.offs[j] += shift
			}
			prev.wx += cur.wx - cur.w*shift
			prev.w += cur.w
			prev.off = shift + cur.off
			prev.last = cur.last
			cur = prev
			p.blocks = p.blocks[:len(p.blocks)-1]
		}
		p.blocks = append(p.blocks, cur)
	}
	for _, bl := range p.blocks {
		b := bl.wx / bl.w
		for j := bl.first; j <= bl.last; j++ {
			ms[j].x = b + p.offs[j]
		}
	}
}

// placeMarkers packs the point markers for the scale and places them in
// the widget; it sets the point events' marker and visibility.
func (g *geom) placeMarkers(s timeline.Scale, anchor time.Time) {
	p := &g.pack
	p.layout(g.events, s, anchor)
	ax, w := float32(s.X(anchor)), float32(s.Width)
	for k := range p.markers {
		m := &p.markers[k]
		m.cx = float32(m.x) + ax
		hw := m.halfW()
		m.visible = m.cx >= hw-1.5 && m.cx <= w-hw+1.5
		m.p0, m.p1 = float32(math.Inf(1)), float32(math.Inf(-1))
		for _, i := range p.pts[m.a:m.b] {
			eg := &g.ev[i]
			eg.point, eg.marker, eg.visible = true, k, m.visible
			m.p0, m.p1 = min(m.p0, eg.w0), max(m.p1, eg.w1)
		}
		m.period = m.p1 > 0 && m.p0 < w && m.p1-m.p0 >= 6
	}
}

// markerOf returns the marker event i is drawn in, or nil for a bar.
func (g *geom) markerOf(i int) *marker {
	if i < 0 || i >= len(g.ev) || g.ev[i].marker < 0 {
		return nil
	}
	return &g.pack.markers[g.ev[i].marker]
}

// members returns the events of marker k.
func (g *geom) members(k int) []int {
	m := &g.pack.markers[k]
	return g.pack.pts[m.a:m.b]
}

// separates reports whether at scale s each of the events is drawn in a
// diamond of its own, not in a cluster.
func (g *geom) separates(s timeline.Scale, anchor time.Time, events []int) bool {
	var p packing
	p.layout(g.events, s, anchor)
	alone := make(map[int]bool, len(events))
	for _, m := range p.markers {
		if m.n() == 1 {
			alone[p.pts[m.a]] = true
		}
	}
	for _, i := range events {
		if !alone[i] && drawnAsPoint(&g.events[i], s) {
			return false
		}
	}
	return true
}
