package geo

import "github.com/paulmach/orb"

// traceCache keeps the lines traced for one view (the tracer's output for
// a country's fill, or for the borders or the coasts) so that rendering
// the view again (another date's areas, other labels to knock out, the
// other theme) draws them without projecting and simplifying them anew.
// A traced line depends on the map, its level of detail, the transform,
// the pixels of the image and the zoom; a change of any starts the cache
// afresh, reusing its memory.
type traceCache struct {
	key     traceKey
	gen     int // of the current key; entries of older ones are stale
	entries map[traceID]*traced
}

// traceKey is what a traced line depends on besides its data.
type traceKey struct {
	m     *Map
	level Level
	tr    transform
	view  [4]float64
	zoom  float64
}

// traceID names one tracing of a view.
type traceID struct {
	f    *Feature // nil for the borders or coasts of all countries
	kind traceKind
}

type traceKind uint8

const (
	traceFill traceKind = iota
	traceBorders
	traceCoasts
)

// traced is a copy of a tracer's output.
type traced struct {
	gen         int
	pts         []orb.Point
	cum         []float64
	pieces, cut []int
}

// trace prepares r.trc for the tracing id of the current view: it loads it
// from the cache and returns true, or resets the tracer (to fill or stroke)
// and returns false; the caller then traces the lines and calls keep.
func (r *Renderer) trace(tr transform, id traceID, fill bool) bool {
	c := &r.cache
	k := traceKey{m: r.Map, level: r.level, tr: tr, view: r.viewRect(0), zoom: r.zoom}
	if c.entries == nil {
		c.entries = map[traceID]*traced{}
	}
	if k != c.key || c.gen == 0 {
		c.key = k
		c.gen++
	}
	if e := c.entries[id]; e != nil && e.gen == c.gen {
		t := &r.trc
		t.pts = append(t.pts[:0], e.pts...)
		t.cum = append(t.cum[:0], e.cum...)
		t.pieces = append(t.pieces[:0], e.pieces...)
		t.cuts = append(t.cuts[:0], e.cut...)
		return true
	}
	r.trc.reset(tr, k.view, r.zoom, fill)
	return false
}

// keep stores the tracer's output as the tracing id of the current view.
func (r *Renderer) keep(id traceID) {
	c, t := &r.cache, &r.trc
	e := c.entries[id]
	if e == nil {
		e = &traced{}
		c.entries[id] = e
	}
	e.gen = c.gen
	e.pts = append(e.pts[:0], t.pts...)
	e.cum = append(e.cum[:0], t.cum...)
	e.pieces = append(e.pieces[:0], t.pieces...)
	e.cut = append(e.cut[:0], t.cuts...)
}
