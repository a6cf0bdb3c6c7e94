package mapview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// Card geometry: the widest it gets, its padding and line sizes.
const (
	cardMaxWidth = 240
	cardPad      = 8
	cardTitle    = 14
	cardText     = 13
	cardKind     = 12
)

// CreateRenderer implements fyne.Widget.
func (c *InfoCard) CreateRenderer() fyne.WidgetRenderer {
	r := &infoRenderer{c: c}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius = 6
	r.bg.StrokeColor = color.NRGBA{0x6f, 0x93, 0xab, 0xff}
	r.bg.StrokeWidth = 1
	r.Refresh()
	return r
}

// infoRenderer draws the card's lines as texts: the title in bold, the
// names wrapped at cardMaxWidth, the kind in small italics.
type infoRenderer struct {
	c       *InfoCard
	bg      *canvas.Rectangle
	lines   []*canvas.Text
	size    fyne.Size // of the laid-out lines, padding included
	objects []fyne.CanvasObject
}

func (r *infoRenderer) Layout(size fyne.Size) { r.bg.Resize(size) }

func (r *infoRenderer) MinSize() fyne.Size { return r.size }

func (r *infoRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *infoRenderer) Destroy() {}

func (r *infoRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	r.bg.FillColor = theme.Color(apptheme.ColorNamePanel)
	r.lines = r.lines[:0]
	add := func(text string, size float32, st fyne.TextStyle, c color.Color) {
		t := canvas.NewText(text, c)
		t.TextSize, t.TextStyle = size, st
		r.lines = append(r.lines, t)
	}
	add(r.c.Title, cardTitle, fyne.TextStyle{Bold: true}, fg)
	for _, l := range wrapWords(r.c.Names, cardText, cardMaxWidth-2*cardPad) {
		add(l, cardText, fyne.TextStyle{}, fg)
	}
	if r.c.Kind != "" {
		add(r.c.Kind, cardKind, fyne.TextStyle{Italic: true}, theme.Color(theme.ColorNamePlaceHolder))
	}
	y, w := float32(cardPad-2), float32(0)
	r.objects = append(r.objects[:0], r.bg)
	for _, t := range r.lines {
		ts := t.MinSize()
		t.Move(fyne.NewPos(cardPad, y))
		t.Resize(ts)
		y += ts.Height
		w = max(w, ts.Width)
		r.objects = append(r.objects, t)
	}
	r.size = fyne.NewSize(w+2*cardPad, y+cardPad-2)
	r.bg.Resize(r.c.Size())
	canvas.Refresh(r.c)
}

// wrapWords breaks s into lines no wider than w at text size size.
func wrapWords(s string, size, w float32) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && fyne.MeasureText(try, size, fyne.TextStyle{}).Width > w {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
