package reader

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/link"
	"peninsula/story"
)

// newTestApp installs a headless Fyne app with Peninsula's theme.
func newTestApp(t testing.TB) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.Default())
	return a
}

// sharedStory is the built-in story, loaded once per test binary.
var sharedStory *story.Story

func testStory(t testing.TB) *story.Story {
	t.Helper()
	if sharedStory == nil {
		m, err := link.LoadMap()
		if err != nil {
			t.Fatal(err)
		}
		s, ds := link.LoadStory("", m)
		if err := ds.Err(); err != nil {
			t.Fatal(err)
		}
		sharedStory = s
	}
	return sharedStory
}

// newTestReader shows a reader of the built-in story in a test window of
// the size.
func newTestReader(t testing.TB, size fyne.Size) (*Reader, fyne.Window) {
	t.Helper()
	newTestApp(t)
	r := New(testStory(t))
	w := test.NewWindow(r)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return r, w
}

func passageIDs(ps []*story.Passage) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

// allPassages returns the ids of the reader's passages in order.
func allPassages(r *Reader) []string {
	var ids []string
	for _, v := range r.order {
		ids = append(ids, v.passage.ID)
	}
	return ids
}

// other returns a passage not in ids.
func other(r *Reader, ids []string) string {
	for _, v := range r.order {
		if !slices.Contains(ids, v.passage.ID) {
			return v.passage.ID
		}
	}
	return ""
}

// revealOffset is where Reveal(id) scrolls to.
func revealOffset(r *Reader, id string) float32 {
	sc := r.scroll
	y := max(0, r.views[id].box.Position().Y-theme.Padding())
	return min(y, sc.Content.Size().Height-sc.Size().Height)
}

// TestReaderGolden: the reader alone, at the top of the story, and at the
// passages about a selected place with the first in focus.
func TestReaderGolden(t *testing.T) {
	tests := []struct {
		golden string
		place  string
	}{
		{"reader_top.png", ""},
		{"reader_dokdo.png", "dokdo"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			r, w := newTestReader(t, fyne.NewSize(640, 820))
			if tt.place != "" {
				s := r.Story
				ids := passageIDs(s.PassagesForPlace(tt.place))
				r.SetSelection(s.Place(tt.place).Name("en"), ids)
				r.ScrollToSection(s.SectionsForPlace(tt.place)[0].ID)
				r.SetFocused(ids[0])
			}
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}
