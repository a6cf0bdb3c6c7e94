package reader

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// The contents button above the text: it names the section the reader is
// in and opens a menu of the sections, the current one checked. The menu
// is a pop-up on the button's own canvas (Fyne 2.7.1's Select can panic
// opening its pop-up without one, and it keeps the keyboard: Space reopened
// it and the arrows changed the section).

// contentsWidth is the most the button's label takes, so a long section
// title does not widen the pane.
const contentsWidth = 420

func newContents(open func()) *control.Button {
	b := control.NewButton("Contents", theme.MenuDropDownIcon(), open)
	b.IconPlacement = widget.ButtonIconTrailingText
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// showContents opens the menu of sections under the contents button.
func (r *Reader) showContents() {
	c := fyne.CurrentApp().Driver().CanvasForObject(r.contents)
	if c == nil || r.Story == nil {
		return // not in a window
	}
	var items []*fyne.MenuItem
	for _, sec := range r.Story.Sections {
		if r.headings[sec.ID] == nil {
			continue
		}
		id := sec.ID
		item := fyne.NewMenuItem(sec.Title, func() { r.ScrollToSection(id) })
		item.Checked = id == r.section
		items = append(items, item)
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), c,
		fyne.NewPos(0, r.contents.Size().Height), r.contents)
}

// Section returns the id of the section at the top of the pane ("" before
// the first).
func (r *Reader) Section() string { return r.section }

// updateSection notes the section at the top of the pane and names it on
// the contents button.
func (r *Reader) updateSection() {
	id, title := "", "Contents"
	if r.Story != nil {
		top := r.scroll.Offset.Y + theme.Padding() + 1
		for _, sec := range r.Story.Sections {
			if h := r.headings[sec.ID]; h != nil && h.Position().Y <= top {
				id, title = sec.ID, sec.Title
			}
		}
	}
	if id == r.section && r.contents.Text != "" {
		return
	}
	r.section = id
	r.contents.SetText(fitText(title, contentsWidth))
}

// fitText cuts s with "…" to fit w at the theme's text size.
func fitText(s string, w float32) string {
	size := theme.TextSize()
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= w {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		if t := string(r[:n]) + "…"; fyne.MeasureText(t, size, fyne.TextStyle{}).Width <= w {
			return t
		}
	}
	return "…"
}
