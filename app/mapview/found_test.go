package mapview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
)

// TestFoundSeaLabel: a sea a search matched has no outline to draw, so its
// label is drawn in the found colour; the other seas keep theirs, and
// clearing the search gives the label its colour back.
func TestFoundSeaLabel(t *testing.T) {
	v, w := newTestMapView(t, fyne.NewSize(900, 640))
	magenta := func() map[string]int {
		img := w.Canvas().Capture()
		out := map[string]int{}
		for _, l := range v.PlacedLabels() {
			if l.FeatureID != "east-sea" && l.FeatureID != "yellow-sea" {
				continue
			}
			r := l.Rect().Intersect(img.Bounds())
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					if isFoundInk(img.At(x, y)) {
						out[l.FeatureID]++
					}
				}
			}
		}
		return out
	}
	if got := magenta(); got["east-sea"] != 0 || got["yellow-sea"] != 0 {
		t.Fatalf("found-coloured pixels before any search: %v", got)
	}
	v.SetFound([]string{"east-sea"})
	if got := magenta(); got["east-sea"] < 20 || got["yellow-sea"] != 0 {
		t.Errorf("found east-sea: found-coloured pixels %v, want the East Sea's label only", got)
	}
	v.SetFound(nil)
	if got := magenta(); got["east-sea"] != 0 {
		t.Errorf("after clearing: found-coloured pixels %v", got)
	}
}

// isFoundInk reports whether c is near foundInk (magenta), as text
// anti-aliased over the sea can be.
func isFoundInk(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	r, g, b = r>>8, g>>8, b>>8
	return r > g+60 && b > g+30
}
