package reader

import (
	"image"
	"image/color"
	"math"
	"slices"
	"unicode/utf8"
)

// Search marks: stretches of passage text drawn with a marker-pen
// highlight behind the glyphs, in the passage's raster, so a mark follows
// the glyphs exactly, across links and line breaks.

// The marks' colours: a marker pen's yellow on the light theme, a dark
// amber on the dark one. They are opaque, so text, links and active links
// on a mark keep at least 4.5:1 contrast whatever the passage's tint
// (TestMarkContrast).
var (
	markLight = color.NRGBA{0xff, 0xf1, 0x76, 0xff}
	markDark  = color.NRGBA{0x55, 0x37, 0x00, 0xff}
)

// markColour is the colour of marks on the background bg.
func markColour(bg color.Color) color.Color {
	r, g, b, _ := bg.RGBA()
	if r+g+b < 3*0x8000 {
		return markDark
	}
	return markLight
}

// SetMarks sets Marks, the stretches of passage text to mark, by passage
// id (nil for none); the passages whose marks changed, and only those, are
// drawn again. The reader keeps m and reads it on every refresh: give a new
// map rather than changing this one. Reveal brings a marked passage into
// view.
func (r *Reader) SetMarks(m map[string][][2]int) {
	r.Marks = m
	r.Refresh()
}

// setMarks gives the passage's text the marks m and reports whether they
// changed, without redrawing.
func (v *passageView) setMarks(m [][2]int) bool {
	if slices.Equal(v.text.Marks, m) {
		return false
	}
	v.text.Marks = m // the renderer copies what it draws
	return true
}

// paintMarks fills the boxes of the text's marks (markBoxes) in the mark
// colour; the glyphs are drawn over them. The caller holds glyphs.mu.
func (r *flowRenderer) paintMarks(img *image.RGBA, s, px, lh float32) {
	if len(r.marks) == 0 {
		return
	}
	c := premulOf(r.colours.mark)
	full := [4]uint8{uint8(c.r), uint8(c.g), uint8(c.b), uint8(c.a)}
	var soft [4]uint8 // the corners, a third as strong: a pen's rounded tip
	for i, v := range full {
		soft[i] = v / 3
	}
	for _, box := range r.f.markBoxes(r.marks, s, px, lh) {
		b := box.Intersect(img.Rect)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := img.Pix[y*img.Stride+b.Min.X*4 : y*img.Stride+b.Max.X*4]
			for i := 0; i < len(row); i += 4 {
				copy(row[i:i+4], full[:])
			}
		}
		for _, p := range [4]image.Point{box.Min, {box.Max.X - 1, box.Min.Y}, {box.Min.X, box.Max.Y - 1}, box.Max.Sub(image.Pt(1, 1))} {
			if p.In(img.Rect) {
				copy(img.Pix[img.PixOffset(p.X, p.Y):], soft[:])
			}
		}
	}
}

// markBoxes returns the boxes, in pixels of a raster at s pixels to a
// logical pixel drawn in faces of px pixels, of the marks: one box for
// each line a mark covers, from its first glyph's left edge to its last
// glyph's right edge (the spaces between included), as tall as the line's
// text (the regular face's ascent and descent), a pixel wider each side.
// The caller holds glyphs.mu.
func (f *FlowText) markBoxes(marks [][2]int, s, px, lh float32) []image.Rectangle {
	reg := glyphs.face(faceKey{fontRegular, px})
	off := (lh - glyphs.lineBox(faceKey{fontRegular, f.size()})) / 2
	height := (reg.ascent + reg.descent).Ceil()
	pad := max(1, int(math.Round(float64(s))))
	var boxes []image.Rectangle
	for _, m := range marks {
		start, end := m[0], m[1]
		var cur image.Rectangle // the mark's box on the line so far
		for ci := range f.chunks {
			c := &f.chunks[ci]
			fk := faceKey{fontOf(c.style), px}
			top := int(math.Round(float64((c.pos.Y + off) * s)))
			for _, w := range f.words[c.w0:c.w1] {
				a, b := max(start, w.at), min(end, w.at+len(w.text))
				if a >= b {
					continue
				}
				wd := glyphs.word(fk, w.text)
				x0 := w.x*s + penAt(wd, w.text, a-w.at)
				x1 := w.x*s + penAt(wd, w.text, b-w.at)
				box := image.Rect(int(math.Floor(float64(x0)))-pad, top, int(math.Ceil(float64(x1)))+pad, top+height)
				switch {
				case cur.Empty():
					cur = box
				case box.Min.Y == cur.Min.Y: // on the same line: reach on
					cur.Max.X = max(cur.Max.X, box.Max.X)
				default: // the next line
					boxes = append(boxes, cur)
					cur = box
				}
			}
		}
		if !cur.Empty() {
			boxes = append(boxes, cur)
		}
	}
	return boxes
}

// penAt is where the character at byte i of text starts in wd (the word
// set in its face), in the face's pixels: its pen position, or the word's
// advance at its end.
func penAt(wd *word, text string, i int) float32 {
	k := utf8.RuneCountInString(text[:i])
	if k >= len(wd.pens) {
		return float32(wd.adv) / 64
	}
	return float32(wd.pens[k]) / 64
}
