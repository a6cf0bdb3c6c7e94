package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// LabelAnchor returns a point well inside the largest polygon of mp (lon/
// lat), where a label of the land goes; geo/cmd/mapgen stores it for the
// world's countries. See labelAnchor.
func LabelAnchor(mp orb.MultiPolygon) orb.Point { return labelAnchor(mp) }

// labelAnchor returns a point well inside the largest polygon of mp: an
// approximation of its pole of inaccessibility found on a coarse grid, so
// that a country's name sits on its land even when the centroid would fall
// in the sea (Japan) or near an edge.
func labelAnchor(mp orb.MultiPolygon) orb.Point {
	var best orb.Polygon
	bestArea := -1.0
	for _, p := range mp {
		if len(p) == 0 {
			continue
		}
		if a := math.Abs(planar.Area(p[0])); a > bestArea {
			best, bestArea = p, a
		}
	}
	if best == nil {
		return orb.Point{}
	}
	outer := decimate(best[0], 300)
	b := outer.Bound()
	// A coarse grid over the bound, then a finer one around the best cell.
	anchor, far := b.Center(), -1.0
	for pass := 0; pass < 2; pass++ {
		const n = 12
		for i := 0; i <= n; i++ {
			for j := 0; j <= n; j++ {
				p := orb.Point{
					b.Min[0] + (b.Max[0]-b.Min[0])*(float64(i)+0.5)/(n+1),
					b.Min[1] + (b.Max[1]-b.Min[1])*(float64(j)+0.5)/(n+1),
				}
				if !ringContains(outer, p) {
					continue
				}
				if d := ringDistanceOver(outer, p, far); d > far {
					anchor, far = p, d
				}
			}
		}
		dx, dy := (b.Max[0]-b.Min[0])/n, (b.Max[1]-b.Min[1])/n
		b = orb.Bound{Min: orb.Point{anchor[0] - dx, anchor[1] - dy}, Max: orb.Point{anchor[0] + dx, anchor[1] + dy}}
	}
	return anchor
}

// decimate keeps about max points of r, evenly spaced, closing the ring.
func decimate(r orb.Ring, max int) orb.Ring {
	if len(r) <= max {
		return r
	}
	step := (len(r) + max - 1) / max
	out := make(orb.Ring, 0, max+1)
	for i := 0; i < len(r); i += step {
		out = append(out, r[i])
	}
	return append(out, r[0])
}

// ringDistance is the distance from p to the nearest edge of r.
func ringDistance(r orb.Ring, p orb.Point) float64 { return ringDistanceOver(r, p, -1) }

// ringDistanceOver is ringDistance, except that it stops as soon as an edge
// lies within floor of p (it then returns a distance ≤ floor): enough to
// tell whether p beats a best distance so far.
func ringDistanceOver(r orb.Ring, p orb.Point, floor float64) float64 {
	d2, f2 := math.Inf(1), floor*floor
	if floor < 0 {
		f2 = -1
	}
	for i := 1; i < len(r); i++ {
		if e := segmentDistance2(p, r[i-1], r[i]); e < d2 {
			if d2 = e; d2 <= f2 {
				break
			}
		}
	}
	return math.Sqrt(d2)
}

// segmentDistance2 is the square of segmentDistance.
func segmentDistance2(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	ex, ey := a[0]+t*dx-p[0], a[1]+t*dy-p[1]
	return ex*ex + ey*ey
}

// segmentDistance is the planar distance from p to the segment a–b.
func segmentDistance(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	ex, ey := a[0]+t*dx-p[0], a[1]+t*dy-p[1]
	return math.Sqrt(ex*ex + ey*ey)
}

// ringContains reports whether p is inside the ring (even–odd rule).
func ringContains(r orb.Ring, p orb.Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > p[1]) != (b[1] > p[1]) &&
			p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}
