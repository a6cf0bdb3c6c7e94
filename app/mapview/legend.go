package mapview

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/apptheme"
	"peninsula/geo"
)

// LegendEntry is a row of the legend: a line or area feature of the map
// and what it shows ("38th Parallel (1945–1953)").
type LegendEntry struct{ ID, Text string }

// Legend is the key in a corner of the map: the entries' lines and areas
// that are drawn now, the markers, and the outline of the places linked to
// the moment when there are any. Its size changes with the rows shown:
// SetState reports when the container holding it must lay it out again.
//
// It folds: a tap on it shows its header alone ("Legend ▸") or all its
// rows. A legend that follows a map (Follow) folds by itself while the map
// is zoomed in and unfolds when it is zoomed back out, and the map keeps
// its labels out from under it.
type Legend struct {
	widget.BaseWidget

	Style   *geo.Style
	Entries []LegendEntry
	// Hidden are the ids of the features not drawn now: their rows are
	// left out.
	Hidden []string
	// Highlighted shows the row of the moment's outline.
	Highlighted bool
	// Collapsed shows the header alone.
	Collapsed bool

	follow *MapView // the map the legend lies over, if any
	zoomed bool     // whether the followed map was zoomed in at its last change
	r      *legendRenderer
}

// NewLegend returns a legend of the entries in style st.
func NewLegend(st *geo.Style, entries []LegendEntry) *Legend {
	l := &Legend{Style: st, Entries: entries}
	l.ExtendBaseWidget(l)
	return l
}

// SetStyle redraws the swatches in another palette.
func (l *Legend) SetStyle(st *geo.Style) {
	l.Style = st
	l.Refresh()
	l.refreshMap()
}

// SetEntries replaces the rows of lines and areas.
func (l *Legend) SetEntries(entries []LegendEntry) {
	l.Entries = entries
	l.Refresh()
	l.refreshMap()
}

// SetState sets the hidden features and whether the moment has places,
// and reports whether the legend's size changed: the rows shown changed
// while it is unfolded.
func (l *Legend) SetState(hidden []string, highlighted bool) bool {
	before := l.rows()
	l.Hidden = append(l.Hidden[:0], hidden...)
	l.Highlighted = highlighted
	if l.rows() == before {
		return false
	}
	l.Refresh()
	l.refreshMap()
	return !l.Collapsed
}

// rows is a bit set of the rows shown (entries, then the moment's row).
func (l *Legend) rows() uint64 {
	var m uint64
	for i, e := range l.Entries {
		if !slices.Contains(l.Hidden, e.ID) {
			m |= 1 << (i % 63)
		}
	}
	if l.Highlighted {
		m |= 1 << 63
	}
	return m
}

// CreateRenderer implements fyne.Widget.
func (l *Legend) CreateRenderer() fyne.WidgetRenderer {
	r := &legendRenderer{l: l}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius, r.bg.StrokeWidth = 6, 1
	r.fold = canvas.NewImageFromResource(theme.MenuDropDownIcon())
	r.fold.SetMinSize(fyne.NewSize(14, 14))
	r.title = canvas.NewText("Legend", theme.Color(theme.ColorNameForeground))
	r.title.TextSize, r.title.TextStyle.Bold = 12, true
	r.header = container.NewHBox(r.title, r.fold)
	r.body = container.NewVBox()
	r.box = container.NewStack(r.bg, container.New(tightPadding{}, container.NewVBox(r.header, r.body)))
	l.r = r
	r.Refresh()
	return r
}

type legendRenderer struct {
	l       *Legend
	bg      *canvas.Rectangle
	header  *fyne.Container
	title   *canvas.Text
	fold    *canvas.Image
	folded  bool // the icon shows the folded state
	body    *fyne.Container
	box     *fyne.Container
	style   *geo.Style
	entries []LegendEntry
	ids     []string // the row of each of body's objects
	moment  fyne.CanvasObject
}

// Layout draws the panel at its own size even when given more (a folded
// legend before its container has laid it out again).
func (r *legendRenderer) Layout(size fyne.Size) { r.box.Resize(size.Min(r.box.MinSize())) }

func (r *legendRenderer) MinSize() fyne.Size { return r.box.MinSize() }

func (r *legendRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }

func (r *legendRenderer) Destroy() {}

// Refresh rebuilds the rows when the style or entries changed, then shows
// the rows of what is drawn now.
func (r *legendRenderer) Refresh() {
	l := r.l
	if l.Style != r.style || !slices.Equal(l.Entries, r.entries) {
		r.build()
	}
	r.bg.FillColor = theme.Color(apptheme.ColorNamePanel)
	r.bg.StrokeColor = nrgba(l.Style.Coast.Color)
	r.title.Color = theme.Color(theme.ColorNameForeground)
	if r.folded != l.Collapsed || r.fold.Resource == nil {
		r.folded = l.Collapsed
		if l.Collapsed {
			r.fold.Resource = theme.MenuExpandIcon()
		} else {
			r.fold.Resource = theme.MenuDropDownIcon()
		}
		r.fold.Refresh()
	}
	r.body.Hidden = l.Collapsed
	for i, o := range r.body.Objects {
		id := r.ids[i]
		show := !slices.Contains(l.Hidden, id)
		if id == "moment" {
			show = l.Highlighted
		}
		if show {
			o.Show()
		} else {
			o.Hide()
		}
	}
	r.box.Refresh()
}

func (r *legendRenderer) build() {
	l, st := r.l, r.l.Style
	r.style, r.entries = st, slices.Clone(l.Entries)
	r.ids = r.ids[:0]
	var rows []fyne.CanvasObject
	row := func(id string, sw fyne.CanvasObject, text string) {
		t := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
		t.TextSize = 12
		rows = append(rows, container.NewHBox(container.NewCenter(sw), t))
		r.ids = append(r.ids, id)
	}
	for _, e := range l.Entries {
		if ls, ok := st.Lines[e.ID]; ok {
			row(e.ID, lineSwatch(ls.Color, float32(ls.Width), ls.Dash != nil), e.Text)
		} else if fill, ok := st.Fill[e.ID]; ok {
			row(e.ID, areaSwatch(nrgba(fill), nrgba(st.Coast.Color), 1), e.Text)
		}
	}
	hl := st.Highlight
	row("capital", dotSwatch(st.Point, 4.5), "Capital")
	row("place", dotSwatch(st.Point, 3.5), "Place")
	row("moment", areaSwatch(color.NRGBA{hl.R, hl.G, hl.B, 0x28}, color.NRGBA{hl.R, hl.G, hl.B, 0xb0}, 2), "Linked to this moment")
	r.moment = rows[len(rows)-1]
	r.body.Objects = rows
}

const swatchW, swatchH = 26, 12

func nrgba(c color.RGBA) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, c.A} }

// lineSwatch draws a short line, dashed when dash is set.
func lineSwatch(c color.RGBA, width float32, dash bool) fyne.CanvasObject {
	var objs []fyne.CanvasObject
	step, on := float32(swatchW), float32(swatchW)
	if dash {
		step, on = 9, 5
	}
	for x := float32(0); x < swatchW; x += step {
		l := canvas.NewLine(nrgba(c))
		l.StrokeWidth = width
		l.Position1, l.Position2 = fyne.NewPos(x, swatchH/2), fyne.NewPos(min(x+on, swatchW), swatchH/2)
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

// tightPadding insets its content by 6 px and squeezes the rows together.
type tightPadding struct{}

func (tightPadding) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(6, 2))
		o.Resize(size.SubtractWidthHeight(12, 4))
	}
}

func (tightPadding) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(12, 4)
}
