package figuresview

import (
	"image/color"
	"math"

	"peninsula/app/internal/paint"
)

// The rasters' drawing primitives, in logical units scaled by s to the
// image's pixels: boxes with anti-aliased edges, dashed and dotted
// outlines, diagonal hatching, discs and rings, and line segments (by
// their signed distance), composited over premultiplied RGBA.

// pixels is a chart's raster image being drawn, with the shared
// primitives of app/internal/paint.
type pixels struct{ paint.Pixels }

// box fills r with c, its edges anti-aliased.
func (p *pixels) box(r rect, c color.NRGBA) { p.FillBox(r.x0, r.y0, r.x1, r.y1, c) }

// boxPattern fills r with c where pattern (of the pixel's centre, in
// pixels) gives coverage.
func (p *pixels) boxPattern(r rect, c color.NRGBA, pattern func(x, y float32) float32) {
	if c.A == 0 {
		return
	}
	x0, y0, x1, y1 := r.x0*p.S, r.y0*p.S, r.x1*p.S, r.y1*p.S
	ix0, ix1 := paint.Span(x0, x1, p.W)
	iy0, iy1 := paint.Span(y0, y1, p.H)
	pc := paint.PremulOf(c)
	for y := iy0; y < iy1; y++ {
		cy := paint.EdgeCov(y, y0, y1)
		row := p.Img.Pix[y*p.Img.Stride:]
		for x := ix0; x < ix1; x++ {
			f := cy * paint.EdgeCov(x, x0, x1) * pattern(float32(x)+0.5, float32(y)+0.5)
			if m := paint.Cov(f); m != 0 {
				pc.Over(row[x*4:x*4+4], m)
			}
		}
	}
}

// hatch fills r with diagonal stripes of c, period apart (logical units).
func (p *pixels) hatch(r rect, c color.NRGBA, period float32) {
	per := period * p.S * math.Sqrt2 // along a row
	half := max(0.6*p.S, 0.7)        // half a stripe's width, pixels
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

// disc fills a circle of radius r at (cx, cy) and strokes its edge.
func (p *pixels) disc(cx, cy, r float32, fill, line color.NRGBA, lw float32) {
	rad := r * p.S
	p.Shade(cx*p.S, cy*p.S, rad, rad, func(x, y float32) float32 {
		return float32(math.Hypot(float64(x), float64(y))) - rad
	}, fill, line, lw*p.S)
}

// segment draws a line from (x0, y0) to (x1, y1), lw wide with round ends.
func (p *pixels) segment(x0, y0, x1, y1, lw float32, c color.NRGBA) {
	s := p.S
	ax, ay, bx, by := x0*s, y0*s, x1*s, y1*s
	cx, cy := (ax+bx)/2, (ay+by)/2
	rad := float32(math.Hypot(float64(bx-ax), float64(by-ay)))/2 + lw*s
	dx, dy := bx-ax, by-ay
	ll := dx*dx + dy*dy
	half := lw * s / 2
	p.Shade(cx, cy, rad, rad, func(x, y float32) float32 {
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
