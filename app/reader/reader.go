package reader

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
	"peninsula/story"
)

// readerMaxWidth keeps lines to a readable length (about 75 characters).
const readerMaxWidth = 620

// Reader is the explainer's text pane: the story's title and source, a
// contents button naming the section at the top and listing all of them,
// and the sections and passages with their links.
//
// The app gives it data through the exported fields and their SetX methods
// and hears from it through the OnX callbacks; the reader never changes its
// data on its own, and never scrolls on its own when the data changes (the
// app calls Reveal or ScrollToSection). After setting a field directly, call
// Refresh; change Story with SetStory, which rebuilds the text.
type Reader struct {
	widget.BaseWidget

	// Story is the story shown; nil shows nothing.
	Story *story.Story
	// TextSize is the passages' text size; 0 for the theme's. SetTextSize
	// clamps it to 10..28.
	TextSize float32
	// Current are the ids of the passages of the current moment of the
	// timeline: tinted with apptheme.ColorNamePassageCurrent.
	Current []string
	// Place is the name of the selected place ("" when nothing is selected:
	// the place bar is hidden). Selected are the ids of the passages about
	// it, tinted with apptheme.ColorNamePassageSelected (a passage both
	// current and selected shows the selected tint).
	Place    string
	Selected []string
	// Focused is the id of the passage in focus ("" for none): drawn with
	// the accent bar (apptheme.ColorNameFocus) at its left edge; the place
	// bar says "k of n" when it is one of Selected.
	Focused string
	// Active are the ids of events whose links are drawn in
	// apptheme.ColorNameActiveLink (the events of the current moment).
	Active []string
	// Marks are the stretches of passage text a search matched, by passage
	// id: byte offsets [start, end) into story.Passage.Text(). They are
	// drawn as a marker-pen highlight behind the text (yellow on the light
	// theme, dark amber on the dark one). Set them with SetMarks.
	Marks map[string][][2]int

	// OnPlaceTapped is called with the id of a tapped place link.
	OnPlaceTapped func(id string)
	// OnEventTapped is called with the id of a tapped event link.
	OnEventTapped func(id string)
	// OnFigureTapped is called with the id of a tapped figure link.
	OnFigureTapped func(id string)
	// OnClosePlace is called when the user closes the place bar (its ✕).
	OnClosePlace func()
	// OnFocus is called with the passage the place bar's ‹ or › asks to
	// focus: the previous or next of Selected, wrapping; from no focus both
	// ask for Selected[0]. The reader does not change Focused itself: the
	// app decides and calls SetFocused.
	OnFocus func(id string)

	// The text, built by SetStory (column.go).
	views    map[string]*passageView
	order    []*passageView
	others   []*fyne.Container // the title, source, contents and headings, in boxes cull hides the content of
	headings map[string]fyne.CanvasObject
	column   *fyne.Container
	scroll   *container.Scroll
	contents *control.Button // names the section at the top; opens the menu of sections
	section  string          // the id of the section at the top of the pane
	bar      *placeBar
	content  *fyne.Container

	// Buffers the SetX methods copy into, so that the caller's slices are
	// never written and steady-state calls allocate nothing.
	current, selected, active []string

	anchor       fyne.CanvasObject // kept at the top until the user scrolls
	userScrollAt time.Time         // when the user last scrolled
	programmatic bool              // a scroll of ours is under way
}

var _ fyne.Widget = (*Reader)(nil)

// Tint is how a passage's background is tinted.
type Tint int

// The tints, weakest first: a passage both current and selected shows
// TintSelected.
const (
	TintNone     Tint = iota // no tint
	TintCurrent              // a passage of the current moment
	TintSelected             // a passage about the selected place
)

// String returns the tint's name.
func (t Tint) String() string {
	switch t {
	case TintCurrent:
		return "current"
	case TintSelected:
		return "selected"
	}
	return "none"
}

// tintOf combines a passage's memberships into its tint.
func tintOf(current, selected bool) Tint {
	switch {
	case selected:
		return TintSelected
	case current:
		return TintCurrent
	}
	return TintNone
}

