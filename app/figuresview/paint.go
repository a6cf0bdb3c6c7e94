package figuresview

import (
	"image"
	"image/color"
	"math"
)

// The rasters' drawing primitives, in logical units scaled by s to the
// image's pixels: boxes with anti-aliased edges, dashed and dotted
// outlines, diagonal hatching, discs and rings, and line segments (by
// their signed distance), composited over premultiplied RGBA.

// pixels is a raster image being drawn, s pixels to a logical unit.
type pixels struct {
	img  *image.RGBA
	w, h int
	s    float32
}

// premul is a colour premultiplied by its alpha, 0–255 each.
type premul struct{ r, g, b, a uint32 }

func premulOf(c color.NRGBA) premul {
	a := uint32(c.A)
	return premul{(uint32(c.R)*a + 127) / 255, (uint32(c.G)*a + 127) / 255, (uint32(c.B)*a + 127) / 255, a}
}

// over composites c at coverage m (0–255) over the pixel d.
func (c premul) over(d []uint8, m uint32) {
	if m == 255 && c.a == 255 {
		d[0], d[1], d[2], d[3] = uint8(c.r), uint8(c.g), uint8(c.b), 255
		return
	}
	k := 65025 - c.a*m
	d[0] = uint8((c.r*m*255 + uint32(d[0])*k + 32512) / 65025)
	d[1] = uint8((c.g*m*255 + uint32(d[1])*k + 32512) / 65025)
	d[2] = uint8((c.b*m*255 + uint32(d[2])*k + 32512) / 65025)
	d[3] = uint8((c.a*m*255 + uint32(d[3])*k + 32512) / 65025)
}

// cov converts a coverage in [0, 1] to 0–255.
func cov(f float32) uint32 {
	switch {
	case f <= 0:
		return 0
	case f >= 1:
		return 255
	}
	return uint32(f*255 + 0.5)
}

// span is the pixels [i0, i1) the stretch [a, b) of pixels touches,
// clipped to [0, n).
func span(a, b float32, n int) (int, int) {
	return max(int(math.Floor(float64(a))), 0), min(int(math.Ceil(float64(b))), n)
}

// edgeCov is how much of pixel i the stretch [a, b) covers.
func edgeCov(i int, a, b float32) float32 {
	return max(min(b, float32(i+1))-max(a, float32(i)), 0)
}

// box fills r with c, its edges anti-aliased.
func (p *pixels) box(r rect, c color.NRGBA) {
	p.boxPattern(r, c, nil)
}

// boxPattern fills r with c where pattern (of the pixel's centre, in
// pixels; nil for everywhere) gives coverage.
func (p *pixels) boxPattern(r rect, c color.NRGBA, pattern func(x, y float32) float32) {
	if c.A == 0 {
		return
	}
	x0, y0, x1, y1 := r.x0*p.s, r.y0*p.s, r.x1*p.s, r.y1*p.s
	ix0, ix1 := span(x0, x1, p.w)
	iy0, iy1 := span(y0, y1, p.h)
	pc := premulOf(c)
	for y := iy0; y < iy1; y++ {
		cy := edgeCov(y, y0, y1)
		row := p.img.Pix[y*p.img.Stride:]
		for x := ix0; x < ix1; x++ {
			f := cy * edgeCov(x, x0, x1)
			if pattern != nil {
				f *= pattern(float32(x)+0.5, float32(y)+0.5)
			}
			if m := cov(f); m != 0 {
				pc.over(row[x*4:x*4+4], m)
			}
		}
	}
}

// hatch fills r with diagonal stripes of c, period apart (logical units).
func (p *pixels) hatch(r rect, c color.NRGBA, period float32) {
	per := period * p.s * math.Sqrt2 // along a row
	half := max(0.6*p.s, 0.7)        // half a stripe's width, pixels
	p.boxPattern(r, c, func(x, y float32) float32 {
		q := float32(math.Mod(float64(x+y), float64(per)))
		d := min(q, per-q) / math.Sqrt2 // to the nearest stripe
		return half + 0.5 - d
	})
}

// dashH draws a horizontal dashed line from x0 to x1 at y (the line's
// centre), lw wide; dash 0 draws it solid.
func (p *pixels) dashH(x0, x1, y, lw, dash, gap float32, c color.NRGBA) {
	if dash <= 0 {
		p.box(rect{x0, y - lw/2, x1, y + lw/2}, c)
		return
	}
	for x := x0; x < x1; x += dash + gap {
		p.box(rect{x, y - lw/2, min(x+dash, x1), y + lw/2}, c)
	}
}

