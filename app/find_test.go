package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// typeQuery opens the box with Ctrl+F and types q into the focused field,
// as the driver delivers keys.
func typeQuery(t *testing.T, kb keyboard, u *UI, q string) {
	t.Helper()
	kb.ctrl(fyne.KeyF)
	if kb.c.Focused() != u.find.box.Field() {
		t.Fatalf("Ctrl+F left the focus on %T", kb.c.Focused())
	}
	for _, r := range q {
		kb.char(r)
	}
}

// TestFindEverywhere: one box finds places in every language and alias,
// events and passages, lists them by kind with counts, and marks them on
// the map, the timeline and in the text.
func TestFindEverywhere(t *testing.T) {
	tests := []struct {
		query      string
		firstPlace string
		summary    string
	}{
		{"Takeshima", "dokdo", "1 place"},
		{"독도", "dokdo", "1 place"},
		{"竹島", "dokdo", "1 place"},
		{"liancourt", "dokdo", "1 place"},
		{"Sea of Japan", "east-sea", "1 place"},
		{"동해", "east-sea", "1 place"},
		{"ＳＥＯＵＬ", "seoul", ""},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			u, w := newTestUI(t, fyne.NewSize(1400, 900))
			kb := newKeyboard(u, w)
			typeQuery(t, kb, u, tc.query)
			if len(u.find.res.Hits) == 0 || u.find.res.Hits[0].ID != tc.firstPlace {
				t.Fatalf("hits %v", u.find.res.Hits)
			}
			if !strings.HasPrefix(u.find.box.Summary(), tc.summary) {
				t.Errorf("summary %q, want it to begin %q", u.find.box.Summary(), tc.summary)
			}
			if !contains(u.MapView.Found, u.Explainer.Feature(tc.firstPlace)) {
				t.Errorf("the map outlines %v", u.MapView.Found)
			}
			listed := strings.Join(texts(u.find.box), "|")
			if !strings.Contains(listed, u.find.box.Summary()+"|Places|") {
				t.Errorf("the list does not start with its places: %q", listed)
			}
		})
	}
}

// TestFindMarksAndSteps: "armistice" marks passages in the text and
// events on the timeline; Return and ↓ step forward through the hits and
// ↑ back, the views following; Esc closes and puts the view back.
func TestFindMarksAndSteps(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	kb := newKeyboard(u, w)
	u.State.SetTime(dateOf(t, "1990-01-01"), FromTimeline)
	before := u.State.Time()
	typeQuery(t, kb, u, "armistice")
	c := u.find.res.Counts
	if c.Event == 0 || c.Passage == 0 {
		t.Fatalf("counts %+v", c)
	}
	if len(u.Reader.Marks) != c.Passage || len(u.Timeline.Matched) != c.Event {
		t.Errorf("%d passages marked in the text and %d events on the timeline; counts %+v", len(u.Reader.Marks), len(u.Timeline.Matched), c)
	}
	var kinds []string
	for range 3 {
		kb.key(fyne.KeyDown)
		kinds = append(kinds, string(u.find.res.Hits[u.find.cur].Kind))
	}
	first := u.find.res.Hits[0]
	if first.Kind == "event" {
		if at, _ := u.Explainer.Linker.EventStart(first.ID); !u.State.Time().Equal(at) && u.find.cur == 0 {
			t.Errorf("stepping to event %s: moment %v", first.ID, u.State.Time())
		}
	}
	kb.key(fyne.KeyUp)
	if u.find.cur != 1 {
		t.Errorf("↑ after three steps: hit %d, want 1 (kinds %v)", u.find.cur, kinds)
	}
	for u.find.res.Hits[u.find.cur].Kind != "passage" {
		kb.key(fyne.KeyReturn)
	}
	h := u.find.res.Hits[u.find.cur]
	if u.State.Passage() != h.ID {
		t.Errorf("stepping to passage %s focused %q", h.ID, u.State.Passage())
	}
	kb.key(fyne.KeyEscape)
	if u.find.box.Visible() || !u.State.Time().Equal(before) || u.State.Passage() != "" {
		t.Errorf("Esc: box %v, moment %v (want %v), passage %q", u.find.box.Visible(), u.State.Time(), before, u.State.Passage())
	}
	if len(u.Reader.Marks) != 0 || len(u.Timeline.Matched) != 0 || len(u.MapView.Found) != 0 {
		t.Error("Esc left marks behind")
	}
}

// TestFindNothing: a query without hits says so, and a click on a hit in
// the list goes to it.
func TestFindNothing(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	kb := newKeyboard(u, w)
	typeQuery(t, kb, u, "atlantis")
	if listed := strings.Join(texts(u.find.box), "|"); u.find.box.Summary() != "Nothing found." || strings.Contains(listed, "|Places|") {
		t.Errorf("summary %q, list %q", u.find.box.Summary(), listed)
	}
	for range len("atlantis") {
		kb.key(fyne.KeyBackspace)
	}
	for _, r := range "Panmunjom" {
		kb.char(r)
	}
	row := findTextPrefix(u.find.box, "Panmunjom ·")
	if row == nil {
		t.Fatalf("no Panmunjom row: %q", texts(u.find.box))
	}
	test.Tap(row)
	if u.State.Place() != "panmunjom" {
		t.Errorf("clicking the row selected %q", u.State.Place())
	}
}

// TestFindGolden: the box, its list and the marks in the text, on the map
// and on the timeline, as a reader sees them.
func TestFindGolden(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	kb := newKeyboard(u, w)
	typeQuery(t, kb, u, "armistice")
	for u.find.cur < 0 || u.find.res.Hits[u.find.cur].Kind != "passage" {
		kb.key(fyne.KeyDown)
	}
	w.Canvas().Capture()
	test.AssertImageMatches(t, "window_find.png", Snapshot(u, fyne.NewSize(1400, 900), 1))
}
