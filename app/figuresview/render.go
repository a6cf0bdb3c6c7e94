package figuresview

import (
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// chartObjects draw one chart slot: its card, the moment's marker line,
// its raster (transparent but for what it draws, so bars and labels cover
// the marker) and a ring per series round the current point. The renderer
// owns them and the raster's cached image.
type chartObjects struct {
	card   *canvas.Rectangle
	raster *canvas.Raster
	marker *canvas.Line
	rings  []*canvas.Rectangle

	geom     *chartGeom // the layout shown
	img      *image.RGBA
	imgGeom  *chartGeom // the layout and colours the image was drawn with
	imgCol   int
	askedCol int   // the colours the raster was last refreshed for
	focused  bool  // the card's style
	cardCol  int   // the colours the card, marker and rings were styled with
	cur      []int // the current point of each series ringed (-1 none)
}

// renderer draws a FiguresView from its fields and its charts' layout;
// it keeps canvas objects of its own and never writes the widget.
type renderer struct {
	v       *FiguresView
	scroll  *container.Scroll
	content *fyne.Container
	strip   stripLayout
	charts  []*chartObjects
	tip     tooltip
	objects []fyne.CanvasObject

	col     colors
	colGen  int
	seenGen int // the widget's refresh count last seen
	seenCS  fyne.Size
	atSize  fyne.Size

	renders         int // chart images drawn (tests)
	rasterRefreshes int // rasters refreshed (tests)
}

// stripLayout gives the strip's content its width; the renderer places
// the charts itself.
type stripLayout struct{ size fyne.Size }

func (l *stripLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.size }

func (l *stripLayout) Layout([]fyne.CanvasObject, fyne.Size) {}

// newRenderer makes the strip's scroll container and tooltip and draws v.
func newRenderer(v *FiguresView) *renderer {
	r := &renderer{v: v, seenGen: -1}
	r.content = container.New(&r.strip)
	r.scroll = container.NewHScroll(r.content)
	r.scroll.OnScrolled = v.scrolled
	r.tip.init()
	r.objects = append([]fyne.CanvasObject{r.scroll}, r.tip.objects()...)
	r.col = themeColors(v)
	r.Refresh()
	return r
}

// Objects are the scroll container, then the tooltip over it.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}

func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

// Layout sizes the scroll container and places everything for the size.
func (r *renderer) Layout(size fyne.Size) {
	r.atSize = size
	r.scroll.Resize(size)
	r.seenGen = -1
	r.Refresh()
}

// Refresh brings the objects up to the widget's state. After SetTime
// (the widget's refresh count unchanged) only the moment is moved.
func (r *renderer) Refresh() {
	v := r.v
	if v.gen == r.seenGen && len(r.charts) == len(v.charts) {
		for i, o := range r.charts {
			r.moveMoment(i, o)
		}
		return
	}
	r.seenGen = v.gen
	if col := themeColors(v); col != r.col {
		r.col = col
		r.colGen++
	}
	r.syncCharts()
	for i, o := range r.charts {
		r.placeChart(i, o)
		r.moveMoment(i, o)
	}
	if r.scroll.Offset.X != v.offset {
		r.scroll.ScrollToOffset(fyne.NewPos(v.offset, 0))
	}
	r.tip.update(v, r.atSize)
}

// syncCharts makes a slot per chart and sizes the strip's content.
func (r *renderer) syncCharts() {
	v := r.v
	if len(r.charts) != len(v.charts) {
		for len(r.charts) < len(v.charts) {
			r.charts = append(r.charts, r.newChart())
		}
		r.charts = r.charts[:len(v.charts)]
		objs := make([]fyne.CanvasObject, 0, len(r.charts)*4)
		for _, o := range r.charts {
			objs = append(objs, o.card, o.marker, o.raster)
			for _, g := range o.rings {
				objs = append(objs, g)
			}
		}
		r.content.Objects = objs
		canvas.Refresh(r.content)
	}
	size := fyne.NewSize(v.contentWidth(), v.chartSize.Height+stripTop+stripBottom)
	if size != r.strip.size || v.chartSize != r.seenCS {
		r.strip.size, r.seenCS = size, v.chartSize
		r.content.Resize(size.Max(r.scroll.Size()))
		r.scroll.Refresh()
	}
}

// newChart makes a chart slot's objects.
func (r *renderer) newChart() *chartObjects {
	o := &chartObjects{
		card:    &canvas.Rectangle{CornerRadius: 6, StrokeWidth: 1},
		marker:  &canvas.Line{StrokeWidth: 1.5},
		cardCol: -1, askedCol: -1,
	}
	o.raster = canvas.NewRaster(func(w, h int) image.Image { return r.generate(o, w, h) })
	o.raster.ScaleMode = canvas.ImageScalePixels
	o.marker.Hide()
	return o
}

// placeChart places slot i's objects, styles them and has the raster
// drawn again if its layout or the colours changed.
func (r *renderer) placeChart(i int, o *chartObjects) {
	v := r.v
	g := v.charts[i]
	pos, size := v.chartPos(i), v.chartSize
	o.card.Move(pos)
	o.card.Resize(size)
	o.raster.Move(pos)
	if o.geom != g || o.askedCol != r.colGen {
		o.geom, o.askedCol = g, r.colGen
		r.rasterRefreshes++
		canvas.Refresh(o.raster)
	}
	o.raster.Resize(size)
	focused := g.fig.ID == v.Focus && v.Focus != ""
	if o.focused != focused || o.cardCol != r.colGen {
		o.focused, o.cardCol = focused, r.colGen
		o.card.FillColor, o.card.StrokeColor, o.card.StrokeWidth = r.col.paper, r.col.edge, 1
		if focused { // the card keeps its fill: the raster's hollow bars and halos match it
			o.card.StrokeColor, o.card.StrokeWidth = r.col.focus, 2.5
		}
		o.card.Refresh()
		o.marker.StrokeColor = r.col.moment
		o.marker.Refresh()
		for _, ring := range o.rings {
			ring.StrokeColor = r.col.moment
			ring.Refresh()
		}
	}
	// The marker spans the plot; SetTime only moves it sideways.
	o.marker.Position1 = fyne.NewPos(pos.X, pos.Y+g.plot.y0-labelLine)
	o.marker.Position2 = fyne.NewPos(pos.X, pos.Y+g.plot.y1+3)
	for len(o.rings) < len(g.series) {
		ring := &canvas.Rectangle{StrokeWidth: 2, StrokeColor: r.col.moment}
		ring.Hide()
		o.rings = append(o.rings, ring)
		o.cur = append(o.cur, -1)
		r.content.Objects = append(r.content.Objects, ring)
		canvas.Refresh(r.content)
	}
	for s := range o.rings {
		o.cur[s] = -2 // place again
		if s >= len(g.series) {
			o.rings[s].Hide()
		}
	}
}

// moveMoment moves slot i's marker to the time and rings the point of
// each series current then. It allocates nothing; it refreshes a ring
// only when the current point changes.
func (r *renderer) moveMoment(i int, o *chartObjects) {
	v := r.v
	g := v.charts[i]
	pos := v.chartPos(i)
	in := !v.Time.Before(g.t0) && v.Time.Before(g.t1) && len(g.series) > 0
	if in {
		o.marker.Move(fyne.NewPos(pos.X+g.x(v.Time), o.marker.Position().Y))
	}
	if in != o.marker.Visible() {
		if in {
			o.marker.Show()
		} else {
			o.marker.Hide()
		}
	}
	for s := range g.series {
		cur := currentPoint(&g.series[s], v.Time)
		if cur == o.cur[s] {
			continue
		}
		o.cur[s] = cur
		ring := o.rings[s]
		if cur < 0 {
			ring.Hide()
			continue
		}
		pg := &g.series[s].pts[cur]
		ring.CornerRadius = 3
		if pg.round {
			ring.CornerRadius = pg.ring.w() / 2
		}
		ring.Move(fyne.NewPos(pos.X+pg.ring.x0, pos.Y+pg.ring.y0))
		ring.Resize(fyne.NewSize(pg.ring.w(), pg.ring.h()))
		ring.Show()
		ring.Refresh()
	}
}

// currentPoint is the index of the last point of a series begun by t, or
// -1 before the first (as link.CurrentPoint).
func currentPoint(s *seriesGeom, t time.Time) int {
	cur := -1
	for i := range s.pts {
		if !s.pts[i].start.After(t) {
			cur = i
		}
	}
	return cur
}
