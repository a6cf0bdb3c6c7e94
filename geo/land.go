package geo

import (
	"sync"

	"github.com/paulmach/orb"
)

// land is the polygonal geometry of a country or an area at each level of
// detail. A country of a world file decodes a level's polygon table, and
// each polygon, the first time something needs them; geometry given as
// GeoJSON (or derived from the land, like the occupation zones) is the same
// at every level and prepared at once. Decoding is safe for concurrent
// use: the map renders off the UI thread while the pointer hit-tests it.
type land struct {
	w    *world // nil for geometry given in lon/lat
	c    int    // country index in w
	main orb.Bound
	lv   [NumLevels]*landLevel // nil where the country has no polygons
}

// landLevel is the land at one level: its polygons' bounds at once, their
// rings when first drawn or tested.
type landLevel struct {
	src   Level     // the level whose polygons these are
	bound orb.Bound // world coordinates
	once  sync.Once
	polys []*poly
}

// poly is one polygon: an outer ring and its holes, in world coordinates.
type poly struct {
	bound orb.Bound // world coordinates

	w     *world // source of a lazy polygon, else nil
	level Level
	off   int // its ring list in w

	once   sync.Once
	rings  []orb.Ring
	bounds []orb.Bound
	chunks [][]chunk // of each ring, for tracing it
	index  []*ringIndex
	// coast and border are the runs of each ring's edges that are coast or
	// land border, in ring order (the edges where Natural Earth cuts the
	// land at the antimeridian or the South Pole are neither).
	coast, border []span
}

// span is the points start..end (inclusive) of ring ring: a polyline.
type span struct{ ring, start, end int32 }

// line returns the polyline of a span.
func (p *poly) line(s span) orb.Ring { return p.rings[s.ring][s.start : s.end+1] }

// get decodes the polygon once and returns it.
func (p *poly) get() *poly {
	p.once.Do(p.decode)
	return p
}

// decode reads the polygon's rings from its world file, projects them and
// finds their coast and border runs.
func (p *poly) decode() {
	if p.w == nil {
		return
	}
	grid, border, _ := p.w.rings(p.level, p.off, nil)
	for ri, g := range grid {
		r := make(orb.Ring, len(g))
		for i, q := range g {
			r[i] = Project(q.Point())
		}
		p.rings = append(p.rings, r)
		// Runs of one class, as a walk round the ring meets them.
		const none, coast, bord = 0, 1, 2
		class, start := none, 0
		flush := func(end int) {
			if end > start {
				s := span{int32(ri), int32(start), int32(end)}
				switch class {
				case coast:
					p.coast = append(p.coast, s)
				case bord:
					p.border = append(p.border, s)
				}
			}
		}
		for i := 1; i < len(g); i++ {
			c := coast
			switch {
			case cutEdge(g[i-1], g[i]):
				c = none
			case border[ri][i]:
				c = bord
			}
			if c != class {
				flush(i - 1)
				class, start = c, i-1
			}
		}
		flush(len(g) - 1)
	}
	p.finish()
}

// finish fills the ring bounds and, for long rings, the edge index.
func (p *poly) finish() {
	p.bounds = make([]orb.Bound, len(p.rings))
	p.chunks = make([][]chunk, len(p.rings))
	p.index = make([]*ringIndex, len(p.rings))
	for i, r := range p.rings {
		p.bounds[i] = r.Bound()
		p.chunks[i] = chunksOf(r)
		p.index[i] = newRingIndex(r, p.bounds[i])
	}
}

// cutEdge reports whether the edge lies along the antimeridian, jumps
// across it (round the South Pole) or lies south of Mercator's edge, where
// Natural Earth cuts the land: not a coast.
func cutEdge(a, b GridPoint) bool {
	const lon180, south = 180 * GridScale, -85 * GridScale
	return (a[0] == b[0] && (a[0] == lon180 || a[0] == -lon180)) || (a[1] <= south && b[1] <= south) ||
		abs(float64(a[0])-float64(b[0])) > lon180
}

// at returns the land's polygons at level l (their rings not decoded), or
// nil.
func (ld *land) at(l Level) []*poly {
	ll := ld.lv[l]
	if ll == nil {
		return nil
	}
	ll.once.Do(func() {
		if ld.w != nil {
			ll.polys = ld.w.polys(ll.src, ld.c)
		}
	})
	return ll.polys
}

// bound returns the world bound of the land at level l and whether there
// is any.
func (ld *land) bound(l Level) (orb.Bound, bool) {
	if ll := ld.lv[l]; ll != nil {
		return ll.bound, true
	}
	return orb.Bound{}, false
}

// eagerLand turns lon/lat polygons into land, the same at every level.
func eagerLand(mp orb.MultiPolygon) *land {
	ll := &landLevel{}
	ll.once.Do(func() {})
	first := true
	for _, pg := range mp {
		p := &poly{}
		p.once.Do(func() {})
		for _, r := range pg {
			p.rings = append(p.rings, projectRing(r))
		}
		if len(p.rings) == 0 {
			continue
		}
		p.finish()
		p.bound = p.bounds[0]
		for _, b := range p.bounds[1:] {
			p.bound = p.bound.Union(b)
		}
		if first {
			ll.bound, first = p.bound, false
		} else {
			ll.bound = ll.bound.Union(p.bound)
		}
		ll.polys = append(ll.polys, p)
	}
	ld := &land{}
	if len(ll.polys) > 0 {
		for i := range ld.lv {
			ld.lv[i] = ll
		}
	}
	return ld
}

// contains reports whether the world point lies on the land at level l
// (even–odd over all rings, so holes work). Only polygons whose bound
// holds the point are decoded.
func (ld *land) contains(l Level, w orb.Point) bool {
	if b, ok := ld.bound(l); !ok || !b.Contains(w) {
		return false
	}
	in := false
	for _, p := range ld.at(l) {
		if !p.bound.Contains(w) {
			continue
		}
		p.get()
		for i, r := range p.rings {
			if !p.bounds[i].Contains(w) {
				continue
			}
			if idx := p.index[i]; idx != nil {
				if idx.contains(r, w) {
					in = !in
				}
			} else if ringContains(r, w) {
				in = !in
			}
		}
	}
	return in
}

// Land returns the feature's land at level l as lon/lat polygons: for a
// country of a world file, decoded afresh from the file (a country too
// small for a level, such as the Vatican at 1:10m, has the land of the
// next coarser level that has it; nil if none has); for an area or a country read from GeoJSON,
// its Geometry, the same at every level. Other features have no land.
func (f *Feature) Land(l Level) orb.MultiPolygon {
	if f.land == nil || l < 0 || l >= NumLevels {
		return nil
	}
	if f.land.w == nil {
		mp, _ := f.Geometry.(orb.MultiPolygon)
		return mp
	}
	var out orb.MultiPolygon
	for _, p := range f.land.at(l) {
		grid, _, ext := p.w.rings(p.level, p.off, nil)
		var pgs []orb.Polygon // a polygon for each piece of the outer ring
		for i, g := range grid {
			r := make(orb.Ring, len(g))
			for j, q := range g {
				r[j] = q.Point()
			}
			if i < ext || len(pgs) == 0 {
				pgs = append(pgs, orb.Polygon{r})
			} else {
				pgs[0] = append(pgs[0], r) // holes
			}
		}
		out = append(out, pgs...)
	}
	return out
}

// HasLand reports whether the feature is drawn as land: a country, an area
// or a badge that also has land (the United States).
func (f *Feature) HasLand() bool { return f.land != nil }
