package reader

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// The place bar: "N passages about X", "k of n" for the passage in focus,
// ‹ › to step through the passages and ✕ to close it.

// placeBar holds the objects of the bar above the text while a place is
// selected. The reader's renderer sets what they show; the buttons report
// to the reader.
type placeBar struct {
	box              *fyne.Container
	label            *widget.Label // "N passages about X"
	steps            *widget.Label // "k of n"
	prev, next, exit *control.Button
}

// newPlaceBar returns a hidden bar whose ‹ and › call step with −1 and +1
// and whose ✕ calls exit.
func newPlaceBar(step func(d int), exit func()) *placeBar {
	b := &placeBar{}
	b.label = widget.NewLabel("")
	b.label.TextStyle.Bold = true
	b.label.Truncation = fyne.TextTruncateEllipsis
	b.steps = widget.NewLabel("")
	b.prev = control.NewButton("", theme.NavigateBackIcon(), func() { step(-1) })
	b.next = control.NewButton("", theme.NavigateNextIcon(), func() { step(1) })
	b.exit = control.NewButton("", theme.CancelIcon(), exit)
	for _, btn := range []*control.Button{b.prev, b.next, b.exit} {
		btn.Importance = widget.LowImportance
	}
	b.box = container.NewBorder(nil, nil, nil,
		container.NewHBox(b.steps, b.prev, b.next, b.exit), b.label)
	b.box.Hide()
	return b
}

// barText is the bar's text for n passages about the place.
func barText(place string, n int) string {
	switch n {
	case 0:
		return "No passages about " + place
	case 1:
		return "1 passage about " + place
	}
	return fmt.Sprintf("%d passages about %s", n, place)
}

// barState is what the place bar shows: n passages about place, the k-th
// (from 1; 0 for none) in focus.
type barState struct {
	place string
	n, k  int
}

// show makes the bar show st, hidden when st.place is "", and reports
// whether it was shown or hidden. was is what it showed before (nil for
// unknown): only the parts that changed are set. Stepping needs two
// passages or more.
func (b *placeBar) show(st barState, was *barState) (toggled bool) {
	if was == nil || st.place != was.place || st.n != was.n {
		b.label.SetText(barText(st.place, st.n))
		if st.n < 2 {
			b.prev.Disable()
			b.next.Disable()
		} else {
			b.prev.Enable()
			b.next.Enable()
		}
	}
	if was == nil || st.n != was.n || st.k != was.k {
		steps := ""
		if st.k > 0 && st.n >= 2 {
			steps = fmt.Sprintf("%d of %d", st.k, st.n)
		}
		b.steps.SetText(steps)
	}
	if shown := st.place != ""; shown != b.box.Visible() {
		if shown {
			b.box.Show()
		} else {
			b.box.Hide()
		}
		return true
	}
	return false
}

// BarText returns the place bar's text, "" when it is hidden.
func (r *Reader) BarText() string {
	if !r.bar.box.Visible() {
		return ""
	}
	return r.bar.label.Text
}
