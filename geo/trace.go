package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// chunkSize is the number of edges summarized by one chunk of a ring: the
// tracer skips a whole chunk that lies off the view without projecting it.
const chunkSize = 32

// chunk summarizes the edges k·chunkSize … (k+1)·chunkSize of a ring or
// line: their world bound and length.
type chunk struct {
	bound  orb.Bound
	length float64
}

// chunksOf summarizes a ring or line by chunks.
func chunksOf(r []orb.Point) []chunk {
	if len(r) < 2 {
		return nil
	}
	out := make([]chunk, 0, (len(r)-2)/chunkSize+1)
	for s := 0; s+1 < len(r); s += chunkSize {
		e := min(s+chunkSize, len(r)-1)
		c := chunk{bound: orb.Bound{Min: r[s], Max: r[s]}}
		for i := s + 1; i <= e; i++ {
			c.bound = c.bound.Extend(r[i])
			c.length += hypot(r[i][0]-r[i-1][0], r[i][1]-r[i-1][1])
		}
		out = append(out, c)
	}
	return out
}

// simplifyTol is how far, in pixels, a traced line may stray from the
// data: vertices closer than that to the chord between their neighbours
// are dropped. At the scale of the whole region the 1:10m coast has a
// vertex every 0.15 px; a quarter pixel keeps its shape to the eye and its
// anti-aliasing within a few levels, and leaves a tenth of the vertices.
const simplifyTol = 0.25

// maxSpan bounds the vertices a chord may stand for, which bounds the
// tracer's work per vertex.
const maxSpan = 8

// tracer projects world lines to pixels for one view and simplifies them
// to the pixel grid as it goes: a chunk of the line that lies wholly to
// one side of the view (beyond traceMargin pixels) is not projected; a
// fill cuts across it, a stroke ends a piece there and goes on after it.
// Each kept vertex carries its distance along the original line in pixels,
// so that dashes fall where they would on the whole line whatever is
// skipped or simplified, and every cut-th point of the data is kept: the
// simplification starts afresh there and strokes are rasterized in chunks
// between such points, so what is drawn near the view does not depend on
// how far the image reaches (a view drawn with a margin for panning draws
// what the view alone would).
type tracer struct {
	tr     transform
	view   [4]float64 // x0, y0, x1, y1 of the view grown by the margin
	tol2   float64
	fill   bool
	cut    int // every cut-th point of the data is kept, and may end a stroke's chunk
	pts    []orb.Point
	cum    []float64 // along the original line, pixels
	src    []int32   // the index in the data of each point of pts
	pieces []int     // start of each piece in pts (strokes)
	cuts   []int     // indices in pts of the points kept as every cut-th
	// jumps are the indices in pts of the points a fill reached across a
	// skipped chunk (where a stroke starts a new piece).
	jumps []int
	// stops are indices in the data, ascending, of points that line keeps
	// as vertices (ending a chord there), set by the caller: the ends of
	// the border and coast runs of a ring traced once for all three.
	stops []int32

	anchor  int                // index in pts of the last vertex kept
	mid     [maxSpan]orb.Point // points since anchor (from it), candidates for dropping
	nmid    int                // of them
	prev    orb.Point
	prevCum float64
	prevSrc int32
	hasPrev bool
}

// traceMargin is how far beyond the image, in pixels, lines are traced.
const traceMargin = 512

// reset starts tracing for the image view (pixels, x0, y0, x1, y1) of
// transform tr, at a zoom of the map.
func (t *tracer) reset(tr transform, view [4]float64, zoom float64, fill bool) {
	t.tr, t.fill = tr, fill
	t.view = [4]float64{view[0] - traceMargin, view[1] - traceMargin, view[2] + traceMargin, view[3] + traceMargin}
	t.tol2 = simplifyTol * simplifyTol
	// About every 20 to 40 pixels of a 1:10m coast.
	t.cut = chunkSize
	if zoom < 6 {
		t.cut = 4 * chunkSize
	}
	t.pts, t.cum, t.src, t.pieces, t.cuts, t.jumps = t.pts[:0], t.cum[:0], t.src[:0], t.pieces[:0], t.cuts[:0], t.jumps[:0]
}

// side reports whether a world bound lies wholly to one side of the view.
func (t *tracer) side(b orb.Bound) bool {
	x0, y0 := (b.Min[0]-t.tr.ox)*t.tr.s, (b.Min[1]-t.tr.oy)*t.tr.s
	x1, y1 := (b.Max[0]-t.tr.ox)*t.tr.s, (b.Max[1]-t.tr.oy)*t.tr.s
	return x1 < t.view[0] || y1 < t.view[1] || x0 > t.view[2] || y0 > t.view[3]
}

