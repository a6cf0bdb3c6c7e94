package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFiguresLinked: the figures strip is linked three ways — a scrub
// moves every chart's moment, a tap on a point moves the timeline to its
// date and focuses the passage it comes from, a figure link in the text
// shows its chart, and a selected place's figures come first.
func TestFiguresLinked(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1400, 900))
	s := u.Story()

	u.State.SetTime(dateOf(t, "2004-06"), FromTimeline)
	if !u.Figures.Time.Equal(u.State.Time()) {
		t.Errorf("the strip is at %v, the State at %v", u.Figures.Time, u.State.Time())
	}

	// A tap on the expected 2005 investment point.
	inv := s.Figure("china-investment-north")
	u.Figures.SetFocus(inv.ID) // scroll it into view
	pos, ok := u.Figures.PointPosition(inv.ID, 0, 2)
	if !ok {
		t.Fatal("the 2005 point is not in view")
	}
	test.TapAt(u.Figures, pos)
	if want := dateOf(t, "2005"); !u.State.Time().Equal(want) {
		t.Errorf("after tapping the 2005 point: time %v, want %v", u.State.Time(), want)
	}
	want := s.PassagesForEvent("china-investment")[0].ID
	if u.State.Passage() != want || u.Reader.Focused != want {
		t.Errorf("focused passage %q (reader %q), want %q", u.State.Passage(), u.Reader.Focused, want)
	}
	checkReaderAt(t, u, want)

	// A figure link in the text.
	for _, sec := range s.Sections {
		for _, p := range sec.Passages {
			for _, id := range p.Figures {
				u.Reader.Reveal(p.ID)
				obj, at, ok := u.Reader.Link(p.ID, id)
				if !ok {
					t.Fatalf("no link to %s in %s", id, p.ID)
				}
				test.TapAt(obj, at)
				if u.Figures.Focus != id {
					t.Errorf("tapping the link to %s focused %q", id, u.Figures.Focus)
				}
			}
		}
	}

	// A place's figures first.
	u.SelectPlace("usa", FromMap)
	about := s.FiguresForPlace("usa")
	if len(about) == 0 {
		t.Fatal("no figures about the United States")
	}
	for i, f := range about {
		if u.Figures.Figures[i] != f {
			t.Errorf("figure %d is %s, want %s (the place's first)", i, u.Figures.Figures[i].ID, f.ID)
		}
	}
	if len(u.Figures.Figures) != len(s.Figures) {
		t.Errorf("%d figures shown, want all %d", len(u.Figures.Figures), len(s.Figures))
	}
}

// TestFiguresGolden: the window with the strip, at 2004.
func TestFiguresGolden(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1400, 900))
	u.State.SetTime(dateOf(t, "2004-06"), FromTimeline)
	test.AssertImageMatches(t, "window_figures_2004.png", Snapshot(u, fyne.NewSize(1400, 900), 1))
}
