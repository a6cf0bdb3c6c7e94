package geo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	"github.com/paulmach/orb"
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// LoadGeoJSON reads a GeoJSON FeatureCollection into features. Each feature
// needs string properties "id" (lower-case letters, digits and dashes) and
// "name"; an optional "kind" is one of country, area, line, point (with
// "class" capital/place via kind "capital" or "place"), sea. Without
// "kind", polygons are countries, lines lines and points places.
//
// Errors name the file and, for JSON syntax, the line and column:
// `geo: countries.geojson:3:17: invalid character '}' ...`.
func LoadGeoJSON(name string, data []byte) ([]*Feature, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("geo: %s: empty file", name)
	}
	var fc gjCollection
	if err := json.Unmarshal(data, &fc); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset-1) // Offset is just past the bad byte
			return nil, fmt.Errorf("geo: %s:%d:%d: %v", name, line, col, se)
		}
		return nil, fmt.Errorf("geo: %s: %v", name, err)
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("geo: %s: type is %q, want \"FeatureCollection\"", name, fc.Type)
	}
	out := make([]*Feature, 0, len(fc.Features))
	seen := map[string]bool{}
	for i := range fc.Features {
		f, err := convert(&fc.Features[i])
		if err != nil {
			return nil, fmt.Errorf("geo: %s: feature %d: %v", name, i+1, err)
		}
		if seen[f.ID] {
			return nil, fmt.Errorf("geo: %s: feature %d: duplicate id %q", name, i+1, f.ID)
		}
		seen[f.ID] = true
		out = append(out, f)
	}
	return out, nil
}

func convert(gf *gjFeature) (*Feature, error) {
	id, _ := gf.Properties["id"].(string)
	if id == "" {
		if s, ok := gf.ID.(string); ok {
			id = s
		}
	}
	if !idPattern.MatchString(id) {
		return nil, fmt.Errorf("missing or bad \"id\" property %q", id)
	}
	name, _ := gf.Properties["name"].(string)
	if name == "" {
		return nil, fmt.Errorf("%s: missing \"name\" property", id)
	}
	f := &Feature{ID: id, Name: name}
	kind, _ := gf.Properties["kind"].(string)
	if gf.Geometry == nil {
		return nil, fmt.Errorf("%s: no geometry", id)
	}
	geom, err := gf.Geometry.geometry()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", id, err)
	}
	switch g := geom.(type) {
	case orb.Polygon:
		f.Geometry = orb.MultiPolygon{g}
		f.Kind = Country
		if kind == "area" {
			f.Kind = Area
		}
	case orb.MultiPolygon:
		f.Geometry = g
		f.Kind = Country
		if kind == "area" {
			f.Kind = Area
		}
	case orb.LineString:
		f.Geometry, f.Kind = orb.MultiLineString{g}, Line
	case orb.MultiLineString:
		f.Geometry, f.Kind = g, Line
	case orb.Point:
		f.Geometry, f.Kind, f.Class = g, Point, "place"
		switch kind {
		case "sea":
			f.Kind, f.Class = Sea, ""
		case "capital":
			f.Class = "capital"
		}
	default:
		return nil, fmt.Errorf("%s: unsupported geometry %s", id, gf.Geometry.Type)
	}
	if err := checkCoords(f.Geometry); err != nil {
		return nil, fmt.Errorf("%s: %v", id, err)
	}
	return f, nil
}

// checkCoords rejects coordinates outside lon/lat range, NaN, and rings
// too short to enclose an area.
func checkCoords(g orb.Geometry) error {
	bad := func(p orb.Point) error {
		if !(p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90) {
			return fmt.Errorf("coordinate [%g, %g] out of range", p[0], p[1])
		}
		return nil
	}
	switch g := g.(type) {
	case orb.Point:
		return bad(g)
	case orb.MultiLineString:
		for _, l := range g {
			if len(l) < 2 {
				return fmt.Errorf("line with %d point(s)", len(l))
			}
			for _, p := range l {
				if err := bad(p); err != nil {
					return err
				}
			}
		}
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, r := range poly {
				if len(r) < 4 {
					return fmt.Errorf("ring with %d point(s); a ring needs at least 4", len(r))
				}
				for _, p := range r {
					if err := bad(p); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// lineCol turns a byte offset into a 1-based line and column.
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col := 1, 1
	for _, b := range data[:off] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
