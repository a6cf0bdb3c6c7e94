package geo

import (
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
	w := s.w
	bl := c.blender(col)
	span := bl.span
	for r := s.minY; r < s.maxY; r++ {
		lo, hi := s.lo[r], s.hi[r]
		if lo >= hi {
			continue
		}
		bl.at(c.box.Min.Y + r)
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
