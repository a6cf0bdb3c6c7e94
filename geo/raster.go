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
// image. Each shape is rasterized into a coverage mask the size of its
// pixel bound only, then blended; fully covered pixels are copied, so a
// country costs its bounding box, not the whole image.
type canvas struct {
	dst  *image.RGBA
	r    vector.Rasterizer
	mask image.Alpha
	path []orb.Point // pixel-space scratch
	box  image.Rectangle
	// layer, when set, is the Layer dst belongs to: fill marks what it
	// draws.
	layer *Layer
	// knock, when set, are rectangles fill leaves untouched.
	knock []image.Rectangle
}

// begin starts a shape whose pixels lie in b (clipped to the image).
// It returns false when nothing of b is visible.
func (c *canvas) begin(b image.Rectangle) bool {
	b = b.Intersect(c.dst.Rect)
	if b.Empty() {
		return false
	}
	c.box = b
	c.r.Reset(b.Dx(), b.Dy())
	return true
}

// poly adds a closed polygon (pixel coordinates) to the current shape.
// Edges wholly above or below the shape's box are skipped: they add no
// coverage to it (a large country is filled a tile at a time).
func (c *canvas) poly(pts []orb.Point) {
	if len(pts) < 3 {
		return
	}
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	h := float64(c.box.Dy())
	out := func(a, b orb.Point) bool {
		return (a[1] < oy && b[1] < oy) || (a[1] > oy+h && b[1] > oy+h)
	}
	c.r.MoveTo(float32(pts[0][0]-ox), float32(pts[0][1]-oy))
	for i, p := range pts[1:] {
		if out(pts[i], p) {
			c.r.MoveTo(float32(p[0]-ox), float32(p[1]-oy))
		} else {
			c.r.LineTo(float32(p[0]-ox), float32(p[1]-oy))
		}
	}
	if last := pts[len(pts)-1]; last != pts[0] && !out(last, pts[0]) {
		c.r.LineTo(float32(pts[0][0]-ox), float32(pts[0][1]-oy))
	}
}

// quad adds a quadrilateral.
func (c *canvas) quad(a, b, d, e orb.Point) {
	ox, oy := float32(c.box.Min.X), float32(c.box.Min.Y)
	c.r.MoveTo(float32(a[0])-ox, float32(a[1])-oy)
	c.r.LineTo(float32(b[0])-ox, float32(b[1])-oy)
	c.r.LineTo(float32(d[0])-ox, float32(d[1])-oy)
	c.r.LineTo(float32(e[0])-ox, float32(e[1])-oy)
	c.r.ClosePath()
}

// circle adds a disc of radius rad centred on p.
func (c *canvas) circle(p orb.Point, rad float64) {
	const n = 20
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		x, y := float32(p[0]+rad*math.Cos(a)-ox), float32(p[1]+rad*math.Sin(a)-oy)
		if i == 0 {
			c.r.MoveTo(x, y)
		} else {
			c.r.LineTo(x, y)
		}
	}
	c.r.ClosePath()
}

// stroke adds a polyline of the given width; dash, when not empty, is the
// on/off pattern in pixels. Segments before index from only advance the
// dash pattern; they are not drawn (so a long dashed line can be drawn in
// chunks with a continuous pattern).
func (c *canvas) stroke(pts []orb.Point, width float64, dash []float64, from int) {
	hw := width / 2
	di, left, on := 0, 0.0, true
	if len(dash) > 0 {
		left = dash[0]
	}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		ux, uy := dx/l, dy/l
		draw := i > from
		seg := func(t0, t1 float64) {
			if !draw {
				return
			}
			// Extend by half the width so joints overlap and close.
			p := orb.Point{a[0] + ux*(t0-hw*0.5), a[1] + uy*(t0-hw*0.5)}
			q := orb.Point{a[0] + ux*(t1+hw*0.5), a[1] + uy*(t1+hw*0.5)}
			nx, ny := -uy*hw, ux*hw
			c.quad(orb.Point{p[0] + nx, p[1] + ny}, orb.Point{q[0] + nx, q[1] + ny},
				orb.Point{q[0] - nx, q[1] - ny}, orb.Point{p[0] - nx, p[1] - ny})
		}
		if len(dash) == 0 {
			seg(0, l)
			continue
		}
		for t := 0.0; t < l; {
			step := math.Min(left, l-t)
			if on {
				seg(t, t+step)
			}
			t += step
			left -= step
			if left <= 1e-9 {
				di = (di + 1) % len(dash)
				left, on = dash[di], !on
			}
		}
	}
}

// fill blends the current shape onto the image in colour col.
func (c *canvas) fill(col color.RGBA) {
	w, h := c.box.Dx(), c.box.Dy()
	if cap(c.mask.Pix) < w*h {
		c.mask.Pix = make([]uint8, w*h)
	}
	c.mask.Pix = c.mask.Pix[:w*h]
	c.mask.Stride = w
	c.mask.Rect = image.Rect(0, 0, w, h)
	if c.layer != nil {
		c.layer.Mark(c.box)
	}
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
