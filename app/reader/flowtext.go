package reader

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/story"
)

// FlowText is word-wrapped text made of styled runs, some of them links.
// It exists because Fyne's RichText mis-wraps text that follows a
// hyperlink. The text is drawn into one canvas.Raster (flowtext_render.go,
// raster.go), links in theme.ColorNameHyperlink and underlined under the
// pointer; tapping a link calls OnLink.
//
// The wrap width is set by the owner with SetWrapWidth before layout so
// that MinSize is exact for the width it will be given; without one the
// text wraps at its own width. After changing Runs, TextSize, Active or
// Marks, call Refresh: the text is wrapped again when its runs, size or
// wrap width changed, and drawn again when anything it shows changed.
type FlowText struct {
	widget.BaseWidget

	Runs     []story.Run
	TextSize float32 // 0 for the theme's text size
	// OnLink is called with the link of a tapped linked run.
	OnLink func(story.Link)
	// Active links (by target, e.g. the events of the current moment) are
	// drawn in apptheme.ColorNameActiveLink; the wrap does not change.
	Active map[string]bool
	// Marks are stretches of the text drawn with a marker-pen highlight
	// behind the glyphs (the matches of a search): byte offsets [start,
	// end) into the runs' texts joined (story.Passage.Text()). Offsets
	// outside the text are clipped; the wrap does not change.
	Marks [][2]int

	wrap   float32
	hover  int // index of the chunk under the pointer, or -1
	chunks []chunk
	words  []placedWord
	height float32
	// What chunks were computed for: the wrap width, text size and runs;
	// gen counts the layouts.
	laidWidth, laidSize float32
	laidRuns            []story.Run
	gen                 int

	rend *flowRenderer // the renderer, while there is one
}

// chunk is a stretch of one run on one line: its words f.words[w0:w1].
type chunk struct {
	text   string // the words, joined by spaces
	run    int
	pos    fyne.Position
	size   fyne.Size
	style  fyne.TextStyle
	w0, w1 int
}

