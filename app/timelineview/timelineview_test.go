package timelineview

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/timeline"
)

func TestTimelineGolden(t *testing.T) {
	tests := []struct {
		golden string
		do     func(t *testing.T, v *TimelineView)
	}{
		{"timeline_all.png", func(t *testing.T, v *TimelineView) {}},
		{"timeline_all_1950.png", func(t *testing.T, v *TimelineView) { setMoment(v, day(1950, 6, 25)) }},
		{"timeline_1945_1955.png", func(t *testing.T, v *TimelineView) {
			zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
			setMoment(v, day(1950, 6, 25))
			markPlace(t, v, "prk")
		}},
		{"timeline_1998_2006.png", func(t *testing.T, v *TimelineView) {
			zoomTo(v, day(1998, 1, 1), day(2006, 7, 1))
			setMoment(v, day(2004, 5, 1))
			markPlace(t, v, "chn")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			v, w := newTestTimeline(t, testSize)
			tt.do(t, v)
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
	open, err := timeline.ParseSpan("1965/..")
	if err != nil {
		t.Fatal(err)
	}
	v := New()
	v.SetSchedule(timeline.NewSchedule(items, day(1990, 1, 1)))
	v.SetTitles(titles)
	v.SetEras([]Era{{ID: "late", Title: "An open era", When: open}})
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 150))
	setMoment(v, day(1971, 1, 1))
	v.SetMarked([]int{0, 3})
	test.AssertImageMatches(t, "timeline_shapes.png", w.Canvas().Capture())
}

// TestTimelineDarkGolden draws with Fyne's dark theme: every colour comes
// from the theme or is translucent.
func TestTimelineDarkGolden(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	fyne.CurrentApp().Settings().SetTheme(theme.DarkTheme())
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	setMoment(v, day(1950, 6, 25))
	markPlace(t, v, "prk")
	test.AssertImageMatches(t, "timeline_dark.png", w.Canvas().Capture())
}

func TestTimelineHoverGolden(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	setMoment(v, day(1953, 8, 1))
	i := v.Schedule.Index("korean-war")
	g := v.geometry()
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

// TestTimelineSetTimeMovesOnlyTheCursor checks that scrubbing keeps the
// canvas objects: no new objects, no relayout.
func TestTimelineSetTimeMovesOnlyTheCursor(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	setMoment(v, day(1950, 6, 25))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	objs := len(r.Objects())
	base, titles := r.baseGen, r.titleGen
	knob := r.knob.Position()
	v.SetTime(day(1951, 3, 1))
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

// TestTimelineResizeKeepsSpan checks that a new width keeps the span the
// detail band shows: the widget gives its scale the width as it is resized.
func TestTimelineResizeKeepsSpan(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	if got := v.Scale().Width; got != float64(testSize.Width) {
		t.Fatalf("scale width %v, want the widget's %v", got, testSize.Width)
	}
	w.Resize(fyne.NewSize(800, 150))
	s := v.Scale()
	if s.Width != 800 || !s.Start.Equal(day(1945, 1, 1)) || !s.End.Equal(day(1955, 1, 1)) {
		t.Errorf("after a resize to 800 px the scale is %v – %v over %v px, want 1945 – 1955 over 800",
			s.Start, s.End, s.Width)
	}
	if g := v.geometry(); g.scale != s || g.size != v.Size() {
		t.Errorf("the geometry is laid out for %v at %v, want %v at %v", g.scale, g.size, s, v.Size())
	}
	if x := s.X(day(1950, 1, 1)); x < 399 || x > 401 {
		t.Errorf("1950 is at x=%v, want the middle of 800 px", x)
	}
}

func BenchmarkTimelineSetTime(b *testing.B) {
	v, w := newTestTimeline(b, testSize)
	w.Canvas().Capture()
	sched := v.Schedule
	start, end := day(1945, 1, 1), day(2006, 1, 1)
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
	v, w := newTestTimeline(b, testSize)
	w.Canvas().Capture()
	start := day(1945, 1, 1)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		setMoment(v, start.AddDate(0, i%600, 0))
		w.Canvas().Capture()
		i++
	}
}

// TestTimelineReplaceStory empties the timeline while a cluster is
// hovered, then shows another story: the scene follows.
func TestTimelineReplaceStory(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(2004, 6, 1))
	g := v.geometry()
	m := g.markerOf(v.Schedule.Index("bases-2004"))
	test.MoveMouse(w.Canvas(), fyne.NewPos(m.cx, g.bands.laneY(0)))
	v.SetStory(nil, nil)
	w.Canvas().Capture()
	test.TapAt(v, fyne.NewPos(m.cx, g.bands.laneY(0)))
	v.SetTime(day(2000, 1, 1))
	test.MoveMouse(w.Canvas(), fyne.NewPos(m.cx+1, g.bands.laneY(0)))
	r := test.TempWidgetRenderer(t, v).(*renderer)
	drawn := func() (marks, bars, titles int) {
		sc := &r.scene
		return sc.count(roleDiamond) + sc.count(rolePill), sc.count(roleBar), sc.count(roleTitle)
	}
	if marks, bars, titles := drawn(); marks != 0 || bars != 0 || titles != 0 || r.tipBox.Visible() {
		t.Errorf("an empty timeline draws %d markers, %d bars, %d titles (tooltip %v)",
			marks, bars, titles, r.tipBox.Visible())
	}
	sched, titles, eras := story200(t)
	v.SetSchedule(sched)
	v.SetTitles(titles)
	v.SetEras(eras)
	setMoment(v, day(1950, 6, 1))
	w.Canvas().Capture()
	if marks, _, titles := drawn(); marks == 0 || titles == 0 {
		t.Errorf("the story of 200 events draws %d markers and %d titles", marks, titles)
	}
}
