package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func near(a, b orb.Point, eps float64) bool {
	return math.Abs(a[0]-b[0]) <= eps && math.Abs(a[1]-b[1]) <= eps
}

func TestProjectRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		ll    orb.Point
		world orb.Point
	}{
		{"null island", orb.Point{0, 0}, orb.Point{0.5, 0.5}},
		{"antimeridian west", orb.Point{-180, 0}, orb.Point{0, 0.5}},
		{"top edge", orb.Point{0, MaxLatitude}, orb.Point{0.5, 0}},
		{"seoul", orb.Point{126.978, 37.5665}, orb.Point{0.852717, 0.387252}},
		{"dokdo", orb.Point{131.8667, 37.2417}, orb.Point{0.866296, 0.388388}},
		{"taipei", orb.Point{121.517, 25.0478}, orb.Point{0.837547, 0.428094}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := Project(tt.ll)
			if !near(w, tt.world, 1e-6) {
				t.Errorf("Project(%v) = %v, want %v", tt.ll, w, tt.world)
			}
			if back := Unproject(w); !near(back, tt.ll, 1e-9) {
				t.Errorf("Unproject(Project(%v)) = %v", tt.ll, back)
			}
		})
	}
}

func TestViewport(t *testing.T) {
	seoul := orb.Point{126.978, 37.5665}
	vp := NewViewport(800, 600, seoul, 6)
	tests := []struct {
		name string
		do   func(Viewport) Viewport
		// after the operation, lon/lat ll must be at pixel px
		ll, px orb.Point
		zoom   float64
	}{
		{"centre maps to middle", func(v Viewport) Viewport { return v }, seoul, orb.Point{400, 300}, 6},
		{"pan follows the drag", func(v Viewport) Viewport { return v.Pan(50, -20) }, seoul, orb.Point{450, 280}, 6},
		{"zoom at cursor keeps its point", func(v Viewport) Viewport { return v.ZoomAt(orb.Point{100, 100}, 1) },
			vp.FromPixel(orb.Point{100, 100}), orb.Point{100, 100}, 7},
		{"zoom out at cursor keeps its point", func(v Viewport) Viewport { return v.ZoomAt(orb.Point{700, 500}, -1.5) },
			vp.FromPixel(orb.Point{700, 500}), orb.Point{700, 500}, 4.5},
		{"zoom is clamped high", func(v Viewport) Viewport { return v.ZoomAt(orb.Point{400, 300}, 40) }, seoul, orb.Point{400, 300}, MaxZoom},
		{"zoom is clamped low", func(v Viewport) Viewport { return v.ZoomAt(orb.Point{400, 300}, -40) }, seoul, orb.Point{400, 300}, MinZoom},
		{"resize keeps the centre", func(v Viewport) Viewport { return v.Resize(1000, 400) }, seoul, orb.Point{500, 200}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.do(vp)
			if got := v.ToPixel(tt.ll); !near(got, tt.px, 1e-6) {
				t.Errorf("ToPixel(%v) = %v, want %v", tt.ll, got, tt.px)
			}
			if v.Zoom != tt.zoom {
				t.Errorf("zoom = %v, want %v", v.Zoom, tt.zoom)
			}
			if back := v.FromPixel(v.ToPixel(tt.ll)); !near(back, tt.ll, 1e-9) {
				t.Errorf("FromPixel(ToPixel(%v)) = %v", tt.ll, back)
			}
		})
	}
}

func TestFit(t *testing.T) {
	b := orb.Bound{Min: orb.Point{112, 21}, Max: orb.Point{146, 48}}
	vp := Fit(1600, 1000, b)
	tl, br := vp.ToPixel(orb.Point{112, 48}), vp.ToPixel(orb.Point{146, 21})
	if tl[0] < -1e-6 || tl[1] < -1e-6 || br[0] > 1600+1e-6 || br[1] > 1000+1e-6 {
		t.Errorf("bound does not fit: corners at %v and %v", tl, br)
	}
	// The tighter dimension is filled.
	if math.Abs(tl[1]) > 1e-6 && math.Abs(tl[0]) > 1e-6 {
		t.Errorf("neither dimension is filled: top-left at %v", tl)
	}
	got := vp.Bound()
	if !near(got.Min, orb.Point{got.Min[0], 21}, 1e-6) || !near(got.Max, orb.Point{got.Max[0], 48}, 1e-6) {
		t.Errorf("Bound() = %v, want latitudes 21..48", got)
	}
}

func TestClampTo(t *testing.T) {
	data := orb.Bound{Min: orb.Point{112, 21}, Max: orb.Point{146, 48}}
	tests := []struct {
		name string
		vp   Viewport
	}{
		{"zoomed out too far", NewViewport(1000, 800, orb.Point{130, 35}, 3)},
		{"panned past the west edge", NewViewport(1000, 800, orb.Point{100, 35}, 6)},
		{"panned past the north-east corner", NewViewport(1000, 800, orb.Point{150, 55}, 7)},
		{"inside already", NewViewport(400, 300, orb.Point{127, 37.5}, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.vp.ClampTo(data)
			b := v.Bound()
			const eps = 1e-6
			// In each direction the view lies inside the data, or the data
			// inside the view, centred.
			for axis := 0; axis < 2; axis++ {
				inside := b.Min[axis] >= data.Min[axis]-eps && b.Max[axis] <= data.Max[axis]+eps
				tl, br := v.ToPixel(orb.Point{data.Min[0], data.Max[1]}), v.ToPixel(orb.Point{data.Max[0], data.Min[1]})
				size := []float64{v.Width, v.Height}[axis]
				centred := math.Abs(tl[axis]+br[axis]-size) < 1e-6
				if !inside && !centred {
					t.Errorf("axis %d: view %v neither inside nor centred on the data %v", axis, b, data)
				}
			}
			if v.Zoom < tt.vp.Zoom {
				t.Errorf("zoom went down from %v to %v", tt.vp.Zoom, v.Zoom)
			}
		})
	}
	inside := NewViewport(400, 300, orb.Point{127, 37.5}, 8)
	if got := inside.ClampTo(data); !near(got.Center, inside.Center, 1e-9) || got.Zoom != inside.Zoom {
		t.Errorf("a view inside the data moved: %+v", got)
	}
}
