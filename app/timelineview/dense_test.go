package timelineview

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/internal/paint"
	"peninsula/timeline"
)

// Dense stretches: the Korea story's 1998–2006 at the window's default
// size, and a made-up story of 200 events.

// defaultSize is the timeline's size in the window at its default size
// (1400×900).
var defaultSize = fyne.NewSize(1170, 150)

// story200 is a made-up story of 200 events over 1900–2010, clumped as a
// history is: wars, crises and one stretch told in detail (30 events in
// 2003–2005). Dates are of a day, a month or a year; some are ranges.
func story200(t testing.TB) (*timeline.Schedule, map[string]string, []Era) {
	t.Helper()
	rng := rand.New(rand.NewPCG(200, 2010))
	clumps := []struct{ from, to, n int }{ // years [from, to)
		{1900, 2010, 82}, {1904, 1906, 6}, {1914, 1919, 15}, {1939, 1946, 20}, {1950, 1954, 15},
		{1968, 1969, 5}, {1989, 1992, 12}, {2003, 2006, 30}, {2008, 2010, 15},
	}
	subjects := []string{"Treaty", "Summit", "Uprising", "Election", "Trade pact", "Border clash", "Famine",
		"Reform", "Ceasefire", "Visit", "Crisis", "Strike"}
	places := []string{"Seoul", "Pyongyang", "Tokyo", "Beijing", "Washington", "Moscow", "Busan", "Kaesong",
		"the Yalu", "the Demilitarized Zone"}
	tails := []string{"", " ends in failure", " brings new hope", " divides the country",
		" is signed after long talks", " shakes the region", ", and the world takes note",
		" opens trade with the neighbours"}
	var items []timeline.Item
	titles := map[string]string{}
	for _, c := range clumps {
		for range c.n {
			id := fmt.Sprintf("e%03d", len(items))
			y := c.from + rng.IntN(c.to-c.from)
			m, d := 1+rng.IntN(12), 1+rng.IntN(28)
			var when string
			switch p := rng.IntN(100); {
			case p < 10: // a range
				years := rng.IntN(6)
				when = fmt.Sprintf("%d-%02d/%d-%02d", y, m, y+years, min(12, m+1+rng.IntN(3)))
			case p < 55:
				when = fmt.Sprintf("%d-%02d-%02d", y, m, d)
			case p < 80:
				when = fmt.Sprintf("%d-%02d", y, m)
			default:
				when = fmt.Sprint(y)
			}
			sp, err := timeline.ParseSpan(when)
			if err != nil {
				t.Fatal(err)
			}
			items = append(items, timeline.Item{ID: id, When: sp, Thread: fmt.Sprint(rng.IntN(6))})
			titles[id] = subjects[rng.IntN(len(subjects))] + " in " + places[rng.IntN(len(places))] +
				tails[rng.IntN(len(tails))]
		}
	}
	var eras []Era
	for _, e := range []struct{ id, title, when string }{
		{"empire", "Empire and colony", "1900/1945-08-14"}, {"division", "Division and war", "1945-08-15/1953-07-27"},
		{"cold", "The long Cold War", "1953-07-27/1991"}, {"after", "After the Cold War", "1991/2010"},
	} {
		sp, err := timeline.ParseSpan(e.when)
		if err != nil {
			t.Fatal(err)
		}
		eras = append(eras, Era{ID: e.id, Title: e.title, When: sp})
	}
	return timeline.NewSchedule(items, day(2010, 1, 1)), titles, eras
}

// newTest200 shows story200 in a test window.
func newTest200(t testing.TB, size fyne.Size) (*TimelineView, fyne.Window) {
	t.Helper()
	newTestApp(t)
	sched, titles, eras := story200(t)
	v := New()
	v.SetSchedule(sched)
	v.SetTitles(titles)
	v.SetEras(eras)
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

func TestTimelineDenseGolden(t *testing.T) {
	t.Run("timeline_dense.png", func(t *testing.T) {
		v, w := newTestTimeline(t, defaultSize)
		setMoment(v, day(2004, 6, 1))
		test.AssertImageMatches(t, "timeline_dense.png", w.Canvas().Capture())
	})
	t.Run("timeline_200.png", func(t *testing.T) {
		v, w := newTest200(t, defaultSize)
		setMoment(v, day(2004, 6, 1))
		test.AssertImageMatches(t, "timeline_200.png", w.Canvas().Capture())
	})
}

// TestTimelineDenseYearsMarkers checks the whole story at the default
// size: each event of 1998–2006 has a diamond of its own, or is counted in
// a cluster's pill, and no two markers overlap.
func TestTimelineDenseYearsMarkers(t *testing.T) {
	v, _ := newTestTimeline(t, defaultSize)
	setMoment(v, day(2004, 6, 1))
	g := v.geometry()
	clusters := 0
	for i, it := range v.Schedule.Items {
		if y := it.When.StartTime().Year(); y < 1998 || y > 2006 {
			continue
		}
		eg := g.ev[i]
		if !eg.visible {
			t.Errorf("%s is not drawn", it.ID)
			continue
		}
		if m := g.markerOf(i); m != nil && m.n() > 1 {
			clusters++
			if m.count != fmt.Sprint(m.n()) {
				t.Errorf("the cluster of %s reads %q, want %d", it.ID, m.count, m.n())
			}
		}
	}
	if clusters == 0 {
		t.Error("no clusters: the dense years were not dense")
	}
	ms := g.pack.markers
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if a.visible && b.visible && a.cx+a.halfW() > b.cx-b.halfW() {
			t.Errorf("markers at %v and %v overlap", a.cx, b.cx)
		}
	}
}

