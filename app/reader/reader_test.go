package reader

import (
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/app/internal/control"
)

// calls records what the reader reported through its callbacks.
type calls struct {
	places, events, figures, focus []string
	closes                         int
}

// record wires r's callbacks to a new record.
func record(r *Reader) *calls {
	c := &calls{}
	r.OnPlaceTapped = func(id string) { c.places = append(c.places, id) }
	r.OnEventTapped = func(id string) { c.events = append(c.events, id) }
	r.OnFigureTapped = func(id string) { c.figures = append(c.figures, id) }
	r.OnFocus = func(id string) { c.focus = append(c.focus, id) }
	r.OnClosePlace = func() { c.closes++ }
	return c
}

// TestLinkTaps: tapping a link in the text reports its target through
// OnPlaceTapped or OnEventTapped, and neither scrolls the text nor changes
// the reader's data.
func TestLinkTaps(t *testing.T) {
	tests := []struct {
		target string
		event  bool
	}{
		{"dokdo", false},
		{"seoul", false},
		{"kor", false},
		{"armistice", true},
		{"sunshine-policy", true},
		{"colonial-rule", true},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r, _ := newTestReader(t, fyne.NewSize(640, 820))
			c := record(r)
			ps := r.Story.PassagesForPlace(tt.target)
			if tt.event {
				ps = r.Story.PassagesForEvent(tt.target)
			}
			if len(ps) == 0 {
				t.Fatalf("no passage links %s", tt.target)
			}
			r.Reveal(ps[0].ID)
			text := r.views[ps[0].ID].text
			if !text.Visible() {
				t.Fatalf("the revealed passage %s is culled", ps[0].ID)
			}
			pos, ok := text.LinkPosition(tt.target)
			if !ok {
				t.Fatalf("passage %s has no link to %s", ps[0].ID, tt.target)
			}
			before := r.Offset()
			test.TapAt(text, pos)
			want := []string{tt.target}
			if tt.event {
				if !slices.Equal(c.events, want) || len(c.places) > 0 {
					t.Errorf("events %v, places %v; want events %v", c.events, c.places, want)
				}
			} else if !slices.Equal(c.places, want) || len(c.events) > 0 {
				t.Errorf("places %v, events %v; want places %v", c.places, c.events, want)
			}
			if r.Offset() != before {
				t.Errorf("the tap scrolled the text from %v to %v", before, r.Offset())
			}
			if r.Place != "" || r.Focused != "" || len(r.Selected) > 0 {
				t.Errorf("the tap changed the reader's data: place %q, focused %q", r.Place, r.Focused)
			}
		})
	}
}

// TestPlaceBarButtons: ‹ and › ask through OnFocus for the previous and
// next passage about the place, wrapping, and from no focus for the
// first; they leave Focused to the app. ✕ reports OnClosePlace.
func TestPlaceBarButtons(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ids := passageIDs(r.Story.PassagesForPlace("seoul"))
	n := len(ids)
	if n < 3 {
		t.Fatalf("want several passages about Seoul, have %v", ids)
	}
	tests := []struct {
		name    string
		focused string
		button  *control.Button
		want    []string // OnFocus calls
		closes  int
	}{
		{"next from none", "", r.bar.next, ids[:1], 0},
		{"prev from none", "", r.bar.prev, ids[:1], 0},
		{"next from outside", other(r, ids), r.bar.next, ids[:1], 0},
		{"next", ids[0], r.bar.next, ids[1:2], 0},
		{"next wraps", ids[n-1], r.bar.next, ids[:1], 0},
		{"prev", ids[1], r.bar.prev, ids[:1], 0},
		{"prev wraps", ids[0], r.bar.prev, ids[n-1:], 0},
		{"close", ids[1], r.bar.exit, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.SetSelection("Seoul", ids)
			r.SetFocused(tt.focused)
			c := record(r)
			test.Tap(tt.button)
			if !slices.Equal(c.focus, tt.want) || c.closes != tt.closes {
				t.Errorf("OnFocus %v, OnClosePlace ×%d; want %v, ×%d", c.focus, c.closes, tt.want, tt.closes)
			}
			if r.Focused != tt.focused || r.Place != "Seoul" {
				t.Errorf("the button changed the reader: focused %q, place %q", r.Focused, r.Place)
			}
		})
	}
	// With one passage there is nothing to step through.
	r.SetSelection("Dokdo / Takeshima", passageIDs(r.Story.PassagesForPlace("dokdo")))
	c := record(r)
	test.Tap(r.bar.next)
	test.Tap(r.bar.prev)
	if len(c.focus) > 0 {
		t.Errorf("stepping through one passage asked to focus %v", c.focus)
	}
}

