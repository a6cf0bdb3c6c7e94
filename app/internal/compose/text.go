package compose

import (
	"image"
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/theme"
)

// A text is painted by Fyne itself, on a software canvas of its own: Fyne
// shapes it with HarfBuzz in the faces it parsed to measure the text (the
// theme's font for the style, its fallbacks and, for characters none of
// them has, the system's), so the glyphs are exactly Fyne's, and no font is
// parsed twice — parsing the app's fonts with Hangul and Kanji costs more
// than painting every text of a window. The texts are kept, as Fyne's GL
// painter keeps their textures: the next capture paints them by copying.

func (p *painter) drawText(t *canvas.Text, pos fyne.Position, clip image.Rectangle) {
	if strings.TrimSpace(t.Text) == "" {
		return
	}
	min := t.MinSize()
	pad := vectorPad(t)
	width := p.px(min.Width + pad)
	height := p.px(min.Height)
	size := t.Size()
	var dx, dy float32
	switch t.Alignment {
	case fyne.TextAlignTrailing:
		dx = size.Width - min.Width
	case fyne.TextAlignCenter:
		dx = (size.Width - min.Width) / 2
	}
	if size.Height > min.Height {
		dy = (size.Height - min.Height) / 2
	}
	x, y := p.px(pos.X+dx), p.px(pos.Y+dy)
	if width <= 0 || height <= 0 || image.Rect(x, y, x+width, y+height).Intersect(clip).Empty() {
		return
	}
	col := t.Color
	if col == nil {
		col = theme.Color(theme.ColorNameForeground)
	}
	k := textKey{text: t.Text, style: t.TextStyle, size: t.TextSize, scale: p.scale, col: rgba64(col),
		w: width, h: height}
	if t.FontSource != nil {
		k.font = t.FontSource.Name()
	}
	textMu.Lock()
	img, ok := texts[k]
	textMu.Unlock()
	if !ok {
		img = rasterText(t, col, fyne.NewSize(min.Width+pad, min.Height), p.scale)
		textMu.Lock()
		if len(texts) >= maxTexts {
			clear(texts)
		}
		texts[k] = img
		textMu.Unlock()
	}
	p.over(img, image.Pt(x, y), clip)
}

// rasterText draws a copy of t, left-aligned in col, on a transparent
// software canvas of size at scale: Fyne's own text painting, in the faces
// Fyne parsed when it measured the text.
func rasterText(t *canvas.Text, col color.Color, size fyne.Size, scale float32) image.Image {
	c := software.NewTransparentCanvas()
	c.SetPadded(false)
	c.SetScale(scale)
	c.SetContent(&canvas.Text{Text: t.Text, Color: col, TextSize: t.TextSize, TextStyle: t.TextStyle, FontSource: t.FontSource})
	c.Resize(size)
	return c.Capture()
}

// textKey is what a painted text depends on.
type textKey struct {
	text  string
	style fyne.TextStyle
	size  float32
	scale float32
	col   optColor
	w, h  int
	font  string // the name of a font of its own
}

var (
	textMu sync.Mutex
	texts  = map[textKey]image.Image{} // not modified once made
)

// maxTexts bounds the text cache; past it, it starts again.
const maxTexts = 2048
