package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// Clearances in pixels that label placement keeps between a label and what
// is drawn near it, so that neither the lines nor the outlines drawn over
// the map later (the selection, highlighted places) run through a label.
const (
	// ringClear is how far beyond a marker's edge the ring round a selected
	// or highlighted place reaches (Overlay draws it 3 px out; the widest
	// ring is 3 px wide), plus half a pixel of anti-aliasing.
	ringClear = 5.0
	// outlineClear keeps labels off coasts and borders (1 px wide). The
	// outlines drawn along them, and along lines, are left out under labels
	// (Renderer.Knockout).
	outlineClear = 1.0
	// lineClear keeps labels off the lines (2 to 2.5 px wide).
	lineClear = 1.5
)

// segment is a drawn line segment in pixels; hard segments belong to line
// features and the edge of the map, which no label may cross (others,
// coasts and borders, are masked under a label that must cross them).
type segment struct {
	ax, ay, bx, by float32
	hard           bool
}

// pad is the clearance kept round the segment.
func (s *segment) pad() float64 {
	if s.hard {
		return lineClear
	}
	return outlineClear
}

// obstacles holds the line segments drawn in a view, filed by grid cell,
// so that testing a label's box looks only at the segments near it.
type obstacles struct {
	tr         transform
	w, h       float64
	cols, rows int
	segs       []segment
	start      []int32 // cell c's segments are items[start[c]:start[c+1]]
	items      []int32
	seen       []uint32 // hidden's visit stamp of each segment
	stamp      uint32
}

const obstacleCell = 32.0

// lineObstacles collects the segments drawn in the view: coasts, borders,
// the outlines of visible areas, and, as hard segments, visible lines and
// the edge of the map data (a label stays on the map).
func (m *Map) lineObstacles(vp Viewport, show func(*Feature) bool) *obstacles {
	o := &obstacles{tr: newTransform(vp), w: vp.Width, h: vp.Height}
	o.cols = int(math.Ceil(vp.Width/obstacleCell)) + 1
	o.rows = int(math.Ceil(vp.Height/obstacleCell)) + 1
	level := LevelFor(vp.Zoom)
	o.addRings(m.borders, m.borderBounds, false)
	o.addRuns(m, level, true)
	o.addRings(m.coast, m.coastBounds, false)
	o.addRuns(m, level, false)
	for _, f := range m.Features {
		switch {
		case f.Kind == Line && show(f):
			o.addRings(f.world, f.worldBounds, true)
		case f.Kind == Area && show(f) && f.land != nil:
			for _, p := range f.land.at(level) {
				if o.reaches(p.bound) {
					o.addRings(p.get().rings, p.bounds, false)
				}
			}
		}
	}
	if b := m.Bound(); !b.IsEmpty() {
		tl, br := Project(orb.Point{b.Min[0], b.Max[1]}), Project(orb.Point{b.Max[0], b.Min[1]})
		o.addRing(orb.Ring{tl, {br[0], tl[1]}, br, {tl[0], br[1]}, tl}, true)
	}
	o.index()
	return o
}

// addRuns adds the land borders (or the coasts) of the world countries in
// view at the level, as the renderer draws them.
func (o *obstacles) addRuns(m *Map, level Level, border bool) {
	for _, f := range m.Features {
		if f.land == nil || f.land.w == nil {
			continue
		}
		if b, ok := f.land.bound(level); !ok || !o.reaches(b) {
			continue
		}
		for _, p := range f.land.at(level) {
			if !o.reaches(p.bound) {
				continue
			}
			p.get()
			runs := p.coast
			if border {
				runs = p.border
			}
			for _, s := range runs {
				o.addRing(p.line(s), false)
			}
		}
	}
}

// reaches reports whether the world bound reaches the view.
func (o *obstacles) reaches(wb orb.Bound) bool {
	b := o.tr.box(wb, lineClear)
	return !(b.Max.X < 0 || b.Max.Y < 0 || float64(b.Min.X) > o.w || float64(b.Min.Y) > o.h)
}

// addRings adds the world-coordinate polylines whose bounds reach the view.
func (o *obstacles) addRings(rings []orb.Ring, bounds []orb.Bound, hard bool) {
	for i, r := range rings {
		if i < len(bounds) && !o.reaches(bounds[i]) {
			continue
		}
		o.addRing(r, hard)
	}
}

// addRing adds a polyline's segments that reach the view, dropping points
// within a pixel of the last kept.
func (o *obstacles) addRing(r orb.Ring, hard bool) {
	var last orb.Point
	for i, w := range r {
		p := o.tr.apply(w)
		if i > 0 {
			if i < len(r)-1 && math.Abs(p[0]-last[0]) < 1 && math.Abs(p[1]-last[1]) < 1 {
				continue
			}
			if math.Max(last[0], p[0]) >= -lineClear && math.Max(last[1], p[1]) >= -lineClear &&
				math.Min(last[0], p[0]) <= o.w+lineClear && math.Min(last[1], p[1]) <= o.h+lineClear {
				o.segs = append(o.segs, segment{float32(last[0]), float32(last[1]), float32(p[0]), float32(p[1]), hard})
			}
		}
		last = p
	}
}

