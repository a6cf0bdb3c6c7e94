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
// A country of a world file has no Geometry: its land is decoded level by
// level when a view needs it (see Land).
type Feature struct {
	ID   string
	Name string
	Kind Kind
	// Class refines Kind, e.g. "capital" or "place" for points.
	Class    string
	Geometry orb.Geometry
	Bound    orb.Bound // lon/lat bound of Geometry, or of the land at any level
	// Anchor is where the feature's label goes (lon/lat): a point inside the
	// largest polygon for areas, the point itself for points.
	Anchor orb.Point

	alt         orb.Point   // a second label point (world countries), or zero
	land        *land       // countries and areas
	world       []orb.Ring  // projected lines, or the point
	worldBounds []orb.Bound // bound of each of world
	worldBound  orb.Bound   // projected bound
	prepared    bool
}

// Map is the set of features Peninsula draws, in drawing order: countries,
// areas, lines, points, seas, badges.
type Map struct {
	Features []*Feature
	byID     map[string]*Feature

	// The coasts and borders of countries read from GeoJSON (world
	// countries keep theirs by polygon), world coordinates.
	coast, borders            []orb.Ring
	coastBounds, borderBounds []orb.Bound
	bound                     orb.Bound
}

// worldBound is the lon/lat bound of a map of the world: all that Web
// Mercator shows.
var worldBound = orb.Bound{Min: orb.Point{-180, -MaxLatitude}, Max: orb.Point{180, MaxLatitude}}

// NewMap indexes the features, projects them and sorts them into drawing
// order (stable within a kind). Features already prepared by another map
// (a map with a story's places added shares the base map's) are not
// prepared again.
func NewMap(features []*Feature) *Map {
	m := &Map{Features: features, byID: make(map[string]*Feature, len(features))}
	sort.SliceStable(m.Features, func(i, j int) bool { return m.Features[i].Kind < m.Features[j].Kind })
	isWorld, first := false, true
	for _, f := range m.Features {
		f.prepare()
		m.byID[f.ID] = f
		switch {
		case f.land != nil && f.land.w != nil:
			isWorld = true
		case f.Kind == Country && first:
			m.bound, first = f.Bound, false
		case f.Kind == Country:
			m.bound = m.bound.Union(f.Bound)
		}
	}
	if isWorld {
		m.bound = worldBound
	}
	m.coast, m.borders = outlines(m.Features)
	m.coastBounds, m.borderBounds = ringBounds(m.coast), ringBounds(m.borders)
	return m
}

// Feature returns the feature with the id, or nil.
func (m *Map) Feature(id string) *Feature { return m.byID[id] }

// Has reports whether the map has a feature with the id.
func (m *Map) Has(id string) bool { return m.byID[id] != nil }

// Bound returns the lon/lat bound of the map's data: for a map of the
// world, all that Web Mercator shows (lon -180..180, lat ±85.05); else the
// bound of its countries.
func (m *Map) Bound() orb.Bound { return m.bound }

// BoundOf returns the lon/lat bound that shows the features with the ids,
// for fitting a view to them (Fit): of a country its main land, without
// far-flung islands and territories (France without French Guiana, the
// United States without Alaska and Hawaii, Russia without its land east of
// the antimeridian); of other features their geometry. Unknown ids are
// skipped; ok is false when none is known.
func (m *Map) BoundOf(ids ...string) (b orb.Bound, ok bool) {
	for _, id := range ids {
		f := m.byID[id]
		if f == nil {
			continue
		}
		fb := f.Bound
		if f.land != nil && f.land.w != nil {
			fb = f.land.main
		} else if f.Geometry == nil {
			continue
		}
		if !ok {
			b, ok = fb, true
		} else {
			b = b.Union(fb)
		}
	}
	return b, ok
}

// prepare fills the bound, the projected geometry and the label anchor.
func (f *Feature) prepare() {
	if f.prepared {
		return
	}
	f.prepared = true
	if f.Geometry == nil {
		return
	}
	f.Bound = f.Geometry.Bound()
	f.world = f.world[:0]
	switch g := f.Geometry.(type) {
	case orb.MultiPolygon:
		f.prepareLand(g)
	case orb.Polygon:
		f.prepareLand(orb.MultiPolygon{g})
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
	for i, r := range f.world {
		f.worldBounds[i] = r.Bound()
		if i == 0 {
			f.worldBound = f.worldBounds[0]
		} else {
			f.worldBound = f.worldBound.Union(f.worldBounds[i])
		}
	}
}

// prepareLand makes the land of a polygonal feature.
func (f *Feature) prepareLand(mp orb.MultiPolygon) {
	f.land = eagerLand(mp)
	if b, ok := f.land.bound(0); ok {
		f.worldBound = b
	}
	if f.Anchor == (orb.Point{}) {
		f.Anchor = labelAnchor(mp)
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
