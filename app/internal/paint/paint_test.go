package paint

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"testing"
)

// TestFillBoxMatchesPixelByPixel: FillBox's row-at-a-time blending gives
// exactly the pixels of compositing each pixel at its own coverage.
func TestFillBoxMatchesPixelByPixel(t *testing.T) {
	tests := []struct {
		name           string
		x0, y0, x1, y1 float32
		s              float32
		c              color.NRGBA
	}{
		{"whole pixels, opaque", 2, 3, 10, 8, 1, color.NRGBA{10, 20, 30, 255}},
		{"fractional edges, translucent", 1.3, 2.6, 9.2, 7.7, 1, color.NRGBA{200, 100, 50, 128}},
		{"scaled by 2", 1.25, 1.25, 6.1, 4.4, 2, color.NRGBA{0, 128, 255, 200}},
		{"one column", 4.2, 1, 4.8, 9, 1, color.NRGBA{90, 90, 90, 255}},
		{"clipped by the image", -3, -2, 40, 30, 1, color.NRGBA{1, 2, 3, 77}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fast, ref := backdrop(), backdrop()
			(&Pixels{Img: fast, W: 16, H: 12, S: tc.s}).FillBox(tc.x0, tc.y0, tc.x1, tc.y1, tc.c)
			x0, y0, x1, y1 := tc.x0*tc.s, tc.y0*tc.s, tc.x1*tc.s, tc.y1*tc.s
			pc := PremulOf(tc.c)
			for y := 0; y < 12; y++ {
				for x := 0; x < 16; x++ {
					if m := Cov(EdgeCov(x, x0, x1) * EdgeCov(y, y0, y1)); m != 0 {
						pc.Over(ref.Pix[y*ref.Stride+x*4:][:4], m)
					}
				}
			}
			if !bytes.Equal(fast.Pix, ref.Pix) {
				t.Error("FillBox differs from pixel-by-pixel compositing")
			}
		})
	}
}

// TestShade: a disc by its signed distance is filled inside, empty well
// outside, and its outline lies on the edge.
func TestShade(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 21, 21))
	p := &Pixels{Img: img, W: 21, H: 21, S: 1}
	disc := func(x, y float32) float32 { return float32(hypot(x, y)) - 6 }
	p.Shade(10.5, 10.5, 6, 6, disc, color.NRGBA{0, 0, 255, 255}, color.NRGBA{255, 0, 0, 255}, 2)
	tests := []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"centre: fill", 10, 10, color.RGBA{0, 0, 255, 255}},
		{"on the edge: outline", 16, 10, color.RGBA{255, 0, 0, 255}},
		{"far outside: untouched", 1, 1, color.RGBA{}},
	}
	for _, tc := range tests {
		if got := img.RGBAAt(tc.x, tc.y); got != tc.want {
			t.Errorf("%s: pixel (%d, %d) = %v, want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
}

// backdrop is a 16×12 image with a pattern of translucent pixels.
func backdrop() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 16, 12))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 37 % 128)
	}
	return img
}

func hypot(x, y float32) float64 { return math.Hypot(float64(x), float64(y)) }