// cells returns the range of cells covered by the box.
func (o *obstacles) cells(x0, y0, x1, y1 float64) (c0, r0, c1, r1 int) {
	return o.cell(x0, o.cols), o.cell(y0, o.rows), o.cell(x1, o.cols), o.cell(y1, o.rows)
}

// cellsOf returns the range of cells covered by a segment grown by its
// clearance.
func (o *obstacles) cellsOf(s *segment) (c0, r0, c1, r1 int) {
	p := s.pad()
	return o.cells(float64(min(s.ax, s.bx))-p, float64(min(s.ay, s.by))-p,
		float64(max(s.ax, s.bx))+p, float64(max(s.ay, s.by))+p)
}

// index files the segments by cell: counted, then placed.
func (o *obstacles) index() {
	o.start = make([]int32, o.cols*o.rows+1)
	for i := range o.segs {
		c0, r0, c1, r1 := o.cellsOf(&o.segs[i])
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				o.start[r*o.cols+c+1]++
			}
		}
	}
	for c := 1; c < len(o.start); c++ {
		o.start[c] += o.start[c-1]
	}
	o.items = make([]int32, o.start[len(o.start)-1])
	next := append([]int32(nil), o.start[:len(o.start)-1]...)
	for i := range o.segs {
		c0, r0, c1, r1 := o.cellsOf(&o.segs[i])
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				k := r*o.cols + c
				o.items[next[k]] = int32(i)
				next[k]++
			}
		}
	}
}

func (o *obstacles) cell(v float64, n int) int {
	return max(0, min(n-1, int(math.Floor(v/obstacleCell))))
}

// hits reports whether any segment, grown by its clearance, meets the box;
// with hardOnly, only the hard segments count.
func (o *obstacles) hits(x0, y0, x1, y1 float64, hardOnly bool) bool {
	c0, r0, c1, r1 := o.cells(x0, y0, x1, y1)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			k := r*o.cols + c
			for _, id := range o.items[o.start[k]:o.start[k+1]] {
				s := &o.segs[id]
				if hardOnly && !s.hard {
					continue
				}
				p := s.pad()
				if segmentMeetsBox(float64(s.ax), float64(s.ay), float64(s.bx), float64(s.by), x0-p, y0-p, x1+p, y1+p) {
					return true
				}
			}
		}
	}
	return false
}

// hidden returns the length in pixels of the segments that are not hard
// within the box: how much of coasts and borders a masked label would hide.
func (o *obstacles) hidden(x0, y0, x1, y1 float64) float64 {
	if len(o.seen) < len(o.segs) {
		o.seen = make([]uint32, len(o.segs))
	}
	o.stamp++
	n := 0.0
	c0, r0, c1, r1 := o.cells(x0, y0, x1, y1)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			k := r*o.cols + c
			for _, id := range o.items[o.start[k]:o.start[k+1]] {
				s := &o.segs[id]
				if s.hard || o.seen[id] == o.stamp {
					continue
				}
				o.seen[id] = o.stamp
				ax, ay, bx, by := float64(s.ax), float64(s.ay), float64(s.bx), float64(s.by)
				if t0, t1, ok := clipSegment(ax, ay, bx, by, x0, y0, x1, y1); ok {
					n += (t1 - t0) * math.Hypot(bx-ax, by-ay)
				}
			}
		}
	}
	return n
}

// segmentMeetsBox reports whether the segment a–b has a point inside or on
// the edge of the box.
func segmentMeetsBox(ax, ay, bx, by, x0, y0, x1, y1 float64) bool {
	_, _, ok := clipSegment(ax, ay, bx, by, x0, y0, x1, y1)
	return ok
}

// clipSegment clips the segment a–b to the box (Liang–Barsky): the part
// inside runs from t0 to t1 along it, if ok.
func clipSegment(ax, ay, bx, by, x0, y0, x1, y1 float64) (t0, t1 float64, ok bool) {
	dx, dy := bx-ax, by-ay
	t0, t1 = 0, 1
	for _, e := range [4][2]float64{{-dx, ax - x0}, {dx, x1 - ax}, {-dy, ay - y0}, {dy, y1 - ay}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return 0, 0, false
			}
			t0 = math.Max(t0, t)
		} else {
			if t < t0 {
				return 0, 0, false
			}
			t1 = math.Min(t1, t)
		}
	}
	return t0, t1, t0 <= t1
}