// dashV draws a vertical dashed line from y0 to y1 at x.
func (p *pixels) dashV(x, y0, y1, lw, dash, gap float32, c color.NRGBA) {
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	if dash <= 0 {
		p.box(rect{x - lw/2, y0, x + lw/2, y1}, c)
		return
	}
	for y := y1; y > y0; y -= dash + gap { // from the bottom: a bar's base is whole
		p.box(rect{x - lw/2, max(y-dash, y0), x + lw/2, y}, c)
	}
}

// outline strokes r's edges inside it, lw wide, dashed when dash > 0; the
// bottom edge is left out when open.
func (p *pixels) outline(r rect, lw, dash, gap float32, c color.NRGBA, open bool) {
	p.dashH(r.x0, r.x1, r.y0+lw/2, lw, dash, gap, c)
	if !open {
		p.dashH(r.x0, r.x1, r.y1-lw/2, lw, dash, gap, c)
	}
	p.dashV(r.x0+lw/2, r.y0+lw, r.y1, lw, dash, gap, c)
	p.dashV(r.x1-lw/2, r.y0+lw, r.y1, lw, dash, gap, c)
}

// shade draws a shape by its signed distance sdf (pixels from (cx, cy),
// negative inside) within rad pixels of its centre: the inside in fill,
// then an outline lw pixels wide centred on the edge.
func (p *pixels) shade(cx, cy, rad float32, sdf func(x, y float32) float32, fill, line color.NRGBA, lw float32) {
	pad := lw/2 + 1
	ix0, ix1 := span(cx-rad-pad, cx+rad+pad, p.w)
	iy0, iy1 := span(cy-rad-pad, cy+rad+pad, p.h)
	pf, pl := premulOf(fill), premulOf(line)
	half := lw / 2
	for y := iy0; y < iy1; y++ {
		row := p.img.Pix[y*p.img.Stride:]
		for x := ix0; x < ix1; x++ {
			d := sdf(float32(x)+0.5-cx, float32(y)+0.5-cy)
			px := row[x*4 : x*4+4]
			if fill.A != 0 {
				if m := cov(0.5 - d); m != 0 {
					pf.over(px, m)
				}
			}
			if line.A != 0 && lw > 0 {
				if m := cov(min(half+0.5-abs(d), lw)); m != 0 {
					pl.over(px, m)
				}
			}
		}
	}
}

// disc fills a circle of radius r at (cx, cy) and strokes its edge.
func (p *pixels) disc(cx, cy, r float32, fill, line color.NRGBA, lw float32) {
	rad := r * p.s
	p.shade(cx*p.s, cy*p.s, rad, func(x, y float32) float32 {
		return float32(math.Hypot(float64(x), float64(y))) - rad
	}, fill, line, lw*p.s)
}

// segment draws a line from (x0, y0) to (x1, y1), lw wide with round ends.
func (p *pixels) segment(x0, y0, x1, y1, lw float32, c color.NRGBA) {
	s := p.s
	ax, ay, bx, by := x0*s, y0*s, x1*s, y1*s
	cx, cy := (ax+bx)/2, (ay+by)/2
	rad := float32(math.Hypot(float64(bx-ax), float64(by-ay)))/2 + lw*s
	dx, dy := bx-ax, by-ay
	ll := dx*dx + dy*dy
	half := lw * s / 2
	p.shade(cx, cy, rad, func(x, y float32) float32 {
		// distance from (x, y) (relative to the centre) to the segment
		px, py := x+cx-ax, y+cy-ay
		t := float32(0)
		if ll > 0 {
			t = min(max((px*dx+py*dy)/ll, 0), 1)
		}
		return float32(math.Hypot(float64(px-t*dx), float64(py-t*dy))) - half
	}, c, color.NRGBA{}, 0)
}

// dashed draws a dashed line from (x0, y0) to (x1, y1).
func (p *pixels) dashed(x0, y0, x1, y1, lw, dash, gap float32, c color.NRGBA) {
	l := float32(math.Hypot(float64(x1-x0), float64(y1-y0)))
	if l == 0 {
		return
	}
	ux, uy := (x1-x0)/l, (y1-y0)/l
	for d := float32(0); d < l; d += dash + gap {
		e := min(d+dash, l)
		p.segment(x0+ux*d, y0+uy*d, x0+ux*e, y0+uy*e, lw, c)
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
