package timelineview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"

	"peninsula/timeline"
)

// Comparing two moments: the second handle's API and gestures (the
// handles' objects are in handles.go and cursor.go).

// SetCompare shows the second handle at the time at, or hides it for the
// zero time. When at is out of the detail view, the view zooms out (about
// the middle of the two moments) until both handles show.
func (v *TimelineView) SetCompare(at time.Time) {
	v.Compare = at
	s := v.scale
	if at.IsZero() || s.Width <= 0 || !at.Before(s.Start) && !at.After(s.End) {
		v.Refresh()
		return
	}
	a, b := at, at
	if !v.Time.IsZero() {
		a, b = minTime(at, v.Time), maxTime(at, v.Time)
	}
	span := max(s.End.Sub(s.Start), time.Duration(float64(b.Sub(a))*1.25))
	mid := a.Add(b.Sub(a) / 2)
	v.scale = v.clamp(timeline.Scale{Start: mid.Add(-span / 2), End: mid.Add(span / 2), Width: s.Width})
	v.Refresh()
}

// minTime and maxTime are the earlier and the later of a and b.
func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// nearestHandle tells which handle a press at x grabs: dragCompare when
// the second handle is within cursorGrab px and nearer than the cursor
// (the cursor wins a tie), dragScrub for the cursor within cursorGrab px,
// dragNone for neither.
func (v *TimelineView) nearestHandle(x float32) dragMode {
	dist := func(t time.Time) float64 {
		if t.IsZero() {
			return math.Inf(1)
		}
		return math.Abs(v.scale.X(t) - float64(x))
	}
	dm, dc := dist(v.Time), dist(v.Compare)
	switch {
	case dc <= cursorGrab && dc < dm:
		return dragCompare
	case dm <= cursorGrab:
		return dragScrub
	}
	return dragNone
}

// onCompareKnob reports whether p is on the second handle's knob (and
// nearer to it than to the cursor's).
func (v *TimelineView) onCompareKnob(p fyne.Position) bool {
	return p.Y <= knobH+2 && v.nearestHandle(p.X) == dragCompare &&
		math.Abs(v.scale.X(v.Compare)-float64(p.X)) <= 8
}

// dragCompareTo moves the second handle to the time at x, panning the
// view to keep it in view, and reports it.
func (v *TimelineView) dragCompareTo(x float64) {
	t := v.scrubTime(x)
	v.Compare = t
	v.Refresh()
	if v.OnCompareScrub != nil {
		v.OnCompareScrub(t)
	}
}
