package geo

import "math"

// Natural Earth draws the land that reaches across the antimeridian (the
// far east of Russia, Fiji) as rings whose edges jump from one side of
// the map to the other. On a flat map such an edge runs across the whole
// world; the ring is cut there into rings on either side, closed along
// the antimeridian (edges the map does not stroke: see cutEdge).

// SplitRing cuts a closed ring of grid points at the edges that jump
// across the antimeridian (more than 180° of longitude) into closed rings
// on either side. A ring that crosses an odd number of times (one round
// the South Pole) and a ring that does not cross are returned whole.
func SplitRing(r []GridPoint) [][]GridPoint {
	rings, _ := splitRing(r, nil)
	return rings
}

// splitRing is SplitRing carrying a flag per edge (border[i] for the edge
// into point i); the edges along the antimeridian get false.
func splitRing(r []GridPoint, border []bool) ([][]GridPoint, [][]bool) {
	const half = 180 * GridScale
	var cross []int // edges i-1 → i that jump
	for i := 1; i < len(r); i++ {
		if abs(float64(r[i][0])-float64(r[i-1][0])) > half {
			cross = append(cross, i)
		}
	}
	if len(cross) == 0 || len(cross)%2 == 1 || len(r) < 4 {
		return [][]GridPoint{r}, [][]bool{border}
	}
	flag := func(i int) bool { return border != nil && border[i] }
	// Where edge i-1 → i meets the antimeridian, on a's side and on b's.
	meet := func(i int) (onA, onB GridPoint) {
		a, b := r[i-1], r[i]
		ax, bx := float64(a[0]), float64(b[0])
		side := float64(half)
		if ax < 0 {
			side = -side
		}
		bx += 2 * side // unwrapped
		t := 0.5
		if bx != ax {
			t = (side - ax) / (bx - ax)
		}
		y := int32(math.Round(float64(a[1]) + t*float64(b[1]-a[1])))
		return GridPoint{int32(side), y}, GridPoint{int32(-side), y}
	}
	m := len(r) - 1              // points of the cycle P0..Pm-1; r[m] == r[0]
	into := func(idx int) bool { // the flag of the edge into point idx
		if idx == 0 {
			return flag(m)
		}
		return flag(idx)
	}
	var rings [][]GridPoint
	var flags [][]bool
	for k, start := range cross {
		end := cross[(k+1)%len(cross)]
		if end <= start {
			end += m
		}
		_, entry := meet(start)
		exit, _ := meet((end-1)%m + 1)
		ring, fl := []GridPoint{entry}, []bool{false}
		add := func(p GridPoint, f bool) {
			if p != ring[len(ring)-1] {
				ring, fl = append(ring, p), append(fl, f)
			}
		}
		for j := start; j < end; j++ {
			add(r[j%m], into(j%m))
		}
		add(exit, flag((end-1)%m+1))
		add(entry, false)
		if len(ring) >= 4 && gridArea2(ring) != 0 {
			rings, flags = append(rings, ring), append(flags, fl)
		}
	}
	return rings, flags
}

// gridArea2 is twice the signed area of a closed ring of grid points.
func gridArea2(r []GridPoint) int64 {
	var s int64
	for i := 1; i < len(r); i++ {
		s += int64(r[i-1][0])*int64(r[i][1]) - int64(r[i][0])*int64(r[i-1][1])
	}
	return s
}
