package geo

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// viewRect is the image being drawn, in pixels, grown by pad.
func (r *Renderer) viewRect(pad float64) [4]float64 {
	b := r.c.dst.Rect
	return [4]float64{float64(b.Min.X) - pad, float64(b.Min.Y) - pad, float64(b.Max.X) + pad, float64(b.Max.Y) + pad}
}

// fillLand fills the feature's polygons in view (their rings traced to
// the pixel grid; nonzero winding, so holes work) in tiles.
func (r *Renderer) fillLand(tr transform, f *Feature, col color.RGBA) {
	lb, ok := f.land.bound(r.level)
	if !ok {
		return
	}
	b := tr.box(lb, 1).Intersect(r.c.dst.Rect)
	if b.Empty() {
		return
	}
	id := traceID{f: f, kind: traceFill}
	e, ok := r.tracing(tr, id)
	if !ok {
		for _, p := range f.land.at(r.level) {
			if !tr.box(p.bound, 1).Overlaps(b) {
				continue
			}
			for _, g := range r.rings.of(p) {
				r.rings.fill(e, g)
			}
		}
		e = r.keep(id)
	}
	r.fillShape(b, col, e.pts, e.pieces)
}

// strokeOutline strokes every ring of the feature's polygons in view.
func (r *Renderer) strokeOutline(tr transform, f *Feature, ls LineStyle, k float64) {
	w, dash, ok := scaledStyle(ls, k)
	if !ok {
		return
	}
	if b, ok := f.land.bound(r.level); !ok || !r.inView(tr, b, w+1) {
		return
	}
	r.trc.reset(tr, r.viewRect(0), r.zoom, false)
	for _, p := range f.land.at(r.level) {
		if !r.inView(tr, p.bound, w+1) {
			continue
		}
		p.get()
		for i, ring := range p.rings {
			r.trc.line(ring, p.chunks[i], 0, len(ring)-1)
		}
	}
	r.strokeTraced(w, dash, ls.Color)
}

// scaledStyle returns the width and dashes of ls at scale k, and false when
// it draws nothing.
func scaledStyle(ls LineStyle, k float64) (w float64, dash []float64, ok bool) {
	if ls.Width <= 0 {
		return 0, nil, false
	}
	dash = ls.Dash
	if k != 1 && dash != nil {
		dash = make([]float64, len(ls.Dash))
		for i, d := range ls.Dash {
			dash[i] = d * k
		}
	}
	return ls.Width * k, dash, true
}

// strokeAll strokes world-coordinate polylines (see strokeTraced).
func (r *Renderer) strokeAll(tr transform, lines []orb.Ring, ls LineStyle, k float64) {
	w, dash, ok := scaledStyle(ls, k)
	if !ok {
		return
	}
	r.trc.reset(tr, r.viewRect(0), r.zoom, false)
	for _, l := range lines {
		r.trc.line(l, nil, 0, len(l)-1)
	}
	r.strokeTraced(w, dash, ls.Color)
}

// strokeTraced strokes the traced pieces w pixels wide, each chunk between
// the tracer's cut points rasterized in its own small pixel box: a
// coastline then costs the area around it rather than the whole image.
// Dashes follow each vertex's distance along the original line.
//
// A thin stroke (see thinMax) is drawn piece by piece into the coverage of
// the image, then blended at once.
func (r *Renderer) strokeTraced(w float64, dash []float64, col color.RGBA) {
	r.strokeLines(r.trc.out(), w, dash, col)
}

// strokeLines is strokeTraced for the tracing t.
func (r *Renderer) strokeLines(t traced, w float64, dash []float64, col color.RGBA) {
	pts, cum, cuts := t.pts, t.cum, t.cut
	if w <= thinMax {
		c := &r.c
		c.cov.reset(c.dst.Rect)
		c.thin = true
		for k, start := range t.pieces {
			end := len(pts)
			if k+1 < len(t.pieces) {
				end = t.pieces[k+1]
			}
			c.stroke(pts[start:end], cum[start:end], w, dash)
		}
		c.thin = false
		c.cov.blend(c.dst, col, c.knock, c.layer)
		return
	}
	for k, start := range t.pieces {
		end := len(pts)
		if k+1 < len(t.pieces) {
			end = t.pieces[k+1]
		}
		for s := start; s+1 < end; {
			for len(cuts) > 0 && cuts[0] <= s {
				cuts = cuts[1:]
			}
			e := end
			if len(cuts) > 0 && cuts[0] < end {
				e = cuts[0] + 1
			}
			if r.c.begin(pointsBox(pts[s:e], w+1)) {
				r.c.stroke(pts[s:e], cum[s:e], w, dash)
				r.c.fill(col)
			}
			s = e - 1
		}
	}
}

// pointsBox is the pixel rectangle around points, grown by pad.
func pointsBox(pts []orb.Point, pad float64) image.Rectangle {
	minX, minY, maxX, maxY := pts[0][0], pts[0][1], pts[0][0], pts[0][1]
	for _, p := range pts[1:] {
		minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	return image.Rect(int(math.Floor(minX-pad)), int(math.Floor(minY-pad)),
		int(math.Ceil(maxX+pad)), int(math.Ceil(maxY+pad)))
}

// transform is a viewport reduced to scale and offset: world → pixel.
type transform struct{ s, ox, oy float64 }

func newTransform(v Viewport) transform {
	ox, oy := v.origin()
	return transform{s: v.Scale(), ox: ox, oy: oy}
}

func (t transform) apply(w orb.Point) orb.Point {
	return orb.Point{(w[0] - t.ox) * t.s, (w[1] - t.oy) * t.s}
}

// world is the inverse of apply: pixel → world.
func (t transform) world(p orb.Point) orb.Point {
	return orb.Point{p[0]/t.s + t.ox, p[1]/t.s + t.oy}
}

// box returns the pixel rectangle of a world bound, grown by pad pixels.
func (t transform) box(b orb.Bound, pad float64) image.Rectangle {
	a, c := t.apply(b.Min), t.apply(b.Max)
	return image.Rect(int(math.Floor(a[0]-pad)), int(math.Floor(a[1]-pad)),
		int(math.Ceil(c[0]+pad)), int(math.Ceil(c[1]+pad)))
}

func pixelBox(p orb.Point, rad float64) image.Rectangle {
	return image.Rect(int(p[0]-rad-1), int(p[1]-rad-1), int(p[0]+rad+2), int(p[1]+rad+2))
}

func circlePoints(p orb.Point, rad float64) []orb.Point {
	const n = 24
	pts := make([]orb.Point, n+1)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / n
		pts[i] = orb.Point{p[0] + rad*math.Cos(a), p[1] + rad*math.Sin(a)}
	}
	return pts
}
