package paint

import (
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
)

// TestRasterizeGlyph: a letter gives a mask with ink, a space none; a
// quarter-pixel offset moves the ink right; Hangul comes from the app's
// font.
func TestRasterizeGlyph(t *testing.T) {
	f, err := opentype.NewFace(Fonts()[Regular], &opentype.FaceOptions{Size: 20, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	ink := func(g *Glyph) (sum, weighted int) {
		for y := range g.H {
			for x := range g.W {
				m := int(g.Mask[y*g.W+x])
				sum += m
				weighted += m * (g.DX + x)
			}
		}
		return
	}
	tests := []struct {
		name string
		r    rune
		ink  bool
	}{
		{"a letter", 'A', true},
		{"a space", ' ', false},
		{"Hangul", '독', true},
	}
	for _, tc := range tests {
		g := RasterizeGlyph(f, tc.r, 0)
		if (g != nil) != tc.ink {
			t.Fatalf("%s: glyph %v, want ink %v", tc.name, g, tc.ink)
		}
		if g != nil {
			if s, _ := ink(g); s < 255*10 || len(g.Mask) != g.W*g.H {
				t.Errorf("%s: %d×%d mask with ink %d", tc.name, g.W, g.H, s)
			}
		}
	}
	s0, w0 := ink(RasterizeGlyph(f, 'l', 0))
	s2, w2 := ink(RasterizeGlyph(f, 'l', 2))
	if c0, c2 := float64(w0)/float64(s0), float64(w2)/float64(s2); c2-c0 < 0.3 || c2-c0 > 0.7 {
		t.Errorf("half a pixel of offset moved the ink's centre by %.2f px", c2-c0)
	}
}
