package compose

import (
	"image"
	"image/color"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
)

// The vector shapes are rasterised with rasterx along the same paths as
// Fyne's internal/painter (BSD-3-Clause), so edges and corners get the same
// coverage; only the compositing differs.

// quarterCircleControl places the control points of a cubic Bézier that
// approximates a quarter circle.
const quarterCircleControl = 1 - 0.55228

// vectorPad is the margin, in logical pixels, Fyne leaves around a shape for
// its stroke and anti-aliasing (internal/painter.VectorPad).
func vectorPad(obj fyne.CanvasObject) float32 {
	switch o := obj.(type) {
	case *canvas.Circle:
		if o.StrokeWidth > 0 && o.StrokeColor != nil {
			return o.StrokeWidth + 2
		}
		return 1
	case *canvas.Line:
		if o.StrokeWidth > 0 {
			return o.StrokeWidth + 2
		}
	case *canvas.Rectangle:
		if o.StrokeWidth > 0 && o.StrokeColor != nil {
			return o.StrokeWidth + 2
		}
	case *canvas.Text:
		if o.TextStyle.Italic {
			return o.TextSize / 5
		}
	}
	return 0
}

// round scales a logical length to whole pixels as Fyne's vector code does.
func (p *painter) round(v float32) float32 {
	return float32(math.Round(float64(v) * float64(p.scale)))
}

// drawPadded draws raw, a shape rasterised with pad logical pixels around
// the box of size at pos.
func (p *painter) drawPadded(raw *image.RGBA, pos fyne.Position, size fyne.Size, pad float32, clip image.Rectangle) {
	x, y := p.px(pos.X-pad), p.px(pos.Y-pad)
	r := image.Rect(x, y, x+p.px(size.Width+pad*2), y+p.px(size.Height+pad*2))
	p.over(raw, r.Min, clip)
}

// shapeBounds is the pixel box a padded shape may cover.
func (p *painter) shapeBounds(pos fyne.Position, size fyne.Size, pad float32) image.Rectangle {
	x, y := p.px(pos.X-pad), p.px(pos.Y-pad)
	return image.Rect(x, y, x+p.px(size.Width+pad*2), y+p.px(size.Height+pad*2))
}

func (p *painter) drawRectangle(r *canvas.Rectangle, pos fyne.Position, clip image.Rectangle) {
	tr := cornerRadius(r.TopRightCornerRadius, r.CornerRadius)
	tl := cornerRadius(r.TopLeftCornerRadius, r.CornerRadius)
	br := cornerRadius(r.BottomRightCornerRadius, r.CornerRadius)
	bl := cornerRadius(r.BottomLeftCornerRadius, r.CornerRadius)
	w, h := r.Size().Components()
	if r.Aspect != 0 && h != 0 {
		if frame := w / h; frame > r.Aspect {
			nw := h * r.Aspect
			pos.X += (w - nw) / 2
			w = nw
		} else if frame < r.Aspect {
			nh := w / r.Aspect
			pos.Y += (h - nh) / 2
			h = nh
		}
	}
	size := fyne.NewSize(w, h)
	stroked := r.StrokeColor != nil && r.StrokeWidth > 0
	if !stroked && tr == 0 && tl == 0 && br == 0 && bl == 0 {
		if r.FillColor == nil {
			return
		}
		x, y := p.px(pos.X), p.px(pos.Y)
		box := image.Rect(x, y, x+p.px(w), y+p.px(h)).Intersect(clip)
		p.fill(box, r.FillColor)
		return
	}
	pad := vectorPad(r)
	if p.shapeBounds(pos, size, pad).Intersect(clip).Empty() {
		return
	}
	key := shapeKey{fill: rgba64(r.FillColor), stroke: rgba64(r.StrokeColor), strokeWidth: r.StrokeWidth,
		radii: [4]float32{tl, tr, br, bl}, size: size, scale: p.scale}
	raw := cachedShape(key, func() *image.RGBA {
		return p.oblong(r.FillColor, r.StrokeColor, r.StrokeWidth, key.radii, size, pad)
	})
	p.drawPadded(raw, pos, size, pad, clip)
}

// shapeKey is what a rasterised rectangle or circle depends on.
type shapeKey struct {
	circle       bool
	fill, stroke optColor
	strokeWidth  float32
	radii        [4]float32
	size         fyne.Size
	scale        float32
}

// optColor is a colour, or none, usable as a map key.
type optColor struct {
	set bool
	c   color.RGBA64
}

func rgba64(c color.Color) optColor {
	if c == nil {
		return optColor{}
	}
	r, g, b, a := c.RGBA()
	return optColor{true, color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}}
}

