package timelineview

import (
	"image/color"
	"math"
	"peninsula/app/internal/paint"
)

// The raster's shapes on app/internal/paint's primitives: boxes, rounded
// boxes and diamonds (filled and stroked, by their signed distance), and
// horizontal gradients.

// pixels is the raster image being drawn, with the shared primitives of
// app/internal/paint.
type pixels struct{ paint.Pixels }

// fillBox fills the box r (logical units) with c, its edges anti-aliased.
func (p *pixels) fillBox(r rect, c color.NRGBA) { p.FillBox(r.x0, r.y0, r.x1, r.y1, c) }

// roundBox fills the box r (logical units) with corners of radii (top
// left, top right, bottom right, bottom left) with fill, then strokes its
// outline, centred on it, lw wide with line. Transparent colours are left
// out.
func (p *pixels) roundBox(r rect, radii [4]float32, fill, line color.NRGBA, lw float32) {
	s := p.S
	hw, hh := (r.x1-r.x0)*s/2, (r.y1-r.y0)*s/2
	if hw <= 0 || hh <= 0 {
		return
	}
	cx, cy := (r.x0+r.x1)*s/2, (r.y0+r.y1)*s/2
	var rad [4]float32
	for i, v := range radii {
		rad[i] = min(v*s, hw, hh)
	}
	sdf := func(px, py float32) float32 {
		var k float32
		switch {
		case px < 0 && py < 0:
			k = rad[0]
		case py < 0:
			k = rad[1]
		case px >= 0:
			k = rad[2]
		default:
			k = rad[3]
		}
		qx, qy := paint.Abs(px)-hw+k, paint.Abs(py)-hh+k
		out := float32(math.Hypot(float64(max(qx, 0)), float64(max(qy, 0))))
		return min(max(qx, qy), 0) + out - k
	}
	p.Shade(cx, cy, hw, hh, sdf, fill, line, lw*s)
}

// diamond fills and strokes a square standing on a corner, centred at
// (cx, cy) with corners rad from the centre (logical units).
func (p *pixels) diamond(cx, cy, rad float32, fill, line color.NRGBA, lw float32) {
	s := p.S
	rad *= s
	sdf := func(px, py float32) float32 { return (paint.Abs(px) + paint.Abs(py) - rad) / math.Sqrt2 }
	p.Shade(cx*s, cy*s, rad, rad, sdf, fill, line, lw*s)
}

// hgrad fills the box r (logical units) with a gradient from c0 at its
// left to c1 at its right.
func (p *pixels) hgrad(r rect, c0, c1 color.NRGBA) {
	x0, y0, x1, y1 := r.x0*p.S, r.y0*p.S, r.x1*p.S, r.y1*p.S
	ix0, ix1 := paint.Span(x0, x1, p.W)
	iy0, iy1 := paint.Span(y0, y1, p.H)
	if ix0 >= ix1 || iy0 >= iy1 || x1 <= x0 {
		return
	}
	lerp := func(a, b uint8, t float32) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t + 0.5) }
	for x := ix0; x < ix1; x++ {
		t := min(max((float32(x)+0.5-x0)/(x1-x0), 0), 1)
		c := paint.PremulOf(color.NRGBA{lerp(c0.R, c1.R, t), lerp(c0.G, c1.G, t), lerp(c0.B, c1.B, t), lerp(c0.A, c1.A, t)})
		cx := paint.EdgeCov(x, x0, x1)
		for y := iy0; y < iy1; y++ {
			if m := paint.Cov(cx * paint.EdgeCov(y, y0, y1)); m != 0 {
				c.Over(p.Img.Pix[y*p.Img.Stride+x*4:][:4], m)
			}
		}
	}
}
