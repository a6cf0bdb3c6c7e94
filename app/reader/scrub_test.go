package reader

import (
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/story"
)

// What a scrub step gives the reader: the passages and events of a moment.

// moment is a stand-in for a moment of the timeline: an event and the
// passages that link it.
type moment struct{ passages, events []string }

// moments returns one moment per event of the story that passages link.
func moments(s *story.Story) []moment {
	var ms []moment
	for _, ev := range s.Events {
		if ps := s.PassagesForEvent(ev.ID); len(ps) > 0 {
			ms = append(ms, moment{passageIDs(ps), []string{ev.ID}})
		}
	}
	return ms
}

// TestSetCurrentAllocs: the per-scrub-step calls allocate nothing once the
// reader has been through the moments.
func TestSetCurrentAllocs(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	ms := moments(r.Story)
	if len(ms) < 2 {
		t.Fatalf("the story has %d moments", len(ms))
	}
	r.SetSelection("Seoul", passageIDs(r.Story.PassagesForPlace("seoul")))
	r.SetFocused(r.Selected[1])
	w.Canvas().Capture()
	i := 0
	next := func() moment { i++; return ms[i%len(ms)] }
	tests := []struct {
		name string
		step func()
	}{
		{"SetCurrent", func() { r.SetCurrent(next().passages) }},
		{"SetActive", func() { r.SetActive(next().events) }},
		{"SetCurrent+SetActive", func() { m := next(); r.SetCurrent(m.passages); r.SetActive(m.events) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range len(ms) { // warm up: every moment once
				tt.step()
			}
			if n := testing.AllocsPerRun(100, tt.step); n != 0 {
				t.Errorf("%s allocates %v times per call", tt.name, n)
			}
		})
	}
	// The caller's slice is copied, not kept.
	ids := []string{ms[0].passages[0]}
	r.SetCurrent(ids)
	ids[0] = "changed"
	if r.Current[0] != ms[0].passages[0] {
		t.Errorf("SetCurrent kept the caller's slice")
	}
}

// TestSetActive: an event's links are drawn in the active colour while it
// is active, and only the passages whose links changed are redrawn.
func TestSetActive(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	const ev = "armistice"
	with := r.Story.PassagesForEvent(ev)[0].ID
	var without string // a passage with links but none to ev
	for _, v := range r.order {
		if len(v.passage.Events) > 0 && !slices.Contains(v.passage.Events, ev) {
			without = v.passage.ID
			break
		}
	}
	r.Reveal(with)
	w.Canvas().Capture()
	// The other passage's raster is neither refreshed nor drawn again.
	other := test.WidgetRenderer(r.views[without].text).(*flowRenderer)
	refreshes, renders := other.refreshes, other.renders

	linkColour := func() color.NRGBA {
		f := r.views[with].text
		for i, c := range f.chunks {
			if f.Runs[c.run].Link.Target == ev {
				return drawnColour(t, f, i)
			}
		}
		t.Fatalf("passage %s has no link to %s", with, ev)
		return color.NRGBA{}
	}
	tests := []struct {
		active []string
		want   fyne.ThemeColorName
	}{
		{[]string{ev}, apptheme.ColorNameActiveLink},
		{nil, theme.ColorNameHyperlink},
		{[]string{"no-such-event", ev}, apptheme.ColorNameActiveLink},
		{[]string{"no-such-event"}, theme.ColorNameHyperlink},
	}
	for _, tt := range tests {
		r.SetActive(tt.active)
		w.Canvas().Capture()
		if got, want := linkColour(), theme.Color(tt.want); !near(got, want) {
			t.Errorf("SetActive(%v): link to %s drawn %v, want %v", tt.active, ev, got, want)
		}
	}
	if other.refreshes != refreshes || other.renders != renders {
		t.Errorf("passage %s, whose links did not change, was redrawn: %d refreshes, %d renders",
			without, other.refreshes-refreshes, other.renders-renders)
	}
}

// BenchmarkSetCurrent is the reader's work per scrub step: the moment's
// passages and active events.
func BenchmarkSetCurrent(b *testing.B) {
	r, w := newTestReader(b, fyne.NewSize(640, 820))
	w.Canvas().Capture()
	ms := moments(r.Story)
	for _, m := range ms {
		r.SetCurrent(m.passages)
		r.SetActive(m.events)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := ms[i%len(ms)]
		i++
		r.SetCurrent(m.passages)
		r.SetActive(m.events)
	}
}

// TestThemeChange: switching to the dark theme recolours the text, the
// links and the tints.
func TestThemeChange(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	const ev = "armistice"
	p := r.Story.PassagesForEvent(ev)[0].ID
	r.SetCurrent([]string{p})
	r.SetActive([]string{ev})
	r.Reveal(p)
	w.Canvas().Capture()
	fyne.CurrentApp().Settings().SetTheme(apptheme.For(apptheme.Dark))
	w.Canvas().Capture()
	dark := func(n fyne.ThemeColorName) color.Color {
		return apptheme.For(apptheme.Dark).Color(n, theme.VariantDark)
	}
	f := r.views[p].text
	for i, c := range f.chunks {
		want := dark(theme.ColorNameForeground)
		if l := f.Runs[c.run].Link; l.Target == ev {
			want = dark(apptheme.ColorNameActiveLink)
		} else if l.Kind != story.LinkNone {
			want = dark(theme.ColorNameHyperlink)
		}
		if got := drawnColour(t, f, i); !near(got, want) {
			t.Errorf("chunk %q drawn %v, want %v", c.text, got, want)
		}
	}
	if bg := r.views[p].bg.FillColor; bg != dark(apptheme.ColorNamePassageCurrent) {
		t.Errorf("current passage tinted %v in the dark theme", bg)
	}
}
