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

// traced is a tracing: points in pixels, their distance along the
// original lines (strokes only), the start of each piece and the cut
// points (see tracer).
type traced struct {
	gen         int
	pts         []orb.Point
	cum         []float64
	pieces, cut []int
}

// tracing returns the tracing id of the current view and true when it is
// cached; otherwise it returns an empty scratch tracing for the caller to
// fill in and store with keep, and false.
func (r *Renderer) tracing(tr transform, id traceID) (*traced, bool) {
	c := &r.cache
	k := traceKey{m: r.Map, level: r.level, tr: tr, view: r.viewRect(0), zoom: r.zoom}
	if c.entries == nil {
		c.entries = map[traceID]*traced{}
	}
	if k != c.key || c.gen == 0 {
		c.key = k
		c.gen++
	}
	e := c.entries[id]
	if e == nil {
		e = &traced{}
		c.entries[id] = e
	}
	if e.gen == c.gen {
		return e, true
	}
	t := &r.scratch
	t.pts, t.cum, t.pieces, t.cut = t.pts[:0], t.cum[:0], t.pieces[:0], t.cut[:0]
	return t, false
}

// keep stores the scratch tracing as the tracing id of the current view
// (a copy the size of it, so that the scratch grows once, not each entry)
// and returns it.
func (r *Renderer) keep(id traceID) *traced {
	c, t := &r.cache, &r.scratch
	e := c.entries[id]
	e.gen = c.gen
	e.pts = append(e.pts[:0], t.pts...)
	e.cum = append(e.cum[:0], t.cum...)
	e.pieces = append(e.pieces[:0], t.pieces...)
	e.cut = append(e.cut[:0], t.cut...)
	return e
}