// spotFor finds where a user clicks to pick event i, from the shapes
// drawn: its own diamond, else its title, else its bar (away from the
// markers on it), else its cluster's pill (then cluster is true).
func spotFor(t *testing.T, v *TimelineView, i int) (p fyne.Position, cluster bool) {
	t.Helper()
	g := v.geometry()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	centre := func(b rect) fyne.Position { return fyne.NewPos((b.x0+b.x1)/2, (b.y0+b.y1)/2) }
	if m := g.markerOf(i); m != nil && m.n() == 1 {
		if sh := r.scene.find(roleDiamond, g.ev[i].marker); sh != nil {
			return centre(sh.box), false
		}
	}
	if sh := r.scene.find(roleTitle, i); sh != nil {
		return centre(sh.box), false
	}
	if sh := r.scene.find(roleBar, i); sh != nil {
		y := centre(sh.box).Y
		best, run, bestRun := float32(-1), 0, 0
		for x := max(g.ev[i].x0, 0) + 2; x <= min(g.ev[i].x1, float32(g.scale.Width))-2; x++ {
			free := true
			for _, m := range g.pack.markers {
				if m.visible && paint.Abs(x-m.cx) < m.halfW()+3 && paint.Abs(y-g.bands.laneY(0)) < m.halfW()+2 {
					free = false
				}
			}
			if run = run + 1; !free {
				run = 0
			}
			if run > bestRun {
				best, bestRun = x-float32(run)/2, run
			}
		}
		if bestRun >= 3 {
			return fyne.NewPos(best, y), false
		}
	}
	if m := g.markerOf(i); m != nil && m.n() > 1 {
		if sh := r.scene.find(rolePill, g.ev[i].marker); sh != nil {
			return centre(sh.box), true
		}
	}
	t.Fatalf("%s is drawn nowhere a user could click", v.Schedule.Items[i].ID)
	return fyne.Position{}, false
}

// TestTimelinePickDenseYears taps each event of 1998–2006 of the whole
// story at the default size where a user would: its diamond, title or
// bar, or else its cluster (which zooms in) and then the event.
func TestTimelinePickDenseYears(t *testing.T) {
	_, sched := testStory(t)
	for _, at := range []time.Time{{}, day(2004, 6, 1), day(1999, 1, 1)} {
		for i, it := range sched.Items {
			if y := it.When.StartTime().Year(); y < 1998 || y > 2006 {
				continue
			}
			t.Run(fmt.Sprintf("%s-%d", it.ID, at.Year()), func(t *testing.T) {
				v, w := newTestTimeline(t, defaultSize)
				if !at.IsZero() {
					setMoment(v, at)
				}
				w.Canvas().Capture()
				var got []string
				scrubbed := false
				v.OnEventTapped = func(id string) { got = append(got, id) }
				v.OnScrub = func(time.Time) { scrubbed = true }
				p, cluster := spotFor(t, v, i)
				if cluster {
					before := v.Scale()
					test.TapAt(v, p)
					if len(got) != 0 || scrubbed {
						t.Fatalf("a tap on the cluster at %v reported %v (scrubbed %v), want a zoom", p, got, scrubbed)
					}
					if v.Scale() == before {
						t.Fatalf("a tap on the cluster at %v did not zoom", p)
					}
					w.Canvas().Capture()
					if p, cluster = spotFor(t, v, i); cluster {
						t.Fatalf("after zooming in on its cluster %s is still in one", it.ID)
					}
				}
				test.TapAt(v, p)
				if len(got) != 1 || got[0] != it.ID || scrubbed {
					t.Errorf("a tap at %v reported %v (scrubbed %v), want %s", p, got, scrubbed, it.ID)
				}
			})
		}
	}
}

// TestTimelineWheelSeparatesCluster zooms with the wheel on the cluster of
// the four events of 2004: they come apart into diamonds of their own.
func TestTimelineWheelSeparatesCluster(t *testing.T) {
	v, _ := newTestTimeline(t, defaultSize)
	i := v.Schedule.Index("bases-2004")
	if m := v.geometry().markerOf(i); m == nil || m.n() < 4 {
		t.Fatalf("the 2004 events are not in one cluster at the whole story's zoom")
	}
	for notch := 0; ; notch++ {
		g := v.geometry()
		m := g.markerOf(i)
		if m.n() == 1 {
			for _, id := range []string{"china-trade-2004", "iraq-deployment", "nk-trade-2004"} {
				if m := g.markerOf(v.Schedule.Index(id)); m.n() != 1 || !m.visible {
					t.Errorf("zoomed in until bases-2004 stands alone, %s is in %d (visible %v)", id, m.n(), m.visible)
				}
			}
			break
		}
		if notch == 20 {
			t.Fatalf("20 notches in, bases-2004 is still in a cluster of %d", m.n())
		}
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.cx, 60)},
			Scrolled: fyne.NewDelta(0, 25)})
	}
}

