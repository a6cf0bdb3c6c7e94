package main

import (
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/simplify"
)

// Country is one kept country: its short id, display name and TopoJSON id.
type Country struct {
	ID, Name, TopoID string
}

// Countries lists the kept countries in output order.
var Countries = []Country{
	{"kor", "South Korea", "410"},
	{"prk", "North Korea", "408"},
	{"chn", "China", "156"},
	{"jpn", "Japan", "392"},
	{"rus", "Russia", "643"},
	{"twn", "Taiwan", "158"},
	{"mng", "Mongolia", "496"},
}

// RegionBox is the region of the Korea map: lon 112..146, lat 21..48. The
// region's countries are clipped to it for their regional label points,
// the icon and the checks of the places.
var RegionBox = orb.Bound{Min: orb.Point{112, 21}, Max: orb.Point{146, 48}}

const (
	// DefaultThreshold is the Visvalingam–Whyatt effective-area threshold
	// in square degrees.
	DefaultThreshold = 2e-5
	// minRingArea is the area (deg²) below which a ring counts as collapsed.
	minRingArea = 1e-9
	// decimals is the number of decimal places kept in coordinates.
	decimals = 4
)

// SimplifyArcs simplifies every arc in used once, independently, with
// Visvalingam–Whyatt. Arc endpoints are always kept, so arcs still meet at
// the same junctions and a border shared by two countries (one arc, used
// forwards by one and backwards by the other) stays identical on both sides.
// Closed arcs (whole islands) keep at least 4 points.
func SimplifyArcs(arcs []orb.LineString, used map[int]bool, threshold float64) []orb.LineString {
	out := make([]orb.LineString, len(arcs))
	for i, arc := range arcs {
		if !used[i] {
			continue
		}
		cp := append(orb.LineString(nil), arc...)
		if len(cp) > 1 && cp[0] == cp[len(cp)-1] {
			out[i] = orb.LineString(simplify.Visvalingam(threshold, 4).Ring(orb.Ring(cp)))
		} else {
			out[i] = simplify.Visvalingam(threshold, 2).LineString(cp)
		}
	}
	return out
}

// usedArcs collects the arc indices referenced by the polygons.
func usedArcs(polys [][][]int, into map[int]bool) {
	for _, p := range polys {
		for _, r := range p {
			for _, ref := range r {
				idx, _ := arcIndex(ref)
				into[idx] = true
			}
		}
	}
}

func roundCoord(v float64) float64 {
	const f = 1e4 // 10^decimals
	r := math.Round(v*f) / f
	if r == 0 {
		r = 0 // no negative zero
	}
	return r
}

// cleanRing rounds a ring, removes consecutive duplicate points and closes
// it. It returns nil if the ring collapsed (fewer than 4 points or ~zero area).
func cleanRing(in orb.Ring) orb.Ring {
	var r orb.Ring
	for _, p := range in {
		q := orb.Point{roundCoord(p[0]), roundCoord(p[1])}
		if len(r) > 0 && r[len(r)-1] == q {
			continue
		}
		r = append(r, q)
	}
	for len(r) > 1 && r[0] == r[len(r)-1] {
		r = r[:len(r)-1]
	}
	if len(r) < 3 {
		return nil
	}
	r = append(r, r[0])
	if len(r) < 4 || math.Abs(signedArea(r)) < minRingArea {
		return nil
	}
	return r
}

// signedArea is the shoelace area; positive for counter-clockwise rings.
func signedArea(r orb.Ring) float64 {
	var s float64
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

func reverseRing(r orb.Ring) {
	for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
		r[a], r[b] = r[b], r[a]
	}
}

// FinishMultiPolygon clips to RegionBox, rounds, drops collapsed rings and
// orients rings as RFC 7946 requires: exterior counter-clockwise, holes
// clockwise. The input is not modified.
func FinishMultiPolygon(mp orb.MultiPolygon) orb.MultiPolygon {
	var out orb.MultiPolygon
	for _, poly := range mp {
		c := clip.Polygon(RegionBox, poly.Clone())
		if c == nil {
			continue
		}
		var np orb.Polygon
		for i, r := range c {
			cr := cleanRing(r)
			if cr == nil {
				if i == 0 {
					break // exterior gone: drop the whole polygon
				}
				continue
			}
			a := signedArea(cr)
			if (i == 0 && a < 0) || (i > 0 && a > 0) {
				reverseRing(cr)
			}
			np = append(np, cr)
		}
		if len(np) > 0 {
			out = append(out, np)
		}
	}
	return out
}

// SharedBorder returns the border shared by two polygon sets: the arcs that
// both reference, chained end to end, each chain ordered west to east, chains
// sorted west to east, coordinates rounded like the polygons.
func SharedBorder(arcs []orb.LineString, a, b [][][]int) (orb.MultiLineString, error) {
	ua, ub := map[int]bool{}, map[int]bool{}
	usedArcs(a, ua)
	usedArcs(b, ub)
	var shared []int
	for i := range ua {
		if ub[i] {
			shared = append(shared, i)
		}
	}
	if len(shared) == 0 {
		return nil, fmt.Errorf("no shared arcs")
	}
	sort.Ints(shared)

	var pieces []orb.LineString
	for _, i := range shared {
		pieces = append(pieces, append(orb.LineString(nil), arcs[i]...))
	}
	// Chain pieces that touch end to end.
	var chains []orb.LineString
	for len(pieces) > 0 {
		cur := pieces[0]
		pieces = pieces[1:]
		for grown := true; grown; {
			grown = false
			for k, p := range pieces {
				switch {
				case cur[len(cur)-1] == p[0]:
					cur = append(cur, p[1:]...)
				case cur[len(cur)-1] == p[len(p)-1]:
					cur = append(cur, reversedLine(p)[1:]...)
				case cur[0] == p[len(p)-1]:
					cur = append(append(orb.LineString(nil), p...), cur[1:]...)
				case cur[0] == p[0]:
					cur = append(reversedLine(p), cur[1:]...)
				default:
					continue
				}
				pieces = append(pieces[:k], pieces[k+1:]...)
				grown = true
				break
			}
		}
		chains = append(chains, cur)
	}

	var out orb.MultiLineString
	for _, c := range chains {
		if c[0][0] > c[len(c)-1][0] {
			c = reversedLine(c)
		}
		var ls orb.LineString
		for _, p := range c {
			q := orb.Point{roundCoord(p[0]), roundCoord(p[1])}
			if len(ls) > 0 && ls[len(ls)-1] == q {
				continue
			}
			ls = append(ls, q)
		}
		out = append(out, ls)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i][0][0] < out[j][0][0] })
	return out, nil
}

func reversedLine(l orb.LineString) orb.LineString {
	r := make(orb.LineString, len(l))
	for i, p := range l {
		r[len(l)-1-i] = p
	}
	return r
}

// CountVertices counts positions, closing positions included.
func CountVertices(mp orb.MultiPolygon) int {
	n := 0
	for _, p := range mp {
		for _, r := range p {
			n += len(r)
		}
	}
	return n
}
