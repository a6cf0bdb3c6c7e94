package reader

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/internal/control"
)

// Where things are in the text, for the app (Export copies the scroll
// position) and for tests that tap what a user taps.

// ScrollToOffset scrolls the text to y pixels from its top, as the user
// had it (it does not count as the user scrolling).
func (r *Reader) ScrollToOffset(y float32) {
	r.anchor = nil
	r.programmatic = true
	r.scroll.ScrollToOffset(fyne.NewPos(0, y))
	r.programmatic = false
	r.cull()
}

// MaxOffset returns how far the text can be scrolled.
func (r *Reader) MaxOffset() float32 {
	return max(0, r.scroll.Content.MinSize().Height-r.scroll.Size().Height)
}

// OffsetOf returns the offset at which the passage or section with the id
// is at the top of the pane, and whether there is one.
func (r *Reader) OffsetOf(id string) (float32, bool) {
	o := r.headings[id]
	if v := r.views[id]; v != nil {
		o = v.box
	}
	if o == nil {
		return 0, false
	}
	return max(0, o.Position().Y-theme.Padding()), true
}

// Link returns the text of the passage with the id and the position in it
// of its first link to target, and whether there is one.
func (r *Reader) Link(passage, target string) (*FlowText, fyne.Position, bool) {
	v := r.views[passage]
	if v == nil {
		return nil, fyne.Position{}, false
	}
	pos, ok := v.text.LinkPosition(target)
	return v.text, pos, ok
}

// StepButtons returns the place bar's ‹ and › buttons.
func (r *Reader) StepButtons() (prev, next *control.Button) { return r.bar.prev, r.bar.next }

// CloseButton returns the place bar's ✕ button.
func (r *Reader) CloseButton() *control.Button { return r.bar.exit }

// ContentsButton returns the button that names the section at the top and
// opens the menu of sections.
func (r *Reader) ContentsButton() *control.Button { return r.contents }
