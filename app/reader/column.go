package reader

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"peninsula/story"
)

// The text column: the story's title, source and contents, then its
// sections' headings and passages, centred at a readable width.

// SetStory shows another story (nil for none): it rebuilds the text, clears
// Current, Place, Selected, Focused and Active, and scrolls to the top.
func (r *Reader) SetStory(s *story.Story) {
	r.Story = s
	r.current, r.selected, r.active = r.current[:0], r.selected[:0], r.active[:0]
	r.Current, r.Place, r.Selected, r.Focused, r.Active = nil, "", nil, "", nil
	r.views = map[string]*passageView{}
	r.order = nil
	r.others = nil
	r.headings = map[string]fyne.CanvasObject{}
	r.anchor = nil
	r.column.RemoveAll()
	if s != nil {
		r.build(s)
	}
	r.programmatic = true
	r.scroll.ScrollToTop()
	r.programmatic = false
	r.Refresh()
	r.cull()
}

// build makes the column's objects for s.
func (r *Reader) build(s *story.Story) {
	// Collect the column's objects and set them once: Container.Add lays
	// the whole column out again on every call.
	var objs []fyne.CanvasObject
	onLink := func(kind story.LinkKind, id string) {
		var f func(string)
		switch kind {
		case story.LinkPlace:
			f = r.OnPlaceTapped
		case story.LinkEvent:
			f = r.OnEventTapped
		case story.LinkFigure:
			f = r.OnFigureTapped
		}
		if f != nil {
			f(id)
		}
	}
	title := widget.NewRichText(&widget.TextSegment{Text: s.Title, Style: widget.RichTextStyleHeading})
	title.Wrapping = fyne.TextWrapWord
	objs = append(objs, r.cullable(title))
	if c := s.Source.Citation(); c != "" {
		src := widget.NewLabel("Based on " + c)
		src.Wrapping = fyne.TextWrapWord
		src.TextStyle.Italic = true
		objs = append(objs, r.cullable(src))
	}
	n := 0
	toc := container.NewVBox()
	for _, sec := range s.Sections {
		if sec.ID == "intro" {
			continue
		}
		n++
		id := sec.ID
		toc.Objects = append(toc.Objects, widget.NewRichText(&widget.HyperlinkSegment{Text: sec.Title, OnTapped: func() { r.ScrollToSection(id) }}))
	}
	if n > 1 {
		objs = append(objs, r.cullable(toc))
	}
	for _, sec := range s.Sections {
		if sec.ID != "intro" || sec.Title != s.Title {
			h := widget.NewRichText(&widget.TextSegment{Text: sec.Title, Style: widget.RichTextStyleSubHeading})
			h.Wrapping = fyne.TextWrapWord
			box := r.cullable(h)
			r.headings[sec.ID] = box
			objs = append(objs, box)
		}
		for _, p := range sec.Passages {
			v := newPassageView(p, onLink)
			v.text.TextSize = r.TextSize
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

// cullable wraps a column object other than a passage (the title, source,
// contents and headings) in a box that keeps its place in the column while
// cull hides it off screen (a VBox closes up around a hidden object).
func (r *Reader) cullable(o fyne.CanvasObject) *fyne.Container {
	box := container.New(keepLayout{}, o)
	r.others = append(r.others, box)
	return box
}

// keepLayout gives its one object its whole size, and is as big as the
// object wants to be, shown or hidden.
type keepLayout struct{}

func (keepLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.Position{})
	objs[0].Resize(size)
}

func (keepLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
