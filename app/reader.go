package app

import (
	"fmt"
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
	r.bar.Hide()
	r.column.RemoveAll()
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
	r.column.Add(title)
	if c := s.Source.Citation(); c != "" {
		src := widget.NewLabel("Based on " + c)
		src.Wrapping = fyne.TextWrapWord
		src.TextStyle.Italic = true
		r.column.Add(src)
	}
	var titles []string
	toc := container.NewVBox()
	for _, sec := range s.Sections {
		if sec.ID == "intro" {
			continue
		}
		titles = append(titles, sec.Title)
		id := sec.ID
		toc.Add(widget.NewRichText(&widget.HyperlinkSegment{Text: sec.Title, OnTapped: func() { r.ScrollToSection(id) }}))
	}
	if len(titles) > 1 {
		r.column.Add(toc)
	}
	for _, sec := range s.Sections {
		if sec.ID != "intro" || sec.Title != s.Title {
			h := widget.NewRichText(&widget.TextSegment{Text: sec.Title, Style: widget.RichTextStyleSubHeading})
			h.Wrapping = fyne.TextWrapWord
			r.headings[sec.ID] = h
			r.column.Add(h)
		}
		for _, p := range sec.Passages {
			v := newPassageView(p, onPlace, onEvent)
			v.text.TextSize = r.textSize
			r.views[p.ID] = v
			r.order = append(r.order, v)
			r.column.Add(v.box)
			if r.headings[sec.ID] == nil {
				r.headings[sec.ID] = v.box
			}
		}
	}
	r.setColumnWidth(r.Size().Width)
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

// Reveal scrolls the passage to the top of the pane without marking it as
// the passage in focus (the timeline does this while scrubbing).
func (r *Reader) Reveal(id string) {
	if v := r.views[id]; v != nil {
		r.scrollToObject(v.box)
	}
}

// UserScrolledAt is when the user last scrolled the text: while they are
// reading, the timeline does not move the text under them.
func (r *Reader) UserScrolledAt() time.Time { return r.userScrollAt }

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

// ScrollTo scrolls the passage with the id to the top of the pane and
// marks it as the passage in focus.
func (r *Reader) ScrollTo(id string) {
	v := r.views[id]
	if v == nil {
		return
	}
	r.focus = id
	r.restyle()
	r.scrollToObject(v.box)
}

// ScrollToSection scrolls the section's heading to the top of the pane.
func (r *Reader) ScrollToSection(id string) {
	if h := r.headings[id]; h != nil {
		r.scrollToObject(h)
	}
}

// Offset returns how far the text is scrolled, in pixels.
func (r *Reader) Offset() float32 { return r.scroll.Offset.Y }

// scrollToObject scrolls o to the top and anchors the view there; before
// the pane has a size, the scroll happens on its first layout.
func (r *Reader) scrollToObject(o fyne.CanvasObject) {
	r.anchor = o
	if r.Size().Width <= 0 {
		return
	}
	r.programmatic = true
	r.scroll.ScrollToOffset(fyne.NewPos(0, max(0, o.Position().Y-theme.Padding())))
	r.programmatic = false
	r.cull()
}

// userScrolled drops the anchor: the user has chosen where to read.
func (r *Reader) userScrolled(fyne.Position) {
	if !r.programmatic {
		r.anchor = nil
		r.userScrollAt = time.Now()
	}
	r.cull()
}

// cull hides the text of passages outside the visible part of the pane
// (with a small margin); every scroll re-runs it.
func (r *Reader) cull() {
	const margin = 60
	top := r.scroll.Offset.Y
	h := r.scroll.Size().Height
	for _, v := range r.order {
		y, vh := v.box.Position().Y, v.box.Size().Height
		v.setOnScreen(y+vh >= top-margin && y <= top+h+margin)
	}
}

// ShowPlace highlights the passages about a place, shows the bar "N
// passages about NAME" to step through them and, when jump is set, scrolls
// to the first section that links the place. An empty id hides the bar and
// clears the highlight.
func (r *Reader) ShowPlace(id, name string, jump bool) {
	if r.Story == nil || id == "" {
		r.stepping = nil
		r.focus = ""
		r.bar.Hide()
		r.Highlight(nil)
		return
	}
	r.stepping = r.Story.PassagesForPlace(id)
	r.step = 0
	ids := make([]string, len(r.stepping))
	for i, p := range r.stepping {
		ids[i] = p.ID
	}
	r.focus = ""
	r.Highlight(ids)
	switch n := len(r.stepping); n {
	case 0:
		r.barLabel.SetText("No passages about " + name)
	case 1:
		r.barLabel.SetText("1 passage about " + name)
	default:
		r.barLabel.SetText(fmt.Sprintf("%d passages about %s", n, name))
	}
	r.updateStep()
	r.bar.Show()
	if jump {
		if secs := r.Story.SectionsForPlace(id); len(secs) > 0 {
			r.ScrollToSection(secs[0].ID)
		}
	}
}

// BarText returns the place bar's text ("" when hidden).
func (r *Reader) BarText() string {
	if !r.bar.Visible() {
		return ""
	}
	return r.barLabel.Text
}

// Step moves the focus to the next (+1) or previous (−1) passage about the
// selected place and scrolls to it.
func (r *Reader) Step(d int) {
	n := len(r.stepping)
	if n == 0 {
		return
	}
	if r.focus != "" {
		r.step = (r.step + d + n) % n
	}
	r.ScrollTo(r.stepping[r.step].ID)
	r.updateStep()
}

func (r *Reader) updateStep() {
	n := len(r.stepping)
	if n < 2 {
		r.prev.Disable()
		r.nxt.Disable()
		r.barStep.SetText("")
		return
	}
	r.prev.Enable()
	r.nxt.Enable()
	if r.focus == "" {
		r.barStep.SetText("")
	} else {
		r.barStep.SetText(fmt.Sprintf("%d of %d", r.step+1, n))
	}
}

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
