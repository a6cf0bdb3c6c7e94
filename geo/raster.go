package geo

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// canvas draws anti-aliased fills and strokes in pixel space onto an RGBA
// image. A shape is rasterized within its pixel bound only: a small one
// (a piece of a stroke, a marker) densely, by x/image/vector into a mask
// then blended; a large one (a country) sparsely (scanner), blended run
// by run, so it costs its edges and its area, not its bounding box. Fully
// covered pixels are copied.
type canvas struct {
	dst   *image.RGBA
	s     scanner
	r     vector.Rasterizer
	mask  image.Alpha
	dense bool // the current shape is rasterized by r
	box   image.Rectangle
	// layer, when set, is the Layer dst belongs to: fill marks what it
	// draws.
	layer *Layer
	// knock, when set, are rectangles fill leaves untouched.
	knock []image.Rectangle
	// thin, when set, sends stroke's lines to cov (see thinMax) rather
	// than to the current shape.
	thin bool
	cov  coverage
	row  []uint8 // solid pixels to copy, see solidRow
	// scratch of stroke and polyline
	piece, dirs, kept, left, right []orb.Point
}

// begin starts a shape whose pixels lie in b (clipped to the image).
// It returns false when nothing of b is visible.
func (c *canvas) begin(b image.Rectangle) bool {
	b = b.Intersect(c.dst.Rect)
	if b.Empty() {
		return false
	}
	c.box = b
	c.dense = b.Dx()*b.Dy() <= denseArea
	if c.dense {
		c.r.Reset(b.Dx(), b.Dy())
	} else {
		c.s.reset(b.Dx(), b.Dy())
	}
	return true
}

// denseArea is the largest box, in pixels, rasterized densely.
const denseArea = 128 * 128

// moveTo, lineTo and closePath add to the current shape (pixels of the
// box).
func (c *canvas) moveTo(x, y float64) {
	if c.dense {
		c.r.MoveTo(float32(x), float32(y))
	} else {
		c.s.moveTo(x, y)
	}
}

func (c *canvas) lineTo(x, y float64) {
	if c.dense {
		c.r.LineTo(float32(x), float32(y))
	} else {
		c.s.lineTo(x, y)
	}
}

func (c *canvas) closePath() {
	if c.dense {
		c.r.ClosePath()
	} else {
		c.s.closePath()
	}
}

// quad adds a quadrilateral.
func (c *canvas) quad(a, b, d, e orb.Point) {
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	c.moveTo(a[0]-ox, a[1]-oy)
	c.lineTo(b[0]-ox, b[1]-oy)
	c.lineTo(d[0]-ox, d[1]-oy)
	c.lineTo(e[0]-ox, e[1]-oy)
	c.closePath()
}

// circle adds a disc of radius rad centred on p.
func (c *canvas) circle(p orb.Point, rad float64) {
	const n = 20
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		x, y := p[0]+rad*math.Cos(a)-ox, p[1]+rad*math.Sin(a)-oy
		if i == 0 {
			c.moveTo(x, y)
		} else {
			c.lineTo(x, y)
		}
	}
	c.closePath()
}

// stroke adds a polyline of the given width. dash, when not empty, is the
// on/off pattern in pixels, laid along the original line: cum holds each
// point's distance along it (the polyline may cut its corners), and the
// pattern starts on at distance 0.
func (c *canvas) stroke(pts []orb.Point, cum []float64, width float64, dash []float64) {
	hw := width / 2
	period := 0.0
	for _, d := range dash {
		period += d
	}
	if period <= 0 || cum == nil {
		c.line(pts, hw)
		return
	}
	// Each dash is a polyline of its own.
	piece := c.piece[:0]
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		u0, u1 := cum[i-1], cum[i]
		l := hypot(b[0]-a[0], b[1]-a[1])
		if u1 <= u0 || l == 0 {
			continue
		}
		k := l / (u1 - u0)
		at := func(u float64) orb.Point {
			t := (u - u0) * k / l
			return orb.Point{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t}
		}
		for u := math.Floor(u0/period) * period; u < u1; {
			for j, d := range dash {
				if st, en := max(u, u0), min(u+d, u1); j%2 == 0 && en > st {
					if st > u0 || len(piece) == 0 {
						c.line(piece, hw)
						piece = append(piece[:0], at(st))
					}
					piece = append(piece, at(en))
					if en < u1 {
						c.line(piece, hw)
						piece = piece[:0]
					}
				}
				u += d
			}
		}
	}
	c.line(piece, hw)
	c.piece = piece[:0]
}