// shapes caches rasterised shapes: a window repeats them (the buttons, the
// chart cards), and frames repeat them all. The images are not modified.
var shapes struct {
	sync.Mutex
	m map[shapeKey]*image.RGBA
}

// maxShapes bounds the shape cache; past it, it starts again.
const maxShapes = 512

func cachedShape(k shapeKey, make func() *image.RGBA) *image.RGBA {
	shapes.Lock()
	img, ok := shapes.m[k]
	shapes.Unlock()
	if ok {
		return img
	}
	img = make()
	shapes.Lock()
	if shapes.m == nil || len(shapes.m) >= maxShapes {
		shapes.m = map[shapeKey]*image.RGBA{}
	}
	shapes.m[k] = img
	shapes.Unlock()
	return img
}

// fill paints box in col over the destination.
func (p *painter) fill(box image.Rectangle, col color.Color) {
	if box.Empty() {
		return
	}
	fillOver(p.dst, box, col)
}

func cornerRadius(corner, base float32) float32 {
	if corner == 0 {
		return base
	}
	return corner
}

// maxCornerRadius is internal/painter.GetMaximumCornerRadius: a corner may
// borrow what its neighbours leave unused.
func maxCornerRadius(radius, adjW, adjH float32, size fyne.Size) float32 {
	mw, mh := size.Width/2, size.Height/2
	if radius <= fyne.Min(mw, mh) {
		return radius
	}
	ew := 2*mw - fyne.Min(mw, adjW)
	eh := 2*mh - fyne.Min(mh, adjH)
	return fyne.Min(fyne.Min(ew, eh), radius)
}

// oblong rasterises a rectangle with corner radii {top-left, top-right,
// bottom-right, bottom-left}, filled and/or stroked, with pad around it.
func (p *painter) oblong(fill, stroke color.Color, strokeWidth float32, radii [4]float32, size fyne.Size, pad float32) *image.RGBA {
	tl, tr, br, bl := radii[0], radii[1], radii[2], radii[3]
	tr = maxCornerRadius(tr, tl, br, size)
	tl = maxCornerRadius(tl, tr, bl, size)
	br = maxCornerRadius(br, bl, tr, size)
	bl = maxCornerRadius(bl, br, tl, size)

	width := int(p.round(size.Width + pad*2))
	height := int(p.round(size.Height + pad*2))
	raw := image.NewRGBA(image.Rect(0, 0, width, height))
	scanner := rasterx.NewScannerGV(int(size.Width), int(size.Height), raw, raw.Bounds())

	sp := p.round(pad)
	x1, y1 := sp, sp
	x2, y2 := p.round(size.Width)+sp, p.round(size.Height)+sp
	rTL, rTR, rBR, rBL := p.round(tl), p.round(tr), p.round(br), p.round(bl)

	if fill != nil {
		filler := rasterx.NewFiller(width, height, scanner)
		filler.SetColor(fill)
		if tr == tl && br == bl && tr == br {
			if tr == 0 {
				rasterx.AddRect(float64(x1), float64(y1), float64(x2), float64(y2), 0, filler)
			} else {
				r := float64(p.round(tr))
				rasterx.AddRoundRect(float64(x1), float64(y1), float64(x2), float64(y2), r, r, 0, rasterx.RoundGap, filler)
			}
		} else {
			oblongPath(filler, x1, y1, x2, y2, rTL, rTR, rBR, rBL, false)
		}
		filler.Draw()
	}
	if stroke != nil && strokeWidth > 0 {
		dasher := rasterx.NewDasher(width, height, scanner)
		dasher.SetColor(stroke)
		dasher.SetStroke(fixed.Int26_6(float64(p.round(strokeWidth))*64), 0, nil, nil, nil, 0, nil, 0)
		oblongPath(dasher, x1, y1, x2, y2, rTL, rTR, rBR, rBL, true)
		dasher.Draw()
	}
	return raw
}

