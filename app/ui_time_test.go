package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestScrubLinksAllViews: moving time tints the moment's passages, outlines
// its places on the map, shows the layers of that date and moves the
// timeline's cursor.
func TestScrubLinksAllViews(t *testing.T) {
	tests := []struct {
		at     string
		layers []string // timed map features shown
	}{
		{"1910", []string{"korea"}},
		{"1947", []string{"zone-us", "zone-soviet", "parallel-38"}},
		{"1950-06-25", []string{"parallel-38"}},
		{"1953-08", []string{"parallel-38", "mdl"}},
		{"2004-06", []string{"mdl", "kaesong"}},
	}
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
			at := dateOf(t, tt.at)
			u.State.SetTime(at)
			m := NewLinker(u.Story).At(at)
			want := passageIDs(m.Passages)
			for _, v := range u.Reader.order {
				if u.Reader.Highlighted(v.passage.ID) != slices.Contains(want, v.passage.ID) {
					t.Errorf("passage %s highlighted = %v", v.passage.ID, u.Reader.Highlighted(v.passage.ID))
				}
			}
			var feats []string
			for _, p := range m.Places {
				feats = append(feats, featureFor(u.Story, p))
			}
			if !slices.Equal(u.MapView.Highlighted, feats) {
				t.Errorf("map highlights %v, want %v", u.MapView.Highlighted, feats)
			}
			for _, id := range []string{"korea", "zone-us", "zone-soviet", "parallel-38", "mdl", "kaesong"} {
				shown := u.MapView.Filter(u.Map.Feature(id))
				if shown != slices.Contains(tt.layers, id) {
					t.Errorf("%s shown = %v", id, shown)
				}
			}
			if !u.Timeline.Time.Equal(at) || !slices.Equal(u.Timeline.Active, m.Events) {
				t.Errorf("timeline at %v with %v, want %v with %v", u.Timeline.Time, u.Timeline.Active, at, m.Events)
			}
			// The reader shows the moment's first passage (at the top, or as
			// near as the end of the text allows).
			first := u.Reader.views[want[0]].box
			sc := u.Reader.scroll
			wantOff := min(first.Position().Y, sc.Content.Size().Height-sc.Size().Height)
			if off := u.Reader.Offset(); off > wantOff+1 || off < wantOff-20 {
				t.Errorf("reader at %v, want the first passage of the moment at %v", off, wantOff)
			}
		})
	}
}

// TestScrubKeepsBaseMap: scrubbing re-renders the base map only when the
// map's layers change (here at 1953, when the armistice line appears).
func TestScrubKeepsBaseMap(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1950-06-25"))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, u.MapView).(*mapRenderer)
	before := r.baseRenders
	for _, d := range []string{"1950-07", "1951", "1952-03-01", "1952-12-31"} {
		u.State.SetTime(dateOf(t, d))
		w.Canvas().Capture()
	}
	if r.baseRenders != before {
		t.Errorf("scrubbing within one set of layers rendered the base map %d time(s)", r.baseRenders-before)
	}
	u.State.SetTime(dateOf(t, "1953-08"))
	w.Canvas().Capture()
	if r.baseRenders != before+1 {
		t.Errorf("crossing into 1953 rendered the base map %d time(s), want 1", r.baseRenders-before)
	}
}

// TestReaderEventLinkMovesTime: an event link in the text moves time to
// the event and leaves the text where it is.
func TestReaderEventLinkMovesTime(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	for _, ev := range []string{"armistice", "sunshine-policy", "colonial-rule"} {
		p := u.Story.PassagesForEvent(ev)[0]
		v := u.Reader.views[p.ID]
		u.Reader.ScrollTo(p.ID)
		pos, ok := v.text.LinkPosition(ev)
		if !ok {
			t.Fatalf("no link to %s in %s", ev, p.ID)
		}
		before := u.Reader.Offset()
		test.TapAt(v.text, pos)
		want, _ := NewLinker(u.Story).EventStart(ev)
		if !u.State.Time().Equal(want) {
			t.Errorf("after tapping %s: time %v, want %v", ev, u.State.Time(), want)
		}
		if u.Reader.Offset() != before {
			t.Errorf("tapping %s scrolled the text from %v to %v", ev, before, u.Reader.Offset())
		}
		if !u.Reader.Highlighted(p.ID) {
			t.Errorf("the passage with the tapped link %s is not highlighted", ev)
		}
	}
}

