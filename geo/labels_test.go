package geo

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// fixedMeasure approximates a 13 px sans-serif: 7 px a character (8 for
// countries), 15 px a line (17); wrapped labels are as wide as their
// longest line.
func fixedMeasure(text string, kind Kind, class string) (float64, float64) {
	cw, lh := 7.0, 15.0
	if kind == Country {
		cw, lh = 8, 17
	}
	w, n := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		w = max(w, len([]rune(line)))
		n++
	}
	return float64(w) * cw, float64(n) * lh
}

func TestPlaceLabels(t *testing.T) {
	m := loadTestMap(t)
	name := func(f *Feature) string { return f.Name }
	tests := []struct {
		name     string
		vp       Viewport
		want     []string // must be placed
		wantGone []string // must be dropped (do not fit)
	}{
		{"region", Fit(1200, 800, regionBound),
			[]string{"chn", "jpn", "kor", "prk", "rus", "seoul", "pyongyang", "beijing", "tokyo", "taipei", "dokdo", "yellow-sea", "east-sea"}, nil},
		{"small window drops lower ranks first", Fit(400, 300, regionBound),
			[]string{"chn", "jpn"}, []string{"yasukuni"}},
		{"dmz close-up", NewViewport(900, 600, orb.Point{126.8, 37.9}, 10),
			[]string{"panmunjom", "kaesong", "mdl"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels := m.PlaceLabels(tt.vp, name, fixedMeasure, nil)
			placed := map[string]Label{}
			for i, a := range labels {
				placed[a.FeatureID] = a
				if a.X < 0 || a.Y < 0 || a.X+a.W > tt.vp.Width || a.Y+a.H > tt.vp.Height {
					t.Errorf("label %q at %.0f,%.0f %.0fx%.0f leaves the view", a.Text, a.X, a.Y, a.W, a.H)
				}
				for _, b := range labels[:i] {
					if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
						t.Errorf("labels %q and %q overlap", a.Text, b.Text)
					}
				}
				for _, f := range m.Features {
					if f.Kind != Point {
						continue
					}
					p := tt.vp.ToPixel(f.Anchor)
					if p[0] > a.X && p[0] < a.X+a.W && p[1] > a.Y && p[1] < a.Y+a.H {
						t.Errorf("label %q covers the marker of %s", a.Text, f.ID)
					}
				}
			}
			for _, id := range tt.want {
				if _, ok := placed[id]; !ok {
					t.Errorf("no label for %s", id)
				}
			}
			for _, id := range tt.wantGone {
				if _, ok := placed[id]; ok {
					t.Errorf("label for %s placed; it should have been dropped", id)
				}
			}
		})
	}
}

func TestPlaceLabelsPriority(t *testing.T) {
	// Two places at one spot: the capital keeps its label position first.
	fs := []*Feature{
		{ID: "a", Name: "Aaaa", Kind: Point, Class: "place", Geometry: orb.Point{10, 10}},
		{ID: "b", Name: "Bbbb", Kind: Point, Class: "capital", Geometry: orb.Point{10, 10}},
	}
	m := NewMap(fs)
	vp := NewViewport(200, 100, orb.Point{10, 10}, 5)
	labels := m.PlaceLabels(vp, func(f *Feature) string { return f.Name }, fixedMeasure, nil)
	if len(labels) == 0 || labels[0].FeatureID != "b" {
		t.Fatalf("first label = %v, want the capital b", labels)
	}
	p := vp.ToPixel(orb.Point{10, 10})
	if labels[0].X < p[0] {
		t.Errorf("capital label at x=%v is not in its first choice, right of the marker at %v", labels[0].X, p[0])
	}
}

func BenchmarkPlaceLabels(b *testing.B) {
	m := loadTestMap(b)
	vp := Fit(1600, 1000, regionBound)
	name := func(f *Feature) string { return f.Name }
	b.ReportAllocs()
	for b.Loop() {
		m.PlaceLabels(vp, name, fixedMeasure, nil)
	}
}
