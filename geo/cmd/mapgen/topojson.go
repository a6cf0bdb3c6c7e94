package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"
)

// Topology is the subset of a TopoJSON topology that mapgen needs.
type Topology struct {
	Type      string                  `json:"type"`
	Transform *Transform              `json:"transform"`
	Objects   map[string]TopoGeometry `json:"objects"`
	Arcs      [][][]float64           `json:"arcs"`
}

// Transform is a TopoJSON quantization transform.
type Transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

// TopoGeometry is a TopoJSON geometry object (possibly a GeometryCollection).
type TopoGeometry struct {
	Type       string          `json:"type"`
	ID         json.RawMessage `json:"id"`
	Properties map[string]any  `json:"properties"`
	Arcs       json.RawMessage `json:"arcs"`
	Geometries []TopoGeometry  `json:"geometries"`
}

// IDString returns the object's id as a string, whether it was encoded as a
// JSON string or number.
func (g TopoGeometry) IDString() string {
	var s string
	if json.Unmarshal(g.ID, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(g.ID, &n) == nil {
		return n.String()
	}
	return ""
}

// Name returns properties.name, or "".
func (g TopoGeometry) Name() string {
	s, _ := g.Properties["name"].(string)
	return s
}

// PolygonArcs returns the arc references of a Polygon or MultiPolygon object
// as a list of polygons, each a list of rings, each a list of arc indices.
func (g TopoGeometry) PolygonArcs() ([][][]int, error) {
	switch g.Type {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(g.Arcs, &p); err != nil {
			return nil, err
		}
		return [][][]int{p}, nil
	case "MultiPolygon":
		var mp [][][]int
		if err := json.Unmarshal(g.Arcs, &mp); err != nil {
			return nil, err
		}
		return mp, nil
	case "", "null":
		return nil, nil
	}
	return nil, fmt.Errorf("object %s: unsupported geometry type %q", g.IDString(), g.Type)
}

// ParseTopology decodes TopoJSON text.
func ParseTopology(data []byte) (*Topology, error) {
	var t Topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, err
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("not a TopoJSON topology (type %q)", t.Type)
	}
	return &t, nil
}

// DecodeArcs returns every arc in absolute coordinates. With a transform the
// positions are delta-encoded and quantized: each position is the running sum
// of the deltas, scaled and translated.
func (t *Topology) DecodeArcs() ([]orb.LineString, error) {
	out := make([]orb.LineString, len(t.Arcs))
	for i, arc := range t.Arcs {
		ls := make(orb.LineString, len(arc))
		var x, y float64
		for j, pos := range arc {
			if len(pos) < 2 {
				return nil, fmt.Errorf("arc %d position %d: fewer than 2 values", i, j)
			}
			if t.Transform == nil {
				ls[j] = orb.Point{pos[0], pos[1]}
				continue
			}
			x += pos[0]
			y += pos[1]
			ls[j] = orb.Point{
				x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1],
			}
		}
		out[i] = ls
	}
	return out, nil
}

// arcIndex resolves a TopoJSON arc reference: i >= 0 is arc i forwards,
// a negative reference ~i (= -i-1) is arc i reversed.
func arcIndex(ref int) (idx int, reversed bool) {
	if ref < 0 {
		return ^ref, true
	}
	return ref, false
}

// AssembleRing concatenates the referenced arcs into a ring. Consecutive arcs
// share their joining position, which is kept only once.
func AssembleRing(arcs []orb.LineString, refs []int) (orb.Ring, error) {
	var r orb.Ring
	for k, ref := range refs {
		idx, rev := arcIndex(ref)
		if idx >= len(arcs) {
			return nil, fmt.Errorf("arc reference %s out of range", strconv.Itoa(ref))
		}
		arc := arcs[idx]
		pts := make([]orb.Point, len(arc))
		copy(pts, arc)
		if rev {
			for a, b := 0, len(pts)-1; a < b; a, b = a+1, b-1 {
				pts[a], pts[b] = pts[b], pts[a]
			}
		}
		if k > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		r = append(r, pts...)
	}
	return r, nil
}

// AssembleMultiPolygon builds a MultiPolygon from polygon arc references.
func AssembleMultiPolygon(arcs []orb.LineString, polys [][][]int) (orb.MultiPolygon, error) {
	var mp orb.MultiPolygon
	for _, p := range polys {
		var poly orb.Polygon
		for _, refs := range p {
			r, err := AssembleRing(arcs, refs)
			if err != nil {
				return nil, err
			}
			poly = append(poly, r)
		}
		mp = append(mp, poly)
	}
	return mp, nil
}