// TestPlaceMarksTimeline: selecting a place marks its events on the
// timeline.
func TestPlaceMarksTimeline(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.SelectPlace("kaesong")
	var want []int
	for _, ev := range u.Story.EventsForPlace("kaesong") {
		want = append(want, u.linker.Schedule.Index(ev.ID))
	}
	if len(want) == 0 || !slices.Equal(u.Timeline.Marked, want) {
		t.Errorf("marked %v, want %v", u.Timeline.Marked, want)
	}
	u.State.SetPlace("")
	if len(u.Timeline.Marked) != 0 {
		t.Errorf("after clearing, marked %v", u.Timeline.Marked)
	}
}

func TestTimeKeys(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	s := u.linker.Schedule
	start := func(i int) time.Time { f, _ := s.Interval(i); return f }
	u.State.SetTime(dateOf(t, "1950-06-25"))
	u.TypedKey(fyne.KeyRight)
	if want := start(s.Next(dateOf(t, "1950-06-25"))); !u.State.Time().Equal(want) {
		t.Errorf("→: %v, want %v", u.State.Time(), want)
	}
	u.TypedKey(fyne.KeyLeft)
	u.TypedKey(fyne.KeyLeft)
	if want := start(s.Prev(dateOf(t, "1950-06-25"))); !u.State.Time().Equal(want) {
		t.Errorf("← ←: %v, want %v", u.State.Time(), want)
	}
	u.StepYears(1) // Shift+→
	if want := start(s.Prev(dateOf(t, "1950-06-25"))).AddDate(1, 0, 0); !u.State.Time().Equal(want) {
		t.Errorf("Shift+→: %v, want %v", u.State.Time(), want)
	}
	u.TypedKey(fyne.KeyHome)
	if !u.State.Time().Equal(s.Start()) {
		t.Errorf("Home: %v, want %v", u.State.Time(), s.Start())
	}
	u.StepYears(-3)
	if !u.State.Time().Equal(s.Start()) {
		t.Errorf("Shift+← before the start: %v, want it clamped to %v", u.State.Time(), s.Start())
	}
	u.TypedKey(fyne.KeyEnd)
	if want := dateOf(t, "2006-02-08"); !u.State.Time().Equal(want) {
		t.Errorf("End: %v, want the publication %v", u.State.Time(), want)
	}
}

// TestPlayback: play glides to the next event and goes on to the one after;
// it stops after the last.
func TestPlayback(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	s := u.linker.Schedule
	from := dateOf(t, "1950-06-25")
	u.State.SetTime(from)
	p := u.Player
	p.start = func(*fyne.Animation) {} // advance is driven by hand below
	p.Play()
	if !p.Playing() {
		t.Fatalf("not playing")
	}
	next, _ := s.Interval(s.Next(from))
	p.advance(0.5)
	if mid := u.State.Time(); !mid.After(from) || !mid.Before(next) {
		t.Errorf("half-way: %v, want between %v and %v", mid, from, next)
	}
	p.advance(1)
	if !u.State.Time().Equal(next) {
		t.Errorf("end of the leg: %v, want %v", u.State.Time(), next)
	}
	if !p.Playing() || !p.to.After(next) {
		t.Errorf("after a leg the player should go on to the next event; playing %v, to %v", p.Playing(), p.to)
	}
	// Skip to the last leg and finish it.
	last, _ := s.Interval(len(s.Items) - 1)
	u.State.SetTime(last.AddDate(0, 0, -1))
	p.leg()
	p.advance(1)
	if p.Playing() {
		t.Errorf("still playing after the last event")
	}
	u.TypedKey(fyne.KeySpace) // Space plays again from the start
	if !p.Playing() || !u.State.Time().Equal(s.Start()) {
		t.Errorf("Space at the end: playing %v at %v, want from %v", p.Playing(), u.State.Time(), s.Start())
	}
	u.TypedKey(fyne.KeySpace)
	if p.Playing() {
		t.Errorf("Space did not pause")
	}
}

// TestReaderStaysWhileUserReads: after the user scrolls the text, the
// timeline does not move it.
func TestReaderStaysWhileUserReads(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1910"))
	u.Reader.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -300}})
	before := u.Reader.Offset()
	u.State.SetTime(dateOf(t, "2004"))
	if u.Reader.Offset() != before {
		t.Errorf("the text moved from %v to %v while the user was reading", before, u.Reader.Offset())
	}
}

func TestWindowAt1950Golden(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1950-06-25"))
	test.AssertImageMatches(t, "window_1950.png", Snapshot(u, fyne.NewSize(1600, 1000), 1))
}
