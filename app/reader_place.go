package app

import "fmt"

// The place bar: "N passages about X", with ‹ › to step through them.

// ShowPlace highlights the passages about a place, shows the bar "N
// passages about NAME" to step through them and, when jump is set, scrolls
// to the first section that links the place. An empty id hides the bar and
// clears the highlight.
func (r *Reader) ShowPlace(id, name string, jump bool) {
	if r.Story == nil || id == "" {
		r.stepping = nil
		r.focus = ""
		r.setBar(false)
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
	r.setBar(true)
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

// setBar shows or hides the place bar and lays the pane out again, since
// the bar changes the height of the pane's top.
func (r *Reader) setBar(show bool) {
	if show == r.bar.Visible() {
		return
	}
	if show {
		r.bar.Show()
	} else {
		r.bar.Hide()
	}
	r.content.Refresh()
}
