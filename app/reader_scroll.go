package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Scrolling the reader: to a passage or a section, keeping the reading
// position anchored until the user scrolls, and hiding off-screen text.

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
