package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/reader"
	"peninsula/link"
)

// checkTints checks that exactly the passages in want show tint, and no
// other passage shows it.
func checkTints(t *testing.T, u *UI, tint reader.Tint, want []string) {
	t.Helper()
	for _, p := range allPassages(u.Story()) {
		if got := u.Reader.Highlight(p.ID); (got == tint) != slices.Contains(want, p.ID) {
			t.Errorf("passage %s shows %v, want %v: %v", p.ID, got, tint, slices.Contains(want, p.ID))
		}
	}
}

// checkReaderAt checks that the reader shows the passage or section with
// the id at its top (or as near as the end of the text allows).
func checkReaderAt(t *testing.T, u *UI, id string) {
	t.Helper()
	y, ok := u.Reader.OffsetOf(id)
	if !ok {
		t.Fatalf("the reader has no %q", id)
	}
	want := min(y, u.Reader.MaxOffset())
	if off := u.Reader.Offset(); off < want-20 || off > want+5 {
		t.Errorf("reader at %v, want %q at %v", off, id, want)
	}
}

// TestMapClickReadsPlace: tapping a place on the map tints exactly the
// passages about it, names them in the reader's bar, jumps the reader to
// its own section and shows the place in the card.
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
			tapMap(u, tt.lon, tt.lat, true)
			if u.State.Place() != tt.place {
				t.Fatalf("state place = %q, want %q", u.State.Place(), tt.place)
			}
			want := passageIDs(u.Story().PassagesForPlace(tt.place))
			if len(want) == 0 {
				t.Fatalf("the story has no passages about %s", tt.place)
			}
			checkTints(t, u, reader.TintSelected, want)
			if bar := u.Reader.BarText(); !strings.Contains(bar, tt.bar) {
				t.Errorf("bar = %q, want it to say %q", bar, tt.bar)
			}
			checkReaderAt(t, u, u.Story().HomeSection(tt.place).ID)
			if !u.info.Visible() || u.info.Title != u.Story().Place(tt.place).Name("en") {
				t.Errorf("card shows %q (visible %v)", u.info.Title, u.info.Visible())
			}
		})
	}
}

// TestReselectAfterTimeMoves is a regression test: select Dokdo on the
// map, move the timeline to another year, tap Dokdo again — the reader's
// bar and the passage about Dokdo are shown again (the bar used to vanish
// for good while the map still showed Dokdo selected).
func TestReselectAfterTimeMoves(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	dokdo := [2]float64{131.8667, 37.2417}
	tapMap(u, dokdo[0], dokdo[1], true)
	bar := "1 passage about Dokdo / Takeshima"
	if u.Reader.BarText() != bar {
		t.Fatalf("bar %q after the first tap", u.Reader.BarText())
	}
	// Tap the timeline's axis row at 1950: time moves, the text follows
	// the moment.
	tv := u.Timeline
	x := float32(tv.Scale().X(dateOf(t, "1950-07")))
	test.TapAt(tv, fyne.NewPos(x, tv.Size().Height-42))
	if u.State.Time().Year() != 1950 {
		t.Fatalf("the timeline tap moved time to %v", u.State.Time())
	}
	passage := u.Story().PassagesForPlace("dokdo")[0].ID
	if y, _ := u.Reader.OffsetOf(passage); u.Reader.Offset() >= y-5 && u.Reader.Offset() <= y+5 {
		t.Fatalf("the text did not move away from Dokdo's passage")
	}
	tapMap(u, dokdo[0], dokdo[1], false)
	if u.State.Place() != "dokdo" || u.MapView.Selected != "dokdo" {
		t.Fatalf("after the second tap: place %q, map %q", u.State.Place(), u.MapView.Selected)
	}
	if got := u.Reader.BarText(); got != bar {
		t.Errorf("bar %q after tapping Dokdo again, want %q", got, bar)
	}
	checkReaderAt(t, u, u.Story().HomeSection("dokdo").ID)
	checkTints(t, u, reader.TintSelected, []string{passage})
}

