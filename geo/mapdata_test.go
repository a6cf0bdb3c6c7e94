package geo_test

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"

	"peninsula/geo"
)

// These tests check the committed map data (assets/map/world.bin and
// features.geojson, written by geo/cmd/mapgen) through geo's public API.

func readFC(t *testing.T, name string) *geojson.FeatureCollection {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "assets", "map", name))
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return fc
}

func worldMap(t testing.TB) *geo.Map {
	t.Helper()
	world, err := os.ReadFile(filepath.Join("..", "assets", "map", "world.bin"))
	if err != nil {
		t.Fatal(err)
	}
	features, err := os.ReadFile(filepath.Join("..", "assets", "map", "features.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := geo.LoadWorld("world.bin", world, geo.Source{Name: "features.geojson", Data: features})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func ringArea(r orb.Ring) float64 {
	var s float64
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

// TestWorldCountries: the region's countries and far-away ones are there
// under their ISO ids, every country's land is well formed at every level
// it has, and 1:10m has every country.
func TestWorldCountries(t *testing.T) {
	m := worldMap(t)
	names := map[string]string{
		"kor": "South Korea", "prk": "North Korea", "chn": "China", "jpn": "Japan", "rus": "Russia",
		"twn": "Taiwan", "mng": "Mongolia", "usa": "United States", "fra": "France", "bra": "Brazil",
		"srb": "Serbia", "kosovo": "Kosovo", "ata": "Antarctica", "aus": "Australia",
		"ashmore-and-cartier-is": "Ashmore and Cartier Is.",
	}
	for id, name := range names {
		if f := m.Feature(id); f == nil || f.Name != name {
			t.Errorf("feature %s = %v, want %q", id, f, name)
		}
	}
	n := 0
	for _, f := range m.Features {
		if f.Kind != geo.Country && !(f.Kind == geo.Badge && f.HasLand()) {
			continue
		}
		n++
		if f.Land(geo.Level10m) == nil {
			t.Errorf("%s has no land at 1:10m (nor at a coarser level)", f.ID)
		}
		for l := geo.Level110m; l < geo.NumLevels; l++ {
			for pi, poly := range f.Land(l) {
				for ri, r := range poly {
					if len(r) < 4 || r[0] != r[len(r)-1] {
						t.Errorf("%s %v polygon %d ring %d: %d points, closed %v", f.ID, l, pi, ri, len(r), r[0] == r[len(r)-1])
						continue
					}
					if a := ringArea(r); (ri == 0) != (a > 0) {
						t.Errorf("%s %v polygon %d ring %d: wrong winding (area %g)", f.ID, l, pi, ri, a)
					}
					for _, p := range r {
						if !(p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90) {
							t.Errorf("%s %v: point %v out of range", f.ID, l, p)
							break
						}
					}
				}
			}
		}
	}
	if n < 250 {
		t.Errorf("%d countries, want the world's 255", n)
	}
	if b := m.Bound(); b.Min[0] != -180 || b.Max[0] != 180 || b.Max[1] < 85 || b.Min[1] > -85 {
		t.Errorf("map bound %v, want the world", b)
	}
}

// TestFarCountries: countries far from Korea have sane bounds, and
// BoundOf leaves out their far-flung territories.
func TestFarCountries(t *testing.T) {
	m := worldMap(t)
	for _, tt := range []struct {
		id      string
		in, out orb.Point // on their land / not in their main bound
		main    orb.Bound // roughly
	}{
		{"fra", orb.Point{2.35, 48.86}, orb.Point{-53, 4}, orb.Bound{Min: orb.Point{-5, 41.3}, Max: orb.Point{9.6, 51.1}}},     // not French Guiana
		{"bra", orb.Point{-47.9, -15.8}, orb.Point{10, 10}, orb.Bound{Min: orb.Point{-74, -33.8}, Max: orb.Point{-28.9, 5.3}}}, // with Trindade
		{"srb", orb.Point{20.46, 44.8}, orb.Point{15, 45}, orb.Bound{Min: orb.Point{18.8, 42.2}, Max: orb.Point{23.1, 46.2}}},
		{"usa", orb.Point{-98, 39}, orb.Point{-150, 61}, orb.Bound{Min: orb.Point{-124.8, 24.5}, Max: orb.Point{-66.9, 49.4}}},     // not Alaska
		{"jpn", orb.Point{139.7, 35.7}, orb.Point{142.2, 27.1}, orb.Bound{Min: orb.Point{129.4, 31}, Max: orb.Point{145.8, 45.5}}}, // not the Bonin Islands
	} {
		t.Run(tt.id, func(t *testing.T) {
			f := m.Feature(tt.id)
			if f == nil {
				t.Fatal("missing")
			}
			if !planar.MultiPolygonContains(f.Land(geo.Level10m), tt.in) {
				t.Errorf("%v not on its land", tt.in)
			}
			main, ok := m.BoundOf(tt.id)
			if !ok {
				t.Fatal("BoundOf: not ok")
			}
			near := func(a, b orb.Point) bool { return math.Abs(a[0]-b[0]) < 1 && math.Abs(a[1]-b[1]) < 1 }
			if !near(main.Min, tt.main.Min) || !near(main.Max, tt.main.Max) {
				t.Errorf("BoundOf = %v, want about %v", main, tt.main)
			}
			if main.Contains(tt.out) {
				t.Errorf("BoundOf %v holds %v", main, tt.out)
			}
			if !f.Bound.Contains(main.Min) || !f.Bound.Contains(main.Max) {
				t.Errorf("main bound %v beyond the whole %v", main, f.Bound)
			}
			// A view fitted to it shows it.
			vp := geo.Fit(800, 600, main)
			if p := vp.ToPixel(tt.in); p[0] < 0 || p[1] < 0 || p[0] > 800 || p[1] > 600 {
				t.Errorf("fitted view %+v puts %v at %v", vp, tt.in, p)
			}
		})
	}
	if _, ok := m.BoundOf("atlantis"); ok {
		t.Error("BoundOf(unknown) ok")
	}
	if b, ok := m.BoundOf("seoul", "tokyo"); !ok || !b.Contains(orb.Point{127, 37}) || !b.Contains(orb.Point{139.7, 35.7}) {
		t.Errorf("BoundOf(seoul, tokyo) = %v, %v", b, ok)
	}
}

func TestIslandsKept(t *testing.T) {
	m := worldMap(t)
	for _, tc := range []struct {
		name, country string
		p             orb.Point
	}{
		{"Jeju", "kor", orb.Point{126.55, 33.38}},
		{"Ulleungdo", "kor", orb.Point{130.87, 37.50}},
		{"Baengnyeongdo", "kor", orb.Point{124.67, 37.96}},
		{"Tsushima", "jpn", orb.Point{129.30, 34.40}},
		{"Corsica", "fra", orb.Point{9.1, 42.2}},
	} {
		if !planar.MultiPolygonContains(m.Feature(tc.country).Land(geo.Level10m), tc.p) {
			t.Errorf("%s (%v) not inside %s", tc.name, tc.p, tc.country)
		}
	}
}

func TestFeatures(t *testing.T) {
	m := worldMap(t)
	points := map[string]orb.Point{}
	var mdl orb.MultiLineString
	for _, f := range readFC(t, "features.geojson").Features {
		id := f.Properties.MustString("id", "")
		if f.Properties.MustString("name", "") == "" || f.Properties.MustString("kind", "") == "" {
			t.Errorf("feature %q lacks name or kind", id)
		}
		switch g := f.Geometry.(type) {
		case orb.Point:
			points[id] = g
		case orb.LineString:
			if id == "mdl" {
				mdl = orb.MultiLineString{g}
			}
		case orb.MultiLineString:
			if id == "mdl" {
				mdl = g
			}
		}
	}
	for _, id := range []string{"seoul", "pyongyang", "beijing", "tokyo", "taipei", "vladivostok",
		"panmunjom", "kaesong", "yasukuni", "dokdo", "yellow-sea", "east-sea"} {
		if _, ok := points[id]; !ok {
			t.Errorf("point %s missing", id)
		}
	}
	if len(mdl) == 0 {
		t.Fatal("mdl missing")
	}
	near := func(p, q orb.Point) bool {
		return math.Abs(p[0]-q[0]) < 0.2 && math.Abs(p[1]-q[1]) < 0.2
	}
	first := mdl[0][0]
	last := mdl[len(mdl)-1][len(mdl[len(mdl)-1])-1]
	if !near(first, orb.Point{126.67, 37.83}) || !near(last, orb.Point{128.36, 38.63}) {
		t.Errorf("mdl runs %v → %v, want about (126.67 37.83) → (128.36 38.63)", first, last)
	}
	kor, prk := m.Feature("kor").Land(geo.Level10m), m.Feature("prk").Land(geo.Level10m)
	if !planar.MultiPolygonContains(kor, points["seoul"]) {
		t.Error("Seoul not inside South Korea")
	}
	if !planar.MultiPolygonContains(prk, points["pyongyang"]) {
		t.Error("Pyongyang not inside North Korea")
	}
	for _, id := range []string{"yellow-sea", "east-sea"} {
		for _, c := range []string{"kor", "prk", "chn", "jpn", "rus"} {
			if planar.MultiPolygonContains(m.Feature(c).Land(geo.Level10m), points[id]) {
				t.Errorf("sea label %s lies on %s", id, c)
			}
		}
	}
	// The line is the shared border: every vertex is a vertex of both Koreas.
	vertices := func(mp orb.MultiPolygon) map[orb.Point]bool {
		out := map[orb.Point]bool{}
		for _, poly := range mp {
			for _, r := range poly {
				for _, p := range r {
					out[p] = true
				}
			}
		}
		return out
	}
	kv, pv := vertices(kor), vertices(prk)
	for _, ls := range mdl {
		for _, p := range ls {
			if !kv[p] || !pv[p] {
				t.Errorf("mdl vertex %v is not a vertex of both kor and prk", p)
			}
		}
	}
}