// line adds a polyline hw pixels either side of its centre: to the
// coverage of a thin stroke, or as an outline to the current shape.
func (c *canvas) line(pts []orb.Point, hw float64) {
	if c.thin {
		c.cov.thinLine(pts, hw)
		return
	}
	c.polyline(pts, hw)
}

// polyline adds a polyline hw pixels either side of its centre, its ends
// drawn on by half that: one outline with mitred joins, broken into
// overlapping pieces where it turns sharply.
func (c *canvas) polyline(pts []orb.Point, hw float64) {
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	ext := hw * 0.5
	// The directions of the segments, without empty ones.
	dirs := c.dirs[:0]
	var kept []orb.Point = c.kept[:0]
	for i, p := range pts {
		p = orb.Point{p[0] - ox, p[1] - oy}
		if i > 0 {
			q := kept[len(kept)-1]
			l := hypot(p[0]-q[0], p[1]-q[1])
			if l == 0 {
				continue
			}
			dirs = append(dirs, orb.Point{(p[0] - q[0]) / l, (p[1] - q[1]) / l})
		}
		kept = append(kept, p)
	}
	c.dirs, c.kept = dirs, kept
	if len(dirs) == 0 {
		return
	}
	left := c.left[:0]
	right := c.right[:0]
	emit := func() {
		c.moveTo(left[0][0], left[0][1])
		for _, p := range left[1:] {
			c.lineTo(p[0], p[1])
		}
		for i := len(right) - 1; i >= 0; i-- {
			c.lineTo(right[i][0], right[i][1])
		}
		c.closePath()
	}
	// The start, drawn back by ext.
	d := dirs[0]
	s := orb.Point{kept[0][0] - d[0]*ext, kept[0][1] - d[1]*ext}
	left = append(left, orb.Point{s[0] - d[1]*hw, s[1] + d[0]*hw})
	right = append(right, orb.Point{s[0] + d[1]*hw, s[1] - d[0]*hw})
	for i := 1; i < len(dirs); i++ {
		p, d0, d1 := kept[i], dirs[i-1], dirs[i]
		cos := d0[0]*d1[0] + d0[1]*d1[1]
		if cos < 0.5 {
			// A sharp turn: end this piece past the joint, start anew.
			e := orb.Point{p[0] + d0[0]*ext, p[1] + d0[1]*ext}
			left = append(left, orb.Point{e[0] - d0[1]*hw, e[1] + d0[0]*hw})
			right = append(right, orb.Point{e[0] + d0[1]*hw, e[1] - d0[0]*hw})
			emit()
			s := orb.Point{p[0] - d1[0]*ext, p[1] - d1[1]*ext}
			left = append(left[:0], orb.Point{s[0] - d1[1]*hw, s[1] + d1[0]*hw})
			right = append(right[:0], orb.Point{s[0] + d1[1]*hw, s[1] - d1[0]*hw})
			continue
		}
		// The mitre: along the mean normal, as far as the sides meet.
		mx, my := -(d0[1] + d1[1]), d0[0]+d1[0]
		f := hw / (1 + cos) // = hw / (|m|² / 2) · …, |m| = √(2(1+cos))
		left = append(left, orb.Point{p[0] + mx*f, p[1] + my*f})
		right = append(right, orb.Point{p[0] - mx*f, p[1] - my*f})
	}
	d = dirs[len(dirs)-1]
	last := kept[len(kept)-1]
	e := orb.Point{last[0] + d[0]*ext, last[1] + d[1]*ext}
	left = append(left, orb.Point{e[0] - d[1]*hw, e[1] + d[0]*hw})
	right = append(right, orb.Point{e[0] + d[1]*hw, e[1] - d[0]*hw})
	emit()
	c.left, c.right = left[:0], right[:0]
}