// TestTimelineClusterTooltip hovers a cluster: the tooltip counts its
// events and lists them.
func TestTimelineClusterTooltip(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	g := v.geometry()
	k := g.ev[v.Schedule.Index("bases-2004")].marker
	m := g.pack.markers[k]
	test.MoveMouse(w.Canvas(), fyne.NewPos(m.cx, g.bands.laneY(0)))
	if v.hover != (target{-1, k}) || v.Hovered() != -1 {
		t.Fatalf("hovering the cluster gives %+v, event %d", v.hover, v.Hovered())
	}
	r := test.TempWidgetRenderer(t, v).(*renderer)
	var lines []string
	for _, tx := range r.tipText {
		if tx.Visible() {
			lines = append(lines, tx.Text)
		}
	}
	text := strings.Join(lines, "\n")
	if !r.tipBox.Visible() || !strings.HasPrefix(text, fmt.Sprintf("%d events · 2004", m.n())) {
		t.Fatalf("the tooltip reads %q", text)
	}
	for _, i := range g.members(k) {
		if title := v.Titles[v.Schedule.Items[i].ID]; !strings.Contains(text, title[:20]) {
			t.Errorf("the tooltip does not list %q:\n%s", title, text)
		}
	}
}

// TestTimeline200Objects checks that a long story costs no more canvas
// objects than a short one, shapes in the raster for what is in view only,
// and that SetTime still only moves the cursor.
func TestTimeline200Objects(t *testing.T) {
	v, w := newTest200(t, defaultSize)
	setMoment(v, day(2004, 6, 1))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	objs, shapes := len(r.Objects()), len(r.scene.shapes)
	if objs > 40 || shapes > 1000 {
		t.Errorf("%d canvas objects and %d shapes for 200 events; keep them under 40 and 1,000", objs, shapes)
	}
	base, titles, scenes := r.baseGen, r.titleGen, r.sceneGen
	v.SetTime(day(2004, 9, 1))
	if r.baseGen != base || r.titleGen != titles || r.sceneGen != scenes || len(r.Objects()) != objs {
		t.Errorf("SetTime re-laid out the timeline (base %d→%d, titles %d→%d, scene %d→%d, objects %d→%d)",
			base, r.baseGen, titles, r.titleGen, scenes, r.sceneGen, objs, len(r.Objects()))
	}
	// Zoomed in on a decade, fewer events are in view: fewer shapes.
	sched, names, eras := story200(t)
	z := New()
	z.SetSchedule(sched)
	z.SetTitles(names)
	z.SetEras(eras)
	zoomTo(z, day(1960, 1, 1), day(1970, 1, 1)) // before its renderer is made at a size
	z.Resize(defaultSize)
	setMoment(z, day(1965, 6, 1))
	zw := test.NewWindow(z)
	t.Cleanup(zw.Close)
	zw.SetPadded(false)
	zw.Resize(defaultSize)
	zw.Canvas().Capture()
	if s := z.Scale(); !s.Start.Equal(day(1960, 1, 1)) {
		t.Fatalf("the view starts at %v, want 1960", s.Start)
	}
	if zs := len(test.TempWidgetRenderer(t, z).(*renderer).scene.shapes); zs >= shapes {
		t.Errorf("%d shapes for a decade in view, %d for the whole story; want fewer", zs, shapes)
	} else {
		t.Logf("%d shapes for a decade in view", zs)
	}
	t.Logf("%d objects and %d shapes for the whole story, %d markers", objs, shapes, len(v.geometry().pack.markers))
}

// BenchmarkTimelinePan200 is one step of a pan of the 200-event story at
// the default size: the markers keep their packing, the titles are
// placed again.
func BenchmarkTimelinePan200(b *testing.B) {
	v, w := newTest200(b, defaultSize)
	zoomTo(v, day(1995, 1, 1), day(2010, 1, 1))
	w.Canvas().Capture()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dx := 3.0
		if i%200 >= 100 {
			dx = -3
		}
		v.scale = v.clamp(v.scale.Pan(dx))
		v.Refresh()
		i++
	}
}

// BenchmarkTimelineZoom200 is one wheel notch on the 200-event story: the
// markers are packed again.
func BenchmarkTimelineZoom200(b *testing.B) {
	v, w := newTest200(b, defaultSize)
	w.Canvas().Capture()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dy := float32(25)
		if i%16 >= 8 {
			dy = -25
		}
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(1000, 60)},
			Scrolled: fyne.NewDelta(0, dy)})
		i++
	}
}
