package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
)

// Two unit squares side by side sharing the edge x=101 (arc 0). The left
// square uses arc 0 forwards, the right one uses it reversed (~0 = -1).
// Quantized with scale (0.5, 0.25) and translate (100, 30).
const squaresTopo = `{"type":"Topology",
 "transform":{"scale":[0.5,0.25],"translate":[100,30]},
 "objects":{"countries":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","id":410,"properties":{"name":"Left"},"arcs":[[0,1]]},
  {"type":"MultiPolygon","id":"408","properties":{"name":"Right"},"arcs":[[[2,-1]]]}
 ]}},
 "arcs":[
  [[2,0],[0,2],[0,2]],
  [[2,4],[-2,0],[0,-4],[2,0]],
  [[2,0],[2,0],[0,4],[-2,0]]
 ]}`

func TestDecodeTopology(t *testing.T) {
	topo, err := ParseTopology([]byte(squaresTopo))
	if err != nil {
		t.Fatal(err)
	}
	arcs, err := topo.DecodeArcs()
	if err != nil {
		t.Fatal(err)
	}
	wantArcs := []orb.LineString{
		{{101, 30}, {101, 30.5}, {101, 31}},
		{{101, 31}, {100, 31}, {100, 30}, {101, 30}},
		{{101, 30}, {102, 30}, {102, 31}, {101, 31}},
	}
	if !reflect.DeepEqual(arcs, wantArcs) {
		t.Fatalf("arcs = %v, want %v", arcs, wantArcs)
	}

	geoms := topo.Objects["countries"].Geometries
	tests := []struct {
		id, name string
		want     orb.MultiPolygon
	}{
		{"410", "Left", orb.MultiPolygon{{{{101, 30}, {101, 30.5}, {101, 31}, {100, 31}, {100, 30}, {101, 30}}}}},
		{"408", "Right", orb.MultiPolygon{{{{101, 30}, {102, 30}, {102, 31}, {101, 31}, {101, 30.5}, {101, 30}}}}},
	}
	for i, tc := range tests {
		g := geoms[i]
		if g.IDString() != tc.id || g.Name() != tc.name {
			t.Errorf("object %d: id %q name %q, want %q %q", i, g.IDString(), g.Name(), tc.id, tc.name)
		}
		refs, err := g.PolygonArcs()
		if err != nil {
			t.Fatal(err)
		}
		mp, err := AssembleMultiPolygon(arcs, refs)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(mp, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.id, mp, tc.want)
		}
	}
}

func TestArcIndex(t *testing.T) {
	tests := []struct {
		ref, idx int
		rev      bool
	}{{0, 0, false}, {5, 5, false}, {-1, 0, true}, {^5, 5, true}, {-7, 6, true}}
	for _, tc := range tests {
		idx, rev := arcIndex(tc.ref)
		if idx != tc.idx || rev != tc.rev {
			t.Errorf("arcIndex(%d) = %d,%v want %d,%v", tc.ref, idx, rev, tc.idx, tc.rev)
		}
	}
	if _, err := AssembleRing([]orb.LineString{{{0, 0}, {1, 1}}}, []int{-3}); err == nil {
		t.Error("out-of-range reference: want error")
	}
}

