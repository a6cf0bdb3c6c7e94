package timelineview

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"peninsula/story"
	"peninsula/timeline"
)

// Era is a named span drawn as a tinted band behind the events.
// An open end reaches the edge of the timeline's Bounds.
type Era struct {
	ID, Title string
	When      timeline.Span
}

// Range is a stretch of time [Start, End).
type Range struct {
	Start, End time.Time
}

// Scrolling: Fyne reports about 25 units a wheel notch; a notch zooms the
// time axis by √2. The shortest span the detail band shows is a year.
const (
	scrollRatio = 1.0 / 50
	minSpan     = time.Duration(365.2425 * 24 * float64(time.Hour))
	cursorGrab  = 12 // px either side of the cursor line that grab it
)

// TimelineView is the strip across the bottom of the window that shows the
// story's time. Its detail band (top) has a year axis that adapts to the
// zoom, the eras as tinted bands, each range as a bar in one of two lanes
// and each dated event as a diamond, with titles in up to three rows that
// never overlap, and a cursor at Time with a knob and the date read out
// beside it. Its overview band (bottom) shows the whole of Bounds with a
// tick per event and the stretch the detail band shows as a translucent
// window.
//
// Diamonds keep apart, moving a few pixels off their time where they
// crowd; where they cannot, the nearest merge into a cluster, drawn as a
// pill with the number of its events. Zooming in (the wheel, or a tap on
// the cluster) parts them. Titles take rows at most 260 px wide, the
// active events' first, then widen into the room their row has left. Era
// titles make way for the knob and the readout, and the cursor line is
// broken where it would cross text.
//
// Gestures, and how a drag is told apart from a scrub:
//   - A drag that starts within 12 px of the cursor line (its knob
//     included) or on the axis row (the tick labels at the bottom of the
//     detail band) scrubs: OnScrub reports the time under the pointer,
//     clamped to Bounds, and the cursor follows at once. OnScrubStart and
//     OnScrubEnd bracket the drag.
//   - When comparing (Compare is set), a drag that starts within 12 px of
//     the second handle, and nearer to it than to the cursor, moves the
//     second handle: OnCompareScrub reports the time under the pointer,
//     clamped to Bounds, and the handle follows at once. OnScrubStart and
//     OnScrubEnd are not called for it; a tap on its knob does nothing.
//   - A drag that starts anywhere else in the detail band, markers and
//     titles included, pans the time axis.
//   - A drag in the overview band moves the detail window (it first jumps
//     to the pointer when the drag starts outside it); a tap there centres
//     the window on the tapped time.
//   - A tap on a diamond, a bar or a title reports OnEventTapped; a tap on
//     a cluster zooms the detail band in on it until its events have
//     diamonds of their own; a tap elsewhere in the detail band reports
//     OnScrub with the time under the pointer.
//   - Hovering an event shows its title and date in a tooltip; hovering a
//     cluster lists its events.
//   - The mouse wheel zooms around the pointer (a horizontal wheel pans).
//
// When comparing, the knobs read "A" (the cursor) and "B" (the second
// handle), each with its date beside it (outwards, so they never meet),
// and the stretch between the two moments is shaded in the detail band
// and the overview: the events in between are on the shading.
//
// The widget has no keys of its own (the app's keys call SetTime and
// SetCompare); the second handle moves by dragging.
//
// Taps only report: the app decides and calls SetTime. Set fields, then
// call Refresh; the Set methods refresh themselves. SetTime moves only the
// cursor, era titles stepping aside for its readout (and pans the view when
// the time is out of it); SetActive restyles the markers whose state
// changed and re-places the titles.
type TimelineView struct {
	widget.BaseWidget

	// Schedule holds the events, sorted by start. Use SetSchedule to
	// replace it: it also resets Bounds and shows them all.
	Schedule *timeline.Schedule
	// Titles maps event ids to the titles shown beside the markers. After
	// changing the map in place, call SetTitles.
	Titles map[string]string
	// Eras are drawn as bands behind the events. After changing them in
	// place, call SetEras.
	Eras []Era
	// Bounds is the whole stretch the timeline can show. SetBounds also
	// keeps the detail view inside it.
	Bounds Range
	// Time is the cursor's time; the zero time hides the cursor.
	Time time.Time
	// Active holds the indices (into Schedule.Items) of the events current
	// at Time: drawn strong.
	Active []int
	// Marked holds the indices of the events linked to the selected place:
	// drawn with an orange ring.
	Marked []int
	// Matched holds the ids of the events a search matched: drawn with a
	// yellow halo behind the marker or bar (a cluster that holds one has
	// the halo too) and a tick in the overview. Ids not on the schedule
	// are left out. After changing it, call Refresh, or use SetMatched.
	Matched []string
	// Compare is the second moment, shown as a second handle, when
	// comparing two dates; the zero time shows no second handle.
	Compare time.Time

	// OnScrub reports the time the user picked: a tap on the background or
	// each step of a drag of the cursor.
	OnScrub func(t time.Time)
	// OnScrubStart and OnScrubEnd bracket a drag of the cursor.
	OnScrubStart, OnScrubEnd func()
	// OnEventTapped reports the id of a tapped diamond, bar or title.
	OnEventTapped func(id string)
	// OnCompareScrub is called while the second handle is dragged, with
	// the time under it (clamped to Bounds); the handle follows at once.
	OnCompareScrub func(time.Time)

	scale     timeline.Scale
	activeBuf []int
	data      int  // bumped when the schedule, titles, eras or bounds change
	geom      geom // the laid-out timeline, brought up to date by geometry
	drag      dragMode
	hover     target // what is under the pointer
	hoverGen  int    // the geom.baseGen hover was found in: markers change with the zoom
	pointer   fyne.Position
}

