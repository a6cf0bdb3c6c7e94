package geo

import (
	"image"
	"math"
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

// TestRingRuns checks that a border or coast run taken from its ring's
// one tracing is what tracing the run alone gives, at views that keep the
// whole region, cut it at the image's edge, and leave chunks off the view.
func TestRingRuns(t *testing.T) {
	m := loadTestMap(t)
	for _, tt := range []struct {
		name string
		vp   Viewport
	}{
		{"region", Fit(1600, 1000, regionBound)},
		{"zoomed", NewViewport(800, 600, orb.Point{127.5, 37.5}, 7)},
		{"balkans", balkansView(t).Resize(1600, 1000)},
		{"world", Fit(1600, 1000, worldBound)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			img := image.Rect(0, 0, int(tt.vp.Width), int(tt.vp.Height))
			tr, _ := pixelTransform(img.Size(), tt.vp)
			view := [4]float64{0, 0, float64(img.Dx()), float64(img.Dy())}
			var rt ringTraces
			rt.reset(tr, view, tt.vp.Zoom)
			var alone tracer
			runs := 0
			for _, f := range m.Features {
				if f.land == nil || f.land.w == nil {
					continue
				}
				for _, p := range f.land.at(LevelFor(tt.vp.Zoom)) {
					if !tr.box(p.bound, 2).Overlaps(img) {
						continue
					}
					rings := rt.of(p)
					for _, s := range slices.Concat(p.coast, p.border) {
						var got traced
						rt.run(&got, rings[s.ring], s)
						alone.reset(tr, view, tt.vp.Zoom, false)
						alone.line(p.rings[s.ring], p.chunks[s.ring], int(s.start), int(s.end))
						want := alone.out()
						runs++
						if !slices.Equal(got.pts, want.pts) || !slices.Equal(got.pieces, want.pieces) ||
							!slices.Equal(got.cut, want.cut) {
							t.Fatalf("%s run %v: %d points %v pieces %v cuts, want %d %v %v",
								f.ID, s, len(got.pts), got.pieces, got.cut, len(want.pts), want.pieces, want.cut)
						}
						for i := range got.cum {
							if math.Abs(got.cum[i]-want.cum[i]) > 1e-6 {
								t.Fatalf("%s run %v: cum[%d] = %v, want %v", f.ID, s, i, got.cum[i], want.cum[i])
							}
						}
					}
				}
			}
			if runs == 0 {
				t.Fatal("no runs in view")
			}
		})
	}
}