// New returns a reader showing s (nil for none).
func New(s *story.Story) *Reader {
	r := &Reader{}
	r.ExtendBaseWidget(r)
	r.bar = newPlaceBar(r.step, func() {
		if r.OnClosePlace != nil {
			r.OnClosePlace()
		}
	})
	r.contents = newContents(r.showContents)
	r.column = container.NewVBox()
	r.scroll = container.NewVScroll(container.New(&columnLayout{max: readerMaxWidth}, r.column))
	r.scroll.OnScrolled = r.userScrolled
	top := container.NewVBox(r.contents, r.bar.box)
	r.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, r.scroll)
	r.SetStory(s)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer {
	rr := &readerRenderer{r: r, objects: []fyne.CanvasObject{r.content},
		current: map[string]bool{}, selected: map[string]bool{}, active: map[string]bool{}}
	rr.Refresh()
	return rr
}

// Resize wraps the passages for the new width before the pane lays out,
// so the scrolled column's height is right the first time.
// The reading position is kept: the passage or heading last scrolled to
// stays at the top until the user scrolls.
func (r *Reader) Resize(size fyne.Size) {
	widthChanged := size.Width != r.Size().Width
	r.setColumnWidth(size.Width)
	// A resize may clamp the scroll offset; that is not the user scrolling.
	r.programmatic = true
	r.BaseWidget.Resize(size)
	r.programmatic = false
	if widthChanged && r.anchor != nil {
		r.scrollToObject(r.anchor)
	}
	r.cull()
}

// setColumnWidth wraps every passage for a pane w wide (less the scroll
// bar's room and the column's padding).
func (r *Reader) setColumnWidth(w float32) {
	col := min(w-2*theme.Padding()-theme.ScrollBarSize(), readerMaxWidth)
	for _, v := range r.order {
		v.setWidth(col)
	}
}

// SetCurrent sets Current to a copy of ids, the passages of the current
// moment. It allocates nothing in steady state (it runs on every step of a
// scrub).
func (r *Reader) SetCurrent(ids []string) {
	r.current = append(r.current[:0], ids...)
	r.Current = r.current
	r.Refresh()
}

// SetSelection sets Place, the name of the selected place, and Selected, a
// copy of ids, the passages about it. An empty place hides the place bar
// and clears Selected. Focused is left as it is.
func (r *Reader) SetSelection(place string, ids []string) {
	if place == "" {
		ids = nil
	}
	r.selected = append(r.selected[:0], ids...)
	r.Place, r.Selected = place, r.selected
	r.Refresh()
}

// SetFocused sets Focused, the passage in focus ("" for none). It only
// restyles; call Reveal to scroll to the passage.
func (r *Reader) SetFocused(id string) {
	r.Focused = id
	r.Refresh()
}

// SetActive sets Active to a copy of ids, the events whose links are drawn
// in the active colour. It allocates nothing in steady state, and only the
// passages whose links changed are redrawn.
func (r *Reader) SetActive(ids []string) {
	r.active = append(r.active[:0], ids...)
	r.Active = r.active
	r.Refresh()
}

// SetTextSize sets TextSize (0 for the theme's; others are clamped to
// 10..28), rewrapping the text and keeping the reading position.
func (r *Reader) SetTextSize(size float32) {
	if size != 0 {
		size = max(10, min(28, size))
	}
	if size == r.TextSize {
		return
	}
	r.TextSize = size
	r.Refresh()
	if r.anchor != nil {
		r.scrollToObject(r.anchor)
	}
	r.cull()
}

// Highlight returns the tint the passage with the id shows.
func (r *Reader) Highlight(id string) Tint {
	return tintOf(slices.Contains(r.Current, id), r.Place != "" && slices.Contains(r.Selected, id))
}

// step asks, through OnFocus, to focus the next (d > 0) or previous (d < 0)
// passage of Selected, wrapping around; from no focus, or a focus outside
// Selected, it asks for the first.
func (r *Reader) step(d int) {
	n := len(r.Selected)
	if r.Place == "" || n == 0 || r.OnFocus == nil {
		return
	}
	i := slices.Index(r.Selected, r.Focused)
	switch {
	case i < 0:
		i = 0
	case d > 0:
		i = (i + 1) % n
	case d < 0:
		i = (i - 1 + n) % n
	}
	r.OnFocus(r.Selected[i])
}
