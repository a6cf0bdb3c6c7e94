package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/apptheme"
)

// InfoCard is the card in a corner of the map naming the selection: its
// name, its names in other languages and what it is. It hides itself when
// the title is empty; its size follows its lines, so the container holding
// it must lay it out again after SetInfo.
type InfoCard struct {
	widget.BaseWidget

	Title, Names, Kind string
}

// NewInfoCard returns a hidden card.
func NewInfoCard() *InfoCard {
	c := &InfoCard{}
	c.ExtendBaseWidget(c)
	c.Hide()
	return c
}

// SetInfo shows the lines ("" for a line leaves it out; an empty title
// hides the card).
func (c *InfoCard) SetInfo(title, names, kind string) {
	c.Title, c.Names, c.Kind = title, names, kind
	if title == "" {
		c.Hide()
		return
	}
	c.Show()
	c.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (c *InfoCard) CreateRenderer() fyne.WidgetRenderer {
	r := &infoRenderer{c: c, title: widget.NewLabel(""), names: widget.NewLabel(""), kind: widget.NewLabel("")}
	r.title.TextStyle.Bold = true
	r.kind.Importance = widget.LowImportance
	r.kind.TextStyle.Italic = true
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius = 6
	r.bg.StrokeColor = color.NRGBA{0x6f, 0x93, 0xab, 0xff}
	r.bg.StrokeWidth = 1
	r.box = container.NewStack(r.bg, container.NewVBox(r.title, r.names, r.kind))
	r.Refresh()
	return r
}

type infoRenderer struct {
	c                  *InfoCard
	title, names, kind *widget.Label
	bg                 *canvas.Rectangle
	box                *fyne.Container
}

func (r *infoRenderer) Layout(size fyne.Size) { r.box.Resize(size) }

func (r *infoRenderer) MinSize() fyne.Size { return r.box.MinSize() }

func (r *infoRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }

func (r *infoRenderer) Destroy() {}

func (r *infoRenderer) Refresh() {
	r.bg.FillColor = theme.Color(apptheme.ColorNamePanel)
	r.title.Text, r.names.Text, r.kind.Text = r.c.Title, r.c.Names, r.c.Kind
	r.names.Hidden = r.c.Names == ""
	r.kind.Hidden = r.c.Kind == ""
	r.box.Refresh()
}
