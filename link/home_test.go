package link

import (
	"testing"

	"github.com/paulmach/orb"

	"peninsula/story"
)

// TestHome: a story opens at its view (a box, or a centre and zoom), else
// at the box of its places, else at the fallback.
func TestHome(t *testing.T) {
	m, korea := testData(t)
	fallback := orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{1, 1}}
	parse := func(front string) *story.Story {
		t.Helper()
		src := "---\ntitle: T\n" + front + "---\n\n## A\n\n[x](place:x)\n"
		s, ds := story.Parse("t.story.md", []byte(src), story.Options{})
		if ds.HasErrors() {
			t.Fatal(ds)
		}
		return s
	}
	place := "places:\n  - {id: x, name: {en: X}, map: {point: [20.46, 44.82]}}\n  - {id: y, name: {en: Y}, map: {point: [23.32, 42.70]}}\n"
	tests := []struct {
		name   string
		s      *story.Story
		inside []orb.Point
		want   orb.Bound // exact, when not zero
	}{
		{"no story", nil, nil, fallback},
		{"the Korea story's box", korea, nil, orb.Bound{Min: orb.Point{113.5, 23.5}, Max: orb.Point{145, 46.5}}},
		{"a box", parse("view: {bbox: [12, 40, 30, 48]}\n" + place), nil, orb.Bound{Min: orb.Point{12, 40}, Max: orb.Point{30, 48}}},
		{"centre and zoom", parse("view: {center: [20, 44], zoom: 6}\n" + place), []orb.Point{{20, 44}, {17, 43}, {23, 45}}, orb.Bound{}},
		{"the places", parse(place), []orb.Point{{20.46, 44.82}, {23.32, 42.70}}, orb.Bound{}},
		{"towns and a vast country", parse("places:\n  - {id: x, name: {en: Tallinn}, map: {point: [24.75, 59.44]}}\n  - {id: y, name: {en: Vilnius}, map: {point: [25.28, 54.69]}}\n  - {id: est, name: {en: Estonia}, map: est}\n  - {id: rus, name: {en: Russia}, map: rus}\n"),
			[]orb.Point{{24.75, 59.44}, {25.28, 54.69}, {22, 58.5}}, orb.Bound{}},
		{"countries alone", parse("places:\n  - {id: x, name: {en: Estonia}, map: est}\n  - {id: lva, name: {en: Latvia}, map: lva}\n"),
			[]orb.Point{{25, 58.7}, {25, 56.9}}, orb.Bound{}},
		{"no place on the map", parse("places:\n  - {id: x, name: {en: X}, map: atlantis}\n"), nil, fallback},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := New(m, tc.s).Home(fallback)
			if tc.want != (orb.Bound{}) && got != tc.want {
				t.Errorf("Home = %v, want %v", got, tc.want)
			}
			for _, p := range tc.inside {
				if !got.Contains(p) {
					t.Errorf("Home = %v leaves out %v", got, p)
				}
			}
			if tc.want == (orb.Bound{}) && (got.Max[0]-got.Min[0] > 25 || got.Max[1]-got.Min[1] > 25) {
				t.Errorf("Home = %v is far wider than the story", got)
			}
		})
	}
}
