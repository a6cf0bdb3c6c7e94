package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Gestures and title placement of the TimelineView; the helpers are in
// timelineview_test.go.

// tlNear reports whether two times are within a day.
func tlNear(a, b time.Time) bool {
	d := a.Sub(b)
	return d < 24*time.Hour && d > -24*time.Hour
}

func TestTimelineTapBackgroundScrubs(t *testing.T) {
	for _, x := range []float32{40, 300, 611.5, 1190} {
		t.Run(fmt.Sprint(x), func(t *testing.T) {
			v, _ := newTestTimeline(t, tlSize)
			tlZoomTo(v, tlDay(1940, 1, 1), tlDay(1960, 1, 1))
			var got []time.Time
			v.OnScrub = func(at time.Time) { got = append(got, at) }
			tapped := ""
			v.OnEventTapped = func(id string) { tapped = id }
			// Between the era titles and the title rows nothing is drawn
			// at the top; the axis row is background too.
			for _, y := range []float32{v.layout().bands.axisY + 10} {
				test.TapAt(v, fyne.NewPos(x, y))
			}
			want := v.Scale().Time(float64(x))
			if len(got) != 1 || !tlNear(got[0], want) || tapped != "" {
				t.Fatalf("tap at x=%v reported %v (event %q), want %v", x, got, tapped, want)
			}
			if !v.Time.IsZero() {
				t.Errorf("a tap set the time to %v itself; the app decides", v.Time)
			}
		})
	}
}

func TestTimelineTapMarkerAndTitle(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
	tlSetMoment(v, tlDay(1950, 6, 25))
	g := v.layout()
	for _, id := range []string{"armistice", "rok-founded", "korean-war", "china-enters"} {
		i := v.Schedule.Index(id)
		eg := g.ev[i]
		if !eg.visible {
			t.Fatalf("%s is not visible", id)
		}
		spots := map[string]fyne.Position{"marker": fyne.NewPos(eg.x0+1, g.bands.laneY(eg.lane))}
		if !eg.point {
			spots["marker"] = fyne.NewPos((eg.x0+eg.x1)/2, g.bands.laneY(eg.lane))
		}
		if eg.row >= 0 {
			spots["title"] = fyne.NewPos((eg.title.x0+eg.title.x1)/2, (eg.title.y0+eg.title.y1)/2)
		}
		for what, p := range spots {
			got, scrubbed := "", false
			v.OnEventTapped = func(id string) { got = id }
			v.OnScrub = func(time.Time) { scrubbed = true }
			test.TapAt(v, p)
			if got != id || scrubbed {
				t.Errorf("tap on the %s of %s at %v reported %q (scrubbed %v)", what, id, p, got, scrubbed)
			}
		}
	}
}

// tlDragPath drags like the GLFW driver does: each event has the pointer's
// position and the move since the last event, the first one measured from
// where the button went down.
func tlDragPath(v *TimelineView, from fyne.Position, xs ...float32) {
	last := from
	for _, x := range xs {
		p := fyne.NewPos(x, from.Y)
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(p.X-last.X, p.Y-last.Y)})
		last = p
	}
	v.DragEnd()
}

func TestTimelineDragHandleScrubs(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1940, 1, 1), tlDay(1960, 1, 1))
	v.SetTime(tlDay(1950, 6, 25))
	before := v.Scale()
	x0 := float32(before.X(v.Time))
	var got []time.Time
	started, ended := 0, 0
	v.OnScrub = func(at time.Time) { got = append(got, at) }
	v.OnScrubStart = func() { started++ }
	v.OnScrubEnd = func() { ended++ }
	path := []float32{x0 + 3, x0 + 40, x0 + 200, x0 - 100}
	tlDragPath(v, fyne.NewPos(x0+4, 8), path...) // on the knob
	if len(got) != len(path) || started != 1 || ended != 1 {
		t.Fatalf("got %d scrubs, %d starts, %d ends; want %d, 1, 1", len(got), started, ended, len(path))
	}
	for i, x := range path {
		if want := before.Time(float64(x)); !tlNear(got[i], want) {
			t.Errorf("scrub %d at x=%v reported %v, want %v", i, x, got[i], want)
		}
	}
	if v.Scale() != before {
		t.Errorf("scrubbing moved the view from %v to %v", before, v.Scale())
	}
	if !v.Time.Equal(got[len(got)-1]) {
		t.Errorf("the cursor is at %v, want it to follow the drag to %v", v.Time, got[len(got)-1])
	}

	// On the axis row a drag scrubs from anywhere; it clamps to Bounds.
	got = got[:0]
	axis := v.layout().bands.axisY + 8
	tlDragPath(v, fyne.NewPos(100, axis), 90, -5000)
	if len(got) != 2 || !tlNear(got[0], before.Time(90)) || got[1].Before(v.Bounds.Start) {
		t.Errorf("dragging on the axis reported %v, want %v then no earlier than %v", got, before.Time(90), v.Bounds.Start)
	}
}