// placedWord is a word of a chunk, where it starts (logical pixels from
// the FlowText's left) and its byte offset in the runs' texts joined.
type placedWord struct {
	text string
	x    float32
	at   int
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

// lineHeight is the distance between baselines: 1.2 lines of the
// regular face.
func (f *FlowText) lineHeight() float32 {
	glyphs.lock()
	defer glyphs.unlock()
	return f.lineHeightLocked()
}

func (f *FlowText) lineHeightLocked() float32 {
	return glyphs.lineBox(faceKey{fontRegular, f.size()}) * 1.2
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

// width is the width the text wraps at: the wrap width, else its own.
func (f *FlowText) width() float32 {
	switch {
	case f.wrap > 0:
		return f.wrap
	case f.Size().Width > 0:
		return f.Size().Width
	}
	return 400
}

// update wraps the text again if its runs, size or wrap width changed
// since it was last wrapped.
func (f *FlowText) update() {
	if f.chunks != nil && f.laidWidth == f.width() && f.laidSize == f.size() && sameRuns(f.laidRuns, f.Runs) {
		return
	}
	f.layout()
}

// sameRuns reports whether a and b are the same slice.
func sameRuns(a, b []story.Run) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// layout breaks the runs into chunks for the wrap width.
func (f *FlowText) layout() {
	glyphs.lock()
	defer glyphs.unlock()
	width := f.width()
	size, lh := f.size(), f.lineHeightLocked()
	f.chunks, f.words = f.chunks[:0], f.words[:0]
	var x, y float32
	spaced := false // the last run ended with a space
	runAt := 0      // the byte offset of the run in the runs' texts joined
	for ri, r := range f.Runs {
		st := f.styleOf(r)
		face := faceKey{fontOf(st), size}
		space := glyphs.width(face, " ")
		cur, first := -1, 0 // chunk of this run on the current line, and its first word
		words := strings.Fields(r.Text)
		lead := strings.HasPrefix(r.Text, " ") || strings.HasPrefix(r.Text, "\n")
		end := func(last int) { // the chunk's text, once it is complete
			if cur >= 0 {
				f.chunks[cur].text = strings.Join(words[first:last], " ")
				f.chunks[cur].w1 = len(f.words)
			}
		}
		at := runAt // where to look for the next word
		for wi, word := range words {
			at += strings.Index(r.Text[at-runAt:], word)
			w := glyphs.width(face, word)
			gap := float32(0)
			if (wi > 0 || lead) && x > 0 {
				gap = space
			}
			if x > 0 && x+gap+w > width {
				end(wi)
				x, y, gap, cur = 0, y+lh, 0, -1
			}
			if cur < 0 {
				// A chunk starts on a whole pixel: the painter snaps text
				// to pixels, and a space after a link that lost a pixel ran
				// the words together, so after a space round up; punctuation
				// right after a link stays as close as it is.
				start := float32(math.Round(float64(x + gap)))
				if gap > 0 || spaced {
					start = float32(math.Ceil(float64(x + gap)))
				}
				f.chunks = append(f.chunks, chunk{run: ri, pos: fyne.NewPos(start, y), style: st, w0: len(f.words)})
				cur, first = len(f.chunks)-1, wi
				x = start - gap
			}
			f.words = append(f.words, placedWord{word, x + gap, at})
			at += len(word)
			x += gap + w
			f.chunks[cur].size = fyne.NewSize(x-f.chunks[cur].pos.X, lh)
		}
		end(len(words))
		runAt += len(r.Text)
		spaced = strings.HasSuffix(r.Text, " ") && x > 0
		if spaced {
			x += space
		}
	}
	if f.chunks == nil {
		f.chunks = []chunk{} // laid out, with no text
	}
	f.height = y + lh
	f.laidWidth, f.laidSize, f.laidRuns = width, size, f.Runs
	f.gen++
}

// MinSize is the height of the text wrapped at its wrap width.
func (f *FlowText) MinSize() fyne.Size {
	f.update()
	return fyne.NewSize(40, f.height)
}

// Refresh wraps the text again if needed and redraws it.
func (f *FlowText) Refresh() {
	f.update()
	f.BaseWidget.Refresh()
}

// Resize rewraps text that has no wrap width of its own at the new width.
func (f *FlowText) Resize(size fyne.Size) {
	if size == f.Size() {
		return
	}
	f.BaseWidget.Resize(size)
	if f.wrap <= 0 && f.laidWidth != size.Width {
		f.Refresh()
	}
}

// CreateRenderer implements fyne.Widget.
func (f *FlowText) CreateRenderer() fyne.WidgetRenderer {
	f.update()
	r := newFlowRenderer(f)
	f.rend = r
	r.Refresh()
	return r
}

// Tapped follows the link under the pointer.
func (f *FlowText) Tapped(e *fyne.PointEvent) {
	f.update()
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

// MouseMoved underlines the link under the pointer. Only the underline
// is redrawn, not the text.
func (f *FlowText) MouseMoved(e *desktop.MouseEvent) {
	f.update()
	if i := f.chunkAt(e.Position); i != f.hover {
		f.hover = i
		f.refreshLine()
	}
}

// MouseOut implements desktop.Hoverable.
func (f *FlowText) MouseOut() {
	if f.hover >= 0 {
		f.hover = -1
		f.refreshLine()
	}
}

// refreshLine moves or hides the hovered link's underline.
func (f *FlowText) refreshLine() {
	if f.rend != nil {
		f.rend.refreshLine()
	}
}

// Cursor is a pointing hand over links.
func (f *FlowText) Cursor() desktop.Cursor {
	if f.hover >= 0 {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// LinkPosition returns the position of the first chunk linking target
// (a point inside it, in the FlowText's coordinates), for tests and for
// scrolling to a link.
func (f *FlowText) LinkPosition(target string) (fyne.Position, bool) {
	f.update()
	for _, c := range f.chunks {
		if f.Runs[c.run].Link.Target == target {
			return c.pos.Add(fyne.NewPos(2, c.size.Height/2)), true
		}
	}
	return fyne.Position{}, false
}