// TestClearBringsBackTheMoment is a regression test: clearing a selection
// (Esc, the bar's ✕, or a tap on the sea) shows the tint of the current
// moment's passages again at once.
func TestClearBringsBackTheMoment(t *testing.T) {
	clears := map[string]func(u *UI, w fyne.Window){
		"Esc": func(u *UI, w fyne.Window) {
			w.Canvas().(test.WindowlessCanvas).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
		},
		"tap on the sea": func(u *UI, w fyne.Window) { tapMap(u, 123.5, 35.5, false) },
		"the bar's ✕":    func(u *UI, w fyne.Window) { test.Tap(u.Reader.CloseButton()) },
	}
	for name, clear := range clears {
		t.Run(name, func(t *testing.T) {
			u, w := newTestUI(t, fyne.NewSize(1600, 1000))
			at := dateOf(t, "1950-06-25")
			u.State.SetTime(at, FromTimeline)
			moment := passageIDs(link.NewLinker(u.Story()).At(at).Passages)
			checkTints(t, u, reader.TintCurrent, moment)
			if err := u.SelectPlace("yasukuni", FromMap); err != nil {
				t.Fatal(err)
			}
			checkTints(t, u, reader.TintSelected, passageIDs(u.Story().PassagesForPlace("yasukuni")))
			clear(u, w)
			if u.State.Place() != "" || u.MapView.Selected != "" || u.Reader.BarText() != "" || u.info.Visible() {
				t.Errorf("after clearing: place %q, map %q, bar %q, card %v", u.State.Place(), u.MapView.Selected,
					u.Reader.BarText(), u.info.Visible())
			}
			checkTints(t, u, reader.TintCurrent, moment)
		})
	}
}

// TestReaderLinkSelectsOnMap: tapping a place link in the text selects the
// place on the map without jumping the reader away from the link.
func TestReaderLinkSelectsOnMap(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	for _, place := range []string{"seoul", "dokdo", "kor"} {
		p := u.Story().PassagesForPlace(place)[0]
		u.Reader.Reveal(p.ID)
		obj, pos, ok := u.Reader.Link(p.ID, place)
		if !ok {
			t.Fatalf("passage %s has no link to %s", p.ID, place)
		}
		before := u.Reader.Offset()
		test.TapAt(obj, pos)
		if u.State.Place() != place || u.MapView.Selected != u.Explainer.Feature(place) {
			t.Errorf("after tapping %s: state %q, map selected %q", place, u.State.Place(), u.MapView.Selected)
		}
		if u.Reader.Offset() != before {
			t.Errorf("tapping a link in the text scrolled the reader from %v to %v", before, u.Reader.Offset())
		}
	}
}

// TestReaderStepsThroughPassages: the bar's › and ‹ focus the passages
// about the place in turn, through the State, and the reader follows.
func TestReaderStepsThroughPassages(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1600, 1000))
	if err := u.SelectPlace("seoul", FromMap); err != nil {
		t.Fatal(err)
	}
	want := passageIDs(u.Story().PassagesForPlace("seoul"))
	if len(want) < 3 {
		t.Fatalf("want several passages about Seoul, have %v", want)
	}
	prev, next := u.Reader.StepButtons()
	var got []string
	for range len(want) + 1 {
		test.Tap(next)
		got = append(got, u.State.Passage())
		if u.Reader.Focused != u.State.Passage() {
			t.Errorf("reader focuses %q, state %q", u.Reader.Focused, u.State.Passage())
		}
		checkReaderAt(t, u, u.State.Passage())
	}
	if !slices.Equal(got[:len(want)], want) || got[len(want)] != want[0] {
		t.Errorf("stepping visited %v, want %v then back to the first", got, want)
	}
	test.Tap(prev)
	if u.State.Passage() != want[len(want)-1] {
		t.Errorf("stepping back from the first focused %q, want the last %q", u.State.Passage(), want[len(want)-1])
	}
}

func TestSelectUnknownPlace(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(800, 600))
	if err := u.SelectPlace("atlantis", FromCommandLine); err == nil || err.Error() != `unknown place "atlantis"` {
		t.Errorf("error = %v", err)
	}
	// A feature that a story place shows selects the place.
	if err := u.SelectPlace("korea", FromCommandLine); err != nil || u.State.Place() != "colonial-korea" {
		t.Errorf("SelectPlace(korea): %v, place %q", err, u.State.Place())
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
				u.SelectPlace(tt.place, FromCommandLine)
			}
			test.AssertImageMatches(t, tt.golden, Snapshot(u, fyne.NewSize(1400, 900), 1))
		})
	}
}
