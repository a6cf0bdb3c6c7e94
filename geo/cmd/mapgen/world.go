package main

import (
	"fmt"
	"log"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"peninsula/geo"
)

// LevelSource is one world-atlas file and the level of detail it makes.
type LevelSource struct {
	Level  geo.Level
	Member string // file in the npm tarball
	// Simplify is the Visvalingam–Whyatt threshold in square degrees, or 0
	// to keep every position.
	Simplify float64
}

// Levels are the three levels of the world file, coarse to fine.
var Levels = []LevelSource{
	{geo.Level110m, "package/countries-110m.json", 0},
	{geo.Level50m, "package/countries-50m.json", 0},
	{geo.Level10m, "package/countries-10m.json", DefaultThreshold},
}

// topoCountry is a country of one level: its key across levels (the
// numeric code, or the name for the few without one), name and polygons.
type topoCountry struct {
	key, code, name string
	polys           [][][]int
	area            float64 // of its exterior rings, deg², for sharing a code
}

// worldLevel is a level on the grid: its arcs and countries.
type worldLevel struct {
	level     geo.Level
	arcs      [][]geo.GridPoint
	countries []topoCountry
}

// readLevel decodes a level's topology, simplifies its arcs (10m), rounds
// them to the grid and removes repeated positions.
func readLevel(src LevelSource, data []byte) (*worldLevel, []orb.LineString, *Topology, error) {
	t, err := ParseTopology(data)
	if err != nil {
		return nil, nil, nil, err
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, nil, nil, fmt.Errorf(`%s: no "countries" object`, src.Member)
	}
	arcs, err := t.DecodeArcs()
	if err != nil {
		return nil, nil, nil, err
	}
	if src.Simplify > 0 {
		all := map[int]bool{}
		for i := range arcs {
			all[i] = true
		}
		arcs = SimplifyArcs(arcs, all, src.Simplify)
	}
	wl := &worldLevel{level: src.Level, arcs: make([][]geo.GridPoint, len(arcs))}
	for i, a := range arcs {
		var g []geo.GridPoint
		for j, p := range a {
			q := geo.ToGrid(p)
			// Keep both ends, so arcs still meet where they did.
			if j > 0 && j < len(a)-1 && q == g[len(g)-1] {
				continue
			}
			g = append(g, q)
		}
		wl.arcs[i] = g
	}
	for _, g := range obj.Geometries {
		polys, err := g.PolygonArcs()
		if err != nil {
			return nil, nil, nil, err
		}
		if len(polys) == 0 {
			continue
		}
		c := topoCountry{code: g.IDString(), name: g.Name(), polys: polys}
		c.key = c.code + "|" + c.name
		wl.countries = append(wl.countries, c)
	}
	return wl, arcs, t, nil
}

// ring assembles a ring of arc references on the grid, without repeated
// positions, as geo decodes it.
func (wl *worldLevel) ring(refs []int) []geo.GridPoint {
	var r []geo.GridPoint
	for _, ref := range refs {
		i, rev := arcIndex(ref)
		a := wl.arcs[i]
		for k := range a {
			p := a[k]
			if rev {
				p = a[len(a)-1-k]
			}
			if len(r) > 0 && r[len(r)-1] == p {
				continue
			}
			r = append(r, p)
		}
	}
	return r
}

func lonlat(r []geo.GridPoint) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = p.Point()
	}
	return out
}

// reversed returns the references of a ring walked the other way: from
// the same first position.
func reversed(refs []int) []int {
	out := make([]int, len(refs))
	for i, ref := range refs {
		out[len(refs)-1-i] = ^ref
	}
	return out
}