func TestTimelineDragBackgroundPans(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1940, 1, 1), tlDay(1960, 1, 1))
	v.SetTime(tlDay(1950, 6, 25))
	before := v.Scale()
	scrubbed := false
	v.OnScrub = func(time.Time) { scrubbed = true }
	y := v.layout().bands.rows[1] + 4
	tlDragPath(v, fyne.NewPos(900, y), 895, 850, 800) // 100 px right to left
	after := v.Scale()
	if scrubbed {
		t.Error("a drag away from the cursor scrubbed")
	}
	// The instant that was at x=900 is now at x=800.
	if x := after.X(before.Time(900)); x < 799.9 || x > 800.1 {
		t.Errorf("after a 100 px pan the time at 900 is at %v, want 800", x)
	}
}

func TestTimelineWheelZoomsAroundPointer(t *testing.T) {
	tests := []struct {
		name   string
		x, dy  float32
		zoomIn bool
	}{
		{"in at the left", 200, 25, true},
		{"in at the middle", 600, 50, true},
		{"out", 900, -25, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := newTestTimeline(t, tlSize)
			tlZoomTo(v, tlDay(1930, 1, 1), tlDay(1980, 1, 1))
			before := v.Scale()
			under := before.Time(float64(tt.x))
			v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(tt.x, 60)}, Scrolled: fyne.NewDelta(0, tt.dy)})
			after := v.Scale()
			bs, as := before.End.Sub(before.Start), after.End.Sub(after.Start)
			if tt.zoomIn != (as < bs) {
				t.Errorf("span %v → %v, want zoom in %v", bs, as, tt.zoomIn)
			}
			if x := after.X(under); x < float64(tt.x)-0.5 || x > float64(tt.x)+0.5 {
				t.Errorf("the time under the pointer moved from %v to %v", tt.x, x)
			}
		})
	}
}

func TestTimelineZoomLimits(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	for range 40 {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 60)}, Scrolled: fyne.NewDelta(0, 50)})
	}
	if s := v.Scale(); s.End.Sub(s.Start) < timelineMinSpan-time.Minute {
		t.Errorf("zoomed in to %v, want at least a year", s.End.Sub(s.Start))
	}
	for range 40 {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 60)}, Scrolled: fyne.NewDelta(0, -50)})
	}
	if s := v.Scale(); !s.Start.Equal(v.Bounds.Start) || !s.End.Equal(v.Bounds.End) {
		t.Errorf("zoomed out to %v – %v, want the bounds %v – %v", s.Start, s.End, v.Bounds.Start, v.Bounds.End)
	}
}

func TestTimelineOverviewDragMovesWindow(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
	ov := v.overview()
	y := v.layout().bands.ovTop + 15
	x := float32(ov.X(tlDay(1950, 1, 1))) // inside the window
	before := v.Scale()
	tlDragPath(v, fyne.NewPos(x, y), x+10, x+60)
	after := v.Scale()
	shift := after.Start.Sub(before.Start)
	want := ov.Time(float64(x + 60)).Sub(ov.Time(float64(x)))
	if d := shift - want; d > 24*time.Hour || d < -24*time.Hour {
		t.Errorf("the window moved by %v, want %v", shift, want)
	}
	if as, bs := after.End.Sub(after.Start), before.End.Sub(before.Start); as != bs {
		t.Errorf("moving the window changed its span from %v to %v", bs, as)
	}
	// A tap in the overview centres the window there.
	test.TapAt(v, fyne.NewPos(float32(ov.X(tlDay(2000, 1, 1))), y))
	s := v.Scale()
	if mid := s.Start.Add(s.End.Sub(s.Start) / 2); !tlNear(mid, tlDay(2000, 1, 1)) {
		t.Errorf("after a tap in the overview the window is centred on %v, want 2000-01-01", mid)
	}
}

