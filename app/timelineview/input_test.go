package timelineview

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Gestures of the TimelineView; the shared helpers are in helpers_test.go.

// near reports whether two times are within a day.
func near(a, b time.Time) bool {
	d := a.Sub(b)
	return d < 24*time.Hour && d > -24*time.Hour
}

func TestTimelineTapBackgroundScrubs(t *testing.T) {
	for _, x := range []float32{40, 300, 611.5, 1190} {
		t.Run(fmt.Sprint(x), func(t *testing.T) {
			v, _ := newTestTimeline(t, testSize)
			zoomTo(v, day(1940, 1, 1), day(1960, 1, 1))
			var got []time.Time
			v.OnScrub = func(at time.Time) { got = append(got, at) }
			tapped := ""
			v.OnEventTapped = func(id string) { tapped = id }
			// The axis row (the tick labels) is background: no event is
			// drawn there.
			test.TapAt(v, fyne.NewPos(x, v.geometry().bands.axisY+10))
			want := v.Scale().Time(float64(x))
			if len(got) != 1 || !near(got[0], want) || tapped != "" {
				t.Fatalf("tap at x=%v reported %v (event %q), want %v", x, got, tapped, want)
			}
			if !v.Time.IsZero() {
				t.Errorf("a tap set the time to %v itself; the app decides", v.Time)
			}
		})
	}
}

func TestTimelineTapMarkerAndTitle(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	setMoment(v, day(1950, 6, 25))
	g := v.geometry()
	titles := 0
	for _, id := range []string{"armistice", "rok-founded", "korean-war", "china-enters"} {
		i := v.Schedule.Index(id)
		eg := g.ev[i]
		if !eg.visible {
			t.Fatalf("%s is not visible", id)
		}
		spots := map[string]fyne.Position{"marker": fyne.NewPos((eg.x0+eg.x1)/2, g.bands.laneY(eg.lane))}
		if m := g.markerOf(i); m != nil {
			spots["marker"] = fyne.NewPos(m.cx+1, g.bands.laneY(0))
		}
		if eg.row >= 0 {
			spots["title"] = fyne.NewPos((eg.title.x0+eg.title.x1)/2, (eg.title.y0+eg.title.y1)/2)
			titles++
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
	if titles == 0 {
		t.Error("none of the events has a title: the title taps were not tried")
	}
}

// dragPath drags like the GLFW driver does: each event has the pointer's
// position and the move since the last event, the first one measured from
// where the button went down.
func dragPath(v *TimelineView, from fyne.Position, xs ...float32) {
	last := from
	for _, x := range xs {
		p := fyne.NewPos(x, from.Y)
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(p.X-last.X, p.Y-last.Y)})
		last = p
	}
	v.DragEnd()
}

func TestTimelineDragHandleScrubs(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1940, 1, 1), day(1960, 1, 1))
	v.SetTime(day(1950, 6, 25))
	before := v.Scale()
	x0 := float32(before.X(v.Time))
	var got []time.Time
	started, ended := 0, 0
	v.OnScrub = func(at time.Time) { got = append(got, at) }
	v.OnScrubStart = func() { started++ }
	v.OnScrubEnd = func() { ended++ }
	path := []float32{x0 + 3, x0 + 40, x0 + 200, x0 - 100}
	dragPath(v, fyne.NewPos(x0+4, 8), path...) // on the knob
	if len(got) != len(path) || started != 1 || ended != 1 {
		t.Fatalf("got %d scrubs, %d starts, %d ends; want %d, 1, 1", len(got), started, ended, len(path))
	}
	for i, x := range path {
		if want := before.Time(float64(x)); !near(got[i], want) {
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
	axis := v.geometry().bands.axisY + 8
	dragPath(v, fyne.NewPos(100, axis), 90, -5000)
	if len(got) != 2 || !near(got[0], before.Time(90)) || !got[1].Equal(v.Bounds.Start) {
		t.Errorf("dragging on the axis reported %v, want %v then the start of the bounds %v", got, before.Time(90), v.Bounds.Start)
	}
}

func TestTimelineDragBackgroundPans(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1940, 1, 1), day(1960, 1, 1))
	v.SetTime(day(1950, 6, 25))
	before := v.Scale()
	scrubbed := false
	v.OnScrub = func(time.Time) { scrubbed = true }
	y := v.geometry().bands.rows[1] + 4
	dragPath(v, fyne.NewPos(900, y), 895, 850, 800) // 100 px right to left
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
			v, _ := newTestTimeline(t, testSize)
			zoomTo(v, day(1930, 1, 1), day(1980, 1, 1))
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
	v, _ := newTestTimeline(t, testSize)
	for range 40 {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 60)}, Scrolled: fyne.NewDelta(0, 50)})
	}
	// 40 notches in would reach hours; the zoom stops at a year.
	if s := v.Scale(); s.End.Sub(s.Start) < minSpan-time.Minute || s.End.Sub(s.Start) > minSpan+time.Minute {
		t.Errorf("zoomed in to %v, want to stop at a year (%v)", s.End.Sub(s.Start), minSpan)
	}
	for range 40 {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 60)}, Scrolled: fyne.NewDelta(0, -50)})
	}
	if s := v.Scale(); !s.Start.Equal(v.Bounds.Start) || !s.End.Equal(v.Bounds.End) {
		t.Errorf("zoomed out to %v – %v, want the bounds %v – %v", s.Start, s.End, v.Bounds.Start, v.Bounds.End)
	}
}

func TestTimelineOverviewDragMovesWindow(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	ov := v.overview()
	y := v.geometry().bands.ovTop + 15
	x := float32(ov.X(day(1950, 1, 1))) // inside the window
	before := v.Scale()
	dragPath(v, fyne.NewPos(x, y), x+10, x+60)
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
	test.TapAt(v, fyne.NewPos(float32(ov.X(day(2000, 1, 1))), y))
	s := v.Scale()
	if mid := s.Start.Add(s.End.Sub(s.Start) / 2); !near(mid, day(2000, 1, 1)) {
		t.Errorf("after a tap in the overview the window is centred on %v, want 2000-01-01", mid)
	}
}

func TestTimelineSetTimeRevealsCursor(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1945, 1, 1), day(1955, 1, 1))
	v.SetTime(day(1950, 1, 1))
	if s := v.Scale(); !s.Start.Equal(day(1945, 1, 1)) {
		t.Errorf("a time in view moved the view to %v", s.Start)
	}
	v.SetTime(day(2003, 1, 1))
	s := v.Scale()
	if mid := s.Start.Add(s.End.Sub(s.Start) / 2); !near(mid, day(2003, 1, 1)) {
		t.Errorf("after SetTime(2003) the view is centred on %v", mid)
	}
	if s.End.Sub(s.Start) != day(1955, 1, 1).Sub(day(1945, 1, 1)) {
		t.Errorf("following the time changed the zoom to %v", s.End.Sub(s.Start))
	}
}