// finish drops the rings that collapse on the grid (fewer than 4
// positions or less than minRingArea) and the polygons whose exterior
// does, and orients the rest as RFC 7946 asks (exteriors counter-
// clockwise, holes clockwise): the same tests and the same rings as
// FinishMultiPolygon makes of a polygon the region's box does not cut.
func (wl *worldLevel) finish(polys [][][]int) [][][]int {
	var out [][][]int
	for _, p := range polys {
		var np [][]int
		for i, refs := range p {
			g := wl.ring(refs)
			r := lonlat(g)
			// The area of a ring across the antimeridian is that of its
			// pieces either side (geo cuts it so).
			a := 0.0
			for _, piece := range geo.SplitRing(g) {
				a += signedArea(lonlat(piece))
			}
			if len(r) < 4 || r[0] != r[len(r)-1] || math.Abs(a) < minRingArea {
				if i == 0 {
					break
				}
				continue
			}
			if (i == 0 && a < 0) || (i > 0 && a > 0) {
				refs = reversed(refs)
			}
			np = append(np, refs)
		}
		if len(np) > 0 {
			out = append(out, np)
		}
	}
	return out
}

// countryID gives a country its feature id: the lower-case ISO 3166-1
// alpha-3 code of its numeric code, or a slug of its name when it has no
// code (Kosovo, Somaliland, …) or another country has it.
func countryID(code, name string, taken map[string]bool) string {
	if n, err := strconv.Atoi(code); err == nil && iso3166[n] != "" {
		if id := strings.ToLower(iso3166[n]); !taken[id] {
			return id
		}
	}
	return slug(name)
}

// slug turns a name into an id: lower-case ASCII letters and digits, runs
// of anything else as one dash.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}

// World is the world file's content before encoding.
type World struct {
	Countries []geo.WorldCountry
	Levels    []geo.WorldLevel
}

// BuildWorld makes the world's countries at every level: ids, names, label
// points and main bounds, and each level's arcs (only those used) and
// polygons. The region's countries (Countries) come first, in their order,
// with their names, and label points where the region map has always put
// them (regional, the land within RegionBox at 10m, by country id); the
// others follow by id.
func BuildWorld(levels []*worldLevel, regional map[string]orb.Point) (*World, error) {
	// Countries across levels, keyed by code and name; the finest level
	// names them.
	type entry struct {
		key, code, name string
		area            float64
	}
	byKey := map[string]*entry{}
	var keys []string
	for li := len(levels) - 1; li >= 0; li-- {
		wl := levels[li]
		for ci := range wl.countries {
			c := &wl.countries[ci]
			c.polys = wl.finish(c.polys)
			if byKey[c.key] == nil {
				e := &entry{key: c.key, code: c.code, name: c.name}
				for _, p := range c.polys {
					e.area += math.Abs(signedArea(lonlat(wl.ring(p[0]))))
				}
				byKey[c.key] = e
				keys = append(keys, c.key)
			}
		}
	}
	// The largest of the countries sharing a code gets it.
	sort.SliceStable(keys, func(i, j int) bool { return byKey[keys[i]].area > byKey[keys[j]].area })
	taken := map[string]bool{}
	ids := map[string]string{} // key → id
	for _, k := range keys {
		e := byKey[k]
		id := countryID(e.code, e.name, taken)
		if taken[id] || id == "" {
			return nil, fmt.Errorf("country %q: id %q taken", e.name, id)
		}
		taken[id] = true
		ids[k] = id
	}
	names := map[string]string{}
	for _, c := range Countries {
		names[c.ID] = c.Name
	}
	names["usa"] = "United States"
	rank := map[string]int{}
	for i, c := range Countries {
		rank[c.ID] = i - len(Countries)
		if !taken[c.ID] {
			return nil, fmt.Errorf("region country %s not in the world", c.ID)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := ids[keys[i]], ids[keys[j]]
		if rank[a] != rank[b] {
			return rank[a] < rank[b]
		}
		return a < b
	})

	w := &World{}
	index := map[string]int{}
	for i, k := range keys {
		index[k] = i
		id := ids[k]
		name := byKey[k].name
		if n, ok := names[id]; ok {
			name = n
		}
		w.Countries = append(w.Countries, geo.WorldCountry{ID: id, Name: name})
	}
	for _, wl := range levels {
		lv := geo.WorldLevel{Level: wl.level, Countries: make([][][][]int, len(keys))}
		// Keep the arcs in use, numbered in order of first use.
		renum := map[int]int{}
		for _, c := range wl.countries {
			var polys [][][]int
			for _, p := range c.polys {
				var np [][]int
				for _, refs := range p {
					nr := make([]int, len(refs))
					for k, ref := range refs {
						i, rev := arcIndex(ref)
						j, ok := renum[i]
						if !ok {
							j = len(lv.Arcs)
							renum[i] = j
							lv.Arcs = append(lv.Arcs, wl.arcs[i])
						}
						if nr[k] = j; rev {
							nr[k] = ^j
						}
					}
					np = append(np, nr)
				}
				polys = append(polys, np)
			}
			lv.Countries[index[c.key]] = polys
		}
		w.Levels = append(w.Levels, lv)
	}

	// Label points and main bounds, from the finest level a country has.
	for i := range w.Countries {
		var land orb.MultiPolygon
		for li := len(w.Levels) - 1; li >= 0 && land == nil; li-- {
			land = polygons(w.Levels[li], i)
		}
		c := &w.Countries[i]
		c.Alt = geo.LabelAnchor(land)
		c.Anchor = c.Alt
		if p, ok := regional[c.ID]; ok {
			c.Anchor = p
		}
		c.Main = mainBound(land)
	}
	log.Printf("world: %d countries", len(w.Countries))
	return w, nil
}

