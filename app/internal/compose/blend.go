package compose

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"sync"
)

// overRGBA composites src over dst in r (src's pixel sp lands on r.Min) as
// draw.Draw with draw.Over does, to the same values, but copies runs of
// opaque pixels and skips transparent ones: most of a raster is one or the
// other, and image/draw blends every pixel.
func overRGBA(dst *image.RGBA, r image.Rectangle, src *image.RGBA, sp image.Point) {
	w := r.Dx() * 4
	for y := r.Min.Y; y < r.Max.Y; y++ {
		di := dst.PixOffset(r.Min.X, y)
		si := src.PixOffset(sp.X, sp.Y+y-r.Min.Y)
		overRow(dst.Pix[di:di+w:di+w], src.Pix[si:si+w:si+w])
	}
}

// overRow composites the premultiplied pixels s over d (as long as s).
func overRow(d, s []byte) {
	keep := &keepTable
	keepOnce.Do(makeKeepTable)
	run := -1 // start of the current run of opaque pixels
	i := 0
	for ; i+8 <= len(s); i += 8 { // two pixels at a time where both are alike
		switch binary.LittleEndian.Uint64(s[i:]) & 0xff000000_ff000000 {
		case 0xff000000_ff000000:
			if run < 0 {
				run = i
			}
			continue
		case 0:
			if run >= 0 {
				copy(d[run:i], s[run:i])
				run = -1
			}
			continue
		}
		if run >= 0 {
			copy(d[run:i], s[run:i])
			run = -1
		}
		blendPixel(d[i:i+4:i+4], s[i:i+4:i+4], keep)
		blendPixel(d[i+4:i+8:i+8], s[i+4:i+8:i+8], keep)
	}
	if run >= 0 {
		copy(d[run:i], s[run:i])
	}
	for ; i < len(s); i += 4 {
		blendPixel(d[i:i+4:i+4], s[i:i+4:i+4], keep)
	}
}

// blendPixel composites one premultiplied pixel s over d.
func blendPixel(d, s []byte, keep *[256][256]uint16) {
	switch sa := s[3]; sa {
	case 0:
	case 0xff:
		copy(d, s)
	default:
		k := &keep[sa]
		d[0] = uint8((uint32(k[d[0]]) + uint32(s[0])*0x101) >> 8)
		d[1] = uint8((uint32(k[d[1]]) + uint32(s[1])*0x101) >> 8)
		d[2] = uint8((uint32(k[d[2]]) + uint32(s[2])*0x101) >> 8)
		d[3] = uint8((uint32(k[d[3]]) + uint32(sa)*0x101) >> 8)
	}
}

// keepTable[sa][v] is what stays of a destination channel v under a source
// of alpha sa, in image/draw's 16-bit arithmetic: v·a/m with
// a = (m − sa·0x101)·0x101, so blending needs no division.
var (
	keepTable [256][256]uint16
	keepOnce  sync.Once
)

func makeKeepTable() {
	const m = 1<<16 - 1
	for sa := range 256 {
		a := (m - uint32(sa)*0x101) * 0x101
		for v := range 256 {
			keepTable[sa][v] = uint16(uint32(v) * a / m)
		}
	}
}

// fillOver composites the colour c over dst in r, as draw.Draw with a
// uniform source and draw.Over does, to the same values.
func fillOver(dst *image.RGBA, r image.Rectangle, c color.Color) {
	cr, cg, cb, ca := c.RGBA()
	switch ca {
	case 0:
		return
	case 0xffff:
		draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Src)
		return
	}
	if ca != (ca>>8)*0x101 { // an alpha of more than 8 bits: the table has no row for it
		draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Over)
		return
	}
	keepOnce.Do(makeKeepTable)
	k := &keepTable[ca>>8]
	sr, sg, sb, sa := cr, cg, cb, ca
	w := r.Dx() * 4
	for y := r.Min.Y; y < r.Max.Y; y++ {
		i := dst.PixOffset(r.Min.X, y)
		row := dst.Pix[i : i+w : i+w]
		for j := 0; j+4 <= len(row); j += 4 {
			px := row[j : j+4 : j+4]
			px[0] = uint8((uint32(k[px[0]]) + sr) >> 8)
			px[1] = uint8((uint32(k[px[1]]) + sg) >> 8)
			px[2] = uint8((uint32(k[px[2]]) + sb) >> 8)
			px[3] = uint8((uint32(k[px[3]]) + sa) >> 8)
		}
	}
}

// drawOver composites src over dst in r, src's pixel sp on r.Min.
func drawOver(dst *image.RGBA, r image.Rectangle, src image.Image, sp image.Point) {
	if s, ok := src.(*image.RGBA); ok {
		overRGBA(dst, r, s, sp)
		return
	}
	draw.Draw(dst, r, src, sp, draw.Over)
}