// A wiggly shared border: simplification must drop the small wiggles once,
// and both polygons must contain exactly the same simplified border.
func TestSimplifyKeepsSharedArc(t *testing.T) {
	border := orb.LineString{{0, 0}}
	for i := 1; i < 40; i++ {
		d := 0.0001
		if i%10 == 0 {
			d = 0.3 // a real bend to keep
		}
		if i%2 == 0 {
			d = -d
		}
		border = append(border, orb.Point{d, float64(i) * 0.1})
	}
	border = append(border, orb.Point{0, 4})
	arcs := []orb.LineString{
		border,
		{{0, 4}, {-2, 4}, {-2, 0}, {0, 0}},
		{{0, 0}, {2, 0}, {2, 4}, {0, 4}},
		{{5, 5}, {5.001, 5}, {5.001, 5.001}, {5.0005, 5.0005}, {5, 5.001}, {5, 5}}, // small island, closed arc
	}
	used := map[int]bool{0: true, 1: true, 2: true, 3: true}
	simple := SimplifyArcs(arcs, used, 1e-3)

	s := simple[0]
	if len(s) >= len(border) || len(s) < 3 {
		t.Fatalf("border went from %d to %d points", len(border), len(s))
	}
	if s[0] != border[0] || s[len(s)-1] != border[len(border)-1] {
		t.Errorf("endpoints moved: %v .. %v", s[0], s[len(s)-1])
	}
	if n := len(simple[3]); n < 4 || simple[3][0] != simple[3][n-1] {
		t.Errorf("closed arc collapsed to %v", simple[3])
	}

	left, _ := AssembleMultiPolygon(simple, [][][]int{{{0, 1}}})
	right, _ := AssembleMultiPolygon(simple, [][][]int{{{2, ^0}}})
	lr, rr := left[0][0], right[0][0]
	// Left ring starts with the border forwards; the right ring ends with it reversed.
	gotLeft := orb.LineString(lr[:len(s)])
	gotRight := reversedLine(orb.LineString(rr[len(rr)-len(s):]))
	if !reflect.DeepEqual(gotLeft, s) || !reflect.DeepEqual(gotRight, s) {
		t.Errorf("shared border differs:\n left  %v\n right %v\n arc   %v", gotLeft, gotRight, s)
	}

	// The finished polygons (clipped, rounded, oriented) still share it.
	fl := FinishMultiPolygon(orb.MultiPolygon{{shift(lr, 120, 30)}})
	fr := FinishMultiPolygon(orb.MultiPolygon{{shift(rr, 120, 30)}})
	if len(fl) != 1 || len(fr) != 1 {
		t.Fatalf("finish dropped polygons: %v %v", fl, fr)
	}
	for _, p := range shift(orb.Ring(s), 120, 30) {
		q := orb.Point{roundCoord(p[0]), roundCoord(p[1])}
		if !hasVertex(fl[0][0], q) || !hasVertex(fr[0][0], q) {
			t.Errorf("border vertex %v missing from a finished polygon", q)
		}
	}
	for _, mp := range []orb.MultiPolygon{fl, fr} {
		r := mp[0][0]
		if r[0] != r[len(r)-1] || signedArea(r) <= 0 {
			t.Errorf("ring not closed and counter-clockwise: %v", r)
		}
	}
}

func TestFinishDropsCollapsedAndClips(t *testing.T) {
	mp := orb.MultiPolygon{
		{{{110, 30}, {115, 30}, {115, 35}, {110, 35}, {110, 30}}},  // CCW, partly west of the box
		{{{120, 30}, {120, 30.00001}, {120.00001, 30}, {120, 30}}}, // rounds to nothing
		{{{130, 30}, {130, 31}, {131, 31}, {131, 30}, {130, 30}}},  // clockwise: must flip
		{{{150, 30}, {151, 30}, {151, 31}, {150, 30}}},             // outside the box
	}
	got := FinishMultiPolygon(mp)
	if len(got) != 2 {
		t.Fatalf("got %d polygons, want 2: %v", len(got), got)
	}
	b := got[0].Bound()
	if b.Min[0] != 112 || b.Max[0] != 115 {
		t.Errorf("clip: bound %v", b)
	}
	for _, p := range got {
		if signedArea(p[0]) <= 0 {
			t.Errorf("exterior not CCW: %v", p[0])
		}
	}
}

func TestSharedBorderOrder(t *testing.T) {
	// Border made of two arcs, stored east to west and out of order.
	arcs := []orb.LineString{
		{{3, 1}, {2, 1}},
		{{2, 1}, {1, 0}},
		{{9, 9}, {8, 8}},
	}
	a := [][][]int{{{0, 1, 2}}}
	b := [][][]int{{{^1, ^0}}}
	got, err := SharedBorder(arcs, a, b)
	if err != nil {
		t.Fatal(err)
	}
	want := orb.MultiLineString{{{1, 0}, {2, 1}, {3, 1}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestExtractMember(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, f := range []struct{ name, body string }{
		{"package/README.md", "hi"},
		{"package/countries-10m.json", `{"type":"Topology"}`},
	} {
		tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body))})
		tw.Write([]byte(f.body))
	}
	tw.Close()
	zw.Close()
	got, err := extractMember(bytes.NewReader(buf.Bytes()), "package/countries-10m.json")
	if err != nil || string(got) != `{"type":"Topology"}` {
		t.Errorf("got %q, %v", got, err)
	}
	if _, err := extractMember(bytes.NewReader(buf.Bytes()), "package/nope"); err == nil {
		t.Error("missing member: want error")
	}
}

func shift(r orb.Ring, dx, dy float64) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = orb.Point{p[0] + dx, p[1] + dy}
	}
	return out
}

func hasVertex(r orb.Ring, q orb.Point) bool {
	for _, p := range r {
		if p == q {
			return true
		}
	}
	return false
}
