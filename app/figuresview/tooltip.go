package figuresview

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// tooltip is the hover box over the strip, beside the hovered point: a
// dark box with the value in bold, then the date, the qualifier in words
// and the source, wrapped.
type tooltip struct {
	box   *canvas.Rectangle
	lines [maxTipLines]*canvas.Text
	shown hit
	text  []string // the lines shown
}

// Tooltip geometry, logical units.
const (
	maxTipLines = 8
	tipSize     = 12
	tipWidth    = 300
	tipPad      = 6
)

// init makes the tooltip's box and lines, hidden.
func (t *tooltip) init() {
	t.box = &canvas.Rectangle{FillColor: tooltipBg, CornerRadius: 4}
	t.box.Hide()
	for i := range t.lines {
		t.lines[i] = &canvas.Text{TextSize: tipSize, Color: tooltipInk}
		t.lines[i].Hide()
	}
	t.lines[0].TextStyle.Bold = true
	t.shown = noHit
}

// objects are the box, then the lines over it.
func (t *tooltip) objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{t.box}
	for _, l := range t.lines {
		out = append(out, l)
	}
	return out
}

// texts returns the lines shown (none when hidden).
func (t *tooltip) texts() []string { return t.text }

// update shows the tooltip of the widget's hovered point, or hides it.
func (t *tooltip) update(v *FiguresView, size fyne.Size) {
	h := v.hover
	if h == noHit || h.chart >= len(v.charts) {
		if t.shown != noHit {
			t.shown, t.text = noHit, nil
			t.box.Hide()
			for _, l := range t.lines {
				l.Hide()
			}
			canvas.Refresh(t.box)
		}
		return
	}
	g := v.charts[h.chart]
	s := g.fig.Series[h.series]
	pg := &g.series[h.series].pts[h.point]
	var text []string
	dimFrom := maxTipLines // the source's lines are dimmer
	for i, l := range tooltipLines(g.fig, s, pg.p, v.Sources) {
		if strings.HasPrefix(l, "Source: ") {
			dimFrom = len(text)
		}
		text = append(text, wrapMeasured(l, fyne.TextStyle{Bold: i == 0}, tipWidth-2*tipPad)...)
	}
	if len(text) > maxTipLines {
		text = text[:maxTipLines]
		text[maxTipLines-1] = strings.TrimRight(text[maxTipLines-1], " ") + "…"
	}
	if h == t.shown && slices.Equal(text, t.text) {
		return
	}
	t.shown, t.text = h, text
	var w, lh float32
	for i, l := range t.lines {
		if i >= len(text) {
			l.Hide()
			continue
		}
		l.Text, l.Color = text[i], tooltipInk
		if i >= dimFrom {
			l.Color = tooltipDim
		}
		ms := l.MinSize()
		w, lh = max(w, ms.Width), max(lh, ms.Height)
		l.Show()
	}
	bw, bh := w+2*tipPad, float32(len(text))*lh+2*tipPad
	// Beside the point's hit area, to its right if it fits, else to its left.
	o := v.chartPos(h.chart)
	ax0, ax1 := o.X-v.offset+pg.hit.x0, o.X-v.offset+pg.hit.x1
	x := ax1 + 6
	if x+bw > size.Width {
		x = ax0 - 6 - bw
	}
	x = max(min(x, size.Width-bw), 0)
	y := max(min(o.Y+pg.hit.y0-4, size.Height-bh-2), 0)
	t.box.Move(fyne.NewPos(x, y))
	t.box.Resize(fyne.NewSize(bw, bh))
	t.box.Show()
	t.box.Refresh()
	for i := range text {
		t.lines[i].Move(fyne.NewPos(x+tipPad, y+tipPad+float32(i)*lh))
		t.lines[i].Resize(fyne.NewSize(w, lh))
		t.lines[i].Refresh()
	}
}

// wrapMeasured breaks s into lines no wider than w in the theme's font
// at the tooltip's size, as canvas.Text will draw them.
func wrapMeasured(s string, st fyne.TextStyle, w float32) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && fyne.MeasureText(try, tipSize, st).Width > w {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	return append(lines, line)
}
