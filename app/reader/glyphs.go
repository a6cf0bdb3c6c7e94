package reader

import (
	"peninsula/app/internal/paint"
	"sync"

	"fyne.io/fyne/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The passages' text is measured and drawn with golang.org/x/image/font in
// the app's fonts: Noto Sans with the story's Hangul and Kanji for upright
// text, Fyne's own italics for italic (a word they lack a glyph for, such as
// Hangul, is set upright). Words are measured in the face of the text size
// in logical pixels and drawn in the face of the raster's pixel size, so text
// is sharp at any canvas scale. Faces, glyph masks and words are cached.

// fontStyle is one of the four fonts; bit 0 is bold, bit 1 italic.
type fontStyle uint8

const (
	fontRegular fontStyle = iota
	fontBold
	fontItalic
	fontBoldItalic
)

func fontOf(st fyne.TextStyle) fontStyle {
	f := fontRegular
	if st.Bold {
		f |= fontBold
	}
	if st.Italic {
		f |= fontItalic
	}
	return f
}

// faceKey is a font at a size in pixels.
type faceKey struct {
	font fontStyle
	px   float32
}

// faceInfo is an open face and its vertical metrics.
type faceInfo struct {
	face            font.Face
	ascent, descent fixed.Int26_6
}

// glyph is a rasterised glyph: its coverage mask and where the mask's
// top-left is relative to the pen.
type glyph = paint.Glyph

type glyphKey struct {
	face faceKey
	r    rune
	sub  uint8 // quarter pixels
}

// placedGlyph is a glyph of a word at a pixel offset from the word's pen.
type placedGlyph struct {
	g  *glyph
	dx int
}

// word is a word (or any string) set in a face: its advance, kerned, the
// pen position of each rune, and its glyphs for each quarter-pixel start,
// made when first drawn there.
type word struct {
	face   faceKey // the face it is set in: upright for what italics lack
	adv    fixed.Int26_6
	runes  []rune
	pens   []fixed.Int26_6
	placed [4][]placedGlyph
	made   [4]bool
}

type wordKey struct {
	face faceKey
	text string
}

// glyphCache keeps faces, glyphs and words of the shared fonts. A
// font.Face is not safe for concurrent use: every use holds mu.
type glyphCache struct {
	once   sync.Once
	fonts  [4]*opentype.Font
	buf    sfnt.Buffer
	mu     sync.Mutex
	faces  map[faceKey]*faceInfo
	glyphs map[glyphKey]*glyph
	words  map[wordKey]*word
}

var glyphs glyphCache

// maxWords bounds the word cache: every text size and canvas scale sets
// the story's words again.
const maxWords = 1 << 15

func (c *glyphCache) load() {
	c.once.Do(func() {
		c.fonts = paint.Fonts()
		c.faces = map[faceKey]*faceInfo{}
		c.glyphs = map[glyphKey]*glyph{}
		c.words = map[wordKey]*word{}
	})
}

// lock loads the fonts if needed and locks the cache.
func (c *glyphCache) lock() {
	c.load()
	c.mu.Lock()
}

func (c *glyphCache) unlock() { c.mu.Unlock() }

// face returns the face of k; the caller holds c.mu.
func (c *glyphCache) face(k faceKey) *faceInfo {
	if fi, ok := c.faces[k]; ok {
		return fi
	}
	f, err := opentype.NewFace(c.fonts[k.font], &opentype.FaceOptions{Size: float64(k.px), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("reader: font face: " + err.Error())
	}
	m := f.Metrics()
	fi := &faceInfo{face: f, ascent: m.Ascent, descent: m.Descent}
	c.faces[k] = fi
	return fi
}

// has reports whether font f has a glyph for every rune of s; the caller
// holds c.mu.
func (c *glyphCache) has(f fontStyle, s string) bool {
	for _, r := range s {
		if i, err := c.fonts[f].GlyphIndex(&c.buf, r); err != nil || i == 0 {
			return false
		}
	}
	return true
}

// word returns s set in face k (upright when k is italic and its font
// lacks a glyph of s). The caller holds c.mu.
func (c *glyphCache) word(k faceKey, s string) *word {
	key := wordKey{k, s}
	if w, ok := c.words[key]; ok {
		return w
	}
	if len(c.words) >= maxWords {
		clear(c.words)
	}
	w := &word{face: k}
	if k.font&fontItalic != 0 && !c.has(k.font, s) {
		w.face.font &^= fontItalic
	}
	f := c.face(w.face).face
	w.runes = []rune(s)
	w.pens = make([]fixed.Int26_6, len(w.runes))
	var pen fixed.Int26_6
	for i, r := range w.runes {
		if i > 0 {
			pen += f.Kern(w.runes[i-1], r)
		}
		w.pens[i] = pen
		adv, _ := f.GlyphAdvance(r)
		pen += adv
	}
	w.adv = pen
	c.words[key] = w
	return w
}

// at returns the word's glyphs for a pen that starts sub quarter pixels
// right of a whole pixel; the caller holds c.mu.
func (c *glyphCache) at(w *word, sub uint8) []placedGlyph {
	if w.made[sub] {
		return w.placed[sub]
	}
	var out []placedGlyph
	for i, r := range w.runes {
		pen := fixed.Int26_6(sub)*16 + w.pens[i]
		ix := pen.Floor()
		q := uint8((pen - fixed.I(ix) + 8) / 16) // to the nearest quarter pixel
		if q == 4 {
			ix, q = ix+1, 0
		}
		if g := c.glyph(w.face, r, q); g != nil {
			out = append(out, placedGlyph{g, ix})
		}
	}
	w.placed[sub], w.made[sub] = out, true
	return out
}

// glyph returns r rasterised in face k at a sub-pixel offset of sub/4 px;
// nil when it draws nothing (a space). The caller holds c.mu.
func (c *glyphCache) glyph(k faceKey, r rune, sub uint8) *glyph {
	key := glyphKey{k, r, sub}
	if g, ok := c.glyphs[key]; ok {
		return g
	}
	g := paint.RasterizeGlyph(c.face(k).face, r, sub)
	c.glyphs[key] = g
	return g
}

// width is the advance of s in face k, in the face's pixels; the caller
// holds c.mu.
func (c *glyphCache) width(k faceKey, s string) float32 {
	return float32(c.word(k, s).adv) / 64
}

// lineBox is the height of a line of text (ascent and descent) in face k,
// as Fyne measures a canvas.Text; the caller holds c.mu.
func (c *glyphCache) lineBox(k faceKey) float32 {
	fi := c.face(k)
	return float32(fi.ascent+fi.descent) / 64
}