// fill blends the current shape onto the image in colour col, run by
// run, leaving the knockout rectangles untouched.
func (c *canvas) fill(col color.RGBA) {
	if c.layer != nil {
		c.layer.Mark(c.box)
	}
	if c.dense {
		c.fillDense(col)
		return
	}
	if c.s.dense {
		c.fillDeltas(col)
		return
	}
	bl := c.blender(col)
	span := bl.span
	for r := c.s.minY; r < c.s.maxY; r++ {
		bl.at(c.box.Min.Y + r)
		c.s.sweep(r, span)
	}
}

// fillDense is fill for a shape rasterized densely (a small box).
func (c *canvas) fillDense(col color.RGBA) {
	w, h := c.box.Dx(), c.box.Dy()
	if cap(c.mask.Pix) < w*h {
		c.mask.Pix = make([]uint8, w*h)
	}
	c.mask.Pix = c.mask.Pix[:w*h]
	c.mask.Stride = w
	c.mask.Rect = image.Rect(0, 0, w, h)
	c.r.DrawOp = draw.Src
	c.r.Draw(&c.mask, c.mask.Rect, image.Opaque, image.Point{})
	for _, k := range c.knock {
		k = k.Intersect(c.box).Sub(c.box.Min)
		for y := k.Min.Y; y < k.Max.Y; y++ {
			clear(c.mask.Pix[y*w+k.Min.X : y*w+k.Max.X])
		}
	}

	sr, sg, sb, sa := uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)
	opaque := sa == 255
	px := uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24
	for y := 0; y < h; y++ {
		mrow := c.mask.Pix[y*w : y*w+w]
		off := c.dst.PixOffset(c.box.Min.X, c.box.Min.Y+y)
		drow := c.dst.Pix[off : off+4*w]
		for x := 0; x < w; {
			// Skip or copy eight mask bytes at a time where they are all
			// empty or, for an opaque colour, all full.
			if x+8 <= w {
				m8 := binary.LittleEndian.Uint64(mrow[x:])
				if m8 == 0 {
					x += 8
					continue
				}
				if opaque && m8 == ^uint64(0) {
					d := drow[4*x : 4*x+32]
					for i := 0; i < 32; i += 4 {
						binary.LittleEndian.PutUint32(d[i:], px)
					}
					x += 8
					continue
				}
			}
			m := mrow[x]
			if m != 0 {
				d := drow[4*x : 4*x+4 : 4*x+4]
				if m == 255 && opaque {
					binary.LittleEndian.PutUint32(d, px)
				} else {
					// Straight-alpha source over premultiplied destination.
					a := sa * uint32(m) / 255
					ia := 255 - a
					d[0] = uint8((sr*a + uint32(d[0])*ia) / 255)
					d[1] = uint8((sg*a + uint32(d[1])*ia) / 255)
					d[2] = uint8((sb*a + uint32(d[2])*ia) / 255)
					d[3] = uint8(a + uint32(d[3])*ia/255)
				}
			}
			x++
		}
	}
}

// unknocked calls f for the parts of pixels x0..x1 of row y outside the
// knockout rectangles.
func (c *canvas) unknocked(y, x0, x1 int, f func(a, b int)) {
	for i, k := range c.knock {
		if y < k.Min.Y || y >= k.Max.Y || x1 <= k.Min.X || x0 >= k.Max.X {
			continue
		}
		rest := c.knock[i+1:]
		saved := c.knock
		c.knock = rest
		if x0 < k.Min.X {
			c.unknocked(y, x0, k.Min.X, f)
		}
		if x1 > k.Max.X {
			c.unknocked(y, k.Max.X, x1, f)
		}
		c.knock = saved
		return
	}
	f(x0, x1)
}

// clear paints the whole image with col.
func (c *canvas) clear(col color.RGBA) {
	pix := c.dst.Pix
	if len(pix) == 0 {
		return
	}
	row := c.dst.Rect.Dx() * 4
	for i := 0; i < row; i += 4 {
		pix[i], pix[i+1], pix[i+2], pix[i+3] = col.R, col.G, col.B, col.A
	}
	for off := c.dst.Stride; off < len(pix); off += c.dst.Stride {
		copy(pix[off:off+row], pix[:row])
	}
}
