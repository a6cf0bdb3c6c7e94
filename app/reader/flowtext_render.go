package reader

import (
	"image/color"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/story"
)

// flowRenderer draws the chunks the FlowText was wrapped into.
type flowRenderer struct {
	f       *FlowText
	texts   []*canvas.Text
	line    *canvas.Line
	objects []fyne.CanvasObject
	colours flowColours
}

// flowColours are the colours a FlowText draws with, looked up again only
// when the app's theme or variant changes: a look-up of one of Fyne's own
// colours allocates, and every scrub step redraws the FlowTexts whose
// active links changed.
type flowColours struct {
	theme              fyne.Theme
	variant            fyne.ThemeVariant
	text, link, active color.Color
}

// update looks the colours up if the theme changed since the last time.
func (c *flowColours) update() {
	th := theme.Current()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if c.text != nil && v == c.variant && reflect.TypeOf(th).Comparable() && th == c.theme {
		return
	}
	c.theme, c.variant = th, v
	c.text = theme.Color(theme.ColorNameForeground)
	c.link = theme.Color(theme.ColorNameHyperlink)
	c.active = theme.Color(apptheme.ColorNameActiveLink)
}

func (r *flowRenderer) Layout(fyne.Size) {}

// MinSize is the size of the text as last wrapped (FlowText.MinSize, which
// Fyne calls, wraps it first when needed).
func (r *flowRenderer) MinSize() fyne.Size { return fyne.NewSize(40, r.f.height) }

// Refresh draws the chunks, links in their colours, and the underline
// of the link under the pointer.
func (r *flowRenderer) Refresh() {
	f := r.f
	r.colours.update()
	fg, link, active := r.colours.text, r.colours.link, r.colours.active
	size := f.size()
	for len(r.texts) < len(f.chunks) {
		r.texts = append(r.texts, &canvas.Text{})
	}
	r.texts = r.texts[:len(f.chunks)]
	for i, c := range f.chunks {
		t := r.texts[i]
		col := fg
		if l := f.Runs[c.run].Link; l.Kind != story.LinkNone {
			col = link
			if f.Active[l.Target] {
				col = active
			}
		}
		t.Text, t.Color, t.TextSize, t.TextStyle = c.text, col, size, c.style
		t.Move(c.pos)
		t.Resize(c.size)
		t.Refresh()
	}
	if r.line == nil {
		r.line = canvas.NewLine(link)
	}
	r.line.Hidden = f.hover < 0 || f.hover >= len(f.chunks)
	if !r.line.Hidden {
		c := f.chunks[f.hover]
		y := c.pos.Y + c.size.Height*0.86
		r.line.StrokeColor, r.line.StrokeWidth = link, 1
		r.line.Position1 = fyne.NewPos(c.pos.X, y)
		r.line.Position2 = fyne.NewPos(c.pos.X+c.size.Width, y)
		r.line.Refresh()
	}
	r.objects = r.objects[:0]
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
	r.objects = append(r.objects, r.line)
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Destroy() {}
