package reader

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
)

// TestSpaceAfterLink: between a link and the text after it (and every run
// boundary with a space) there is at least a full space, measured on the
// text as drawn, and each piece of text starts on a whole pixel ("Korean
// War stopped" ran together).
func TestSpaceAfterLink(t *testing.T) {
	newTestApp(t)
	s := testStory(t)
	checked := 0
	for _, width := range []float32{560, 420, 300} {
		for _, sec := range s.Sections {
			for _, p := range sec.Passages {
				f := NewFlowText(p.Runs, nil)
				f.SetWrapWidth(width)
				f.MinSize()
				for i := 1; i < len(f.chunks); i++ {
					a, b := f.chunks[i-1], f.chunks[i]
					if a.pos.Y != b.pos.Y {
						continue
					}
					if b.pos.X != float32(math.Round(float64(b.pos.X))) {
						t.Errorf("%s: %q starts at %v, not on a pixel", p.ID, b.text, b.pos.X)
					}
					end := a.pos.X + textWidth(a.text, f.size(), a.style)
					space := textWidth(" ", f.size(), b.style)
					gap := b.pos.X - end
					// The text between the two pieces in the story: a is the
					// end of its run on this line, b the start of its run.
					ra := f.Runs[a.run].Text
					between := ra[strings.LastIndex(ra, a.text)+len(a.text):]
					for ri := a.run + 1; ri < b.run; ri++ {
						between += f.Runs[ri].Text
					}
					rb := f.Runs[b.run].Text
					between += rb[:len(rb)-len(strings.TrimLeft(rb, " \n"))]
					spaced := strings.TrimSpace(between) == "" && between != ""
					if spaced && gap < space-0.01 {
						t.Errorf("%s at %v: %q then %q: gap %.2f, want a full space %.2f", p.ID, width, a.text, b.text, gap, space)
					}
					if !spaced && (gap < -0.5 || gap > 0.5) { // a link then "," touch
						t.Errorf("%s at %v: %q then %q touch in the text, gap %.2f", p.ID, width, a.text, b.text, gap)
					}
					checked++
				}
			}
		}
	}
	if checked < 200 {
		t.Errorf("only %d run boundaries checked", checked)
	}
}

// TestFocusMarkerVisible: the passage in focus has a solid accent bar at
// its left edge, at least 4 px wide, in the focus colour.
func TestFocusMarkerVisible(t *testing.T) {
	newTestApp(t)
	s := testStory(t)
	r := New(s)
	w := test.NewWindow(r)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(640, 820))
	ids := []string{}
	for _, p := range s.PassagesForPlace("seoul") {
		ids = append(ids, p.ID)
	}
	r.SetSelection("Seoul", ids)
	r.SetFocused(ids[1])
	r.Reveal(ids[1])
	img := w.Canvas().Capture()
	v := r.views[ids[1]]
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.box)
	want := color.NRGBAModel.Convert(theme.Color(apptheme.ColorNameFocus)).(color.NRGBA)
	y := int(pos.Y + v.box.Size().Height/2)
	run, best := 0, 0
	for x := 0; x < int(pos.X)+20; x++ {
		if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) == want {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	if best < 4 {
		t.Errorf("at the focused passage's left edge the focus colour is %d px wide, want at least 4", best)
	}
}

// textWidth is the width of s in the style at size (logical pixels) as the
// reader measures and draws it: its words kerned, the spaces between them a
// space wide.
func textWidth(s string, size float32, st fyne.TextStyle) float32 {
	glyphs.lock()
	defer glyphs.unlock()
	k := faceKey{fontOf(st), size}
	space := glyphs.width(k, " ")
	w := float32(0)
	for i, part := range strings.Split(s, " ") {
		if i > 0 {
			w += space
		}
		if part != "" {
			w += glyphs.width(k, part)
		}
	}
	return w
}
