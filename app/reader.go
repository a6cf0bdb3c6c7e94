package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/story"
)

var color0 color.Color = color.Transparent

// readerMaxWidth keeps lines to a readable length (about 75 characters).
const readerMaxWidth = 620

// Reader is the explainer pane: the story's title and source, a section
// list to jump by, and the sections and passages with their links. Tapping
// a place or event link calls OnPlaceTapped or OnEventTapped; the app turns
// that into a State change. A bar steps through the passages about the
// selected place.
type Reader struct {
	widget.BaseWidget

	Story *story.Story

	// OnPlaceTapped and OnEventTapped are called with the id of a tapped
	// place or event link.
	OnPlaceTapped func(id string)
	OnEventTapped func(id string)
	// OnClosePlace is called when the user closes the place bar.
	OnClosePlace func()

	views     map[string]*passageView
	order     []*passageView
	headings  map[string]fyne.CanvasObject
	column    *fyne.Container
	scroll    *container.Scroll
	jump      *widget.Select
	bar       *fyne.Container
	barLabel  *widget.Label
	barStep   *widget.Label
	prev, nxt *widget.Button
	content   *fyne.Container

	textSize     float32           // passage text size; 0 for the theme's
	anchor       fyne.CanvasObject // kept at the top until the user scrolls
	userScrollAt time.Time         // when the user last scrolled
	programmatic bool              // a scroll of ours is under way
	highlighted  map[string]bool
	focus        string
	stepping     []*story.Passage
	step         int
}

var _ fyne.Widget = (*Reader)(nil)

// NewReader returns a reader showing s.
func NewReader(s *story.Story) *Reader {
	r := &Reader{highlighted: map[string]bool{}}
	r.ExtendBaseWidget(r)
	r.barLabel = widget.NewLabel("")
	r.barLabel.TextStyle.Bold = true
	r.barLabel.Truncation = fyne.TextTruncateEllipsis
	r.barStep = widget.NewLabel("")
	r.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { r.Step(-1) })
	r.nxt = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { r.Step(1) })
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if r.OnClosePlace != nil {
			r.OnClosePlace()
		}
	})
	for _, b := range []*widget.Button{r.prev, r.nxt, closeBtn} {
		b.Importance = widget.LowImportance
	}
	r.bar = container.NewBorder(nil, nil, nil,
		container.NewHBox(r.barStep, r.prev, r.nxt, closeBtn), r.barLabel)
	r.bar.Hide()
	r.jump = widget.NewSelect(nil, nil)
	r.jump.PlaceHolder = "Jump to section…"
	r.column = container.NewVBox()
	r.scroll = container.NewVScroll(container.New(&columnLayout{max: readerMaxWidth}, r.column))
	r.scroll.OnScrolled = r.userScrolled
	top := container.NewVBox(r.jump, r.bar)
	r.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, r.scroll)
	r.SetStory(s)
	return r
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

// CreateRenderer implements fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.content)
}

