package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// compareUI is the window comparing September 1945 with August 1953.
func compareUI(t *testing.T) (*UI, fyne.Window) {
	t.Helper()
	u, w := newTestUI(t, fyne.NewSize(1600, 1000))
	if err := u.SelectTime("1945-09", FromCommandLine); err != nil {
		t.Fatal(err)
	}
	if err := u.SelectCompare("1953-08", FromCommandLine); err != nil {
		t.Fatal(err)
	}
	w.Canvas().Capture()
	return u, w
}

// TestCompareGolden: the map at two dates side by side, each with its
// date, the 38th Parallel and the Soviet zone on the left, the Military
// Demarcation Line on the right, what changed under them, and the
// timeline's second handle.
func TestCompareGolden(t *testing.T) {
	u, _ := compareUI(t)
	if !u.cmp.right.Visible() || !u.cmp.list.Visible() || u.Figures.Visible() {
		t.Fatalf("comparing: right map %v, changes %v, charts %v", u.cmp.right.Visible(), u.cmp.list.Visible(), u.Figures.Visible())
	}
	for id, want := range map[string][2]bool{"parallel-38": {true, false}, "mdl": {false, true}, "zone-soviet": {true, false}} {
		left, right := !contains(u.MapView.Hidden, id), !contains(u.cmp.right.Hidden, id)
		if [2]bool{left, right} != want {
			t.Errorf("%s shown left %v, right %v; want %v", id, left, right, want)
		}
	}
	if u.cmp.leftDate.Text != "A · 1 September 1945" || u.cmp.rightDate.Text != "B · 1 August 1953" {
		t.Errorf("dates %q, %q", u.cmp.leftDate.Text, u.cmp.rightDate.Text)
	}
	test.AssertImageMatches(t, "window_compare.png", Snapshot(u, fyne.NewSize(1600, 1000), 1))
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestCompareChangeList: the list names what changed, and its rows are
// links: a place row selects the place, an event row moves the moment
// (and the list follows).
func TestCompareChangeList(t *testing.T) {
	u, w := compareUI(t)
	got := strings.Join(texts(u.cmp.list), "\n")
	for _, want := range []string{"Between 1 September 1945 and 1 August 1953", "38th Parallel ends (26 July 1953)",
		"Military Demarcation Line appears (27 July 1953)", "Panmunjom appears (October 1951)", "25 June 1950: "} {
		if !strings.Contains(got, want) {
			t.Errorf("the list lacks %q:\n%s", want, got)
		}
	}
	row := findText(u.cmp.list, "Military Demarcation Line appears (27 July 1953)")
	test.Tap(row)
	if p := u.State.Place(); u.Explainer.Feature(p) != "mdl" {
		t.Errorf("tapping the line's row selected %q", p)
	}
	row = findTextPrefix(u.cmp.list, "25 June 1950: ")
	test.Tap(row)
	if !u.State.Time().Equal(dateOf(t, "1950-06-25")) {
		t.Errorf("tapping the invasion's row: moment %v", u.State.Time())
	}
	w.Canvas().Capture()
	if got := strings.Join(texts(u.cmp.list), "\n"); !strings.Contains(got, "Between 25 June 1950 and 1 August 1953") {
		t.Errorf("the list did not follow the moment:\n%s", got)
	}
}

// findTextPrefix finds the button whose text starts with prefix.
func findTextPrefix(o fyne.CanvasObject, prefix string) fyne.Tappable {
	for _, s := range texts(o) {
		if strings.HasPrefix(s, prefix) {
			return findText(o, s)
		}
	}
	return nil
}

// TestCompareMenuHandleAndPrefs: View ▸ Compare turns comparing on and
// off; dragging the timeline's second handle moves the right map's date;
// the second moment is remembered.
func TestCompareMenuHandleAndPrefs(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	it := menuItem(u, "View", "Compare two moments")
	if it == nil || it.Checked {
		t.Fatalf("menu item %v", it)
	}
	it.Action()
	if u.State.Compare().IsZero() || !menuItem(u, "View", "Compare two moments").Checked {
		t.Fatal("View ▸ Compare did not start comparing")
	}
	w.Canvas().Capture()
	s := u.Timeline.Scale()
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.Timeline)
	xb := float32(s.X(u.State.Compare()))
	to := xb + 200
	test.Drag(w.Canvas(), origin.AddXY(to, 8), to-(xb+3), 0)
	want := s.Time(float64(to))
	if d := u.State.Compare().Sub(want); d > 48*time.Hour*30 || d < -48*time.Hour*30 {
		t.Errorf("dragging B to %v: compare at %v", want, u.State.Compare())
	}
	pr := u.Prefs(fyne.NewSize(1400, 900))
	if !pr.Compare.Equal(u.State.Compare()) {
		t.Errorf("prefs compare %v, state %v", pr.Compare, u.State.Compare())
	}
	u2, _ := newTestUI(t, fyne.NewSize(1400, 900))
	u2.ApplyPrefs(pr)
	if !u2.State.Compare().Equal(u.State.Compare()) {
		t.Errorf("restored compare %v", u2.State.Compare())
	}
	menuItem(u, "View", "Compare two moments").Action()
	if !u.State.Compare().IsZero() || u.cmp.list.Visible() || !u.Figures.Visible() || len(u.cmp.maps.Objects) != 1 || u.cmp.maps.Objects[0] != u.MapView {
		t.Error("turning comparing off left it on screen")
	}
}

// TestCompareMapsMove together: a pan of either map moves the other.
func TestCompareMapsMoveTogether(t *testing.T) {
	u, w := compareUI(t)
	before := u.cmp.right.Viewport().Center
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.MapView).AddXY(300, 300)
	test.Drag(w.Canvas(), p, 80, 40)
	if u.cmp.right.Viewport().Center == before || u.cmp.right.Viewport().Center != u.MapView.Viewport().Center {
		t.Errorf("after dragging the left map: right centre %v, left %v", u.cmp.right.Viewport().Center, u.MapView.Viewport().Center)
	}
	u.cmp.right.ZoomIn()
	if u.MapView.Viewport().Zoom != u.cmp.right.Viewport().Zoom {
		t.Errorf("zooming the right map: zooms %v, %v", u.MapView.Viewport().Zoom, u.cmp.right.Viewport().Zoom)
	}
}