// TestStepThroughPlace: wired as the app wires it (OnFocus → SetFocused
// and Reveal), › visits every passage about the place in order, then the
// first again, with "k of n" in the bar and the text scrolled to each.
func TestStepThroughPlace(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ids := passageIDs(r.Story.PassagesForPlace("seoul"))
	r.SetSelection("Seoul", ids)
	r.OnFocus = func(id string) { r.SetFocused(id); r.Reveal(id) }
	for i := range len(ids) + 1 {
		test.Tap(r.bar.next)
		k := i % len(ids)
		if r.Focused != ids[k] {
			t.Fatalf("step %d focused %q, want %q", i+1, r.Focused, ids[k])
		}
		if want := strconv.Itoa(k+1) + " of " + strconv.Itoa(len(ids)); r.bar.steps.Text != want {
			t.Errorf("step %d: bar says %q, want %q", i+1, r.bar.steps.Text, want)
		}
		if off, want := r.Offset(), revealOffset(r, ids[k]); off != want {
			t.Errorf("step %d: offset %v, want %v", i+1, off, want)
		}
	}
}

// TestTints: the moment's passages show the current tint and the selected
// place's the selected tint, which wins; clearing the selection brings the
// current tint back. The drawn background agrees with Highlight.
func TestTints(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ps := allPassages(r)
	a, b, c := ps[1], ps[2], ps[3]
	tests := []struct {
		name     string
		do       func()
		want     [3]Tint // of a, b, c
		selected []string
	}{
		{"nothing", func() {}, [3]Tint{}, nil},
		{"current", func() { r.SetCurrent([]string{a, b}) }, [3]Tint{TintCurrent, TintCurrent, TintNone}, nil},
		{"selected wins", func() { r.SetSelection("X", []string{b, c}) },
			[3]Tint{TintCurrent, TintSelected, TintSelected}, []string{b, c}},
		{"moment moves on", func() { r.SetCurrent([]string{c}) },
			[3]Tint{TintNone, TintSelected, TintSelected}, []string{b, c}},
		{"moment returns", func() { r.SetCurrent([]string{a, b}) },
			[3]Tint{TintCurrent, TintSelected, TintSelected}, []string{b, c}},
		{"selection cleared", func() { r.SetSelection("", nil) },
			[3]Tint{TintCurrent, TintCurrent, TintNone}, nil},
		{"no place, no selection", func() { r.SetSelection("", []string{c}) },
			[3]Tint{TintCurrent, TintCurrent, TintNone}, nil},
		{"moment cleared", func() { r.SetCurrent(nil) }, [3]Tint{}, nil},
		// Fields set directly, then Refresh, as with Fyne's widgets.
		{"fields", func() { r.Current, r.Place, r.Selected = []string{a}, "Y", []string{c}; r.Refresh() },
			[3]Tint{TintCurrent, TintNone, TintSelected}, []string{c}},
		{"fields, no place", func() { r.Place = ""; r.Refresh() },
			[3]Tint{TintCurrent, TintNone, TintNone}, []string{c}},
	}
	colour := map[Tint]any{
		TintNone:     transparent,
		TintCurrent:  theme.Color(apptheme.ColorNamePassageCurrent),
		TintSelected: theme.Color(apptheme.ColorNamePassageSelected),
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.do()
			for i, id := range []string{a, b, c} {
				if got := r.Highlight(id); got != tt.want[i] {
					t.Errorf("Highlight(%s) = %v, want %v", id, got, tt.want[i])
				}
				// Off screen, nothing of the passage is drawn.
				off := !r.views[id].text.Visible()
				if bg := r.views[id].bg; bg.FillColor != colour[tt.want[i]] || bg.Hidden != (tt.want[i] == TintNone || off) {
					t.Errorf("passage %s drawn with %v (hidden %v), want %v", id, bg.FillColor, bg.Hidden, tt.want[i])
				}
			}
			if !slices.Equal(r.Selected, tt.selected) {
				t.Errorf("Selected = %v, want %v", r.Selected, tt.selected)
			}
		})
	}
}

// TestBarText: the bar names the place and counts its passages, and is
// hidden without a place.
func TestBarText(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ps := allPassages(r)
	tests := []struct {
		place string
		ids   []string
		want  string
	}{
		{"Atlantis", nil, "No passages about Atlantis"},
		{"Dokdo / Takeshima", ps[:1], "1 passage about Dokdo / Takeshima"},
		{"Seoul", ps[:3], "3 passages about Seoul"},
		{"", ps[:3], ""},
		{"Seoul", ps[:12], "12 passages about Seoul"},
	}
	for _, tt := range tests {
		r.SetSelection(tt.place, tt.ids)
		if got := r.BarText(); got != tt.want {
			t.Errorf("SetSelection(%q, %d ids): bar %q, want %q", tt.place, len(tt.ids), got, tt.want)
		}
		if r.bar.box.Visible() != (tt.place != "") {
			t.Errorf("SetSelection(%q): bar visible = %v", tt.place, r.bar.box.Visible())
		}
	}
}