// line traces the points from..to of a world line (a ring when closed)
// whose chunks (by chunksOf, or nil) summarize it, as a new piece. The
// points of t.stops within from..to are kept as vertices.
func (t *tracer) line(w []orb.Point, chunks []chunk, from, to int) {
	if to-from < 1 {
		return
	}
	stops := t.stops
	for len(stops) > 0 && int(stops[0]) <= from {
		stops = stops[1:]
	}
	stop := to + 1 // the next stop
	next := func() {
		stop = to + 1
		if len(stops) > 0 {
			stop, stops = int(stops[0]), stops[1:]
		}
	}
	next()
	t.begin(t.tr.apply(w[from]), 0, from)
	cum := 0.0
	for i := from; i < to; {
		k := i / chunkSize
		end := min((k+1)*chunkSize, to)
		if chunks != nil && k < len(chunks) && t.side(chunks[k].bound) {
			// Off the view: skip the chunk's inner points (up to a stop).
			end = min(end, stop)
			l := chunks[k].length
			if i != k*chunkSize || end != min((k+1)*chunkSize, len(w)-1) {
				l = 0
				for j := i + 1; j <= end; j++ {
					l += hypot(w[j][0]-w[j-1][0], w[j][1]-w[j-1][1])
				}
			}
			cum += l * t.tr.s
			p := t.tr.apply(w[end])
			if t.fill {
				t.keep(p, cum, end)
				t.jumps = append(t.jumps, len(t.pts)-1)
			} else {
				t.flush()
				t.begin(p, cum, end)
			}
			if end == stop {
				next()
			}
			i = end
			continue
		}
		last := t.tr.apply(w[i])
		for j := i + 1; j <= end; j++ {
			p := t.tr.apply(w[j])
			cum += hypot(p[0]-last[0], p[1]-last[1])
			t.add(p, cum, j)
			if j == stop {
				if j < to {
					t.flush()
				}
				next()
			}
			if j%t.cut == 0 && j < to {
				t.flush()
				t.cuts = append(t.cuts, len(t.pts)-1)
			}
			last = p
		}
		i = end
	}
	t.flush()
}

// begin starts a piece at p.
func (t *tracer) begin(p orb.Point, cum float64, src int) {
	t.pieces = append(t.pieces, len(t.pts))
	t.pts, t.cum, t.src = append(t.pts, p), append(t.cum, cum), append(t.src, int32(src))
	t.anchor, t.nmid, t.hasPrev = len(t.pts)-1, 0, false
}

// keep ends the chord at the pending point and keeps p as a vertex.
func (t *tracer) keep(p orb.Point, cum float64, src int) {
	t.flush()
	t.pts, t.cum, t.src = append(t.pts, p), append(t.cum, cum), append(t.src, int32(src))
	t.anchor, t.nmid, t.hasPrev = len(t.pts)-1, 0, false
}

// flush keeps the pending point, which ends a piece or a chord.
func (t *tracer) flush() {
	if t.hasPrev {
		t.pts, t.cum, t.src = append(t.pts, t.prev), append(t.cum, t.prevCum), append(t.src, t.prevSrc)
		t.anchor, t.nmid, t.hasPrev = len(t.pts)-1, 0, false
	}
}

// add offers the next point: the pending one is dropped if it and every
// point since the last vertex lie within the tolerance of the chord from
// that vertex to p.
func (t *tracer) add(p orb.Point, cum float64, src int) {
	if t.hasPrev {
		a := t.pts[t.anchor]
		if t.nmid < maxSpan && t.fits(a, p) {
			t.mid[t.nmid] = orb.Point{t.prev[0] - a[0], t.prev[1] - a[1]}
			t.nmid++
		} else {
			t.pts, t.cum, t.src = append(t.pts, t.prev), append(t.cum, t.prevCum), append(t.src, t.prevSrc)
			t.anchor, t.nmid = len(t.pts)-1, 0
		}
	}
	t.prev, t.prevCum, t.prevSrc, t.hasPrev = p, cum, int32(src), true
}

// fits reports whether the pending point and those before it since the
// anchor a lie within the tolerance of the chord a–b: across it, and
// along it between its ends.
func (t *tracer) fits(a, b orb.Point) bool {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	lim := t.tol2 * l2
	qx, qy := t.prev[0]-a[0], t.prev[1]-a[1]
	if c, d := dx*qy-dy*qx, dx*qx+dy*qy; !(c*c <= lim && d >= 0 && d <= l2) {
		return false
	}
	for _, q := range t.mid[:t.nmid] {
		if c, d := dx*q[1]-dy*q[0], dx*q[0]+dy*q[1]; !(c*c <= lim && d >= 0 && d <= l2) {
			return false
		}
	}
	return true
}

// out returns the tracer's output (sharing its memory).
func (t *tracer) out() traced {
	return traced{pts: t.pts, cum: t.cum, pieces: t.pieces, cut: t.cuts}
}

// hypot is √(x²+y²) for the small, finite values of pixels and world
// units, without math.Hypot's care for overflow.
func hypot(x, y float64) float64 { return math.Sqrt(x*x + y*y) }
