package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/reader"
	"peninsula/link"
)

// TestScrubLinksAllViews: moving time tints the moment's passages, outlines
// its places on the map, shows the layers of that date and moves the
// timeline's cursor.
func TestScrubLinksAllViews(t *testing.T) {
	tests := []struct {
		at     string
		layers []string // timed map features shown
	}{
		{"1910-09", []string{"korea"}},
		{"1947", []string{"zone-us", "zone-soviet", "parallel-38"}},
		{"1950-06-25", []string{"parallel-38"}},
		{"1953-08", []string{"mdl", "panmunjom"}},
		{"2005-06", []string{"mdl", "kaesong", "panmunjom"}},
	}
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
			at := dateOf(t, tt.at)
			u.State.SetTime(at, FromTimeline)
			m := link.NewLinker(u.Story()).At(at)
			want := passageIDs(m.Passages)
			checkTints(t, u, reader.TintCurrent, want)
			var feats []string
			for _, p := range m.Places {
				feats = append(feats, u.Explainer.Feature(p))
			}
			if !slices.Equal(u.MapView.Highlighted, feats) {
				t.Errorf("map highlights %v, want %v", u.MapView.Highlighted, feats)
			}
			for _, id := range []string{"korea", "zone-us", "zone-soviet", "parallel-38", "mdl", "kaesong", "panmunjom"} {
				if shown := !slices.Contains(u.MapView.Hidden, id); shown != slices.Contains(tt.layers, id) {
					t.Errorf("%s shown = %v", id, shown)
				}
			}
			if !u.Timeline.Time.Equal(at) || !slices.Equal(u.Timeline.Active, m.Events) {
				t.Errorf("timeline at %v with %v, want %v with %v", u.Timeline.Time, u.Timeline.Active, at, m.Events)
			}
			checkReaderAt(t, u, want[0])
		})
	}
}

// TestScrubKeepsLayers: within one set of layers (here from the armistice
// talks at Panmunjom to the day before the armistice), scrubbing gives the
// map the same hidden features, so it keeps its base image; the armistice
// changes them.
func TestScrubKeepsLayers(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1951-11"), FromTimeline)
	before := slices.Clone(u.MapView.Hidden)
	for _, d := range []string{"1951-12", "1952", "1952-03-01", "1953-07-26"} {
		u.State.SetTime(dateOf(t, d), FromTimeline)
		if !slices.Equal(u.MapView.Hidden, before) {
			t.Errorf("%s: hidden %v, want %v", d, u.MapView.Hidden, before)
		}
	}
	u.State.SetTime(dateOf(t, "1953-08"), FromTimeline)
	if slices.Contains(u.MapView.Hidden, "mdl") || !slices.Contains(u.MapView.Hidden, "parallel-38") {
		t.Errorf("in August 1953 the map hides %v, want the 38th Parallel and not the armistice line", u.MapView.Hidden)
	}
}

// TestReaderEventLinkMovesTime: an event link in the text moves time to
// the event and leaves the text where it is.
func TestReaderEventLinkMovesTime(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	for _, ev := range []string{"armistice", "sunshine-policy", "colonial-rule"} {
		p := u.Story().PassagesForEvent(ev)[0]
		u.Reader.Reveal(p.ID)
		obj, pos, ok := u.Reader.Link(p.ID, ev)
		if !ok {
			t.Fatalf("no link to %s in %s", ev, p.ID)
		}
		before := u.Reader.Offset()
		test.TapAt(obj, pos)
		want, _ := u.Explainer.Linker.EventStart(ev)
		if !u.State.Time().Equal(want) {
			t.Errorf("after tapping %s: time %v, want %v", ev, u.State.Time(), want)
		}
		if u.Reader.Offset() != before {
			t.Errorf("tapping %s scrolled the text from %v to %v", ev, before, u.Reader.Offset())
		}
		if u.Reader.Highlight(p.ID) != reader.TintCurrent {
			t.Errorf("the passage with the tapped link %s shows %v", ev, u.Reader.Highlight(p.ID))
		}
	}
}

// TestPlaceMarksTimeline: selecting a place marks its events on the
// timeline; clearing unmarks them.
func TestPlaceMarksTimeline(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.SelectPlace("kaesong", FromMap)
	var want []int
	for _, ev := range u.Story().EventsForPlace("kaesong") {
		want = append(want, u.Explainer.Linker.Schedule.Index(ev.ID))
	}
	if len(want) == 0 || !slices.Equal(u.Timeline.Marked, want) {
		t.Errorf("marked %v, want %v", u.Timeline.Marked, want)
	}
	u.State.SelectPlace("", FromKeyboard)
	if len(u.Timeline.Marked) != 0 {
		t.Errorf("after clearing, marked %v", u.Timeline.Marked)
	}
}

// TestPlayback: play glides to the next event and goes on to the one after;
// it stops after the last.
func TestPlayback(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	s := u.Explainer.Linker.Schedule
	from := dateOf(t, "1950-06-25")
	u.State.SetTime(from, FromTimeline)
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
	u.State.SetTime(last.AddDate(0, 0, -1), FromPlayback)
	p.leg()
	p.advance(1)
	if p.Playing() {
		t.Errorf("still playing after the last event")
	}
	key := w.Canvas().(test.WindowlessCanvas).OnTypedKey()
	key(&fyne.KeyEvent{Name: fyne.KeySpace}) // Space plays again from the start
	if !p.Playing() || !u.State.Time().Equal(s.Start()) {
		t.Errorf("Space at the end: playing %v at %v, want from %v", p.Playing(), u.State.Time(), s.Start())
	}
	key(&fyne.KeyEvent{Name: fyne.KeySpace})
	if p.Playing() {
		t.Errorf("Space did not pause")
	}
}

// TestReaderStaysWhileUserReads: after the user scrolls the text, the
// timeline does not move it.
func TestReaderStaysWhileUserReads(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1910"), FromTimeline)
	w.Canvas().Capture()
	test.Scroll(w.Canvas(), fyne.NewPos(1300, 500), 0, -300)
	before := u.Reader.Offset()
	if before == 0 {
		t.Fatal("scrolling the text did not move it")
	}
	u.State.SetTime(dateOf(t, "2004"), FromTimeline)
	if u.Reader.Offset() != before {
		t.Errorf("the text moved from %v to %v while the user was reading", before, u.Reader.Offset())
	}
	if time.Since(u.Reader.UserScrolledAt()) > time.Second {
		t.Errorf("the reader did not note the user's scroll")
	}
}

func TestWindowAt1950Golden(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	u.State.SetTime(dateOf(t, "1950-06-25"), FromTimeline)
	test.AssertImageMatches(t, "window_1950.png", Snapshot(u, fyne.NewSize(1600, 1000), 1))
}
