package geo

import (
	"sort"

	"github.com/paulmach/orb"
)

// Kind says what a feature is on the map, which decides how it is drawn,
// labelled and hit.
type Kind int

// The kinds of feature.
const (
	Country Kind = iota // a country's land: MultiPolygon
	Area                // a region drawn over the land, e.g. an occupation zone: MultiPolygon
	Line                // a line such as the 38th Parallel: MultiLineString
	Point               // a place: Point
	Sea                 // a sea name placed at a Point; never hit
	Badge               // a place off the map (the United States): a button at the map's edge
)

var kindNames = [...]string{"country", "area", "line", "point", "sea", "badge"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// Feature is one thing on the map. Geometry is in lon/lat; the projected
// copy used for drawing and hit-testing is made once when the Map is built.
type Feature struct {
	ID   string
	Name string
	Kind Kind
	// Class refines Kind, e.g. "capital" or "place" for points.
	Class    string
	Geometry orb.Geometry
	Bound    orb.Bound // lon/lat bound of Geometry
	// Anchor is where the feature's label goes (lon/lat): a point inside the
	// largest polygon for areas, the point itself for points.
	Anchor orb.Point

	world       []orb.Ring   // projected rings (areas) or lines (as open rings)
	worldBounds []orb.Bound  // bound of each of world
	worldBound  orb.Bound    // projected bound
	worldIndex  []*ringIndex // per polygon ring: edges by band, or nil
}

// Map is the set of features Peninsula draws, in drawing order: countries,
// areas, lines, points, seas, badges.
type Map struct {
	Features []*Feature
	byID     map[string]*Feature

	coast, borders            []orb.Ring  // world coordinates
	coastBounds, borderBounds []orb.Bound // bound of each of coast, borders
}

// NewMap indexes the features, projects them and sorts them into drawing
// order (stable within a kind).
func NewMap(features []*Feature) *Map {
	m := &Map{Features: features, byID: make(map[string]*Feature, len(features))}
	sort.SliceStable(m.Features, func(i, j int) bool { return m.Features[i].Kind < m.Features[j].Kind })
	for _, f := range m.Features {
		f.prepare()
		m.byID[f.ID] = f
	}
	m.coast, m.borders = outlines(m.Features)
	m.coastBounds, m.borderBounds = ringBounds(m.coast), ringBounds(m.borders)
	return m
}

// Feature returns the feature with the id, or nil.
func (m *Map) Feature(id string) *Feature { return m.byID[id] }

// Has reports whether the map has a feature with the id.
func (m *Map) Has(id string) bool { return m.byID[id] != nil }

// Bound returns the lon/lat bound of all countries.
func (m *Map) Bound() orb.Bound {
	var b orb.Bound
	first := true
	for _, f := range m.Features {
		if f.Kind != Country {
			continue
		}
		if first {
			b, first = f.Bound, false
		} else {
			b = b.Union(f.Bound)
		}
	}
	return b
}

// prepare fills the bound, the projected geometry and the label anchor.
func (f *Feature) prepare() {
	if f.Geometry == nil {
		return
	}
	f.Bound = f.Geometry.Bound()
	f.world = f.world[:0]
	switch g := f.Geometry.(type) {
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, r := range poly {
				f.world = append(f.world, projectRing(r))
			}
		}
		if f.Anchor == (orb.Point{}) {
			f.Anchor = labelAnchor(g)
		}
	case orb.Polygon:
		for _, r := range g {
			f.world = append(f.world, projectRing(r))
		}
		if f.Anchor == (orb.Point{}) {
			f.Anchor = labelAnchor(orb.MultiPolygon{g})
		}
	case orb.MultiLineString:
		for _, l := range g {
			f.world = append(f.world, projectRing(orb.Ring(l)))
		}
		if f.Anchor == (orb.Point{}) && len(g) > 0 && len(g[0]) > 0 {
			f.Anchor = g[0][0]
		}
	case orb.LineString:
		f.world = append(f.world, projectRing(orb.Ring(g)))
		if f.Anchor == (orb.Point{}) && len(g) > 0 {
			f.Anchor = g[0]
		}
	case orb.Point:
		f.world = append(f.world, orb.Ring{Project(g)})
		f.Anchor = g
	}
	f.worldBounds = make([]orb.Bound, len(f.world))
	f.worldIndex = make([]*ringIndex, len(f.world))
	for i, r := range f.world {
		f.worldBounds[i] = r.Bound()
		if f.Kind == Country || f.Kind == Area {
			f.worldIndex[i] = newRingIndex(r, f.worldBounds[i])
		}
		if i == 0 {
			f.worldBound = f.worldBounds[0]
		} else {
			f.worldBound = f.worldBound.Union(f.worldBounds[i])
		}
	}
}

func ringBounds(rs []orb.Ring) []orb.Bound {
	out := make([]orb.Bound, len(rs))
	for i, r := range rs {
		out[i] = r.Bound()
	}
	return out
}

func projectRing(r orb.Ring) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = Project(p)
	}
	return out
}
