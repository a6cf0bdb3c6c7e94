package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/story"
	"peninsula/timeline"
)

// tlStorySchedule builds the schedule of a story's events, ending at its
// source's publication.
func tlStorySchedule(s *story.Story) *timeline.Schedule {
	var items []timeline.Item
	for _, ev := range s.Events {
		items = append(items, timeline.Item{ID: ev.ID, Thread: ev.Thread, When: ev.When})
	}
	return timeline.NewSchedule(items, s.Source.Date.End())
}

// newTestTimeline shows the Korea story's timeline alone in a test window.
func newTestTimeline(t testing.TB, size fyne.Size) (*TimelineView, fyne.Window) {
	t.Helper()
	newTestApp(t)
	_, s := testData(t)
	v := NewTimelineView()
	v.SetStory(s, tlStorySchedule(s))
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

func tlDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// tlZoomTo zooms the view to [a, b).
func tlZoomTo(v *TimelineView, a, b time.Time) { v.SetScale(timeline.Scale{Start: a, End: b}) }

// tlSetMoment sets the time and the events active then, as the app does.
func tlSetMoment(v *TimelineView, t time.Time) {
	v.SetTime(t)
	v.SetActive(v.Schedule.Active(t, nil))
}

func tlMarkPlace(v *TimelineView, place string) {
	var idx []int
	for _, ev := range sharedStory.EventsForPlace(place) { // loaded by newTestTimeline
		idx = append(idx, v.Schedule.Index(ev.ID))
	}
	v.SetMarked(idx)
}

var tlSize = fyne.NewSize(1200, 150)

func TestTimelineGolden(t *testing.T) {
	tests := []struct {
		golden string
		do     func(v *TimelineView)
	}{
		{"timeline_all.png", func(v *TimelineView) {}},
		{"timeline_all_1950.png", func(v *TimelineView) { tlSetMoment(v, tlDay(1950, 6, 25)) }},
		{"timeline_1945_1955.png", func(v *TimelineView) {
			tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
			tlSetMoment(v, tlDay(1950, 6, 25))
			tlMarkPlace(v, "prk")
		}},
		{"timeline_1998_2006.png", func(v *TimelineView) {
			tlZoomTo(v, tlDay(1998, 1, 1), tlDay(2006, 7, 1))
			tlSetMoment(v, tlDay(2004, 5, 1))
			tlMarkPlace(v, "chn")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			v, w := newTestTimeline(t, tlSize)
			tt.do(v)
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}

// TestTimelineShapesGolden draws every kind of span: approximate and open
// ends faded, coarse dates with their period, a few days as a diamond.
func TestTimelineShapesGolden(t *testing.T) {
	newTestApp(t)
	var items []timeline.Item
	titles := map[string]string{}
	for i, when := range []string{"~1950/1960~", "1955/1958~", "~1962/1966", "1970/..", "1980s",
		"1952-03", "1964", "~1968", "1975-04-30", "1976-07-01/1976-07-04", "1958-01/1959-06"} {
		sp, err := timeline.ParseSpan(when)
		if err != nil {
			t.Fatal(err)
		}
		id := fmt.Sprint("e", i)
		items = append(items, timeline.Item{ID: id, When: sp, Thread: fmt.Sprint(i % 3)})
		titles[id] = when
	}
	open, _ := timeline.ParseSpan("1965/..")
	v := NewTimelineView()
	v.SetSchedule(timeline.NewSchedule(items, tlDay(1990, 1, 1)))
	v.SetTitles(titles)
	v.SetEras([]TimelineEra{{ID: "late", Title: "An open era", When: open}})
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 150))
	tlSetMoment(v, tlDay(1971, 1, 1))
	v.SetMarked([]int{0, 3})
	test.AssertImageMatches(t, "timeline_shapes.png", w.Canvas().Capture())
}

// TestTimelineDarkGolden draws with Fyne's dark theme: every colour comes
// from the theme or is translucent.
func TestTimelineDarkGolden(t *testing.T) {
	v, w := newTestTimeline(t, tlSize)
	fyne.CurrentApp().Settings().SetTheme(theme.DarkTheme())
	tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
	tlSetMoment(v, tlDay(1950, 6, 25))
	tlMarkPlace(v, "prk")
	test.AssertImageMatches(t, "timeline_dark.png", w.Canvas().Capture())
}

func TestTimelineHoverGolden(t *testing.T) {
	v, w := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
	tlSetMoment(v, tlDay(1953, 8, 1))
	i := v.Schedule.Index("korean-war")
	g := v.layout()
	x := (g.ev[i].x0 + g.ev[i].x1) / 2
	test.MoveMouse(w.Canvas(), fyne.NewPos(x, g.bands.laneY(g.ev[i].lane)))
	if v.Hovered() != i {
		t.Fatalf("hovered %d, want %d (korean-war)", v.Hovered(), i)
	}
	if c := v.Cursor(); c != desktop.PointerCursor {
		t.Errorf("cursor over a marker = %v, want the pointer", c)
	}
	test.AssertImageMatches(t, "timeline_hover.png", w.Canvas().Capture())
}

func TestTimelineFormatMoment(t *testing.T) {
	at := time.Date(1950, 6, 25, 13, 0, 0, 0, time.UTC)
	tests := []struct {
		pxPerYear float64
		want      string
	}{
		{12, "Jun 1950"},
		{120, "25 Jun 1950"},
		{2, "1950"},
		{0, "1950"},
	}
	for _, tt := range tests {
		if got := formatMoment(at, tt.pxPerYear); got != tt.want {
			t.Errorf("formatMoment(%v px/year) = %q, want %q", tt.pxPerYear, got, tt.want)
		}
	}
	span := func(s string) timeline.Span {
		sp, err := timeline.ParseSpan(s)
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	for in, want := range map[string]string{
		"1950-06-25/1953-07-27": "25 Jun 1950 – 27 Jul 1953",
		"~2004":                 "c. 2004",
		"1980s":                 "1980s",
		"1998/..":               "from 1998",
		"1950-10":               "Oct 1950",
	} {
		if got := tlFormatSpan(span(in)); got != want {
			t.Errorf("tlFormatSpan(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestTimelineSetTimeMovesOnlyTheCursor checks that scrubbing keeps the
// canvas objects: no new objects, no relayout.
func TestTimelineSetTimeMovesOnlyTheCursor(t *testing.T) {
	v, w := newTestTimeline(t, tlSize)
	tlSetMoment(v, tlDay(1950, 6, 25))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*tlRenderer)
	objs := len(r.Objects())
	base, titles := r.baseGen, r.titleGen
	knob := r.knob.Position()
	v.SetTime(tlDay(1951, 3, 1))
	if r.baseGen != base || r.titleGen != titles || len(r.Objects()) != objs {
		t.Errorf("SetTime re-laid out the timeline (base %d→%d, titles %d→%d, objects %d→%d)",
			base, r.baseGen, titles, r.titleGen, objs, len(r.Objects()))
	}
	if r.knob.Position() == knob {
		t.Error("the knob did not move")
	}
	if objs > 400 {
		t.Errorf("%d canvas objects; keep it modest", objs)
	}
}

func BenchmarkTimelineSetTime(b *testing.B) {
	v, w := newTestTimeline(b, tlSize)
	w.Canvas().Capture()
	sched := v.Schedule
	start, end := tlDay(1945, 1, 1), tlDay(2006, 1, 1)
	step := end.Sub(start) / 1000
	active := make([]int, 0, len(sched.Items))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t := start.Add(time.Duration(i%1000) * step)
		v.SetTime(t)
		active = sched.Active(t, active)
		v.SetActive(active)
		i++
	}
}

// BenchmarkTimelineScrubFrame is one frame of a scrub: SetTime and a
// software render of the 1200×150 widget.
func BenchmarkTimelineScrubFrame(b *testing.B) {
	v, w := newTestTimeline(b, tlSize)
	w.Canvas().Capture()
	start := tlDay(1945, 1, 1)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tlSetMoment(v, start.AddDate(0, i%600, 0))
		w.Canvas().Capture()
		i++
	}
}