// SetStory shows another story.
func (r *Reader) SetStory(s *story.Story) {
	r.Story = s
	r.views = map[string]*passageView{}
	r.order = nil
	r.headings = map[string]fyne.CanvasObject{}
	r.highlighted = map[string]bool{}
	r.focus = ""
	r.stepping = nil
	r.setBar(false)
	r.column.RemoveAll()
	// Collect the column's objects and set them once: Container.Add lays
	// the whole column out again on every call.
	var objs []fyne.CanvasObject
	if s == nil {
		r.jump.Options = nil
		r.Refresh()
		return
	}
	onPlace := func(id string) {
		if r.OnPlaceTapped != nil {
			r.OnPlaceTapped(id)
		}
	}
	onEvent := func(id string) {
		if r.OnEventTapped != nil {
			r.OnEventTapped(id)
		}
	}
	title := widget.NewRichText(&widget.TextSegment{Text: s.Title, Style: widget.RichTextStyleHeading})
	title.Wrapping = fyne.TextWrapWord
	objs = append(objs, title)
	if c := s.Source.Citation(); c != "" {
		src := widget.NewLabel("Based on " + c)
		src.Wrapping = fyne.TextWrapWord
		src.TextStyle.Italic = true
		objs = append(objs, src)
	}
	var titles []string
	toc := container.NewVBox()
	for _, sec := range s.Sections {
		if sec.ID == "intro" {
			continue
		}
		titles = append(titles, sec.Title)
		id := sec.ID
		toc.Objects = append(toc.Objects, widget.NewRichText(&widget.HyperlinkSegment{Text: sec.Title, OnTapped: func() { r.ScrollToSection(id) }}))
	}
	if len(titles) > 1 {
		objs = append(objs, toc)
	}
	for _, sec := range s.Sections {
		if sec.ID != "intro" || sec.Title != s.Title {
			h := widget.NewRichText(&widget.TextSegment{Text: sec.Title, Style: widget.RichTextStyleSubHeading})
			h.Wrapping = fyne.TextWrapWord
			r.headings[sec.ID] = h
			objs = append(objs, h)
		}
		for _, p := range sec.Passages {
			v := newPassageView(p, onPlace, onEvent)
			v.text.TextSize = r.textSize
			r.views[p.ID] = v
			r.order = append(r.order, v)
			objs = append(objs, v.box)
			if r.headings[sec.ID] == nil {
				r.headings[sec.ID] = v.box
			}
		}
	}
	r.setColumnWidth(r.Size().Width)
	r.column.Objects = objs
	r.column.Refresh()
	r.jump.Options = titles
	r.jump.OnChanged = func(t string) {
		for _, sec := range s.Sections {
			if sec.Title == t {
				r.ScrollToSection(sec.ID)
			}
		}
	}
	r.anchor = nil
	r.scroll.ScrollToTop()
	r.Refresh()
}

// Highlight tints exactly the passages with the given ids.
func (r *Reader) Highlight(ids []string) {
	clear(r.highlighted)
	for _, id := range ids {
		r.highlighted[id] = true
	}
	r.restyle()
}

// HighlightPassages tints exactly the given passages (the passages of the
// current moment); it allocates nothing once the reader has been used.
func (r *Reader) HighlightPassages(ps []*story.Passage) {
	clear(r.highlighted)
	for _, p := range ps {
		r.highlighted[p.ID] = true
	}
	r.restyle()
}

// TextSize returns the passages' text size (0 for the theme's).
func (r *Reader) TextSize() float32 { return r.textSize }

// SetTextSize sets the passages' text size (0 for the theme's), within
// 10..28, rewrapping the text and keeping the reading position.
func (r *Reader) SetTextSize(size float32) {
	if size != 0 {
		size = max(10, min(28, size))
	}
	if size == r.textSize {
		return
	}
	r.textSize = size
	for _, v := range r.order {
		v.text.TextSize = size
		v.text.laidOut = -1
	}
	r.setColumnWidth(r.Size().Width)
	for _, v := range r.order {
		v.text.Refresh()
	}
	r.column.Refresh()
	if r.anchor != nil {
		r.scrollToObject(r.anchor)
	}
	r.cull()
}

// Highlighted reports whether the passage with the id is tinted.
func (r *Reader) Highlighted(id string) bool { return r.highlighted[id] }

// Focused returns the id of the passage in focus, or "".
func (r *Reader) Focused() string { return r.focus }

func (r *Reader) restyle() {
	for _, v := range r.order {
		v.setState(r.highlighted[v.passage.ID], v.passage.ID == r.focus)
	}
}

// SetActiveLinks draws the event links whose targets are in the set (the
// events of the current moment) in the accent colour.
func (r *Reader) SetActiveLinks(targets map[string]bool) {
	for _, v := range r.order {
		changed := false
		for _, id := range v.passage.Events {
			if targets[id] != v.text.Active[id] {
				if v.text.Active == nil {
					v.text.Active = map[string]bool{}
				}
				v.text.Active[id] = targets[id]
				changed = true
			}
		}
		if changed {
			v.text.Refresh()
		}
	}
}

// columnLayout centres its objects in a column at most max wide, stacked
// vertically like a VBox.
type columnLayout struct{ max float32 }

func (l *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.max)
	x := (size.Width - w) / 2
	for _, o := range objs {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (l *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
