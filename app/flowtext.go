package app

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/story"
)

// FlowText is word-wrapped text made of styled runs, some of them links.
// It exists because Fyne's RichText mis-wraps text that follows a
// hyperlink. Each line is drawn as one canvas.Text per run, links in the
// hyperlink colour and underlined under the pointer; tapping a link calls
// OnLink.
//
// The wrap width is set by the owner with SetWrapWidth before layout so
// that MinSize is exact for the width it will be given.
type FlowText struct {
	widget.BaseWidget

	Runs     []story.Run
	TextSize float32 // 0 for the theme's text size
	// OnLink is called with the link of a tapped linked run.
	OnLink func(story.Link)
	// Active links (by target, e.g. the events of the current moment) are
	// drawn in the accent colour; the wrap does not change.
	Active map[string]bool

	wrap    float32
	chunks  []chunk
	height  float32
	laidOut float32 // the wrap width chunks were computed for
	hover   int     // index of the chunk under the pointer, or -1
}

// chunk is a stretch of one run on one line.
type chunk struct {
	text  string
	run   int
	pos   fyne.Position
	size  fyne.Size
	style fyne.TextStyle
}

var (
	_ fyne.Widget        = (*FlowText)(nil)
	_ fyne.Tappable      = (*FlowText)(nil)
	_ desktop.Hoverable  = (*FlowText)(nil)
	_ desktop.Cursorable = (*FlowText)(nil)
)

// NewFlowText returns wrapped text for the runs.
func NewFlowText(runs []story.Run, onLink func(story.Link)) *FlowText {
	f := &FlowText{Runs: runs, OnLink: onLink, hover: -1}
	f.ExtendBaseWidget(f)
	return f
}

// SetWrapWidth sets the width the text wraps at.
func (f *FlowText) SetWrapWidth(w float32) {
	if w == f.wrap {
		return
	}
	f.wrap = w
	f.Refresh()
}

// lineHeight is the distance between baselines.
func (f *FlowText) lineHeight() float32 {
	return fyne.MeasureText("Ag", f.size(), fyne.TextStyle{}).Height * 1.2
}

func (f *FlowText) size() float32 {
	if f.TextSize > 0 {
		return f.TextSize
	}
	return theme.TextSize()
}

func (f *FlowText) styleOf(r story.Run) fyne.TextStyle {
	return fyne.TextStyle{Bold: r.Bold, Italic: r.Italic}
}

// layout breaks the runs into chunks for the wrap width.
func (f *FlowText) layout() {
	width := f.wrap
	if width <= 0 {
		width = f.Size().Width
	}
	if width <= 0 {
		width = 400
	}
	size, lh := f.size(), f.lineHeight()
	f.chunks = f.chunks[:0]
	var x, y float32
	for ri, r := range f.Runs {
		st := f.styleOf(r)
		space := wordWidth(" ", size, st)
		cur, first := -1, 0 // chunk of this run on the current line, and its first word
		words := strings.Fields(r.Text)
		lead := strings.HasPrefix(r.Text, " ") || strings.HasPrefix(r.Text, "\n")
		end := func(last int) { // the chunk's text, once it is complete
			if cur >= 0 {
				f.chunks[cur].text = strings.Join(words[first:last], " ")
			}
		}
		for wi, word := range words {
			w := wordWidth(word, size, st)
			gap := float32(0)
			if (wi > 0 || lead) && x > 0 {
				gap = space
			}
			if x > 0 && x+gap+w > width {
				end(wi)
				x, y, gap, cur = 0, y+lh, 0, -1
			}
			if cur < 0 {
				f.chunks = append(f.chunks, chunk{run: ri, pos: fyne.NewPos(x+gap, y), style: st})
				cur, first = len(f.chunks)-1, wi
			}
			x += gap + w
			f.chunks[cur].size = fyne.NewSize(x-f.chunks[cur].pos.X, lh)
		}
		end(len(words))
		if strings.HasSuffix(r.Text, " ") && x > 0 {
			x += space
		}
	}
	f.height = y + lh
	f.laidOut = f.wrap
}

