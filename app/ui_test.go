package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/story"
)

// newTestUI shows the whole UI in a test window of the size.
func newTestUI(t *testing.T, size fyne.Size) (*UI, fyne.Window) {
	t.Helper()
	newTestApp(t)
	m, s := testData(t)
	u := NewUI(m, s)
	w := test.NewWindow(u.Content())
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	u.InstallShortcuts(w.Canvas())
	return u, w
}

func passageIDs(ps []*story.Passage) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

func TestStateNotifiesOnlyOnChange(t *testing.T) {
	s := &State{}
	var got []Change
	s.Observe(func(c Change) { got = append(got, c) })
	s.SetPlace("dokdo")
	s.SetPlace("dokdo")
	s.SetPassage("japan-2")
	s.SetPassage("japan-2")
	s.SetPlace("")
	want := []Change{PlaceChanged, PassageChanged, PlaceChanged}
	if !slices.Equal(got, want) {
		t.Errorf("notifications %v, want %v", got, want)
	}
}

// TestMapClickReadsPlace: tapping a place on the map highlights exactly the
// passages about it, names them in the reader's bar, jumps the reader to
// the first section that links it and shows the place in the panel.
func TestMapClickReadsPlace(t *testing.T) {
	tests := []struct {
		place    string
		lon, lat float64
		bar      string
	}{
		{"dokdo", 131.8667, 37.2417, "1 passage about Dokdo / Takeshima"},
		{"yasukuni", 139.7436, 35.6941, "about Yasukuni Shrine"},
		{"kaesong", 126.61, 37.94, "about Kaesong Industrial Complex"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
			// Zoom in so neighbouring markers are apart.
			u.MapView.SetViewport(u.MapView.Viewport().ZoomAt(toPoint(at(u.MapView, tt.lon, tt.lat)), 3))
			test.TapAt(u.MapView, at(u.MapView, tt.lon, tt.lat))
			if u.State.Place() != tt.place {
				t.Fatalf("state place = %q, want %q", u.State.Place(), tt.place)
			}
			want := passageIDs(u.Story.PassagesForPlace(tt.place))
			if len(want) == 0 {
				t.Fatalf("the story has no passages about %s", tt.place)
			}
			for _, v := range u.Reader.order {
				id := v.passage.ID
				if u.Reader.Highlighted(id) != slices.Contains(want, id) {
					t.Errorf("passage %s highlighted = %v", id, u.Reader.Highlighted(id))
				}
			}
			if bar := u.Reader.BarText(); !strings.Contains(bar, tt.bar) {
				t.Errorf("bar = %q, want it to say %q", bar, tt.bar)
			}
			first := u.Story.SectionsForPlace(tt.place)[0].ID
			head := u.Reader.headings[first]
			if off := u.Reader.Offset(); off < head.Position().Y-20 || off > head.Position().Y+5 {
				t.Errorf("reader offset %v, want the %q heading at %v", off, first, head.Position().Y)
			}
			if !u.info.box.Visible() || u.info.title.Text != u.Story.Place(tt.place).Name("en") {
				t.Errorf("panel shows %q (visible %v)", u.info.title.Text, u.info.box.Visible())
			}
		})
	}
}

// TestReaderLinkSelectsOnMap: tapping a place link in the text selects the
// place on the map without jumping the reader away from the link.
func TestReaderLinkSelectsOnMap(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	for _, place := range []string{"seoul", "dokdo", "kor"} {
		p := u.Story.PassagesForPlace(place)[0]
		v := u.Reader.views[p.ID]
		pos, ok := v.text.LinkPosition(place)
		if !ok {
			t.Fatalf("passage %s has no link to %s", p.ID, place)
		}
		before := u.Reader.Offset()
		test.TapAt(v.text, pos)
		if u.State.Place() != place || u.MapView.Selected != featureFor(u.Story, place) {
			t.Errorf("after tapping %s: state %q, map selected %q", place, u.State.Place(), u.MapView.Selected)
		}
		if u.Reader.Offset() != before {
			t.Errorf("tapping a link in the text scrolled the reader from %v to %v", before, u.Reader.Offset())
		}
	}
}

func TestReaderStepsThroughPassages(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	if err := u.SelectPlace("seoul"); err != nil {
		t.Fatal(err)
	}
	want := passageIDs(u.Story.PassagesForPlace("seoul"))
	if len(want) < 3 {
		t.Fatalf("want several passages about Seoul, have %v", want)
	}
	var got []string
	for range len(want) + 1 {
		u.Reader.Step(1)
		got = append(got, u.Reader.Focused())
	}
	if !slices.Equal(got[:len(want)], want) || got[len(want)] != want[0] {
		t.Errorf("stepping visited %v, want %v then back to the first", got, want)
	}
	u.Reader.Step(-1)
	if u.Reader.Focused() != want[len(want)-1] {
		t.Errorf("stepping back from the first focused %q, want the last %q", u.Reader.Focused(), want[len(want)-1])
	}
}

func TestEscapeClearsSelection(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	u.SelectPlace("dokdo")
	test.TypeOnCanvas(w.Canvas(), "+")
	w.Canvas().(test.WindowlessCanvas).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.State.Place() != "" || u.MapView.Selected != "" || u.Reader.BarText() != "" {
		t.Errorf("after Esc: place %q, map %q, bar %q", u.State.Place(), u.MapView.Selected, u.Reader.BarText())
	}
	for _, v := range u.Reader.order {
		if u.Reader.Highlighted(v.passage.ID) {
			t.Errorf("passage %s still highlighted", v.passage.ID)
		}
	}
}

func TestSelectUnknownPlace(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(800, 600))
	if err := u.SelectPlace("atlantis"); err == nil || err.Error() != `unknown place "atlantis"` {
		t.Errorf("error = %v", err)
	}
}

func TestWindowGolden(t *testing.T) {
	tests := []struct {
		golden string
		place  string
	}{
		{"window.png", ""},
		{"window_yasukuni.png", "yasukuni"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			u, _ := newTestUI(t, fyne.NewSize(1400, 900))
			if tt.place != "" {
				u.SelectPlace(tt.place)
			}
			test.AssertImageMatches(t, tt.golden, Snapshot(u, fyne.NewSize(1400, 900), 1))
		})
	}
}

// TestReaderGolden: the reader alone, at the top of the story and at the
// passages about a selected place.
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
			newTestApp(t)
			_, s := testData(t)
			r := NewReader(s)
			w := test.NewWindow(r)
			defer w.Close()
			w.SetPadded(false)
			w.Resize(fyne.NewSize(640, 820))
			if tt.place != "" {
				r.ShowPlace(tt.place, s.Place(tt.place).Name("en"), true)
				r.Step(1)
			}
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}
