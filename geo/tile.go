package geo

import (
	"encoding/binary"
	"image"
	"image/color"
)

// beginTile starts a shape in the small box b (a tile of a fill, within
// the image), rasterized by the scanner into dense deltas: a row then
// costs the pixels from its first edge to its last, and a run of equal
// coverage after them, rather than the whole box twice over.
func (c *canvas) beginTile(b image.Rectangle) {
	c.box, c.dense = b, false
	c.s.resetDense(b.Dx(), b.Dy())
}

// fillDeltas blends the shape of a tile (see beginTile) onto the image in
// colour col, leaving the knockout rectangles untouched, and zeroes the
// scanner's deltas.
func (c *canvas) fillDeltas(col color.RGBA) {
	s := &c.s
	sr, sg, sb, sa := uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)
	px := uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24
	opaque := sa == 255
	ox, w := c.box.Min.X, s.w
	var row []uint8 // the current row of the box
	var y int       // and its y in the image
	blend := func(x0, x1 int, m uint8) {
		d := row[4*x0 : 4*x1]
		if m == 255 && opaque {
			copy(d, c.solidRow(px, w))
			return
		}
		// Straight-alpha source over premultiplied destination.
		a := sa * uint32(m) / 255
		ia := 255 - a
		for i := 0; i < len(d); i += 4 {
			d[i] = uint8((sr*a + uint32(d[i])*ia) / 255)
			d[i+1] = uint8((sg*a + uint32(d[i+1])*ia) / 255)
			d[i+2] = uint8((sb*a + uint32(d[i+2])*ia) / 255)
			d[i+3] = uint8(a + uint32(d[i+3])*ia/255)
		}
	}
	span := blend
	if len(c.knock) > 0 {
		span = func(x0, x1 int, m uint8) {
			c.unknocked(y, x0+ox, x1+ox, func(a, b int) { blend(a-ox, b-ox, m) })
		}
	}
	for r := s.minY; r < s.maxY; r++ {
		lo, hi := s.lo[r], s.hi[r]
		if lo >= hi {
			continue
		}
		y = c.box.Min.Y + r
		off := c.dst.PixOffset(ox, y)
		row = c.dst.Pix[off : off+4*w]
		deltas := s.deltas[r*(w+1)+lo : r*(w+1)+hi]
		acc := float32(0)
		// Runs of equal coverage from the first edge on.
		x0, m0 := lo, uint8(0)
		for i, d := range deltas {
			if d == 0 {
				continue // the coverage goes on
			}
			acc += d
			x := lo + i
			if x >= w {
				break
			}
			if m := alpha(acc); m != m0 {
				if m0 > 0 {
					span(x0, x, m0)
				}
				x0, m0 = x, m
			}
		}
		clear(deltas)
		if m0 > 0 {
			span(x0, w, m0) // on to the box's edge
		}
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
