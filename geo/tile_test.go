package geo

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

// TestFillTile checks a fill tile rasterized into dense deltas against the
// same shape rasterized by the sparse scanner, whose arithmetic it shares
// (within a level of 255 at each pixel, for the order of the sums), and by
// x/image/vector (within twelve: its fixed-point sums stray by several
// levels along steep edges and at corners, where the scanner's areas are
// exact): nonzero winding, edges left of the tile counting on its left
// side, those right of it not at all, knockout boxes left untouched.
func TestFillTile(t *testing.T) {
	sq := func(x0, y0, x1, y1 float64) []orb.Point { // clockwise
		return []orb.Point{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	}
	rev := func(r []orb.Point) []orb.Point {
		out := make([]orb.Point, len(r))
		for i, p := range r {
			out[len(r)-1-i] = p
		}
		return out
	}
	tile := image.Rect(16, 8, 80, 72)
	for _, tt := range []struct {
		name  string
		rings [][]orb.Point
		knock []image.Rectangle
		col   color.RGBA
		in    image.Point // a pixel inside the shape
	}{
		{"triangle", [][]orb.Point{{{20.3, 10.7}, {75.2, 30.1}, {30.6, 70.4}, {20.3, 10.7}}}, nil, color.RGBA{200, 100, 50, 255}, image.Pt(40, 37)},
		{"hole", [][]orb.Point{sq(18.5, 9.25, 78.5, 70.75), rev(sq(30.2, 20.2, 60.7, 50.9))}, nil, color.RGBA{10, 120, 240, 255}, image.Pt(22, 12)},
		{"overlap", [][]orb.Point{sq(18.5, 9.5, 60.5, 60.5), sq(40.25, 30.25, 78.75, 70.25)}, nil, color.RGBA{0, 0, 0, 255}, image.Pt(50, 50)},
		{"beyond the sides", [][]orb.Point{{{0, 0}, {50.5, 20.3}, {120, 40}, {48.2, 90}, {0, 0}}}, nil, color.RGBA{90, 160, 90, 255}, image.Pt(40, 40)},
		{"translucent", [][]orb.Point{{{20.3, 10.7}, {75.2, 30.1}, {30.6, 70.4}, {20.3, 10.7}}}, nil, color.RGBA{100, 50, 0, 128}, image.Pt(40, 37)},
		{"knockout", [][]orb.Point{sq(18.5, 9.5, 78.5, 70.5)}, []image.Rectangle{image.Rect(30, 20, 50, 40)}, color.RGBA{200, 0, 0, 255}, image.Pt(60, 60)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var pts []orb.Point
			var pieces []int
			for _, r := range tt.rings {
				pieces = append(pieces, len(pts))
				pts = append(pts, r...)
			}
			const dense, sparse, deltas = 0, 1, 2
			draw := func(how int) *image.RGBA {
				img := image.NewRGBA(image.Rect(0, 0, 96, 80))
				for i := range img.Pix {
					img.Pix[i] = 255
				}
				r := &Renderer{}
				r.c.dst, r.c.knock = img, tt.knock
				r.fpts, r.groups = pts, groups(pts, pieces, nil)
				for i := range r.groups {
					r.band = append(r.band, int32(i))
				}
				switch how {
				case dense:
					r.c.begin(tile)
				case sparse:
					r.c.begin(tile)
					r.c.dense = false
					r.c.s.reset(tile.Dx(), tile.Dy())
				case deltas:
					r.c.beginTile(tile)
				}
				r.emit(tile)
				r.c.fill(tt.col)
				return img
			}
			got := draw(deltas)
			for _, ref := range []struct {
				how, tol int
			}{{sparse, 1}, {dense, 12}} {
				want := draw(ref.how)
				for i := range want.Pix {
					if d := int(got.Pix[i]) - int(want.Pix[i]); d < -ref.tol || d > ref.tol {
						x, y := i/4%96, i/4/96
						t.Fatalf("pixel (%d, %d) = %v, want %v (%d)", x, y, got.RGBAAt(x, y), want.RGBAAt(x, y), ref.how)
					}
				}
			}
			white := color.RGBA{255, 255, 255, 255}
			for _, k := range tt.knock {
				if c := got.RGBAAt(k.Min.X+1, k.Min.Y+1); c != white {
					t.Errorf("knocked-out pixel drawn: %v", c)
				}
			}
			if c := got.RGBAAt(tt.in.X, tt.in.Y); c == white {
				t.Errorf("pixel %v inside the shape not drawn", tt.in)
			}
			if c := got.RGBAAt(90, 40); c != white {
				t.Errorf("pixel right of the tile drawn: %v", c)
			}
		})
	}
}
