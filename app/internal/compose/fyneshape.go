package compose

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
)

// Arcs and polygons, which the app does not draw, are painted by Fyne's
// software painter: a copy of the object on a transparent canvas of its
// own, the size of the object and the margin Fyne leaves for its stroke.

func (p *painter) drawArc(o *canvas.Arc, pos fyne.Position, clip image.Rectangle) {
	c := &canvas.Arc{FillColor: o.FillColor, StartAngle: o.StartAngle, EndAngle: o.EndAngle,
		CornerRadius: o.CornerRadius, StrokeColor: o.StrokeColor, StrokeWidth: o.StrokeWidth, CutoutRatio: o.CutoutRatio}
	p.viaFyne(c, strokePad(o.StrokeColor != nil, o.StrokeWidth), o.Size(), pos, clip)
}

func (p *painter) drawPolygon(o *canvas.Polygon, pos fyne.Position, clip image.Rectangle) {
	c := &canvas.Polygon{FillColor: o.FillColor, StrokeColor: o.StrokeColor, StrokeWidth: o.StrokeWidth,
		CornerRadius: o.CornerRadius, Angle: o.Angle, Sides: o.Sides}
	p.viaFyne(c, strokePad(o.StrokeColor != nil, o.StrokeWidth), o.Size(), pos, clip)
}

// strokePad is Fyne's margin for a stroke.
func strokePad(stroked bool, width float32) float32 {
	if stroked && width > 0 {
		return width + 2
	}
	return 0
}

// viaFyne paints the free object o, of size, as if it were at pos, with
// pad logical pixels around it for its stroke.
func (p *painter) viaFyne(o fyne.CanvasObject, pad float32, size fyne.Size, pos fyne.Position, clip image.Rectangle) {
	box := p.shapeBounds(pos, size, pad)
	if size.IsZero() || box.Intersect(clip).Empty() {
		return
	}
	o.Resize(size)
	o.Move(fyne.NewPos(pad, pad))
	c := software.NewTransparentCanvas()
	c.SetPadded(false)
	c.SetScale(p.scale)
	c.SetContent(container.NewWithoutLayout(o))
	c.Resize(size.AddWidthHeight(2*pad, 2*pad))
	p.over(c.Capture(), box.Min, clip)
}
