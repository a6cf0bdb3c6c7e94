package geo

import "slices"

// ringTraces keeps the rings of the polygons traced in one render: each
// ring is traced once, as a fill traces it, and its country's fill and
// its border and coast runs are all taken from that one tracing. The ends
// of the runs are kept as vertices, so a run's part of the tracing is what
// tracing the run alone would give; where the fill cuts across a chunk off
// the view, a run starts a new piece.
type ringTraces struct {
	t     tracer
	polys map[*poly]int // index in rings of each polygon's first ring
	rings []ringTrace
}

// ringTrace is one traced ring: its points lo..hi-1 in t.pts, the jumps
// jlo..jhi-1 and cuts clo..chi-1 of t among them.
type ringTrace struct {
	lo, hi, jlo, jhi, clo, chi int
}

// reset empties the traces for a new view (see tracer.reset).
func (rt *ringTraces) reset(tr transform, view [4]float64, zoom float64) {
	rt.t.reset(tr, view, zoom, true)
	if rt.polys == nil {
		rt.polys = map[*poly]int{}
	}
	clear(rt.polys)
	rt.rings = rt.rings[:0]
}

// of returns the traced rings of p, tracing them the first time.
func (rt *ringTraces) of(p *poly) []ringTrace {
	if i, ok := rt.polys[p]; ok {
		return rt.rings[i : i+len(p.rings)]
	}
	p.get()
	i := len(rt.rings)
	t := &rt.t
	for ri, ring := range p.rings {
		stops := t.stops[:0]
		for _, runs := range [2][]span{p.coast, p.border} {
			for _, s := range runs {
				if int(s.ring) == ri {
					stops = append(stops, s.start, s.end)
				}
			}
		}
		slices.Sort(stops)
		t.stops = slices.Compact(stops)
		g := ringTrace{lo: len(t.pts), jlo: len(t.jumps), clo: len(t.cuts)}
		t.line(ring, p.chunks[ri], 0, len(ring)-1)
		g.hi, g.jhi, g.chi = len(t.pts), len(t.jumps), len(t.cuts)
		rt.rings = append(rt.rings, g)
	}
	t.stops = t.stops[:0]
	rt.polys[p] = i
	return rt.rings[i : i+len(p.rings)]
}

// fill adds the traced ring g to e as a closed piece.
func (rt *ringTraces) fill(e *traced, g ringTrace) {
	if g.hi > g.lo {
		e.pieces = append(e.pieces, len(e.pts))
		e.pts = append(e.pts, rt.t.pts[g.lo:g.hi]...)
	}
}

// run adds the run s of the traced ring g to e, as tracing it alone would:
// its distances along the line from its start, a new piece after each
// jump, and its cuts.
func (rt *ringTraces) run(e *traced, g ringTrace, s span) {
	t := &rt.t
	src := t.src[g.lo:g.hi]
	a, okA := slices.BinarySearch(src, s.start)
	b, okB := slices.BinarySearch(src, s.end)
	if !okA || !okB || b <= a {
		return
	}
	a, b = a+g.lo, b+g.lo
	off := len(e.pts) - a
	e.pieces = append(e.pieces, a+off)
	for _, j := range t.jumps[g.jlo:g.jhi] {
		if j > a && j <= b {
			e.pieces = append(e.pieces, j+off)
		}
	}
	for _, c := range t.cuts[g.clo:g.chi] {
		if c > a && c < b {
			e.cut = append(e.cut, c+off)
		}
	}
	e.pts = append(e.pts, t.pts[a:b+1]...)
	base := t.cum[a]
	for _, c := range t.cum[a : b+1] {
		e.cum = append(e.cum, c-base)
	}
}
