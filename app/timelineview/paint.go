package timelineview

import (
	"image"
	"image/color"
	"math"
)

// The raster's drawing primitives: boxes with anti-aliased edges, rounded
// boxes and diamonds (filled and stroked, by their signed distance), and
// horizontal gradients, composited over premultiplied RGBA.

// pixels is the raster image being drawn, s pixels to a logical unit.
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

// span is the pixels [i0, i1) a stretch [a, b) of pixel space touches,
// clipped to [0, n).
func span(a, b float32, n int) (int, int) {
	return max(int(math.Floor(float64(a))), 0), min(int(math.Ceil(float64(b))), n)
}

// edgeCov is how much of pixel i the stretch [a, b) covers.
func edgeCov(i int, a, b float32) float32 {
	return min(b, float32(i+1)) - max(a, float32(i))
}

// fillBox fills the box r (logical units) with c, its edges anti-aliased.
func (p *pixels) fillBox(r rect, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	x0, y0, x1, y1 := r.x0*p.s, r.y0*p.s, r.x1*p.s, r.y1*p.s
	ix0, ix1 := span(x0, x1, p.w)
	iy0, iy1 := span(y0, y1, p.h)
	if ix0 >= ix1 || iy0 >= iy1 {
		return
	}
	pc := premulOf(c)
	// Coverage of the first and last columns; those between are whole.
	cx0, cx1 := edgeCov(ix0, x0, x1), edgeCov(ix1-1, x0, x1)
	for y := iy0; y < iy1; y++ {
		cy := edgeCov(y, y0, y1)
		row := p.img.Pix[y*p.img.Stride:]
		if m := cov(cx0 * cy); m != 0 {
			pc.over(row[ix0*4:ix0*4+4], m)
		}
		if ix1-1 > ix0 {
			pc.overRow(row[(ix0+1)*4:(ix1-1)*4], cov(cy))
			if m := cov(cx1 * cy); m != 0 {
				pc.over(row[(ix1-1)*4:ix1*4], m)
			}
		}
	}
}

// overRow composites c at coverage m over each pixel of the row d.
func (c premul) overRow(d []uint8, m uint32) {
	if m == 0 {
		return
	}
	if m == 255 && c.a == 255 {
		for i := 0; i+3 < len(d); i += 4 {
			d[i], d[i+1], d[i+2], d[i+3] = uint8(c.r), uint8(c.g), uint8(c.b), 255
		}
		return
	}
	k := 65025 - c.a*m
	r, g, b, a := c.r*m*255+32512, c.g*m*255+32512, c.b*m*255+32512, c.a*m*255+32512
	for i := 0; i+3 < len(d); i += 4 {
		px := d[i : i+4 : i+4]
		px[0] = uint8((r + uint32(px[0])*k) / 65025)
		px[1] = uint8((g + uint32(px[1])*k) / 65025)
		px[2] = uint8((b + uint32(px[2])*k) / 65025)
		px[3] = uint8((a + uint32(px[3])*k) / 65025)
	}
}

// roundBox fills the box r (logical units) with corners of radii (top
// left, top right, bottom right, bottom left) with fill, then strokes its
// outline, centred on it, lw wide with line. Transparent colours are left
// out.
func (p *pixels) roundBox(r rect, radii [4]float32, fill, line color.NRGBA, lw float32) {
	s := p.s
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
		qx, qy := abs(px)-hw+k, abs(py)-hh+k
		out := float32(math.Hypot(float64(max(qx, 0)), float64(max(qy, 0))))
		return min(max(qx, qy), 0) + out - k
	}
	p.shade(cx, cy, hw, hh, sdf, fill, line, lw*s)
}

// diamond fills and strokes a square standing on a corner, centred at
// (cx, cy) with corners rad from the centre (logical units).
func (p *pixels) diamond(cx, cy, rad float32, fill, line color.NRGBA, lw float32) {
	s := p.s
	rad *= s
	sdf := func(px, py float32) float32 { return (abs(px) + abs(py) - rad) / math.Sqrt2 }
	p.shade(cx*s, cy*s, rad, rad, sdf, fill, line, lw*s)
}

// shade draws a shape given by its signed distance sdf (pixels, relative
// to its centre (cx, cy) in pixels; negative inside) within hw × hh of
// the centre: the inside in fill, then the outline lw pixels wide.
func (p *pixels) shade(cx, cy, hw, hh float32, sdf func(x, y float32) float32, fill, line color.NRGBA, lw float32) {
	if lw <= 0 {
		line.A = 0
	}
	pad := lw/2 + 1
	ix0, ix1 := span(cx-hw-pad, cx+hw+pad, p.w)
	iy0, iy1 := span(cy-hh-pad, cy+hh+pad, p.h)
	pf, pl := premulOf(fill), premulOf(line)
	half := lw / 2
	for y := iy0; y < iy1; y++ {
		row := p.img.Pix[y*p.img.Stride:]
		py := float32(y) + 0.5 - cy
		for x := ix0; x < ix1; x++ {
			d := sdf(float32(x)+0.5-cx, py)
			px := row[x*4 : x*4+4]
			if fill.A != 0 {
				if m := cov(0.5 - d); m != 0 {
					pf.over(px, m)
				}
			}
			if line.A != 0 {
				if m := cov(min(half+0.5-abs(d), lw)); m != 0 {
					pl.over(px, m)
				}
			}
		}
	}
}

// hgrad fills the box r (logical units) with a gradient from c0 at its
// left to c1 at its right.
func (p *pixels) hgrad(r rect, c0, c1 color.NRGBA) {
	x0, y0, x1, y1 := r.x0*p.s, r.y0*p.s, r.x1*p.s, r.y1*p.s
	ix0, ix1 := span(x0, x1, p.w)
	iy0, iy1 := span(y0, y1, p.h)
	if ix0 >= ix1 || iy0 >= iy1 || x1 <= x0 {
		return
	}
	lerp := func(a, b uint8, t float32) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t + 0.5) }
	for x := ix0; x < ix1; x++ {
		t := min(max((float32(x)+0.5-x0)/(x1-x0), 0), 1)
		c := premulOf(color.NRGBA{lerp(c0.R, c1.R, t), lerp(c0.G, c1.G, t), lerp(c0.B, c1.B, t), lerp(c0.A, c1.A, t)})
		cx := edgeCov(x, x0, x1)
		for y := iy0; y < iy1; y++ {
			if m := cov(cx * edgeCov(y, y0, y1)); m != 0 {
				c.over(p.img.Pix[y*p.img.Stride+x*4:][:4], m)
			}
		}
	}
}