func TestTimelineTitlesNeverOverlap(t *testing.T) {
	spans := [][2]time.Time{
		{{}, {}}, // all
		{tlDay(1945, 1, 1), tlDay(1955, 1, 1)},
		{tlDay(1998, 1, 1), tlDay(2006, 7, 1)},
		{tlDay(2003, 1, 1), tlDay(2005, 1, 1)},
		{tlDay(1948, 1, 1), tlDay(1951, 1, 1)},
	}
	for _, sp := range spans {
		for _, width := range []float32{500, 1200} {
			for _, at := range []time.Time{{}, tlDay(1950, 6, 25), tlDay(2004, 6, 1)} {
				t.Run(fmt.Sprintf("%v-%d-%v", sp[0].Year(), int(width), at.Year()), func(t *testing.T) {
					v, _ := newTestTimeline(t, fyne.NewSize(width, 150))
					if !sp[0].IsZero() {
						tlZoomTo(v, sp[0], sp[1])
					}
					if !at.IsZero() {
						tlSetMoment(v, at)
					}
					g := v.layout()
					shown := 0
					for i, a := range g.ev {
						if a.row < 0 {
							continue
						}
						shown++
						if a.title.x0 < 0 || a.title.x1 > width {
							t.Errorf("title of %s at %v runs off the band", v.Schedule.Items[i].ID, a.title)
						}
						for j, b := range g.ev[i+1:] {
							if b.row >= 0 && a.title.x0 < b.title.x1 && b.title.x0 < a.title.x1 &&
								a.title.y0 < b.title.y1 && b.title.y0 < a.title.y1 {
								t.Errorf("titles of %s %v and %s %v overlap", v.Schedule.Items[i].ID, a.title,
									v.Schedule.Items[i+1+j].ID, b.title)
							}
						}
					}
					// No pole crosses another event's title on its way down.
					for i, a := range g.ev {
						for j, b := range g.ev {
							if a.row < 0 || b.row < 0 || i == j || a.flagX == b.flagX {
								continue
							}
							if b.row > a.row && a.title.x0 < b.flagX && b.flagX < a.title.x1 {
								t.Errorf("the pole of %s at x=%v crosses the title of %s %v", v.Schedule.Items[j].ID,
									b.flagX, v.Schedule.Items[i].ID, a.title)
							}
						}
					}
					if shown == 0 {
						t.Error("no title shown")
					}
				})
			}
		}
	}
}

func TestTimelineActiveTitlesFirst(t *testing.T) {
	v, _ := newTestTimeline(t, fyne.NewSize(1200, 150))
	tlZoomTo(v, tlDay(1998, 1, 1), tlDay(2006, 7, 1))
	tlSetMoment(v, tlDay(2004, 6, 1))
	g := v.layout()
	// The events that started in 2004 are the latest active ones: three
	// stack their titles on one pole, the fourth has no room.
	titled := 0
	for _, id := range []string{"nk-trade-2004", "china-trade-2004", "bases-2004", "iraq-deployment"} {
		if g.ev[v.Schedule.Index(id)].row >= 0 {
			titled++
		}
	}
	if titled != tlRows {
		t.Errorf("%d of the four 2004 events have titles, want %d", titled, tlRows)
	}
	// Without a time, titles go by start: the summit of 2000 has one.
	v.SetActive(nil)
	if g := v.layout(); g.ev[v.Schedule.Index("summit-2000")].row < 0 {
		t.Error("with nothing active the 2000 summit has no title")
	}
}

func TestTimelineSetTimeRevealsCursor(t *testing.T) {
	v, _ := newTestTimeline(t, tlSize)
	tlZoomTo(v, tlDay(1945, 1, 1), tlDay(1955, 1, 1))
	v.SetTime(tlDay(1950, 1, 1))
	if s := v.Scale(); !s.Start.Equal(tlDay(1945, 1, 1)) {
		t.Errorf("a time in view moved the view to %v", s.Start)
	}
	v.SetTime(tlDay(2003, 1, 1))
	s := v.Scale()
	if mid := s.Start.Add(s.End.Sub(s.Start) / 2); !tlNear(mid, tlDay(2003, 1, 1)) {
		t.Errorf("after SetTime(2003) the view is centred on %v", mid)
	}
	if s.End.Sub(s.Start) != tlDay(1955, 1, 1).Sub(tlDay(1945, 1, 1)) {
		t.Errorf("following the time changed the zoom to %v", s.End.Sub(s.Start))
	}
}
