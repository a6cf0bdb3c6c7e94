// Package paint holds what the app's hand-drawn rasters share: drawing
// primitives (anti-aliased boxes and shapes given by a signed distance,
// composited over a premultiplied *image.RGBA in logical units scaled to
// the image's pixels) for the timeline and the charts, and the text
// fonts, parsed once, with glyph masks, for them, the reader and the map
// labels. The widgets that draw with it add their own shapes and caches.
package paint

import (
	"image"
	"image/color"
	"math"
)

// Pixels is a raster image being drawn, S pixels to a logical unit.
type Pixels struct {
	Img  *image.RGBA
	W, H int
	S    float32
}

// Premul is a colour premultiplied by its alpha, 0–255 each.
type Premul struct{ R, G, B, A uint32 }

// PremulOf premultiplies c.
func PremulOf(c color.NRGBA) Premul {
	a := uint32(c.A)
	return Premul{(uint32(c.R)*a + 127) / 255, (uint32(c.G)*a + 127) / 255, (uint32(c.B)*a + 127) / 255, a}
}

// Over composites c at coverage m (0–255) over the pixel d.
func (c Premul) Over(d []uint8, m uint32) {
	if m == 255 && c.A == 255 {
		d[0], d[1], d[2], d[3] = uint8(c.R), uint8(c.G), uint8(c.B), 255
		return
	}
	k := 65025 - c.A*m
	d[0] = uint8((c.R*m*255 + uint32(d[0])*k + 32512) / 65025)
	d[1] = uint8((c.G*m*255 + uint32(d[1])*k + 32512) / 65025)
	d[2] = uint8((c.B*m*255 + uint32(d[2])*k + 32512) / 65025)
	d[3] = uint8((c.A*m*255 + uint32(d[3])*k + 32512) / 65025)
}

// OverRow composites c at coverage m over each pixel of the row d, as Over
// does one.
func (c Premul) OverRow(d []uint8, m uint32) {
	if m == 0 {
		return
	}
	if m == 255 && c.A == 255 {
		for i := 0; i+3 < len(d); i += 4 {
			d[i], d[i+1], d[i+2], d[i+3] = uint8(c.R), uint8(c.G), uint8(c.B), 255
		}
		return
	}
	k := 65025 - c.A*m
	r, g, b, a := c.R*m*255+32512, c.G*m*255+32512, c.B*m*255+32512, c.A*m*255+32512
	for i := 0; i+3 < len(d); i += 4 {
		px := d[i : i+4 : i+4]
		px[0] = uint8((r + uint32(px[0])*k) / 65025)
		px[1] = uint8((g + uint32(px[1])*k) / 65025)
		px[2] = uint8((b + uint32(px[2])*k) / 65025)
		px[3] = uint8((a + uint32(px[3])*k) / 65025)
	}
}

// Cov converts a coverage in [0, 1] to 0–255.
func Cov(f float32) uint32 {
	switch {
	case f <= 0:
		return 0
	case f >= 1:
		return 255
	}
	return uint32(f*255 + 0.5)
}

// Span is the pixels [i0, i1) the stretch [a, b) of pixels touches,
// clipped to [0, n).
func Span(a, b float32, n int) (int, int) {
	return max(int(math.Floor(float64(a))), 0), min(int(math.Ceil(float64(b))), n)
}

// EdgeCov is how much of pixel i the stretch [a, b) covers.
func EdgeCov(i int, a, b float32) float32 {
	return max(min(b, float32(i+1))-max(a, float32(i)), 0)
}

// Abs is |f|.
func Abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// FillBox fills the box from (x0, y0) to (x1, y1) (logical units) with c,
// its edges anti-aliased; the columns between its first and last are
// blended a row at a time.
func (p *Pixels) FillBox(x0, y0, x1, y1 float32, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	x0, y0, x1, y1 = x0*p.S, y0*p.S, x1*p.S, y1*p.S
	ix0, ix1 := Span(x0, x1, p.W)
	iy0, iy1 := Span(y0, y1, p.H)
	if ix0 >= ix1 || iy0 >= iy1 {
		return
	}
	pc := PremulOf(c)
	cx0, cx1 := EdgeCov(ix0, x0, x1), EdgeCov(ix1-1, x0, x1)
	for y := iy0; y < iy1; y++ {
		cy := EdgeCov(y, y0, y1)
		row := p.Img.Pix[y*p.Img.Stride:]
		if m := Cov(cx0 * cy); m != 0 {
			pc.Over(row[ix0*4:ix0*4+4], m)
		}
		if ix1-1 > ix0 {
			pc.OverRow(row[(ix0+1)*4:(ix1-1)*4], Cov(cy))
			if m := Cov(cx1 * cy); m != 0 {
				pc.Over(row[(ix1-1)*4:ix1*4], m)
			}
		}
	}
}

// Shade draws a shape given by its signed distance sdf (pixels, relative
// to its centre (cx, cy) in pixels; negative inside) within hw × hh of
// the centre: the inside in fill, then the outline lw pixels wide centred
// on the edge. A transparent colour, or lw ≤ 0 for the outline, is left
// out.
func (p *Pixels) Shade(cx, cy, hw, hh float32, sdf func(x, y float32) float32, fill, line color.NRGBA, lw float32) {
	if lw <= 0 {
		line.A = 0
	}
	pad := lw/2 + 1
	ix0, ix1 := Span(cx-hw-pad, cx+hw+pad, p.W)
	iy0, iy1 := Span(cy-hh-pad, cy+hh+pad, p.H)
	pf, pl := PremulOf(fill), PremulOf(line)
	half := lw / 2
	for y := iy0; y < iy1; y++ {
		row := p.Img.Pix[y*p.Img.Stride:]
		py := float32(y) + 0.5 - cy
		for x := ix0; x < ix1; x++ {
			d := sdf(float32(x)+0.5-cx, py)
			px := row[x*4 : x*4+4]
			if fill.A != 0 {
				if m := Cov(0.5 - d); m != 0 {
					pf.Over(px, m)
				}
			}
			if line.A != 0 {
				if m := Cov(min(half+0.5-Abs(d), lw)); m != 0 {
					pl.Over(px, m)
				}
			}
		}
	}
}
