package paint

import (
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"peninsula/assets"
)

// The fonts of Fonts, by index.
const (
	Regular = iota
	Bold
	Italic // Fyne's: the app's fonts have no italics
	BoldItalic
)

// Fonts are the fonts the rasters draw text in (the app's embedded
// regular and bold, Fyne's italics), parsed once for every widget. A Font
// is safe for concurrent use; its faces are not.
var Fonts = sync.OnceValue(func() [4]*opentype.Font {
	srcs := [4][]byte{
		assets.FontRegular, assets.FontBold,
		theme.DefaultTheme().Font(fyne.TextStyle{Italic: true}).Content(),
		theme.DefaultTheme().Font(fyne.TextStyle{Bold: true, Italic: true}).Content(),
	}
	var out [4]*opentype.Font
	for i, b := range srcs {
		f, err := opentype.Parse(b)
		if err != nil {
			panic("paint: embedded font: " + err.Error()) // a build error, not input
		}
		out[i] = f
	}
	return out
})

// Glyph is a glyph's coverage mask, W × H, drawn DX, DY from the pen.
type Glyph struct {
	Mask   []uint8
	W, H   int
	DX, DY int
}

// RasterizeGlyph draws r in face f at a sub-pixel offset of sub/4 px; nil
// when it draws nothing (a space, or a rune the font lacks).
func RasterizeGlyph(f font.Face, r rune, sub uint8) *Glyph {
	dr, mask, mp, _, ok := f.Glyph(fixed.Point26_6{X: fixed.Int26_6(sub) * 16}, r)
	if !ok || dr.Empty() {
		return nil
	}
	g := &Glyph{W: dr.Dx(), H: dr.Dy(), DX: dr.Min.X, DY: dr.Min.Y}
	g.Mask = make([]uint8, g.W*g.H)
	if a, isAlpha := mask.(*image.Alpha); isAlpha {
		for y := range g.H {
			o := a.PixOffset(mp.X, mp.Y+y)
			copy(g.Mask[y*g.W:(y+1)*g.W], a.Pix[o:o+g.W])
		}
		return g
	}
	for y := range g.H {
		for x := range g.W {
			_, _, _, al := mask.At(mp.X+x, mp.Y+y).RGBA()
			g.Mask[y*g.W+x] = uint8(al >> 8)
		}
	}
	return g
}

// TextPx is the pixel size of a text of size logical units at scale s, to
// a 64th of a pixel (a face per such size).
func TextPx(size, s float32) float32 {
	return float32(math.Round(float64(size*s)*64) / 64)
}