// target is what is under the pointer: an event (its marker, title or
// bar) and the marker it is drawn in, or a cluster (event -1); -1 for none.
type target struct{ event, marker int }

// noTarget is nothing under the pointer.
var noTarget = target{-1, -1}

// dragMode is what the drag in progress does (see TimelineView).
type dragMode uint8

const (
	dragNone dragMode = iota
	dragScrub
	dragPan
	dragOverview
	dragCompare // the second handle
)

var (
	_ fyne.Widget        = (*TimelineView)(nil)
	_ fyne.Tappable      = (*TimelineView)(nil)
	_ fyne.Draggable     = (*TimelineView)(nil)
	_ fyne.Scrollable    = (*TimelineView)(nil)
	_ desktop.Hoverable  = (*TimelineView)(nil)
	_ desktop.Cursorable = (*TimelineView)(nil)
)

// New returns an empty timeline; give it a story with SetStory, or a
// schedule with SetSchedule.
func New() *TimelineView {
	v := &TimelineView{hover: noTarget}
	v.ExtendBaseWidget(v)
	v.setSchedule(nil)
	return v
}

// SetStory shows a story's events on sched, the schedule built from them
// (its Items are the story's events, sorted; the app passes its Linker's),
// with the events' titles and the story's eras; a nil story or schedule
// empties the timeline.
func (v *TimelineView) SetStory(s *story.Story, sched *timeline.Schedule) {
	titles := map[string]string{}
	var eras []Era
	if s != nil {
		for _, ev := range s.Events {
			titles[ev.ID] = ev.Title
		}
		for _, e := range s.Eras {
			eras = append(eras, Era{ID: e.ID, Title: e.Title, When: e.When})
		}
	}
	if s == nil {
		sched = nil
	}
	v.Titles, v.Eras = titles, eras
	v.setSchedule(sched)
	v.Refresh()
}

// DefaultBounds is the stretch a schedule is shown in: from two
// years before the first event to a year after the schedule's end or the
// last dated end, whichever is later.
func DefaultBounds(s *timeline.Schedule) Range {
	if s == nil || len(s.Items) == 0 {
		now := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		return Range{now.AddDate(-10, 0, 0), now.AddDate(10, 0, 0)}
	}
	end := s.End()
	for _, it := range s.Items {
		if e := it.When.EndTime(); !it.When.OpenEnd && e.After(end) {
			end = e
		}
	}
	start := s.Start()
	if s.Items[0].When.OpenStart {
		start = end.AddDate(-100, 0, 0)
	}
	return Range{start.AddDate(-2, 0, 0), end.AddDate(1, 0, 0)}
}

// CreateRenderer implements fyne.Widget.
func (v *TimelineView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	return newRenderer(v)
}

// MinSize is about 150 px tall: the detail band and the overview.
func (v *TimelineView) MinSize() fyne.Size { return fyne.NewSize(360, 150) }

