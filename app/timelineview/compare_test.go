package timelineview

import (
	"image"
	"peninsula/app/internal/paint"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Comparing two moments: the second handle.

// The test case: the zones of September 1945 against the
// armistice line of August 1953.
var (
	compareA = day(1945, 9, 1)
	compareB = day(1953, 8, 1)
)

// newCompareTimeline shows the Korea story from 1944 to 1955 comparing
// compareA (the cursor) with compareB (the second handle).
func newCompareTimeline(t *testing.T) (*TimelineView, fyne.Window, *renderer) {
	t.Helper()
	v, w := newTestTimeline(t, testSize)
	zoomTo(v, day(1944, 1, 1), day(1955, 1, 1))
	setMoment(v, compareA)
	v.SetCompare(compareB)
	w.Canvas().Capture()
	return v, w, test.TempWidgetRenderer(t, v).(*renderer)
}

func TestTimelineCompareGolden(t *testing.T) {
	t.Run("timeline_compare.png", func(t *testing.T) {
		_, w, _ := newCompareTimeline(t)
		test.AssertImageMatches(t, "timeline_compare.png", w.Canvas().Capture())
	})
	t.Run("timeline_compare_all.png", func(t *testing.T) {
		v, w := newTestTimeline(t, defaultSize)
		setMoment(v, compareA)
		v.SetCompare(compareB)
		test.AssertImageMatches(t, "timeline_compare_all.png", w.Canvas().Capture())
	})
	t.Run("timeline_compare_dark.png", func(t *testing.T) {
		_, w, _ := newCompareTimeline(t)
		fyne.CurrentApp().Settings().SetTheme(theme.DarkTheme())
		test.AssertImageMatches(t, "timeline_compare_dark.png", w.Canvas().Capture())
	})
}

// TestTimelineCompareParts checks what the golden shows: both knobs with
// their letters and dates, the readouts apart and outwards, and the shading
// covering exactly the stretch between the two moments.
func TestTimelineCompareParts(t *testing.T) {
	v, _, r := newCompareTimeline(t)
	s := v.Scale()
	xa, xb := float32(s.X(compareA)), float32(s.X(compareB))
	for name, o := range map[string]fyne.CanvasObject{"A's knob": r.main.knob, "A's letter": r.main.letter,
		"B's knob": r.second.knob, "B's letter": r.second.letter, "B's readout": r.second.readText,
		"the shading": r.shade, "the overview's shading": r.ovShade, "B in the overview": r.second.ov} {
		if !o.Visible() {
			t.Errorf("%s is hidden", name)
		}
	}
	if r.grip.Visible() {
		t.Error("the cursor's grip shows under its letter")
	}
	if got := r.second.readText.Text; got != "1 Aug 1953" {
		t.Errorf("B's readout says %q, want 1 Aug 1953", got)
	}
	if got := r.main.readText.Text; got != "1 Sep 1945" {
		t.Errorf("A's readout says %q, want 1 Sep 1945", got)
	}
	if a, b := boxOf(r.main.readBg), boxOf(r.second.readBg); a.x1 > xa || b.x0 < xb || a.overlaps(b) {
		t.Errorf("readouts at %v (A at x=%v) and %v (B at x=%v): want A's left of A, B's right of B", a, xa, b, xb)
	}
	if sh := boxOf(r.shade); paint.Abs(sh.x0-xa) > 1 || paint.Abs(sh.x1-xb) > 1 {
		t.Errorf("the shading spans %v–%v, want %v–%v", sh.x0, sh.x1, xa, xb)
	}
	// The events strictly between are on the shading, the others are not.
	g := v.geometry()
	sh := boxOf(r.shade)
	for _, id := range []string{"rok-founded", "korean-war", "invasion", "armistice", "defense-treaty"} {
		i := v.Schedule.Index(id)
		x := g.ev[i].x0
		if m := g.markerOf(i); m != nil {
			x = m.cx
		}
		it := v.Schedule.Items[i].When.StartTime()
		between := it.After(compareA) && it.Before(compareB)
		if on := x > sh.x0 && x < sh.x1; on != between {
			t.Errorf("%s at x=%v: on the shading %v, between the two moments %v", id, x, on, between)
		}
	}
}

// TestTimelineCompareClearsText keeps the cursor still and sweeps the
// second handle across the whole story in 150 steps, in each of the
// cursor tests' views: the two readouts never meet each other or the
// other knob, no knob or readout covers an era title, and neither line
// crosses a text or the other readout.
func TestTimelineCompareClearsText(t *testing.T) {
	for _, vw := range views {
		t.Run(vw.name, func(t *testing.T) {
			v, _ := vw.story(t, vw.size)
			if !vw.a.IsZero() {
				zoomTo(v, vw.a, vw.b)
			}
			s := v.Scale()
			setMoment(v, s.Start.Add(s.End.Sub(s.Start)*2/5))
			v.SetCompare(v.Time)
			r := test.TempWidgetRenderer(t, v).(*renderer)
			span := v.Bounds.End.Sub(v.Bounds.Start)
			both := 0
			for step := range 150 {
				at := v.Bounds.Start.Add(span / 150 * time.Duration(step)).Add(span / 300)
				v.Compare = at // as a drag does: the view stays
				v.Refresh()
				when := at.Format("2006-01-02")
				var boxes []struct {
					what string
					box  rect
				}
				for _, h := range []*handle{&r.main, &r.second} {
					name := h.letter.Text
					for what, o := range map[string]fyne.CanvasObject{"knob": h.knob, "readout": h.readBg} {
						if o.Visible() {
							boxes = append(boxes, struct {
								what string
								box  rect
							}{name + "'s " + what, boxOf(o)})
						}
					}
				}
				for i, a := range boxes {
					for _, b := range boxes[i+1:] {
						if a.what[0] != b.what[0] && (strings.HasSuffix(a.what, "readout") ||
							strings.HasSuffix(b.what, "readout")) && a.box.overlaps(b.box) {
							t.Errorf("at %s %s %v meets %s %v", when, a.what, a.box, b.what, b.box)
						}
					}
					for _, tx := range r.eraText {
						if tx.Visible() && a.box.overlaps(boxOf(tx)) {
							t.Errorf("at %s %s %v covers the era title %q", when, a.what, a.box, tx.Text)
						}
					}
				}
				if r.second.knob.Visible() && r.main.knob.Visible() {
					both++
				}
				var texts []rect
				for _, sh := range r.scene.shapes {
					if sh.kind == shapeText && sh.text != "" {
						texts = append(texts, sh.box)
					}
				}
				for _, tx := range r.eraText {
					if tx.Visible() {
						texts = append(texts, boxOf(tx))
					}
				}
				for _, o := range []fyne.CanvasObject{r.main.readBg, r.second.readBg} {
					if o.Visible() {
						texts = append(texts, boxOf(o))
					}
				}
				for _, seg := range append(canvasObjects(r.main.line), canvasObjects(r.second.line)...) {
					if !seg.Visible() {
						continue
					}
					for _, o := range texts {
						if boxOf(seg).overlaps(o) {
							t.Errorf("at %s a line %v crosses %v", when, boxOf(seg), o)
						}
					}
				}
			}
			if both < 10 {
				t.Errorf("both handles showed in only %d of 150 steps", both)
			}
		})
	}
}

// TestTimelineDragCompare drags the second handle through the widget tree:
// OnCompareScrub reports the time under the pointer, the handle follows,
// and the cursor stays.
func TestTimelineDragCompare(t *testing.T) {
	v, w, r := newCompareTimeline(t)
	var got []time.Time
	scrubs, starts := 0, 0
	v.OnCompareScrub = func(at time.Time) { got = append(got, at) }
	v.OnScrub = func(time.Time) { scrubs++ }
	v.OnScrubStart = func() { starts++ }
	s := v.Scale()
	xb := float32(s.X(compareB))
	// test.Drag reports one step to pos that started dx before it.
	to := xb - 150
	test.Drag(w.Canvas(), fyne.NewPos(to, 8), to-(xb+3), 0) // from B's knob
	want := s.Time(float64(to))
	if len(got) != 1 || !near(got[0], want) {
		t.Fatalf("dragging B to x=%v reported %v, want [%v]", to, got, want)
	}
	if !v.Compare.Equal(got[0]) {
		t.Errorf("B is at %v, want it to follow the drag to %v", v.Compare, got[0])
	}
	if !v.Time.Equal(compareA) || scrubs != 0 || starts != 0 {
		t.Errorf("dragging B moved the cursor to %v (%d scrubs, %d starts), want it at %v", v.Time, scrubs, starts, compareA)
	}
	if x := boxOf(r.second.knob); paint.Abs((x.x0+x.x1)/2-to) > 1 {
		t.Errorf("B's knob is at %v, want it at x=%v", (x.x0+x.x1)/2, to)
	}
	if v.Scale() != s {
		t.Errorf("dragging B moved the view from %v to %v", s, v.Scale())
	}

	// Near the cursor, and on the axis row away from both, a drag moves
	// the cursor, not B.
	got = got[:0]
	xa := float32(s.X(compareA))
	var times []time.Time
	v.OnScrub = func(at time.Time) { times = append(times, at) }
	test.Drag(w.Canvas(), fyne.NewPos(xa+60, 40), 60, 0)
	axis := v.geometry().bands.axisY + 8
	test.Drag(w.Canvas(), fyne.NewPos(1000, axis), 10, 0)
	if len(got) != 0 || len(times) != 2 || !near(times[0], s.Time(float64(xa+60))) || !near(times[1], s.Time(1000)) {
		t.Errorf("drags of the cursor and on the axis reported B %v and the cursor %v", got, times)
	}

	// A tap on empty track moves the cursor; one on B's knob does nothing.
	times = times[:0]
	xb = float32(s.X(v.Compare))
	test.TapAt(v, fyne.NewPos(xb+1, 6))
	if len(times) != 0 {
		t.Errorf("a tap on B's knob reported the cursor at %v", times)
	}
	test.TapAt(v, fyne.NewPos(1100, axis))
	if len(times) != 1 || !near(times[0], s.Time(1100)) {
		t.Errorf("a tap on the axis reported %v, want the cursor at %v", times, s.Time(1100))
	}
}

// TestTimelineDragNearestHandle: with the two handles 8 px apart, a press
// between them grabs the nearer.
func TestTimelineDragNearestHandle(t *testing.T) {
	v, w, _ := newCompareTimeline(t)
	s := v.Scale()
	xa := float32(s.X(compareA))
	v.SetCompare(s.Time(float64(xa + 8)))
	moved := ""
	v.OnScrub = func(time.Time) { moved += "A" }
	v.OnCompareScrub = func(time.Time) { moved += "B" }
	for _, tt := range []struct {
		from float32
		want string
	}{{xa - 2, "A"}, {xa + 3, "A"}, {xa + 5, "B"}, {xa + 14, "B"}} {
		moved = ""
		v.SetTime(compareA)
		v.SetCompare(s.Time(float64(xa + 8)))
		test.Drag(w.Canvas(), fyne.NewPos(tt.from-40, 60), -40, 0)
		if moved != tt.want {
			t.Errorf("a drag from x=%v (A at %v, B at %v) moved %q, want %q", tt.from, xa, xa+8, moved, tt.want)
		}
	}
}

// TestTimelineCompareOff: the zero time hides the second handle and its
// shading: the timeline draws as it did before comparing.
func TestTimelineCompareOff(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	zoomTo(v, day(1944, 1, 1), day(1955, 1, 1))
	setMoment(v, compareA)
	before := w.Canvas().Capture()
	v.SetCompare(compareB)
	if on := w.Canvas().Capture(); sameImage(before, on) {
		t.Fatal("SetCompare drew nothing")
	}
	v.SetCompare(time.Time{})
	if !sameImage(before, w.Canvas().Capture()) {
		t.Error("after SetCompare(time.Time{}) the timeline differs from before comparing")
	}
	r := test.TempWidgetRenderer(t, v).(*renderer)
	for _, o := range append([]fyne.CanvasObject{r.second.knob, r.second.letter, r.second.readBg,
		r.second.readText, r.second.ov, r.shade, r.ovShade, r.main.letter}, canvasObjects(r.second.line)...) {
		if o.Visible() {
			t.Errorf("%T at %v still shows", o, o.Position())
		}
	}
	// Where B was, a drag pans again.
	s := v.Scale()
	x := float32(s.X(compareB))
	called := false
	v.OnCompareScrub = func(time.Time) { called = true }
	test.Drag(w.Canvas(), fyne.NewPos(x-30, 60), -30, 0)
	if called || v.Scale() == s {
		t.Errorf("a drag where B was: OnCompareScrub called %v, view moved %v", called, v.Scale() != s)
	}
}

// TestTimelineSetCompareShowsBoth: a second moment out of view zooms the
// view out until both handles show; one in view leaves the view.
func TestTimelineSetCompareShowsBoth(t *testing.T) {
	v, _ := newTestTimeline(t, testSize)
	zoomTo(v, day(1944, 1, 1), day(1955, 1, 1))
	setMoment(v, compareA)
	before := v.Scale()
	v.SetCompare(compareB)
	if v.Scale() != before {
		t.Errorf("a second moment in view moved the view to %v", v.Scale())
	}
	v.SetCompare(day(2004, 6, 1))
	s := v.Scale()
	if !s.Start.Before(compareA) || !s.End.After(day(2004, 6, 1)) {
		t.Errorf("comparing 1945 with 2004 shows %v – %v", s.Start, s.End)
	}
}

// TestTimelineCompareScrubLeavesRaster: moving either handle moves live
// objects only; the raster is neither drawn again nor refreshed.
func TestTimelineCompareScrubLeavesRaster(t *testing.T) {
	v, w, r := newCompareTimeline(t)
	before := countsOf(r)
	for step := range 30 {
		v.SetCompare(compareB.AddDate(0, 0, -5*step))
		v.SetTime(compareA.AddDate(0, 0, step))
		w.Canvas().Capture()
	}
	if got := countsOf(r); got != before {
		t.Errorf("moving the handles changed the raster's counts from %+v to %+v", before, got)
	}
}

// BenchmarkTimelineCompareStep is a step of a drag of the second handle,
// the cursor set: what a compare scrub costs before the frame.
func BenchmarkTimelineCompareStep(b *testing.B) {
	v, w := newTestTimeline(b, testSize)
	setMoment(v, compareA)
	v.SetCompare(compareB)
	w.Canvas().Capture()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		v.SetCompare(compareB.AddDate(0, -(i % 200), 0))
		i++
	}
}

// sameImage reports whether a and b have the same pixels.
func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				return false
			}
		}
	}
	return true
}

// canvasObjects lists rectangles as canvas objects.
func canvasObjects[T fyne.CanvasObject](os []T) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(os))
	for i, o := range os {
		out[i] = o
	}
	return out
}
