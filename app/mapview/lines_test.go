package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"
)

// TestHighlightedLinesKeepTheirColour: a line linked to the moment, or
// outlined with the areas it bounds, is drawn in its own colour over its
// glow and over the outlines (issue 10, item 8): the Military Demarcation
// Line stays the legend's red when highlighted, and the 38th Parallel stays
// on top of the highlighted occupation zones of 1945–48.
func TestHighlightedLinesKeepTheirColour(t *testing.T) {
	tests := []struct {
		name     string
		date     string
		line     string
		selected string
		zoom     float64 // zoom levels in from home around the line
		// share of the samples along the line that must be the line's
		// colour: all for a solid line, most for a dashed one.
		share float64
	}{
		{"military demarcation line, 1955", "1955-06-01", "mdl", "", 0, 1},
		{"military demarcation line zoomed in, 1953", "1953-08-15", "mdl", "", 2, 1},
		{"military demarcation line selected", "1955-06-01", "mdl", "mdl", 2, 1},
		// 8 px on, 5 off: about 60% of the pixels of the dashes.
		{"38th parallel over the zones, 1946", "1946-06-01", "parallel-38", "", 0, 0.5},
		{"38th parallel over the zones zoomed in, 1946", "1946-06-01", "parallel-38", "", 2, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w, r := newMomentView(t, fyne.NewSize(900, 600), tt.date, "en")
			if tt.zoom > 0 {
				v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.3, 38.1)), tt.zoom))
			}
			v.SetSelected(tt.selected)
			if !v.shown(v.Map.Feature(tt.line)) {
				t.Fatalf("%s is hidden at %s", tt.line, tt.date)
			}
			want := v.Style.Lines[tt.line].Color
			img := frame(t, w, r)
			samples := linePixels(v, tt.line)
			if len(samples) < 15 {
				t.Fatalf("only %d samples along %s", len(samples), tt.line)
			}
			good := 0
			for _, p := range samples {
				if near(pixelAt(img, p), want, 10) {
					good++
				}
			}
			if share := float64(good) / float64(len(samples)); share < tt.share {
				t.Errorf("%d of %d pixels along %s are its colour %v (%.0f%%), want %.0f%%",
					good, len(samples), tt.line, want, 100*share, 100*tt.share)
				for _, p := range samples[:5] {
					t.Logf("at %.1f,%.1f: %v", p[0], p[1], pixelAt(img, p))
				}
			}
			// The highlight is still drawn: beside the line the map differs
			// from the map without highlights.
			with := append([]byte(nil), img.Pix...)
			v.SetHighlighted(nil)
			v.SetSelected("")
			plain := frame(t, w, r).Pix
			n := 0
			for _, p := range samples {
				q := orb.Point{p[0], p[1] - 3.5}
				if tt.line == "mdl" {
					q = orb.Point{p[0] + 3, p[1] - 2}
				}
				o := img.PixOffset(int(q[0]), int(q[1]))
				if with[o] != plain[o] || with[o+1] != plain[o+1] || with[o+2] != plain[o+2] {
					n++
				}
			}
			if n < len(samples)/3 {
				t.Errorf("the highlight shows beside only %d of %d samples", n, len(samples))
			}
		})
	}
}