// MinSize is the height of the text wrapped at its wrap width.
func (f *FlowText) MinSize() fyne.Size {
	if f.laidOut != f.wrap || f.chunks == nil {
		f.layout()
	}
	return fyne.NewSize(40, f.height)
}

// CreateRenderer implements fyne.Widget.
func (f *FlowText) CreateRenderer() fyne.WidgetRenderer {
	r := &flowRenderer{f: f}
	r.Refresh()
	return r
}

// Tapped follows the link under the pointer.
func (f *FlowText) Tapped(e *fyne.PointEvent) {
	if i := f.chunkAt(e.Position); i >= 0 && f.OnLink != nil {
		if l := f.Runs[f.chunks[i].run].Link; l.Kind != story.LinkNone {
			f.OnLink(l)
		}
	}
}

// chunkAt returns the index of the linked chunk at p, or -1.
func (f *FlowText) chunkAt(p fyne.Position) int {
	for i, c := range f.chunks {
		if f.Runs[c.run].Link.Kind == story.LinkNone {
			continue
		}
		if p.X >= c.pos.X && p.X <= c.pos.X+c.size.Width && p.Y >= c.pos.Y && p.Y <= c.pos.Y+c.size.Height {
			return i
		}
	}
	return -1
}

// MouseIn implements desktop.Hoverable.
func (f *FlowText) MouseIn(e *desktop.MouseEvent) { f.MouseMoved(e) }

// MouseMoved underlines the link under the pointer.
func (f *FlowText) MouseMoved(e *desktop.MouseEvent) {
	if i := f.chunkAt(e.Position); i != f.hover {
		f.hover = i
		f.Refresh()
	}
}

// MouseOut implements desktop.Hoverable.
func (f *FlowText) MouseOut() {
	if f.hover >= 0 {
		f.hover = -1
		f.Refresh()
	}
}

// Cursor is a pointing hand over links.
func (f *FlowText) Cursor() desktop.Cursor {
	if f.hover >= 0 {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// LinkPosition returns the position of the first chunk linking target,
// for tests and for scrolling to a link.
func (f *FlowText) LinkPosition(target string) (fyne.Position, bool) {
	f.MinSize()
	for _, c := range f.chunks {
		if f.Runs[c.run].Link.Target == target {
			return c.pos.Add(fyne.NewPos(2, c.size.Height/2)), true
		}
	}
	return fyne.Position{}, false
}

type flowRenderer struct {
	f       *FlowText
	texts   []*canvas.Text
	line    *canvas.Line
	objects []fyne.CanvasObject
}

func (r *flowRenderer) Layout(size fyne.Size) {
	if r.f.wrap <= 0 && size.Width != r.f.laidOut {
		r.f.wrap = size.Width
		r.Refresh()
	}
}

func (r *flowRenderer) MinSize() fyne.Size { return r.f.MinSize() }

func (r *flowRenderer) Refresh() {
	f := r.f
	if f.laidOut != f.wrap || f.chunks == nil {
		f.layout()
	}
	fg, link := theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNameHyperlink)
	active := theme.Color(colorActiveLink)
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

// widthKey identifies a measured word.
type widthKey struct {
	word  string
	size  float32
	style fyne.TextStyle
}

// widths caches word widths: the story has a few thousand words, most of
// them repeated, and every rewrap (start-up, a resize of the split, a text
// size change) would otherwise shape each again.
var widths = struct {
	sync.Mutex
	m map[widthKey]float32
}{m: map[widthKey]float32{}}

// wordWidth is fyne.MeasureText's width of word, cached.
func wordWidth(word string, size float32, st fyne.TextStyle) float32 {
	k := widthKey{word, size, st}
	widths.Lock()
	w, ok := widths.m[k]
	widths.Unlock()
	if !ok {
		w = fyne.MeasureText(word, size, st).Width
		widths.Lock()
		widths.m[k] = w
		widths.Unlock()
	}
	return w
}
