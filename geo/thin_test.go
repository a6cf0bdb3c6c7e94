package geo

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// thinMask draws lines with coverage into a w×h mask and returns it.
func thinMask(w, h int, hw float64, lines ...[]orb.Point) []uint8 {
	var cv coverage
	cv.reset(image.Rect(0, 0, w, h))
	for _, l := range lines {
		cv.thinLine(l, hw)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	cv.blend(img, color.RGBA{255, 255, 255, 255}, nil, nil)
	m := make([]uint8, w*h)
	for i := range m {
		m[i] = img.Pix[4*i+3]
	}
	return m
}

func TestThinLine(t *testing.T) {
	tests := []struct {
		name  string
		hw    float64
		lines [][]orb.Point
		x, y  int
		want  uint8 // coverage of pixel (x, y), ±2
	}{
		// A horizontal line one pixel wide covers the pixels its centre
		// runs through wholly, those half a pixel off by half.
		{"centred", 0.5, [][]orb.Point{{{2, 10.5}, {30, 10.5}}}, 15, 10, 255},
		{"half off", 0.5, [][]orb.Point{{{2, 10}, {30, 10}}}, 15, 10, 128},
		{"beside", 0.5, [][]orb.Point{{{2, 10.5}, {30, 10.5}}}, 15, 11, 0},
		// A line thinner than a pixel covers its width.
		{"thin", 0.3, [][]orb.Point{{{2, 10.5}, {30, 10.5}}}, 15, 10, 153},
		// Ends are drawn on by half the half width, cut square.
		{"end", 0.5, [][]orb.Point{{{2, 10.5}, {10, 10.5}}}, 10, 10, 64},
		{"past end", 0.5, [][]orb.Point{{{2, 10.5}, {10, 10.5}}}, 11, 10, 0},
		// Segments of one line join without a seam or an overlap.
		{"joint", 0.5, [][]orb.Point{{{2, 10.5}, {10.5, 10.5}, {20, 10.5}}}, 10, 10, 255},
		{"joint half", 0.5, [][]orb.Point{{{2, 10}, {10.5, 10}, {20, 10}}}, 10, 10, 128},
		{"corner", 0.5, [][]orb.Point{{{2, 10.5}, {10.5, 10.5}, {10.5, 20}}}, 10, 10, 255},
		// Two lines half a pixel off either side add up.
		{"two lines", 0.5, [][]orb.Point{{{2, 10}, {30, 10}}, {{2, 11}, {30, 11}}}, 15, 10, 255},
		// A line doubling back on itself adds up, as its outline would.
		{"hairpin", 0.5, [][]orb.Point{{{2, 10}, {30, 10}, {30, 11}, {2, 11}}}, 15, 10, 255},
		{"off the image", 0.5, [][]orb.Point{{{-50, -50}, {-40, -40}}}, 0, 0, 0},
		{"not a number", 0.5, [][]orb.Point{{{2, math.NaN()}, {30, 10.5}}}, 15, 10, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := thinMask(40, 24, tt.hw, tt.lines...)
			if got := m[tt.y*40+tt.x]; int(got) < int(tt.want)-2 || int(got) > int(tt.want)+2 {
				t.Errorf("coverage of (%d, %d) = %d, want %d", tt.x, tt.y, got, tt.want)
			}
		})
	}
}

// TestThinKnockout checks that a thin stroke leaves the knockout boxes
// untouched and that its dashes have gaps.
func TestThinKnockout(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 64, 16))
	r := &Renderer{}
	r.c.dst = img
	r.c.knock = []image.Rectangle{image.Rect(20, 0, 30, 16)}
	r.trc.pts = []orb.Point{{2, 8.5}, {60, 8.5}}
	r.trc.cum = []float64{0, 58}
	r.trc.pieces = []int{0}
	r.strokeTraced(1, []float64{5, 3}, color.RGBA{0, 0, 0, 255})
	for _, tt := range []struct {
		x    int
		want bool
	}{{3, true}, {8, false}, {11, true}, {25, false}, {35, true}, {39, false}} {
		if got := img.RGBAAt(tt.x, 8).A > 128; got != tt.want {
			t.Errorf("pixel %d drawn: %v, want %v", tt.x, got, tt.want)
		}
	}
}

// BenchmarkThinLine is a wiggly line of a thousand short segments, a
// pixel wide, like a coast at the scale of the whole region.
func BenchmarkThinLine(b *testing.B) {
	var cv coverage
	cv.reset(image.Rect(0, 0, 1600, 1000))
	pts := make([]orb.Point, 1000)
	for i := range pts {
		pts[i] = orb.Point{100 + float64(i)*1.3, 100 + 50*math.Sin(float64(i)*0.3)}
	}
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	for b.Loop() {
		cv.thinLine(pts, 0.5)
		cv.blend(img, color.RGBA{0, 0, 0, 255}, nil, nil)
	}
}
