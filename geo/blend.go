package geo

import (
	"encoding/binary"
	"image/color"
)

// rowBlender blends runs of one colour onto the current box's rows,
// leaving the knockout rectangles untouched: fill's and fillDeltas' last
// step.
type rowBlender struct {
	c              *canvas
	sr, sg, sb, sa uint32
	px             uint32  // the colour as an opaque pixel
	row            []uint8 // the current row of the box
	y              int     // and its y in the image
}

func (c *canvas) blender(col color.RGBA) *rowBlender {
	return &rowBlender{c: c, sr: uint32(col.R), sg: uint32(col.G), sb: uint32(col.B), sa: uint32(col.A),
		px: uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24}
}

// at makes image row y the current row.
func (b *rowBlender) at(y int) {
	c := b.c
	off := c.dst.PixOffset(c.box.Min.X, y)
	b.row, b.y = c.dst.Pix[off:off+4*c.box.Dx()], y
}

// span blends the box columns x0..x1 (exclusive) of the current row at
// coverage m, but for the knockout rectangles.
func (b *rowBlender) span(x0, x1 int, m uint8) {
	if len(b.c.knock) == 0 {
		b.blend(x0, x1, m)
		return
	}
	ox := b.c.box.Min.X
	b.c.unknocked(b.y, x0+ox, x1+ox, func(l, r int) { b.blend(l-ox, r-ox, m) })
}

// blend blends the box columns x0..x1 of the current row at coverage m:
// straight-alpha source over premultiplied destination.
func (b *rowBlender) blend(x0, x1 int, m uint8) {
	d := b.row[4*x0 : 4*x1]
	if m == 255 && b.sa == 255 {
		copy(d, b.c.solidRow(b.px, x1-x0))
		return
	}
	a := b.sa * uint32(m) / 255
	ia := 255 - a
	for i := 0; i < len(d); i += 4 {
		d[i] = uint8((b.sr*a + uint32(d[i])*ia) / 255)
		d[i+1] = uint8((b.sg*a + uint32(d[i+1])*ia) / 255)
		d[i+2] = uint8((b.sb*a + uint32(d[i+2])*ia) / 255)
		d[i+3] = uint8(a + uint32(d[i+3])*ia/255)
	}
}

// solidRow returns w pixels of colour px (opaque RGBA, little-endian), to
// copy.
func (c *canvas) solidRow(px uint32, w int) []uint8 {
	if len(c.row) < 4*w || binary.LittleEndian.Uint32(c.row) != px {
		c.row = c.row[:0]
		for range max(w, fillTile) {
			c.row = binary.LittleEndian.AppendUint32(c.row, px)
		}
	}
	return c.row[:4*w]
}
