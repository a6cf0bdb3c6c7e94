package geo

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestParallelOnLand(t *testing.T) {
	m := loadTestMap(t)
	par := m.Feature("parallel-38")
	if par == nil {
		t.Fatal("no parallel-38 feature")
	}
	ml := par.Geometry.(orb.MultiLineString)
	if len(ml) == 0 {
		t.Fatal("parallel-38 has no segments")
	}
	korea := append(append(orb.MultiPolygon{}, m.Feature("kor").Land(Level10m)...),
		m.Feature("prk").Land(Level10m)...)
	for i, seg := range ml {
		if seg[0][1] != 38 || seg[1][1] != 38 {
			t.Errorf("segment %d is not at 38°N: %v", i, seg)
		}
		// Sample along the segment: every inner point lies on Korean land.
		for k := 1; k < 10; k++ {
			p := orb.Point{seg[0][0] + (seg[1][0]-seg[0][0])*float64(k)/10, 38}
			if !planar.MultiPolygonContains(korea, p) {
				t.Errorf("segment %d: %v is not on Korean land", i, p)
			}
		}
	}
	west, east := ml[0][0][0], ml[len(ml)-1][1][0]
	// From the west coast (Ongjin peninsula, about 124.7–125.2°E) to the east coast (about 128.6°E).
	if west < 124.5 || west > 125.5 || east < 128.4 || east > 128.8 {
		t.Errorf("parallel runs %v..%v°E; want about 124.7..128.6", west, east)
	}
	// And it is not a hand-typed single line: it follows the coastline's bays.
	if len(ml) < 2 {
		t.Errorf("parallel has %d segment(s); the west coast's bays should split it", len(ml))
	}
}

func TestZones(t *testing.T) {
	m := loadTestMap(t)
	tests := []struct {
		zone string
		in   orb.Point
		out  orb.Point
	}{
		{"zone-us", orb.Point{126.978, 37.5665}, orb.Point{125.7545, 39.0194}},
		{"zone-soviet", orb.Point{125.7545, 39.0194}, orb.Point{126.978, 37.5665}},
	}
	for _, tt := range tests {
		f := m.Feature(tt.zone)
		if f == nil || f.Kind != Area {
			t.Fatalf("%s missing or not an area: %v", tt.zone, f)
		}
		mp := f.Geometry.(orb.MultiPolygon)
		if !planar.MultiPolygonContains(mp, tt.in) || planar.MultiPolygonContains(mp, tt.out) {
			t.Errorf("%s: contains(%v) should be true and contains(%v) false", tt.zone, tt.in, tt.out)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "geo: bad.geojson: empty file"},
		{"syntax", "{\"type\": \"FeatureCollection\",\n \"features\": [}", "geo: bad.geojson:2:15: invalid character '}' looking for beginning of value"},
		{"not a collection", `{"type":"Feature"}`, `geo: bad.geojson: type is "Feature", want "FeatureCollection"`},
		{"no id", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`,
			`geo: bad.geojson: feature 1: missing or bad "id" property ""`},
		{"no name", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`,
			`geo: bad.geojson: feature 1: x: missing "name" property`},
		{"out of range", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[200,2]}}]}`,
			`geo: bad.geojson: feature 1: x: coordinate [200, 2] out of range`},
		{"short ring", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,2]]]}}]}`,
			`geo: bad.geojson: feature 1: x: ring with 3 point(s); a ring needs at least 4`},
		{"bad coordinates", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[1]}}]}`,
			`geo: bad.geojson: feature 1: x: Point coordinates: at byte 3: a position needs 2 numbers, has 1`},
		{"duplicate", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[1,2]}},{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`,
			`geo: bad.geojson: feature 2: duplicate id "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGeoJSON("bad.geojson", []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v\nwant    %s", err, tt.want)
			}
		})
	}
}

func FuzzLoadGeoJSON(f *testing.F) {
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,2],[3,4],[5,2],[1,2]]]]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"l","name":"L","kind":"line"},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"properties":{"id":"p","name":"P"},"geometry":{"type":"Point","coordinates":[1e3,-2.5e-1, 7]}}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := LoadGeoJSON("fuzz.geojson", data)
		if err != nil {
			return
		}
		// Whatever loads must build a map, render and hit-test without panicking.
		m := NewMap(fs)
		vp := NewViewport(64, 48, orb.Point{3, 3}, 5)
		m.HitTest(vp, orb.Point{32, 24}, nil)
		m.PlaceLabels(vp, func(f *Feature) string { return f.Name }, func(string, Kind, string) (float64, float64) { return 10, 5 }, nil)
	})
}
