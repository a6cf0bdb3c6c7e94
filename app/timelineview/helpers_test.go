package timelineview

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/apptheme"
	"peninsula/link"
	"peninsula/story"
	"peninsula/timeline"
)

// newTestApp is a test app with Peninsula's theme in its light variant.
func newTestApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.Default())
	return a
}

// The built-in Korea story and its schedule, loaded once per test binary.
var (
	storyOnce   sync.Once
	sharedStory *story.Story
	sharedSched *timeline.Schedule
	storyErr    error
)

// testStory returns the built-in Korea story and the schedule the app
// shows it on (its Linker's).
func testStory(t testing.TB) (*story.Story, *timeline.Schedule) {
	t.Helper()
	storyOnce.Do(func() {
		m, err := link.LoadMap()
		if err != nil {
			storyErr = err
			return
		}
		s, ds := link.LoadStory("", m)
		if err := ds.Err(); err != nil {
			storyErr = err
			return
		}
		sharedStory, sharedSched = s, link.NewLinker(s).Schedule
	})
	if storyErr != nil {
		t.Fatal(storyErr)
	}
	return sharedStory, sharedSched
}

// testSize is the size of the timeline in most tests: about the window's.
var testSize = fyne.NewSize(1200, 150)

// newTestTimeline shows the Korea story's timeline alone in a test window.
func newTestTimeline(t testing.TB, size fyne.Size) (*TimelineView, fyne.Window) {
	t.Helper()
	newTestApp(t)
	s, sched := testStory(t)
	v := New()
	v.SetStory(s, sched)
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

// day is midnight UTC of a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// zoomTo zooms the view to [a, b).
func zoomTo(v *TimelineView, a, b time.Time) { v.SetScale(timeline.Scale{Start: a, End: b}) }

// setMoment sets the time and the events active then, as the app does.
func setMoment(v *TimelineView, t time.Time) {
	v.SetTime(t)
	v.SetActive(v.Schedule.Active(t, nil))
}

// markPlace marks the events of a place of the Korea story, as the app does
// when the place is selected.
func markPlace(t testing.TB, v *TimelineView, placeID string) {
	t.Helper()
	s, _ := testStory(t)
	var idx []int
	for _, ev := range s.EventsForPlace(placeID) {
		i := v.Schedule.Index(ev.ID)
		if i < 0 {
			t.Fatalf("event %s of %s is not on the schedule", ev.ID, placeID)
		}
		idx = append(idx, i)
	}
	if len(idx) == 0 {
		t.Fatalf("no events for place %s", placeID)
	}
	v.SetMarked(idx)
}
