package geo

import (
	"fmt"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
)

// Source is one GeoJSON file to load: its name (for errors) and contents.
type Source struct {
	Name string
	Data []byte
}

// Korean peninsula feature ids in the map data.
const (
	SouthKorea = "kor"
	NorthKorea = "prk"
)

// Load reads GeoJSON sources and adds the features Peninsula derives from
// the land itself: the 38th Parallel across the peninsula ("parallel-38"),
// the US and Soviet occupation zones of 1945–1948 south and north of it
// ("zone-us", "zone-soviet"), the whole peninsula ("korea", e.g. for Korea
// under Japanese rule) and the United States badge ("usa"). The sources
// must hold the two Koreas as countries.
func Load(sources ...Source) (*Map, error) {
	all, err := loadSources(nil, sources)
	if err != nil {
		return nil, err
	}
	all = append(all, &Feature{ID: "usa", Name: "United States", Kind: Badge})
	return derive(all)
}

// LoadWorld reads a world file (the countries of the world at three levels
// of detail, written by geo/cmd/mapgen; see EncodeWorld) and GeoJSON
// sources of other features (places, lines, seas), and adds the features
// Load derives. Only the world file's tables are read now: a country's
// geometry at a level is decoded when a view first needs it, except the
// two Koreas' at 1:10m, from which the derived features are made. The
// United States ("usa") is the badge, with its land.
func LoadWorld(name string, data []byte, sources ...Source) (*Map, error) {
	_, countries, err := openWorld(name, data)
	if err != nil {
		return nil, err
	}
	all, err := loadSources(countries, sources)
	if err != nil {
		return nil, err
	}
	for _, f := range countries {
		if f.ID == "usa" {
			f.Kind = Badge
		}
	}
	return derive(all)
}

// loadSources reads the GeoJSON sources after the features given and
// checks that ids are unique.
func loadSources(all []*Feature, sources []Source) ([]*Feature, error) {
	byID := map[string]bool{}
	for _, f := range all {
		byID[f.ID] = true
	}
	for _, s := range sources {
		fs, err := LoadGeoJSON(s.Name, s.Data)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			if byID[f.ID] {
				return nil, fmt.Errorf("geo: duplicate feature id %q across files", f.ID)
			}
			byID[f.ID] = true
		}
		all = append(all, fs...)
	}
	return all, nil
}

// derive adds the features made from the two Koreas' land (at 1:10m) and
// builds the map.
func derive(all []*Feature) (*Map, error) {
	var korea orb.MultiPolygon
	for _, id := range []string{SouthKorea, NorthKorea} {
		var f *Feature
		for _, g := range all {
			if g.ID == id && g.Kind == Country {
				f = g
			}
		}
		if f == nil {
			return nil, fmt.Errorf("geo: map data has no %q country", id)
		}
		mp := f.Land(Level10m)
		if mp == nil {
			mp, _ = f.Geometry.(orb.MultiPolygon)
		}
		korea = append(korea, mp...)
	}
	const lat38 = 38.0
	all = append(all,
		&Feature{ID: "parallel-38", Name: "38th Parallel", Kind: Line,
			Geometry: ParallelOnLand(korea, lat38)},
		&Feature{ID: "zone-us", Name: "US zone", Kind: Area,
			Geometry: clipLat(korea, -90, lat38)},
		&Feature{ID: "zone-soviet", Name: "Soviet zone", Kind: Area,
			Geometry: clipLat(korea, lat38, 90)},
		&Feature{ID: "korea", Name: "Korea", Kind: Area, Geometry: korea.Clone()},
	)
	return NewMap(all), nil
}

// ParallelOnLand returns the parts of the parallel at lat that lie on the
// land of mp, west to east: the crossings of every ring with the parallel,
// sorted, taken in pairs (even–odd rule, so holes and islands work).
func ParallelOnLand(mp orb.MultiPolygon, lat float64) orb.MultiLineString {
	var xs []float64
	for _, poly := range mp {
		for _, r := range poly {
			for i := 1; i < len(r); i++ {
				a, b := r[i-1], r[i]
				// Half-open rule so a vertex exactly on the parallel counts once.
				if (a[1] <= lat) != (b[1] <= lat) {
					t := (lat - a[1]) / (b[1] - a[1])
					xs = append(xs, a[0]+t*(b[0]-a[0]))
				}
			}
		}
	}
	sort.Float64s(xs)
	var out orb.MultiLineString
	for i := 0; i+1 < len(xs); i += 2 {
		if xs[i+1] > xs[i] {
			out = append(out, orb.LineString{{xs[i], lat}, {xs[i+1], lat}})
		}
	}
	return out
}

// clipLat returns the parts of mp between two latitudes.
func clipLat(mp orb.MultiPolygon, south, north float64) orb.MultiPolygon {
	b := orb.Bound{Min: orb.Point{-180, south}, Max: orb.Point{180, north}}
	return clip.MultiPolygon(b, mp.Clone())
}
