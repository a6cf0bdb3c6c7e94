package geo

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"
)

// The GeoJSON subset Peninsula reads: a FeatureCollection of features with
// properties and Point, LineString, MultiLineString, Polygon or MultiPolygon
// geometry. Coordinates are parsed by a small scanner rather than through
// reflection: the map loads at start-up and this keeps that fast.

type gjCollection struct {
	Type     string      `json:"type"`
	Features []gjFeature `json:"features"`
}

type gjFeature struct {
	ID         any            `json:"id"`
	Properties map[string]any `json:"properties"`
	Geometry   *gjGeometry    `json:"geometry"`
}

type gjGeometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

// geometry decodes the coordinates for the geometry's type.
func (g *gjGeometry) geometry() (orb.Geometry, error) {
	s := &coordScanner{b: g.Coordinates}
	var out orb.Geometry
	switch g.Type {
	case "Point":
		p := s.point()
		out = p
	case "LineString":
		out = orb.LineString(s.points())
	case "MultiLineString":
		var ml orb.MultiLineString
		s.list(func() { ml = append(ml, orb.LineString(s.points())) })
		out = ml
	case "Polygon":
		out = s.polygon()
	case "MultiPolygon":
		var mp orb.MultiPolygon
		s.list(func() { mp = append(mp, s.polygon()) })
		out = mp
	default:
		return nil, fmt.Errorf("unsupported geometry type %q", g.Type)
	}
	if s.err != nil {
		return nil, fmt.Errorf("%s coordinates: %v", g.Type, s.err)
	}
	return out, nil
}

// coordScanner reads nested JSON arrays of numbers. The first error stops
// it; later calls do nothing.
type coordScanner struct {
	b   []byte
	i   int
	err error
}

func (s *coordScanner) fail(format string, args ...any) {
	if s.err == nil {
		s.err = fmt.Errorf("at byte %d: "+format, append([]any{s.i}, args...)...)
	}
}

func (s *coordScanner) skipSpace() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *coordScanner) expect(c byte) bool {
	s.skipSpace()
	if s.err != nil {
		return false
	}
	if s.i >= len(s.b) || s.b[s.i] != c {
		s.fail("want %q", c)
		return false
	}
	s.i++
	return true
}

// list reads "[ item, item, ... ]", calling item for each element.
func (s *coordScanner) list(item func()) {
	if !s.expect('[') {
		return
	}
	s.skipSpace()
	if s.i < len(s.b) && s.b[s.i] == ']' {
		s.i++
		return
	}
	for s.err == nil {
		item()
		s.skipSpace()
		if s.i >= len(s.b) {
			s.fail("unterminated array")
			return
		}
		if s.b[s.i] == ']' {
			s.i++
			return
		}
		if !s.expect(',') {
			return
		}
	}
}

func (s *coordScanner) number() float64 {
	s.skipSpace()
	j := s.i
	for j < len(s.b) {
		c := s.b[j]
		if (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			j++
			continue
		}
		break
	}
	v, err := strconv.ParseFloat(string(s.b[s.i:j]), 64)
	if err != nil {
		s.fail("bad number %q", s.b[s.i:j])
	}
	s.i = j
	return v
}

// point reads a position [lon, lat] (extra members such as altitude are
// ignored).
func (s *coordScanner) point() orb.Point {
	var p orb.Point
	n := 0
	s.list(func() {
		v := s.number()
		if n < 2 {
			p[n] = v
		}
		n++
	})
	if n < 2 && s.err == nil {
		s.fail("a position needs 2 numbers, has %d", n)
	}
	return p
}

func (s *coordScanner) points() []orb.Point {
	var ps []orb.Point
	s.list(func() { ps = append(ps, s.point()) })
	return ps
}

func (s *coordScanner) polygon() orb.Polygon {
	var poly orb.Polygon
	s.list(func() { poly = append(poly, orb.Ring(s.points())) })
	return poly
}
