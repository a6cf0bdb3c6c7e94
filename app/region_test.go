package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
)

// TestOtherRegionStory: a story about another part of the world opens at
// its own view (its view: or, without one, its places), with its places on
// the map and none of Korea's; Home returns there.
func TestOtherRegionStory(t *testing.T) {
	tests := []struct {
		name, path string
		points     map[string]orb.Point // places that must be in view and labelled
		golden     string
	}{
		{"baltic, fitted to its places", "testdata/baltic.story.md",
			map[string]orb.Point{"tallinn": {24.75, 59.44}, "riga": {24.11, 56.95}, "vilnius": {25.28, 54.69}}, "window_baltic.png"},
		{"panama, its own view", "../importer/starter.story.md",
			map[string]orb.Point{"colon": {-79.90, 9.36}, "gulf": {-90, 25}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			newTestApp(t)
			u, problems := New(testData(t), Options{StoryPath: tc.path}, firstStart())
			if len(problems) > 0 {
				t.Fatal(problems)
			}
			w := test.NewWindow(u.Content())
			t.Cleanup(w.Close)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1400, 900))
			w.Canvas().Capture()
			b := u.MapView.Viewport().Bound()
			for id, p := range tc.points {
				if !b.Contains(p) {
					t.Errorf("%s at %v is outside the view %v", id, p, b)
				}
			}
			if seoul := (orb.Point{126.98, 37.57}); b.Contains(seoul) {
				t.Errorf("the view %v still shows Korea", b)
			}
			if v := u.Story().View; v != nil && !v.Bound.IsEmpty() && !b.Contains(v.Bound.Center()) {
				t.Errorf("the view %v misses the story's view %v", b, v.Bound)
			}
			labelled := mapLabels(u)
			for id := range tc.points {
				if labelled[id] == "" {
					t.Errorf("no label for %s; labels %v", id, labelled)
				}
			}
			home := u.MapView.Viewport()
			u.MapView.ZoomIn()
			u.MapView.Reset()
			if got := u.MapView.Viewport(); got != home {
				t.Errorf("Home went to %+v, want the story's view %+v", got, home)
			}
			if tc.golden != "" {
				test.AssertImageMatches(t, tc.golden, Snapshot(u, fyne.NewSize(1400, 900), 1))
			}
		})
	}
}
