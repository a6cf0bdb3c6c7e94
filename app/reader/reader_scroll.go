package reader

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Scrolling the reader: to a passage or a section, keeping the reading
// position anchored until the user scrolls, and hiding off-screen text.

// Reveal scrolls the passage with the id to the top of the pane (as near
// as the end of the text allows) and keeps it there until the user scrolls.
// It does not change Focused.
func (r *Reader) Reveal(id string) {
	if v := r.views[id]; v != nil {
		r.scrollToObject(v.box)
	}
}

// UserScrolledAt returns when the user last scrolled the text (the zero
// time if never): while they are reading, the app should not move the text
// under them.
func (r *Reader) UserScrolledAt() time.Time { return r.userScrollAt }

// ScrollToSection scrolls the heading of the section with the id (or its
// first passage, when it has no heading of its own) to the top of the pane.
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

// cull hides the text of passages, and the headings, outside the visible
// part of the pane (with a small margin) and names the section at the top;
// every scroll re-runs it.
func (r *Reader) cull() {
	r.updateSection()
	const margin = 60
	top := r.scroll.Offset.Y
	h := r.scroll.Size().Height
	on := func(o fyne.CanvasObject) bool {
		y, oh := o.Position().Y, o.Size().Height
		return y+oh >= top-margin && y <= top+h+margin
	}
	for _, v := range r.order {
		v.setOnScreen(on(v.box))
	}
	for _, box := range r.others {
		if o := box.Objects[0]; on(box) != o.Visible() {
			if o.Visible() {
				o.Hide()
			} else {
				o.Show()
			}
		}
	}
}
