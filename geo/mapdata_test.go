package geo_test

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// These tests check the committed map data (assets/map/*.geojson, written by
// geo/cmd/mapgen) on its own, without using the geo package.

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

func ringArea(r orb.Ring) float64 {
	var s float64
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

func countries(t *testing.T) map[string]orb.MultiPolygon {
	t.Helper()
	want := map[string]string{
		"kor": "South Korea", "prk": "North Korea", "chn": "China", "jpn": "Japan",
		"rus": "Russia", "twn": "Taiwan", "mng": "Mongolia",
	}
	got := map[string]orb.MultiPolygon{}
	for _, f := range readFC(t, "countries.geojson").Features {
		id := f.Properties.MustString("id", "")
		name := f.Properties.MustString("name", "")
		if want[id] == "" || want[id] != name {
			t.Errorf("unexpected country id %q name %q", id, name)
			continue
		}
		if _, dup := got[id]; dup {
			t.Errorf("country %s appears twice", id)
		}
		mp, ok := f.Geometry.(orb.MultiPolygon)
		if !ok {
			t.Errorf("%s: geometry is %T, want MultiPolygon", id, f.Geometry)
			continue
		}
		got[id] = mp
	}
	for id := range want {
		if _, ok := got[id]; !ok {
			t.Errorf("country %s missing", id)
		}
	}
	return got
}

func TestCountriesGeometry(t *testing.T) {
	const eps = 1e-9
	total := 0
	for id, mp := range countries(t) {
		if len(mp) == 0 {
			t.Errorf("%s: no polygons", id)
		}
		for pi, poly := range mp {
			for ri, r := range poly {
				total += len(r)
				if len(r) < 4 {
					t.Errorf("%s polygon %d ring %d: %d points", id, pi, ri, len(r))
					continue
				}
				if r[0] != r[len(r)-1] {
					t.Errorf("%s polygon %d ring %d: not closed", id, pi, ri)
				}
				a := ringArea(r)
				if a == 0 {
					t.Errorf("%s polygon %d ring %d: zero area", id, pi, ri)
				}
				if (ri == 0) != (a > 0) {
					t.Errorf("%s polygon %d ring %d: wrong winding (area %g)", id, pi, ri, a)
				}
				for _, p := range r {
					if p[0] < 112-eps || p[0] > 146+eps || p[1] < 21-eps || p[1] > 48+eps {
						t.Errorf("%s: point %v outside lon 112..146 lat 21..48", id, p)
						break
					}
				}
			}
		}
	}
	if total < 10000 || total > 30000 {
		t.Errorf("total vertex count %d outside 10k..30k", total)
	}
}

func TestIslandsKept(t *testing.T) {
	cs := countries(t)
	for _, tc := range []struct {
		name, country string
		p             orb.Point
	}{
		{"Jeju", "kor", orb.Point{126.55, 33.38}},
		{"Ulleungdo", "kor", orb.Point{130.87, 37.50}},
		{"Baengnyeongdo", "kor", orb.Point{124.67, 37.96}},
		{"Tsushima", "jpn", orb.Point{129.30, 34.40}},
	} {
		if !planar.MultiPolygonContains(cs[tc.country], tc.p) {
			t.Errorf("%s (%v) not inside %s", tc.name, tc.p, tc.country)
		}
	}
}

func TestFeatures(t *testing.T) {
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

	cs := countries(t)
	if !planar.MultiPolygonContains(cs["kor"], points["seoul"]) {
		t.Error("Seoul not inside South Korea")
	}
	if !planar.MultiPolygonContains(cs["prk"], points["pyongyang"]) {
		t.Error("Pyongyang not inside North Korea")
	}
	for _, id := range []string{"yellow-sea", "east-sea"} {
		for c, mp := range cs {
			if planar.MultiPolygonContains(mp, points[id]) {
				t.Errorf("sea label %s lies on %s", id, c)
			}
		}
	}
	// The line is the shared border: every vertex is a vertex of both Koreas.
	vertices := func(mp orb.MultiPolygon) map[orb.Point]bool {
		m := map[orb.Point]bool{}
		for _, poly := range mp {
			for _, r := range poly {
				for _, p := range r {
					m[p] = true
				}
			}
		}
		return m
	}
	kv, pv := vertices(cs["kor"]), vertices(cs["prk"])
	for _, ls := range mdl {
		for _, p := range ls {
			if !kv[p] || !pv[p] {
				t.Errorf("mdl vertex %v is not a vertex of both kor and prk", p)
			}
		}
	}
}
