package compose

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"testing"
)

// TestOverMatchesImageDraw checks overRGBA against draw.Draw(draw.Over) on
// premultiplied pixels of every kind: opaque runs, transparent ones and
// translucent ones, at offsets.
func TestOverMatchesImageDraw(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	src := image.NewRGBA(image.Rect(0, 0, 37, 11))
	for i := 0; i < len(src.Pix); i += 4 {
		var a uint8
		switch rng.IntN(3) {
		case 0:
			a = 0xff
		case 1:
			a = 0
		default:
			a = uint8(rng.IntN(256))
		}
		for c := range 3 {
			src.Pix[i+c] = uint8(rng.IntN(int(a) + 1)) // premultiplied: ≤ alpha
		}
		src.Pix[i+3] = a
	}
	base := image.NewRGBA(image.Rect(0, 0, 50, 20))
	for i := range base.Pix {
		base.Pix[i] = uint8(rng.IntN(256))
	}
	for _, tc := range []struct {
		r  image.Rectangle
		sp image.Point
	}{
		{image.Rect(0, 0, 37, 11), image.Point{}},
		{image.Rect(5, 3, 40, 12), image.Pt(2, 1)},
		{image.Rect(49, 19, 50, 20), image.Pt(36, 10)},
	} {
		want := image.NewRGBA(base.Rect)
		copy(want.Pix, base.Pix)
		draw.Draw(want, tc.r, src, tc.sp, draw.Over)
		got := image.NewRGBA(base.Rect)
		copy(got.Pix, base.Pix)
		overRGBA(got, tc.r, src, tc.sp)
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("r %v sp %v: differs from draw.Over", tc.r, tc.sp)
		}
	}
}

// TestFillMatchesImageDraw checks fillOver against draw.Draw with a
// uniform source and draw.Over.
func TestFillMatchesImageDraw(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	base := image.NewRGBA(image.Rect(0, 0, 20, 10))
	for i := range base.Pix {
		base.Pix[i] = uint8(rng.IntN(256))
	}
	for _, c := range []color.Color{
		color.NRGBA{0x1f, 0x5f, 0xa8, 0x16}, color.NRGBA{0xff, 0xc8, 0x66, 0x40},
		color.RGBA{0x10, 0x20, 0x30, 0x80}, color.RGBA64{0x1234, 0x2345, 0x3456, 0x8765},
		color.White, color.Transparent,
	} {
		r := image.Rect(3, 2, 17, 9)
		want := image.NewRGBA(base.Rect)
		copy(want.Pix, base.Pix)
		draw.Draw(want, r, image.NewUniform(c), image.Point{}, draw.Over)
		got := image.NewRGBA(base.Rect)
		copy(got.Pix, base.Pix)
		fillOver(got, r, c)
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("%v: differs from draw.Over", c)
		}
	}
}
