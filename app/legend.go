package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"peninsula/geo"
)

// legend is the key in the map's corner: it lists what the map shows at the
// current moment (the lines and areas of that date, markers and highlights).
type legend struct {
	box    *fyne.Container
	rows   map[string]*fyne.Container // by row id
	parent *fyne.Container            // re-laid out when rows come and go
}

const swatchW, swatchH = 26, 12

func nrgba(c color.RGBA) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, c.A} }

// lineSwatch draws a short line, dashed when dash is set.
func lineSwatch(c color.RGBA, width float32, dash bool) fyne.CanvasObject {
	var objs []fyne.CanvasObject
	if dash {
		for x := float32(0); x < swatchW; x += 9 {
			l := canvas.NewLine(nrgba(c))
			l.StrokeWidth = width
			l.Position1, l.Position2 = fyne.NewPos(x, swatchH/2), fyne.NewPos(min(x+5, swatchW), swatchH/2)
			objs = append(objs, l)
		}
	} else {
		l := canvas.NewLine(nrgba(c))
		l.StrokeWidth = width
		l.Position1, l.Position2 = fyne.NewPos(0, swatchH/2), fyne.NewPos(swatchW, swatchH/2)
		objs = append(objs, l)
	}
	return sized(container.NewWithoutLayout(objs...))
}

// areaSwatch draws a filled box with an outline.
func areaSwatch(fill, stroke color.Color, strokeWidth float32) fyne.CanvasObject {
	r := canvas.NewRectangle(fill)
	r.StrokeColor, r.StrokeWidth = stroke, strokeWidth
	r.Resize(fyne.NewSize(swatchW, swatchH))
	return sized(container.NewWithoutLayout(r))
}

// dotSwatch draws a place marker.
func dotSwatch(c color.RGBA, rad float32) fyne.CanvasObject {
	ring := canvas.NewCircle(color.White)
	ring.Move(fyne.NewPos(swatchW/2-rad-1.5, swatchH/2-rad-1.5))
	ring.Resize(fyne.NewSize(2*rad+3, 2*rad+3))
	dot := canvas.NewCircle(nrgba(c))
	dot.Move(fyne.NewPos(swatchW/2-rad, swatchH/2-rad))
	dot.Resize(fyne.NewSize(2*rad, 2*rad))
	return sized(container.NewWithoutLayout(ring, dot))
}

// sized gives a swatch its fixed size in a layout.
func sized(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(swatchW, swatchH), o)
}

func newLegend(st *geo.Style) *legend {
	lg := &legend{rows: map[string]*fyne.Container{}}
	row := func(id string, sw fyne.CanvasObject, text string) *fyne.Container {
		l := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
		l.TextSize = 12
		r := container.NewHBox(container.NewCenter(sw), l)
		lg.rows[id] = r
		return r
	}
	hl := st.Highlight
	body := container.NewVBox(
		row("mdl", lineSwatch(st.Lines["mdl"].Color, 2.5, false), "Military Demarcation Line (1953–)"),
		row("parallel-38", lineSwatch(st.Lines["parallel-38"].Color, 2, true), "38th Parallel (1945–1953)"),
		row("zone-us", areaSwatch(nrgba(st.Fill["zone-us"]), nrgba(st.Coast.Color), 1), "US occupation zone (1945–1948)"),
		row("zone-soviet", areaSwatch(nrgba(st.Fill["zone-soviet"]), nrgba(st.Coast.Color), 1), "Soviet occupation zone (1945–1948)"),
		row("korea", areaSwatch(nrgba(st.Fill["korea"]), nrgba(st.Coast.Color), 1), "Korea under Japanese rule (1910–1945)"),
		row("capital", dotSwatch(st.Point, 4.5), "Capital"),
		row("place", dotSwatch(st.Point, 3.5), "Place"),
		row("moment", areaSwatch(color.NRGBA{hl.R, hl.G, hl.B, 0x28}, color.NRGBA{hl.R, hl.G, hl.B, 0xb0}, 2), "Linked to this moment"),
	)
	bg := canvas.NewRectangle(theme.Color(colorPanel))
	bg.CornerRadius = 6
	bg.StrokeColor = nrgba(st.Coast.Color)
	bg.StrokeWidth = 1
	lg.box = container.NewStack(bg, container.New(&tightPadding{}, body))
	return lg
}

// update shows the rows of the lines and areas visible now and the
// highlight row when something is highlighted.
func (lg *legend) update(shown func(id string) bool, highlighted bool) {
	changed := false
	set := func(id string, show bool) {
		if r := lg.rows[id]; r.Hidden == show {
			r.Hidden = !show
			changed = true
		}
	}
	for _, id := range []string{"mdl", "parallel-38", "zone-us", "zone-soviet", "korea"} {
		set(id, shown(id))
	}
	set("moment", highlighted)
	if !changed {
		return
	}
	if lg.parent != nil {
		lg.parent.Refresh()
	} else {
		lg.box.Refresh()
	}
}

// tightPadding insets its content by 6 px and squeezes the rows together.
type tightPadding struct{}

func (*tightPadding) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(6, 2))
		o.Resize(size.SubtractWidthHeight(12, 4))
	}
}

func (*tightPadding) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(12, 4)
}
