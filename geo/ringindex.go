package geo

import "github.com/paulmach/orb"

// ringIndex speeds up point-in-ring tests for long rings: the ring's edges
// are filed into horizontal bands, so a test only looks at the edges whose
// latitude range can cross the point's. China's mainland ring has thousands
// of edges; a band holds a few dozen.
type ringIndex struct {
	y0, dy float64
	bands  [][]int32 // edge start indices per band
}

const ringIndexMin = 64 // rings shorter than this are tested edge by edge

func newRingIndex(r orb.Ring, b orb.Bound) *ringIndex {
	if len(r) < ringIndexMin || b.Max[1] <= b.Min[1] {
		return nil
	}
	n := len(r) / 16
	idx := &ringIndex{y0: b.Min[1], dy: (b.Max[1] - b.Min[1]) / float64(n), bands: make([][]int32, n)}
	for i := 1; i < len(r); i++ {
		lo, hi := idx.band(min(r[i-1][1], r[i][1])), idx.band(max(r[i-1][1], r[i][1]))
		for k := lo; k <= hi; k++ {
			idx.bands[k] = append(idx.bands[k], int32(i))
		}
	}
	return idx
}

func (idx *ringIndex) band(y float64) int {
	k := int((y - idx.y0) / idx.dy)
	return max(0, min(len(idx.bands)-1, k))
}

// contains reports whether p is inside r (even–odd rule) using the index.
func (idx *ringIndex) contains(r orb.Ring, p orb.Point) bool {
	in := false
	for _, i := range idx.bands[idx.band(p[1])] {
		a, b := r[i], r[i-1]
		if (a[1] > p[1]) != (b[1] > p[1]) &&
			p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}
