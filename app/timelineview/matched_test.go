package timelineview

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Search marks: the halo of matched events.

// matchedIDs are the events of the matched golden: a bar, a point, a
// decade and one inside the cluster of 2004.
var matchedIDs = []string{"korean-war", "armistice", "democracy", "bases-2004"}

// TestTimelineMatchedGolden draws the whole story at the default size
// with a few matched events, one of them in a cluster: the cluster's pill
// has the halo.
func TestTimelineMatchedGolden(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(1950, 6, 25))
	v.SetMatched(append(matchedIDs, "no-such-event"))
	w.Canvas().Capture()
	g := v.geometry()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	if m := g.markerOf(v.Schedule.Index("bases-2004")); m == nil || m.n() < 2 {
		t.Fatal("bases-2004 is not in a cluster: the golden would not show a cluster's halo")
	}
	halos := map[int]bool{}
	for _, sh := range r.scene.shapes {
		if sh.role == roleHalo {
			halos[sh.ref] = true
		}
	}
	for _, id := range matchedIDs {
		i := v.Schedule.Index(id)
		if k := g.ev[i].marker; k >= 0 && !halos[k] {
			t.Errorf("the marker of %s (%d events) has no halo", id, g.pack.markers[k].n())
		}
		if r.scene.find(roleOvHalo, i) == nil {
			t.Errorf("%s has no halo in the overview", id)
		}
	}
	if n := r.scene.count(roleOvHalo); n != len(matchedIDs) {
		t.Errorf("%d halos in the overview, want %d (an unknown id is left out)", n, len(matchedIDs))
	}
	test.AssertImageMatches(t, "timeline_matched.png", w.Canvas().Capture())
}

// TestTimelineMatchedRendersOnce: setting the matched events draws the
// raster once; the same ids again, in a new slice, change nothing, and
// the raster is drawn again only when the set changes.
func TestTimelineMatchedRendersOnce(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(1950, 6, 25))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	before := countsOf(r)
	v.SetMatched(slices.Clone(matchedIDs))
	w.Canvas().Capture()
	once := countsOf(r)
	if once.renders != before.renders+1 || once.widgetRefreshes != before.widgetRefreshes {
		t.Errorf("SetMatched changed the counts from %+v to %+v, want one render and no widget refresh", before, once)
	}
	for range 3 {
		v.SetMatched(slices.Clone(matchedIDs))
		v.Refresh()
		w.Canvas().Capture()
	}
	if got := countsOf(r); got != once {
		t.Errorf("the same ids again changed the counts from %+v to %+v", once, got)
	}
	// Changed in place, then refreshed, as Fyne's fields are.
	v.Matched[0] = "invasion"
	v.Refresh()
	w.Canvas().Capture()
	if got := countsOf(r); got.renders != once.renders+1 {
		t.Errorf("a changed id drew the raster %d times, want once", got.renders-once.renders)
	}
	if i := v.Schedule.Index("invasion"); r.flags[i]&stateMatched == 0 {
		t.Error("the newly matched invasion is not drawn matched")
	}
	v.SetMatched(nil)
	w.Canvas().Capture()
	if n := r.scene.count(roleHalo) + r.scene.count(roleOvHalo); n != 0 {
		t.Errorf("with no matches %d halos are drawn", n)
	}
}

// TestTimelineMatchedClusterTooltip: hovering a cluster lists its matched
// event first, in bold, and follows a new search while it shows.
func TestTimelineMatchedClusterTooltip(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	g := v.geometry()
	k := g.ev[v.Schedule.Index("bases-2004")].marker
	members := g.members(k)
	last := v.Schedule.Items[members[len(members)-1]].ID
	v.SetMatched([]string{"bases-2004"})
	test.MoveMouse(w.Canvas(), fyne.NewPos(g.pack.markers[k].cx, g.bands.laneY(0)))
	r := test.TempWidgetRenderer(t, v).(*renderer)
	first := func() *canvasTextLine {
		tx := r.tipText[1]
		return &canvasTextLine{tx.Text, tx.TextStyle.Bold, tx.Visible()}
	}
	want := v.Titles["bases-2004"][:20]
	if l := first(); !l.visible || !l.bold || !strings.Contains(l.text, want) {
		t.Errorf("the cluster's first line is %+v, want the matched %q in bold", *l, want)
	}
	v.SetMatched([]string{last})
	want = v.Titles[last][:12]
	if l := first(); !l.visible || !l.bold || !strings.Contains(l.text, want) {
		t.Errorf("after a new search the first line is %+v, want the matched %q in bold", *l, want)
	}
}

// canvasTextLine is what a tooltip line shows.
type canvasTextLine struct {
	text          string
	bold, visible bool
}