// Resize sets the widget's size; the detail band's scale takes the new
// width, keeping the span it shows.
func (v *TimelineView) Resize(size fyne.Size) {
	v.scale.Width = float64(size.Width)
	v.BaseWidget.Resize(size)
}

// SetSchedule shows another schedule: Bounds become its default bounds,
// all of which is shown, and Active and Marked are cleared.
func (v *TimelineView) SetSchedule(s *timeline.Schedule) {
	v.setSchedule(s)
	v.Refresh()
}

// setSchedule is SetSchedule without the refresh.
func (v *TimelineView) setSchedule(s *timeline.Schedule) {
	v.Schedule = s
	v.Bounds = DefaultBounds(s)
	v.Active, v.Marked = nil, nil
	v.hover = noTarget
	v.data++
	v.showAll()
}

// SetTitles sets the event titles and redraws.
func (v *TimelineView) SetTitles(titles map[string]string) {
	v.Titles = titles
	v.data++
	v.Refresh()
}

// SetEras sets the eras and redraws.
func (v *TimelineView) SetEras(eras []Era) {
	v.Eras = eras
	v.data++
	v.Refresh()
}

// SetBounds sets the whole stretch the timeline can show and keeps the
// detail view inside it.
func (v *TimelineView) SetBounds(b Range) {
	v.Bounds = b
	v.data++
	v.scale = v.clamp(v.scale)
	v.Refresh()
}

// SetTime moves the cursor. A time outside the detail view pans the view
// to centre it, keeping the zoom.
func (v *TimelineView) SetTime(t time.Time) {
	v.Time = t
	if !t.IsZero() && v.scale.Width > 0 && (t.Before(v.scale.Start) || t.After(v.scale.End)) {
		v.centreOn(t) // refreshes
		return
	}
	v.Refresh()
}

// SetActive sets the indices of the events current at Time. The indices
// are copied, so the caller may reuse its slice.
func (v *TimelineView) SetActive(active []int) {
	v.Active = append(v.activeBuf[:0], active...)
	v.activeBuf = v.Active
	v.Refresh()
}

// SetMarked sets the indices of the events drawn with a ring (copied).
func (v *TimelineView) SetMarked(marked []int) {
	v.Marked = append([]int(nil), marked...)
	v.Refresh()
}

// SetMatched sets the ids of the events a search matched (copied); the
// same ids as drawn already change nothing.
func (v *TimelineView) SetMatched(ids []string) {
	if slices.Equal(ids, v.Matched) && slices.Equal(ids, v.geom.matched) {
		return
	}
	v.Matched = slices.Clone(ids)
	v.Refresh()
}

// Scale returns the detail band's scale: the span shown and its width.
func (v *TimelineView) Scale() timeline.Scale { return v.scale }

// SetScale shows the span of s (clamped to Bounds and at least a year
// long) at the widget's width.
func (v *TimelineView) SetScale(s timeline.Scale) {
	s.Width = float64(v.Size().Width)
	v.scale = v.clamp(s)
	v.Refresh()
}

// ShowAll shows the whole of Bounds.
func (v *TimelineView) ShowAll() {
	v.showAll()
	v.Refresh()
}

// showAll is ShowAll without the refresh.
func (v *TimelineView) showAll() {
	v.scale = timeline.Scale{Start: v.Bounds.Start, End: v.Bounds.End, Width: float64(v.Size().Width)}
}

// clamp keeps s within Bounds and at least minSpan long.
func (v *TimelineView) clamp(s timeline.Scale) timeline.Scale {
	if !v.Bounds.End.After(v.Bounds.Start) {
		return s
	}
	return s.Clamp(v.Bounds.Start, v.Bounds.End, minSpan)
}

// clampTime keeps t within Bounds.
func (v *TimelineView) clampTime(t time.Time) time.Time {
	if t.Before(v.Bounds.Start) {
		return v.Bounds.Start
	}
	if !t.Before(v.Bounds.End) {
		return v.Bounds.End.Add(-time.Second)
	}
	return t
}

// overview is the scale of the overview band: all of Bounds.
func (v *TimelineView) overview() timeline.Scale {
	return timeline.Scale{Start: v.Bounds.Start, End: v.Bounds.End, Width: v.scale.Width}
}
