package figuresview

import (
	"image"
	"image/color"
	"peninsula/app/internal/paint"
)

// Each chart's static drawing — title, axes, gridlines, bars, dots, lines,
// labels and note — is one canvas.Raster. Its generator draws at the pixel
// size the canvas asks for (so text is sharp at any scale) and keeps the
// image until the chart's layout or the theme's colours change; the GL
// painter asks again only when the raster is refreshed, which the renderer
// does only then. The moment's marker and ring are live objects over it.

// generate is the generator of chart slot o's raster.
func (r *renderer) generate(o *chartObjects, w, h int) image.Image {
	g := o.geom
	if g == nil || w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	if o.img != nil && o.imgGeom == g && o.imgCol == r.colGen && o.img.Rect.Dx() == w && o.img.Rect.Dy() == h {
		return o.img
	}
	if o.img == nil || o.img.Rect.Dx() != w || o.img.Rect.Dy() != h {
		o.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(o.img.Pix)
	}
	paintChart(&pixels{paint.Pixels{Img: o.img, W: w, H: h, S: float32(w) / g.w}}, g, &r.col)
	o.imgGeom, o.imgCol = g, r.colGen
	r.renders++
	return o.img
}

// paintChart draws a chart's static parts.
func paintChart(p *pixels, g *chartGeom, col *colors) {
	fg := col.fg
	for i, l := range g.title {
		p.drawText(l, bold, titleSize, chartPad, chartPad-2+float32(i*titleLine), 0, fg)
	}
	for i, l := range g.note {
		p.drawText(l, regular, noteSize, chartPad, g.noteY+float32(i*noteLine), 0, fade(fg, 0xa8))
	}
	if len(g.series) == 0 {
		return
	}
	pl := g.plot
	// The value axis: gridlines and labels in the gutter.
	for _, t := range g.yTicks {
		p.box(rect{pl.x0, t.at - 0.5, pl.x1, t.at + 0.5}, fade(fg, 0x1c))
		p.drawText(t.label, regular, axisSize, pl.x0-4, t.at-axisLine/2-0.5, 2, fade(fg, 0x99))
	}
	// The time axis: its line, year marks and labels.
	p.box(rect{pl.x0, pl.y1 - 0.5, pl.x1, pl.y1 + 0.5}, fade(fg, 0x70))
	for _, t := range g.xTicks {
		if t.marked {
			p.box(rect{t.at - 0.5, pl.y1, t.at + 0.5, pl.y1 + 3}, fade(fg, 0x70))
		}
		if t.label != "" {
			p.drawText(t.label, regular, axisSize, t.lx, pl.y1+3, 1, fade(fg, 0xa8))
		}
	}
	for si := range g.series {
		sg := &g.series[si]
		ink := col.ink(si)
		for _, s := range sg.segs {
			if s.dashed {
				p.dashed(s.x0, s.y0, s.x1, s.y1, 1.6, 3.5, 3, ink)
			} else {
				p.segment(s.x0, s.y0, s.x1, s.y1, 1.6, ink)
			}
		}
		for i := range sg.pts {
			pg := &sg.pts[i]
			if pg.dot {
				paintDot(p, pg, ink, col)
			} else {
				paintBar(p, pg, ink, col.paper)
			}
			if pg.p.IsRange() {
				paintWhisker(p, pg.cx, pg.wy0, pg.wy1, fade(fg, 0xc0))
			}
			p.drawHaloText(pg.label, bold, labelSize, pg.lx, pg.ly, pg.lalign, fade(fg, 0xe8), col.paper)
			if wy := pg.ly - wordLine + 1; pg.word != "" {
				if pg.below {
					wy = pg.ly + labelLine
				}
				p.drawHaloText(pg.word, italic, wordSize, pg.lx, wy, pg.lalign, fade(fg, 0xb0), col.paper)
			}
		}
	}
}

// paintBar draws a bar as its qualifier says: solid; lighter for "about";
// pale with a dashed edge for "expected"; hollow with a dashed edge for a
// "target"; hatched with a dotted edge when "derived". A range's part from
// its low to its high value is paler still.
func paintBar(p *pixels, pg *pointGeom, ink, paper color.NRGBA) {
	paint := func(r rect, light bool, open bool) {
		if r.h() <= 0 {
			return
		}
		// Fills are opaque (ink mixed into the card's colour), so a bar
		// hides the marker line behind it.
		tint := func(a uint8) color.NRGBA {
			if light {
				a /= 2
			}
			return blend(paper, ink, a)
		}
		switch pg.p.Qualifier {
		case "about":
			p.box(r, tint(0x80))
		case "expected":
			p.box(r, tint(0x40))
			p.outline(r, 1.2, 3, 2, ink, open)
		case "target":
			p.box(r, paper)
			p.outline(r, 1.5, 4, 2.5, ink, open)
		case "derived":
			p.box(r, paper)
			p.hatch(r, fade(ink, 0xd0), 3.5)
			p.outline(r, 1, 1, 1.5, ink, open)
		default:
			p.box(r, tint(0xff))
		}
	}
	paint(pg.bar, false, pg.band.h() > 0)
	paint(pg.band, true, false)
}

// paintDot draws a dot as its qualifier says: filled; lighter for
// "about"; hollow for "expected"; a ring round a small dot for a "target";
// a pale dot with a thin ring when "derived".
func paintDot(p *pixels, pg *pointGeom, ink color.NRGBA, col *colors) {
	switch pg.p.Qualifier {
	case "about":
		p.disc(pg.cx, pg.cy, dotRadius, fade(ink, 0x80), color.NRGBA{}, 0)
	case "expected":
		p.disc(pg.cx, pg.cy, dotRadius, col.paper, ink, 1.4)
	case "target":
		p.disc(pg.cx, pg.cy, dotRadius+0.5, col.paper, ink, 1.4)
		p.disc(pg.cx, pg.cy, 1.4, ink, color.NRGBA{}, 0)
	case "derived":
		p.disc(pg.cx, pg.cy, dotRadius, fade(ink, 0x60), ink, 0.8)
	default:
		p.disc(pg.cx, pg.cy, dotRadius, ink, col.paper, 1)
	}
}

// paintWhisker draws a range's error bar at x from y0 to y1 with caps.
func paintWhisker(p *pixels, x, y0, y1 float32, c color.NRGBA) {
	p.box(rect{x - 0.6, min(y0, y1), x + 0.6, max(y0, y1)}, c)
	for _, y := range []float32{y0, y1} {
		p.box(rect{x - 4, y - 0.6, x + 4, y + 0.6}, c)
	}
}
