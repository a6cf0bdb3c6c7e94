// Package compose paints a laid-out Fyne canvas into an *image.RGBA: a
// faster stand-in for Fyne's software painter (driver/software) for
// headless captures such as `peninsula snapshot`.
//
// Fyne still lays the UI out (a software canvas, or any fyne.Canvas); this
// package only paints. It walks the visible objects in drawing order with
// their absolute positions, as Fyne's painters do, clips to scroll
// containers (and to any widget whose renderer clips), skips hidden objects
// and whatever lies wholly outside its clip, and draws each kind of object:
//
//   - canvas.Rectangle, Circle and Line: rasterised with rasterx along
//     Fyne's own paths (fill, stroke, corner radii, anti-aliased);
//   - canvas.Text: painted by Fyne on a software canvas of its own, in the
//     faces Fyne parsed to measure it, and kept for the next capture;
//   - canvas.Image: the pixels Fyne rendered for it (SVG theme icons in
//     their theme colours included), scaled to the object's pixel size with
//     its FillMode and ScaleMode, translucency and corner radius;
//   - canvas.Raster: its generator called at the pixel size;
//   - canvas.LinearGradient and RadialGradient (the shadows of widgets);
//   - canvas.Polygon and Arc, which the app has none of: by Fyne, as texts.
//
// Unlike Fyne's software painter, which paints into an *image.NRGBA
// through image/draw's generic paths, it composites premultiplied pixels
// onto the *image.RGBA directly (copying opaque runs, skipping transparent
// ones), keeps rasterised shapes and texts for the next object or capture
// that needs the same, and does not rasterise what cannot be seen. Where
// a translucent pixel is composited the result can differ from Fyne's by a
// level of 255 (premultiplied against non-premultiplied rounding). Two
// deliberate differences: a shape cut by the left or top of its clip stays
// where it is (Fyne's software painter shifts it right or down onto the
// clip's edge, the GL window does not), and a scroll inside a scroll is
// clipped to both (Fyne's software painter clips to the inner only).
package compose

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Capture paints the canvas c as a window would show it: the theme's
// background, the content, then the overlays, at c's scale.
func Capture(c fyne.Canvas) *image.RGBA {
	img := image.NewRGBA(pixelBounds(c))
	draw.Draw(img, img.Rect, image.NewUniform(theme.Color(theme.ColorNameBackground)), image.Point{}, draw.Src)
	Paint(img, c)
	return img
}

// Paint paints c's content and overlays over dst, whose pixel (0, 0) is
// the canvas's top-left corner.
func Paint(dst *image.RGBA, c fyne.Canvas) {
	p := &painter{dst: dst, scale: c.Scale()}
	if p.scale <= 0 {
		p.scale = 1
	}
	clip := pixelBounds(c).Intersect(dst.Rect)
	if content := c.Content(); content != nil {
		p.walk(content, fyne.Position{}, clip)
	}
	if ov := c.Overlays(); ov != nil {
		for _, o := range ov.List() {
			p.walk(o, fyne.Position{}, clip)
		}
	}
}

func pixelBounds(c fyne.Canvas) image.Rectangle {
	s := c.Size()
	sc := c.Scale()
	if sc <= 0 {
		sc = 1
	}
	return image.Rect(0, 0, toPx(s.Width, sc), toPx(s.Height, sc))
}

// painter holds one paint's destination and scale.
type painter struct {
	dst   *image.RGBA
	scale float32
}

// toPx is Fyne's internal/scale.ToScreenCoordinate: a logical coordinate
// to pixels, rounded up.
func toPx(v, scale float32) int {
	return int(math.Ceil(float64(v * scale)))
}

func (p *painter) px(v float32) int { return toPx(v, p.scale) }

// walk paints obj, at offset from its parent's origin, and its children,
// in order, clipped to clip (pixels).
func (p *painter) walk(obj fyne.CanvasObject, offset fyne.Position, clip image.Rectangle) {
	if obj == nil || !obj.Visible() {
		return
	}
	pos := obj.Position().Add(offset)
	var children []fyne.CanvasObject
	switch o := obj.(type) {
	case *fyne.Container:
		children = o.Objects
	case fyne.Widget:
		// The renderer Fyne made for the widget (its internal cache, which
		// the test package exposes; the software canvas imports it anyway).
		r := test.WidgetRenderer(o)
		if r == nil {
			return
		}
		children = r.Objects()
		_, clips := r.(interface{ IsClip() })
		if _, scrolls := obj.(fyne.Scrollable); scrolls || clips {
			clip = clip.Intersect(p.box(pos, obj.Size()))
		}
	default:
		p.draw(obj, pos, clip)
		return
	}
	if clip.Empty() {
		return
	}
	for _, child := range children {
		p.walk(child, pos, clip)
	}
}

// box is the pixel rectangle of a logical one.
func (p *painter) box(pos fyne.Position, size fyne.Size) image.Rectangle {
	return image.Rect(p.px(pos.X), p.px(pos.Y), p.px(pos.X+size.Width), p.px(pos.Y+size.Height))
}

type gradient interface {
	Generate(int, int) image.Image
	Size() fyne.Size
}

// draw paints one canvas object at pos (absolute, logical).
func (p *painter) draw(obj fyne.CanvasObject, pos fyne.Position, clip image.Rectangle) {
	if clip.Empty() {
		return
	}
	switch o := obj.(type) {
	case *canvas.Rectangle:
		p.drawRectangle(o, pos, clip)
	case *canvas.Text:
		p.drawText(o, pos, clip)
	case *canvas.Raster:
		p.drawRaster(o, pos, clip)
	case *canvas.Image:
		p.drawImage(o, pos, clip)
	case *canvas.Circle:
		p.drawCircle(o, pos, clip)
	case *canvas.Line:
		p.drawLine(o, pos, clip)
	case *canvas.Polygon:
		p.drawPolygon(o, pos, clip)
	case *canvas.Arc:
		p.drawArc(o, pos, clip)
	case gradient:
		p.drawGradient(o, pos, clip)
	}
}

// over composites src (whose bounds' top-left is placed at the pixel at)
// over the destination within clip.
func (p *painter) over(src image.Image, at image.Point, clip image.Rectangle) {
	sb := src.Bounds()
	r := image.Rectangle{Min: at, Max: at.Add(sb.Size())}.Intersect(clip)
	if r.Empty() {
		return
	}
	drawOver(p.dst, r, src, sb.Min.Add(r.Min.Sub(at)))
}

// overAlpha is over with the source faded to alpha (0 to 1).
func (p *painter) overAlpha(src image.Image, at image.Point, clip image.Rectangle, alpha float64) {
	if alpha >= 1 {
		p.over(src, at, clip)
		return
	}
	if alpha <= 0 {
		return
	}
	sb := src.Bounds()
	r := image.Rectangle{Min: at, Max: at.Add(sb.Size())}.Intersect(clip)
	if r.Empty() {
		return
	}
	mask := image.NewUniform(color.Alpha{A: uint8(255 * alpha)})
	draw.DrawMask(p.dst, r, src, sb.Min.Add(r.Min.Sub(at)), mask, image.Point{}, draw.Over)
}
