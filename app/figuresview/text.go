package figuresview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"peninsula/app/internal/paint"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// The charts' texts are drawn into their rasters with golang.org/x/image/font
// in the app's fonts (Noto Sans with Hangul and Kanji; Fyne's italic for
// qualifier words), at the raster's pixel size, so they are sharp at any
// canvas scale. Layout measures them at one pixel to a logical unit.

// style is one of the typefaces the charts use.
type style uint8

const (
	regular style = iota
	bold
	italic
)

type faceKey struct {
	style style
	px    float64
}

// faceCache parses the fonts once and keeps a face per style and pixel
// size. It is safe for concurrent use.
type faceCache struct {
	once  sync.Once
	fonts [3]*opentype.Font
	mu    sync.Mutex
	faces map[faceKey]font.Face
}

var faces faceCache

// load takes the shared fonts (paint.Fonts) and makes the face map, once.
func (c *faceCache) load() {
	c.once.Do(func() {
		fonts := paint.Fonts()
		c.fonts = [3]*opentype.Font{fonts[paint.Regular], fonts[paint.Bold], fonts[paint.Italic]}
		c.faces = map[faceKey]font.Face{}
	})
}

// face returns the face of a style at a pixel size; the caller holds c.mu.
func (c *faceCache) face(st style, px float64) font.Face {
	k := faceKey{st, math.Round(px*64) / 64}
	if f, ok := c.faces[k]; ok {
		return f
	}
	f, err := opentype.NewFace(c.fonts[st], &opentype.FaceOptions{Size: k.px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("figuresview: font face: " + err.Error())
	}
	c.faces[k] = f
	return f
}

// textWidth is the width of s in logical units at a text size.
func textWidth(s string, st style, size float32) float32 {
	faces.load()
	faces.mu.Lock()
	defer faces.mu.Unlock()
	return float32(font.MeasureString(faces.face(st, float64(size)), s)) / 64
}

// ellipsize shortens s with "…" to fit w.
func ellipsize(s string, st style, size, w float32) string {
	if textWidth(s, st, size) <= w {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		t := strings.TrimRight(string(r[:n]), " ,;:–-") + "…"
		if textWidth(t, st, size) <= w {
			return t
		}
	}
	return "…"
}

// wrap breaks s into at most maxLines lines no wider than w, the last one
// shortened with "…" when the text does not fit.
func wrap(s string, st style, size, w float32, maxLines int) []string {
	var lines []string
	line := ""
	words := strings.Fields(s)
	for i, word := range words {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && textWidth(try, st, size) > w {
			if len(lines) == maxLines-1 {
				return append(lines, ellipsize(strings.Join(append([]string{line}, words[i:]...), " "), st, size, w))
			}
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	if line != "" {
		lines = append(lines, ellipsize(line, st, size, w))
	}
	return lines
}

// drawHaloText draws s as drawText does over a halo of colour halo a
// pixel wide (two at 2×), which keeps the marker line behind it clear of
// the letters. The text is rasterised once, into a mask composited nine
// times.
func (p *pixels) drawHaloText(s string, st style, size, x, y float32, align int, c, halo color.NRGBA) {
	if s == "" {
		return
	}
	faces.load()
	faces.mu.Lock()
	defer faces.mu.Unlock()
	d, s := p.drawer(s, st, size, x, y, align)
	b, _ := font.BoundString(d.Face, s)
	r := int(max(1, math.Round(float64(p.S))))
	pad := r + int(size*p.S*0.2) + 1 // the halo and the tildes' shift
	box := image.Rect((b.Min.X+d.Dot.X).Floor()-pad, (b.Min.Y+d.Dot.Y).Floor()-pad,
		(b.Max.X+d.Dot.X).Ceil()+pad, (b.Max.Y+d.Dot.Y).Ceil()+pad)
	mask := image.NewAlpha(box)
	d.Dst, d.Src = mask, image.Opaque
	drawString(&d, s, size*p.S)
	hs := image.NewUniform(halo)
	for dy := -r; dy <= r; dy++ {
		for dx := -r; dx <= r; dx++ {
			if dx != 0 || dy != 0 {
				draw.DrawMask(p.Img, box.Add(image.Pt(dx, dy)), hs, image.Point{}, mask, box.Min, draw.Over)
			}
		}
	}
	draw.DrawMask(p.Img, box, image.NewUniform(c), image.Point{}, mask, box.Min, draw.Over)
}

// drawText draws s with its top-left at (x, y) logical units, at a text
// size, scaled by p.S; align is 0 (left), 1 (centred) or 2 (right of x).
func (p *pixels) drawText(s string, st style, size, x, y float32, align int, c color.NRGBA) {
	if s == "" || c.A == 0 {
		return
	}
	faces.load()
	faces.mu.Lock()
	defer faces.mu.Unlock()
	d, s := p.drawer(s, st, size, x, y, align)
	d.Dst, d.Src = p.Img, image.NewUniform(c)
	drawString(&d, s, size*p.S)
}

// drawer is a font.Drawer set to draw s as drawText places it; the caller
// holds faces.mu.
func (p *pixels) drawer(s string, st style, size, x, y float32, align int) (font.Drawer, string) {
	f := faces.face(st, float64(size*p.S))
	w := font.MeasureString(f, s)
	px := fixed.Int26_6(math.Round(float64(x*p.S) * 64))
	switch align {
	case 1:
		px -= w / 2
	case 2:
		px -= w
	}
	return font.Drawer{Face: f,
		Dot: fixed.Point26_6{X: px, Y: fixed.I(int(math.Round(float64(y*p.S)))) + f.Metrics().Ascent}}, s
}

// drawString draws s with d (px, the text's size in pixels, is unused
// since the app's fonts carry "≈" and "−").
func drawString(d *font.Drawer, s string, _ float32) { d.DrawString(s) }