// TestFocus: the passage in focus has the accent bar, and the place bar
// says where it is among the selected passages.
func TestFocus(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ids := passageIDs(r.Story.PassagesForPlace("seoul"))
	n := strconv.Itoa(len(ids))
	r.SetSelection("Seoul", ids)
	tests := []struct {
		focused string
		steps   string
	}{
		{"", ""},
		{ids[0], "1 of " + n},
		{ids[2], "3 of " + n},
		{ids[len(ids)-1], n + " of " + n},
		{other(r, ids), ""}, // not about Seoul
		{"", ""},
	}
	focus := theme.Color(apptheme.ColorNameFocus)
	for _, tt := range tests {
		before := r.Offset()
		r.SetFocused(tt.focused)
		if r.bar.steps.Text != tt.steps {
			t.Errorf("SetFocused(%q): bar says %q, want %q", tt.focused, r.bar.steps.Text, tt.steps)
		}
		for _, v := range r.order {
			if (v.accent.FillColor == focus) != (v.passage.ID == tt.focused) {
				t.Errorf("SetFocused(%q): passage %s accent %v", tt.focused, v.passage.ID, v.accent.FillColor)
			}
		}
		if r.Offset() != before {
			t.Errorf("SetFocused(%q) scrolled the text", tt.focused)
		}
	}
}

// TestSetTextSize: a larger size makes a passage taller; sizes are
// clamped to 10..28, and 0 is the theme's.
func TestSetTextSize(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(1200, 800))
	v := r.order[3]
	h := v.box.MinSize().Height
	r.SetTextSize(theme.TextSize() + 4)
	if h2 := v.box.MinSize().Height; h2 <= h {
		t.Errorf("larger text did not make the passage taller: %v → %v", h, h2)
	}
	tests := []struct{ set, want float32 }{
		{100, 28}, {28, 28}, {5, 10}, {12, 12}, {0, 0},
	}
	for _, tt := range tests {
		r.SetTextSize(tt.set)
		if r.TextSize != tt.want || v.text.TextSize != tt.want {
			t.Errorf("SetTextSize(%v): reader %v, passage %v; want %v", tt.set, r.TextSize, v.text.TextSize, tt.want)
		}
	}
	if h3 := v.box.MinSize().Height; h3 != h {
		t.Errorf("back at the theme's size the passage is %v tall, was %v", h3, h)
	}
}

// TestReveal: Reveal scrolls the passage to the top (as near as the end of
// the text allows) without focusing it.
func TestReveal(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	ps := allPassages(r)
	for _, p := range []string{ps[5], ps[len(ps)/2], ps[1], ps[len(ps)-1]} {
		r.Reveal(p)
		if off, want := r.Offset(), revealOffset(r, p); off != want {
			t.Errorf("Reveal(%s): offset %v, want %v", p, off, want)
		}
		if r.Focused != "" {
			t.Errorf("Reveal(%s) focused %q", p, r.Focused)
		}
		if !r.views[p].text.Visible() {
			t.Errorf("Reveal(%s): its text is culled", p)
		}
	}
}

// TestSetStory: another story (here none, then the same again) clears the
// reader's data and hides the bar.
func TestSetStory(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	s := r.Story
	ids := passageIDs(s.PassagesForPlace("seoul"))
	r.SetCurrent(ids[:1])
	r.SetSelection("Seoul", ids)
	r.SetFocused(ids[0])
	r.SetActive([]string{"armistice"})
	r.SetStory(nil)
	if len(r.order) != 0 || r.BarText() != "" {
		t.Errorf("no story: %d passages, bar %q", len(r.order), r.BarText())
	}
	r.SetStory(s)
	if r.Current != nil || r.Place != "" || r.Selected != nil || r.Focused != "" || r.Active != nil || r.BarText() != "" {
		t.Errorf("SetStory kept data: %v %q %v %q %v, bar %q", r.Current, r.Place, r.Selected, r.Focused, r.Active, r.BarText())
	}
	if r.Highlight(ids[0]) != TintNone || r.Offset() != 0 {
		t.Errorf("SetStory: %s tinted %v, offset %v", ids[0], r.Highlight(ids[0]), r.Offset())
	}
	// The app starts with no story and sets one later.
	r2 := New(nil)
	r2.SetStory(s)
	if len(r2.order) != len(r.order) || r2.Story != s {
		t.Errorf("New(nil) then SetStory: %d passages, want %d", len(r2.order), len(r.order))
	}
}

// TestFigureLinkTap: a figure link reports its figure through
// OnFigureTapped, and nothing else.
func TestFigureLinkTap(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	c := record(r)
	for _, sec := range r.Story.Sections {
		for _, p := range sec.Passages {
			for _, id := range p.Figures {
				c.figures, c.places, c.events = nil, nil, nil
				r.Reveal(p.ID)
				text := r.views[p.ID].text
				pos, ok := text.LinkPosition(id)
				if !ok {
					t.Fatalf("passage %s has no link to figure %s", p.ID, id)
				}
				test.TapAt(text, pos)
				if !slices.Equal(c.figures, []string{id}) || len(c.places)+len(c.events) > 0 {
					t.Errorf("tapping figure %s in %s: figures %v, places %v, events %v", id, p.ID, c.figures, c.places, c.events)
				}
			}
		}
	}
}