// polygons returns country c's land at a level as lon/lat polygons.
func polygons(lv geo.WorldLevel, c int) orb.MultiPolygon {
	wl := &worldLevel{arcs: lv.Arcs}
	var mp orb.MultiPolygon
	for _, p := range lv.Countries[c] {
		// The pieces of the outer ring either side of the antimeridian
		// are polygons of their own; the holes go with the first.
		var pgs []orb.Polygon
		for i, refs := range p {
			for _, piece := range geo.SplitRing(wl.ring(refs)) {
				if i == 0 || len(pgs) == 0 {
					pgs = append(pgs, orb.Polygon{lonlat(piece)})
				} else {
					pgs[0] = append(pgs[0], lonlat(piece))
				}
			}
		}
		mp = append(mp, pgs...)
	}
	return mp
}

// mainBound is the bound of a country's main land: its polygons of at
// least a fifth of the largest one's area (counted on the globe, not in
// degrees), and the islands lying wholly within that bound grown by a
// fifth on each side. French Guiana, Alaska and Hawaii, the Canaries'
// far side of the world … are left out; Kyushu, Corsica and Sicily are in.
func mainBound(mp orb.MultiPolygon) orb.Bound {
	area := make([]float64, len(mp))
	largest := 0.0
	for i, p := range mp {
		b := p[0].Bound()
		area[i] = math.Abs(signedArea(p[0])) * math.Cos((b.Min[1]+b.Max[1])/2*math.Pi/180)
		largest = math.Max(largest, area[i])
	}
	var b orb.Bound
	first := true
	add := func(pb orb.Bound) {
		if first {
			b, first = pb, false
		} else {
			b = b.Union(pb)
		}
	}
	for i, p := range mp {
		if area[i] >= largest/5 {
			add(p[0].Bound())
		}
	}
	dx, dy := (b.Max[0]-b.Min[0])/5, (b.Max[1]-b.Min[1])/5
	grown := orb.Bound{Min: orb.Point{b.Min[0] - dx, b.Min[1] - dy}, Max: orb.Point{b.Max[0] + dx, b.Max[1] + dy}}
	for i, p := range mp {
		if pb := p[0].Bound(); area[i] < largest/5 && grown.Contains(pb.Min) && grown.Contains(pb.Max) {
			add(pb)
		}
	}
	return b
}
