package mapview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"peninsula/app/internal/paint"
	"peninsula/geo"
)

// Map labels are drawn into the cached base map's top layer rather than as
// canvas objects: they change only when the view does, and a few dozen
// haloed texts would otherwise be shaped and drawn on every frame. The top
// layer is composited over the outlines, so no outline crosses a label.

// labelFont is one of the four styles of the label typeface.
type labelFont int

const (
	labelRegular labelFont = iota
	labelBold
	labelItalic
	labelBoldItalic
)

// labelFace is the style and size of a label. Text with Hangul or Kanji is
// set upright: only the upright fonts carry those glyphs.
func labelFace(text string, kind geo.Kind, class string) (labelFont, float64) {
	f, size := labelStyle(kind, class)
	if hasCJK(text) {
		switch f {
		case labelItalic:
			f = labelRegular
		case labelBoldItalic:
			f = labelBold
		}
	}
	return f, size
}

func labelStyle(kind geo.Kind, class string) (labelFont, float64) {
	switch {
	case kind == geo.Country:
		return labelBold, 15
	case kind == geo.Area:
		return labelBoldItalic, 14
	case kind == geo.Point && class == "capital":
		return labelBold, 13
	case kind == geo.Line:
		return labelBoldItalic, 12
	case kind == geo.Sea:
		return labelItalic, 14
	}
	return labelRegular, 12
}

type faceKey struct {
	font labelFont
	size float64 // pixels
}

// labelFaces parses the fonts once; the parsed fonts are shared by every
// render, on any goroutine.
type labelFaces struct {
	once  sync.Once
	fonts [4]*opentype.Font
}

var faces labelFaces

// LoadFonts parses the label fonts ahead of the first render; the app
// calls it while the window opens. It is safe for concurrent use.
func LoadFonts() { faces.load() }

func (lf *labelFaces) load() {
	lf.once.Do(func() { lf.fonts = paint.Fonts() })
}

// faceCache keeps a face per style and pixel size for one render at a
// time: a font.Face keeps buffers and is not safe for concurrent use, so
// each goroutine that renders labels has its own cache.
type faceCache struct {
	faces map[faceKey]font.Face
}

// face returns the face for a style at a pixel size.
func (c *faceCache) face(f labelFont, px float64) font.Face {
	k := faceKey{f, px}
	if fc, ok := c.faces[k]; ok {
		return fc
	}
	faces.load()
	fc, err := opentype.NewFace(faces.fonts[f], &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("mapview: font face: " + err.Error())
	}
	if c.faces == nil {
		c.faces = map[faceKey]font.Face{}
	}
	c.faces[k] = fc
	return fc
}

// lineGap is the space in pixels between the lines of a wrapped label.
const lineGap = 0

// measure is the geo.Measure of map labels, in logical pixels: the widest
// line and the lines' heights, plus a pixel of margin all round.
func (c *faceCache) measure(text string, kind geo.Kind, class string) (float64, float64) {
	f, size := labelFace(text, kind, class)
	fc := c.face(f, size)
	m := fc.Metrics()
	lineH := (m.Ascent + m.Descent).Ceil()
	w, n := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		w = max(w, font.MeasureString(fc, line).Ceil())
		n++
	}
	return float64(w) + 2, float64(n*lineH+(n-1)*lineGap) + 2
}

// paintLabels draws placed labels with a halo into the layer; scale is the
// ratio of the layer's pixels to logical pixels. Each line of a wrapped
// label is centred in the label's box.
func (c *faceCache) paintLabels(top *geo.Layer, labels []geo.Label, scale float64, ink func(geo.Label) color.Color, haloInk color.Color) {
	dst := top.Img
	var mask *image.Alpha
	halo := int(math.Max(1, math.Round(scale)))
	haloSrc := image.NewUniform(haloInk)
	for _, l := range labels {
		f, size := labelFace(l.Text, l.Kind, l.Class)
		fc := c.face(f, size*scale)
		m := fc.Metrics()
		lineH := (m.Ascent + m.Descent).Ceil()
		lines := strings.Split(l.Text, "\n")
		widths := make([]int, len(lines))
		textW := 0
		for i, line := range lines {
			widths[i] = font.MeasureString(fc, line).Ceil()
			textW = max(textW, widths[i])
		}
		gap := int(math.Round(lineGap * scale))
		w := textW + 2*halo + 2
		h := len(lines)*lineH + (len(lines)-1)*gap + 2*halo + 2
		if mask == nil || mask.Rect.Dx() < w || mask.Rect.Dy() < h {
			mask = image.NewAlpha(image.Rect(0, 0, max(w, 256), max(h, 64)))
		}
		sub := mask.SubImage(image.Rect(0, 0, w, h)).(*image.Alpha)
		clear(sub.Pix[:sub.Stride*(h-1)+w])
		for i, line := range lines {
			d := font.Drawer{Dst: sub, Src: image.Opaque, Face: fc,
				Dot: fixed.Point26_6{X: fixed.I(halo + 1 + (textW-widths[i])/2),
					Y: fixed.I(halo+1+i*(lineH+gap)) + m.Ascent}}
			d.DrawString(line)
		}
		// Top-left of the mask in dst: the label box, less the halo margin.
		at := image.Pt(int(math.Round(l.X*scale))-halo, int(math.Round(l.Y*scale))-halo)
		r := image.Rectangle{Min: at, Max: at.Add(image.Pt(w, h))}
		for dy := -halo; dy <= halo; dy++ {
			for dx := -halo; dx <= halo; dx++ {
				if dx != 0 || dy != 0 {
					draw.DrawMask(dst, r.Add(image.Pt(dx, dy)), haloSrc, image.Point{}, sub, image.Point{}, draw.Over)
				}
			}
		}
		draw.DrawMask(dst, r, image.NewUniform(ink(l)), image.Point{}, sub, image.Point{}, draw.Over)
		top.Mark(r.Inset(-halo))
	}
}

// hasCJK reports whether s has Hangul, Kana or Han characters, which the
// italic fonts lack.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return true
		}
	}
	return false
}
