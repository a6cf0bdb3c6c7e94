package main

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

var (
	seaTop    = color.RGBA{0x5b, 0x9b, 0xcf, 0xff}
	seaBottom = color.RGBA{0x2c, 0x66, 0x9e, 0xff}
	landColor = color.RGBA{0xf5, 0xec, 0xd7, 0xff}
	shadow    = color.NRGBA{0x12, 0x3a, 0x63, 0x73} // ~45% alpha
)

// DrawIcon draws the silhouette in land (lon/lat) on a rounded sea-blue
// square of size×size pixels and returns the PNG encoding.
func DrawIcon(land orb.MultiPolygon, size int) ([]byte, error) {
	if len(land) == 0 {
		return nil, errors.New("icon: no land")
	}
	s := float32(size)
	dst := image.NewRGBA(image.Rect(0, 0, size, size))

	// Background: vertical gradient through a rounded-square mask.
	grad := image.NewRGBA(dst.Bounds())
	for y := 0; y < size; y++ {
		t := float64(y) / float64(size-1)
		c := color.RGBA{
			lerp(seaTop.R, seaBottom.R, t), lerp(seaTop.G, seaBottom.G, t),
			lerp(seaTop.B, seaBottom.B, t), 0xff,
		}
		for x := 0; x < size; x++ {
			grad.SetRGBA(x, y, c)
		}
	}
	bg := vector.NewRasterizer(size, size)
	roundedRect(bg, 0, 0, s, s, s*0.2)
	bg.Draw(dst, dst.Bounds(), grad, image.Point{})

	// Projection: equirectangular, x scaled by cos(38°), fitted with margin.
	const lat0 = 38.0
	k := math.Cos(lat0 * math.Pi / 180)
	b := land.Bound()
	w := (b.Max[0] - b.Min[0]) * k
	h := b.Max[1] - b.Min[1]
	margin := 0.11 * float64(size)
	scale := math.Min((float64(size)-2*margin)/w, (float64(size)-2*margin)/h)
	ox := (float64(size) - w*scale) / 2
	oy := (float64(size) - h*scale) / 2
	proj := func(p orb.Point) (float32, float32) {
		return float32(ox + (p[0]-b.Min[0])*k*scale), float32(oy + (b.Max[1]-p[1])*scale)
	}

	path := func(r *vector.Rasterizer, dx, dy float32) {
		for _, poly := range land {
			// Skip specks smaller than ~3 px²: they would only add noise.
			if math.Abs(signedArea(poly[0]))*k*scale*scale < 3 {
				continue
			}
			for _, ring := range poly {
				for i, p := range ring {
					x, y := proj(p)
					if i == 0 {
						r.MoveTo(x+dx, y+dy)
					} else {
						r.LineTo(x+dx, y+dy)
					}
				}
				r.ClosePath()
			}
		}
	}
	off := s / 128
	sh := vector.NewRasterizer(size, size)
	path(sh, off, 1.5*off)
	sh.Draw(dst, dst.Bounds(), image.NewUniform(shadow), image.Point{})
	fg := vector.NewRasterizer(size, size)
	path(fg, 0, 0)
	fg.Draw(dst, dst.Bounds(), image.NewUniform(landColor), image.Point{})

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, dst); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func lerp(a, b uint8, t float64) uint8 {
	return uint8(math.Round(float64(a) + (float64(b)-float64(a))*t))
}

// roundedRect adds a rounded rectangle path using cubic Bézier corners.
func roundedRect(r *vector.Rasterizer, x0, y0, x1, y1, rad float32) {
	const c = 0.5522847 // cubic approximation of a quarter circle
	d := rad * (1 - c)
	r.MoveTo(x0+rad, y0)
	r.LineTo(x1-rad, y0)
	r.CubeTo(x1-d, y0, x1, y0+d, x1, y0+rad)
	r.LineTo(x1, y1-rad)
	r.CubeTo(x1, y1-d, x1-d, y1, x1-rad, y1)
	r.LineTo(x0+rad, y1)
	r.CubeTo(x0+d, y1, x0, y1-d, x0, y1-rad)
	r.LineTo(x0, y0+rad)
	r.CubeTo(x0, y0+d, x0+d, y0, x0+rad, y0)
	r.ClosePath()
}
