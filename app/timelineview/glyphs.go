package timelineview

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"peninsula/app/internal/paint"
)

// Texts drawn into the timeline's raster are set with golang.org/x/image/font
// in the app's fonts (Noto Sans with Hangul and Kanji), at the raster's
// pixel size so they are sharp at any canvas scale. Glyph masks and whole
// runs are cached: a render blits them.

// fontKey is a face: bold or regular, at a size in pixels.
type fontKey struct {
	bold bool
	px   float32
}

// glyph is a rasterised glyph: its coverage mask and where the mask's
// top-left is relative to the pen (an integer pixel; the glyph's
// sub-pixel offset is part of its cache key).
type glyph = paint.Glyph

// run is a string laid out in a face from an integer pen position: each
// glyph with its pixel offset, and the run's advance.
type run struct {
	glyphs []placedGlyph
	width  float32 // px
}

type placedGlyph struct {
	g  *glyph
	dx int
}

type glyphKey struct {
	face fontKey
	r    rune
	sub  uint8 // quarter pixels
}

type runKey struct {
	face fontKey
	text string
}

// glyphCache keeps faces, glyphs and runs of the shared fonts (paint.Fonts).
// It is safe for concurrent use; a render holds its lock while it draws
// texts.
type glyphCache struct {
	once   sync.Once
	fonts  [2]*opentype.Font // regular, bold
	mu     sync.Mutex
	faces  map[fontKey]font.Face
	ascent map[fontKey]int // ceil of the ascent, px
	glyphs map[glyphKey]*glyph
	runs   map[runKey]*run
}

var glyphs glyphCache

// maxRuns bounds the run cache: new zooms bring new tick labels, new
// widths new title cuts.
const maxRuns = 4096

func (c *glyphCache) load() {
	c.once.Do(func() {
		fonts := paint.Fonts()
		c.fonts = [2]*opentype.Font{fonts[paint.Regular], fonts[paint.Bold]}
		c.faces = map[fontKey]font.Face{}
		c.ascent = map[fontKey]int{}
		c.glyphs = map[glyphKey]*glyph{}
		c.runs = map[runKey]*run{}
	})
}

// face returns the face of k; the caller holds c.mu.
func (c *glyphCache) face(k fontKey) font.Face {
	if f, ok := c.faces[k]; ok {
		return f
	}
	src := c.fonts[0]
	if k.bold {
		src = c.fonts[1]
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(k.px), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("timelineview: font face: " + err.Error())
	}
	c.faces[k] = f
	c.ascent[k] = f.Metrics().Ascent.Ceil()
	return f
}

// glyph returns r rasterised in face k at a sub-pixel offset of sub/4 px;
// nil when the font has no such glyph. The caller holds c.mu.
func (c *glyphCache) glyph(k fontKey, r rune, sub uint8) *glyph {
	key := glyphKey{k, r, sub}
	if g, ok := c.glyphs[key]; ok {
		return g
	}
	g := paint.RasterizeGlyph(c.face(k), r, sub)
	c.glyphs[key] = g
	return g
}

// run lays s out in face k from an integer pen position. The caller holds
// c.mu.
func (c *glyphCache) run(k fontKey, s string) *run {
	key := runKey{k, s}
	if r, ok := c.runs[key]; ok {
		return r
	}
	if len(c.runs) >= maxRuns {
		clear(c.runs)
	}
	f := c.face(k)
	out := &run{}
	var pen fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			pen += f.Kern(prev, r)
		}
		prev = r
		adv, ok := f.GlyphAdvance(r)
		if !ok {
			continue
		}
		ix := pen.Floor()
		sub := uint8((pen - fixed.I(ix) + 8) / 16) // to the nearest quarter pixel
		if sub == 4 {
			ix, sub = ix+1, 0
		}
		if g := c.glyph(k, r, sub); g != nil {
			out.glyphs = append(out.glyphs, placedGlyph{g, ix})
		}
		pen += adv
	}
	out.width = float32(pen) / 64
	c.runs[key] = out
	return out
}

// drawText draws s in face k with its top-left at pixel (x, y) (the
// baseline is the face's ascent below y) in colour c; the caller holds
// glyphs.mu.
func (p *pixels) drawText(k fontKey, s string, x, y int, c paint.Premul) {
	r := glyphs.run(k, s)
	base := y + glyphs.ascent[k]
	for _, pg := range r.glyphs {
		g := pg.g
		gx, gy := x+pg.dx+g.DX, base+g.DY
		x0, y0 := max(gx, 0), max(gy, 0)
		x1, y1 := min(gx+g.W, p.W), min(gy+g.H, p.H)
		for yy := y0; yy < y1; yy++ {
			m := g.Mask[(yy-gy)*g.W+(x0-gx):]
			d := p.Img.Pix[yy*p.Img.Stride+x0*4:]
			for xx := range x1 - x0 {
				if a := uint32(m[xx]); a != 0 {
					c.Over(d[xx*4:xx*4+4], a)
				}
			}
		}
	}
}