// oblongPath adds the outline of a rectangle from (x1, y1) to (x2, y2) with
// the corner radii (in pixels), starting at the top-left corner. As Fyne's,
// a stroked path does not close its last (left) edge by a line; Stop closes it.
func oblongPath(a rasterx.Adder, x1, y1, x2, y2, rTL, rTR, rBR, rBL float32, stroke bool) {
	pt := func(x, y float32) fixed.Point26_6 { return rasterx.ToFixedP(float64(x), float64(y)) }
	c := quarterCircleControl * rTL
	if c != 0 {
		a.Start(pt(x1, y1+rTL))
		a.CubeBezier(pt(x1, y1+c), pt(x1+c, y1), pt(x1+rTL, y1))
	} else {
		a.Start(pt(x1, y1))
	}
	c = quarterCircleControl * rTR
	a.Line(pt(x2-rTR, y1))
	if c != 0 {
		a.CubeBezier(pt(x2-c, y1), pt(x2, y1+c), pt(x2, y1+rTR))
	}
	c = quarterCircleControl * rBR
	a.Line(pt(x2, y2-rBR))
	if c != 0 {
		a.CubeBezier(pt(x2, y2-c), pt(x2-c, y2), pt(x2-rBR, y2))
	}
	c = quarterCircleControl * rBL
	a.Line(pt(x1+rBL, y2))
	if c != 0 {
		a.CubeBezier(pt(x1+c, y2), pt(x1, y2-c), pt(x1, y2-rBL))
	}
	if !stroke {
		a.Line(pt(x1, y1+rTL))
	}
	a.Stop(true)
}

func (p *painter) drawCircle(o *canvas.Circle, pos fyne.Position, clip image.Rectangle) {
	size := o.Size()
	pad := vectorPad(o)
	if p.shapeBounds(pos, size, pad).Intersect(clip).Empty() {
		return
	}
	key := shapeKey{circle: true, fill: rgba64(o.FillColor), stroke: rgba64(o.StrokeColor),
		strokeWidth: o.StrokeWidth, size: size, scale: p.scale}
	raw := cachedShape(key, func() *image.RGBA { return p.circle(o, size, pad) })
	p.drawPadded(raw, pos, size, pad, clip)
}

// circle rasterises a circle of size with pad around it.
func (p *painter) circle(o *canvas.Circle, size fyne.Size, pad float32) *image.RGBA {
	radius := fyne.Min(size.Width, size.Height) / 2
	width := int(p.round(size.Width + pad*2))
	height := int(p.round(size.Height + pad*2))
	raw := image.NewRGBA(image.Rect(0, 0, width, height))
	scanner := rasterx.NewScannerGV(int(size.Width), int(size.Height), raw, raw.Bounds())
	cx, cy, r := float64(width/2), float64(height/2), float64(p.round(radius))
	if o.FillColor != nil {
		filler := rasterx.NewFiller(width, height, scanner)
		filler.SetColor(o.FillColor)
		rasterx.AddCircle(cx, cy, r, filler)
		filler.Draw()
	}
	if o.StrokeColor != nil && o.StrokeWidth > 0 {
		dasher := rasterx.NewDasher(width, height, scanner)
		dasher.SetColor(o.StrokeColor)
		dasher.SetStroke(fixed.Int26_6(float64(p.round(o.StrokeWidth))*64), 0, nil, nil, nil, 0, nil, 0)
		rasterx.AddCircle(cx, cy, r, dasher)
		dasher.Draw()
	}
	return raw
}

func (p *painter) drawLine(o *canvas.Line, pos fyne.Position, clip image.Rectangle) {
	if o.StrokeColor == nil {
		return
	}
	size := o.Size()
	pad := vectorPad(o)
	if p.shapeBounds(pos, size, pad).Intersect(clip).Empty() {
		return
	}
	width := int(p.round(size.Width + pad*2))
	height := int(p.round(size.Height + pad*2))
	stroke := p.round(o.StrokeWidth)
	if stroke < 1 { // as Fyne's software painter: no fading of thin lines
		stroke = 1
	}
	raw := image.NewRGBA(image.Rect(0, 0, width, height))
	scanner := rasterx.NewScannerGV(int(size.Width), int(size.Height), raw, raw.Bounds())
	dasher := rasterx.NewDasher(width, height, scanner)
	dasher.SetColor(o.StrokeColor)
	dasher.SetStroke(fixed.Int26_6(float64(stroke)*64), 0, nil, nil, nil, 0, nil, 0)
	at := o.Position()
	p1x, p1y := p.round(o.Position1.X-at.X+pad), p.round(o.Position1.Y-at.Y+pad)
	p2x, p2y := p.round(o.Position2.X-at.X+pad), p.round(o.Position2.Y-at.Y+pad)
	if stroke <= 1.5 { // centre a 1 px line on a pixel
		if p1x == p2x {
			p1x -= 0.5
			p2x -= 0.5
		}
		if p1y == p2y {
			p1y -= 0.5
			p2y -= 0.5
		}
	}
	dasher.Start(rasterx.ToFixedP(float64(p1x), float64(p1y)))
	dasher.Line(rasterx.ToFixedP(float64(p2x), float64(p2y)))
	dasher.Stop(true)
	dasher.Draw()
	p.drawPadded(raw, pos, size, pad, clip)
}
