package app

import (
	"fmt"
	"time"

	"peninsula/timeline"
)

// readerPause is how long after the user scrolls the text the timeline
// leaves the text where it is.
const readerPause = 2 * time.Second

// timeChanged brings the views to the State's time: the map shows the
// layers of that date and outlines the places of the active events, the
// reader tints their passages (and, unless the user is reading, scrolls to
// the first), the timeline moves its cursor.
func (u *UI) timeChanged() {
	if u.linker == nil {
		return
	}
	t := u.State.Time()
	m := u.linker.At(t)
	if u.layers.set(t) {
		u.MapView.SetFilter(u.layers.visible)
	}
	u.highlight = u.highlight[:0]
	for _, p := range m.Places {
		u.highlight = append(u.highlight, featureFor(u.Story, p))
	}
	u.MapView.SetHighlighted(u.highlight)
	u.legend.update(u.layers.shown, len(u.highlight) > 0)

	if u.Reader.BarText() != "" {
		u.Reader.ShowPlace("", "", false) // the moment now decides the tint
	}
	u.Reader.HighlightPassages(m.Passages)
	clear(u.activeLinks)
	for _, e := range m.Events {
		u.activeLinks[u.linker.Event(e).ID] = true
	}
	u.Reader.SetActiveLinks(u.activeLinks)
	if !u.quietReader && len(m.Passages) > 0 && time.Since(u.Reader.UserScrolledAt()) > readerPause {
		if first := m.Passages[0].ID; first != u.revealed {
			u.revealed = first
			u.Reader.Reveal(first)
		}
	}
	if u.Timeline != nil {
		u.Timeline.SetTime(t)
		u.Timeline.SetActive(m.Events)
	}
}

// markPlaceEvents marks on the timeline the events linked to the place.
func (u *UI) markPlaceEvents(id string) {
	if u.Timeline == nil || u.linker == nil {
		return
	}
	var idx []int
	if id != "" {
		for _, ev := range u.Story.EventsForPlace(id) {
			if i := u.linker.Schedule.Index(ev.ID); i >= 0 {
				idx = append(idx, i)
			}
		}
	}
	u.Timeline.SetMarked(idx)
}

// goToEvent moves time to the start of the event. From the reader the text
// stays where the user clicked.
func (u *UI) goToEvent(id string, fromReader bool) {
	if u.linker == nil {
		return
	}
	if t, ok := u.linker.EventStart(id); ok {
		u.Player.Stop()
		u.quietReader = fromReader
		u.State.SetTime(t)
		u.quietReader = false
	}
}

// StepEvent moves time to the next (d > 0) or previous (d < 0) event.
func (u *UI) StepEvent(d int) {
	if u.linker == nil {
		return
	}
	s := u.linker.Schedule
	i := s.Next(u.State.Time())
	if d < 0 {
		i = s.Prev(u.State.Time())
	}
	if i >= 0 {
		u.Player.Stop()
		from, _ := s.Interval(i)
		u.State.SetTime(from)
	}
}

// StepYears moves time by whole years, within the story's span.
func (u *UI) StepYears(n int) {
	if u.linker == nil {
		return
	}
	u.Player.Stop()
	u.State.SetTime(u.clampTime(u.State.Time().AddDate(n, 0, 0)))
}

// GoToStart and GoToEnd move time to the first event and the publication.
func (u *UI) GoToStart() {
	if u.linker != nil {
		u.Player.Stop()
		u.State.SetTime(u.linker.Schedule.Start())
	}
}

// GoToEnd moves time to the story's publication, its own moment.
func (u *UI) GoToEnd() {
	if u.linker != nil {
		u.Player.Stop()
		u.State.SetTime(u.linker.Published)
	}
}

// lastMoment is the last instant the timeline reaches: the start of the
// schedule's final day.
func (u *UI) lastMoment() time.Time { return u.linker.Schedule.End().AddDate(0, 0, -1) }

func (u *UI) clampTime(t time.Time) time.Time {
	s := u.linker.Schedule
	if t.Before(s.Start()) {
		return s.Start()
	}
	if end := u.lastMoment(); t.After(end) {
		return end
	}
	return t
}

// SelectTime moves time to the start of a date written as in stories
// ("1950", "1950-06-25", "1980s"), as the --at flag does.
func (u *UI) SelectTime(date string) error {
	d, err := timeline.ParseDate(date)
	if err != nil {
		return err
	}
	if u.linker == nil {
		return fmt.Errorf("the story has no timeline")
	}
	u.State.SetTime(d.Start())
	return nil
}
