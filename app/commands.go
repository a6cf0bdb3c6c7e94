package app

import (
	"fmt"
	"time"

	"peninsula/timeline"
)

// The commands of the keys, menus and command line: each says where it
// came from.

// goToEvent moves time to the start of the event.
func (u *UI) goToEvent(id string, src Source) {
	if l := u.Explainer.Linker; l != nil {
		if t, ok := l.EventStart(id); ok {
			u.Player.Stop()
			u.State.SetTime(t, src)
		}
	}
}

// StepEvent moves time to the next (d > 0) or previous (d < 0) event.
func (u *UI) StepEvent(d int, src Source) {
	l := u.Explainer.Linker
	if l == nil {
		return
	}
	i := l.Schedule.Next(u.State.Time())
	if d < 0 {
		i = l.Schedule.Prev(u.State.Time())
	}
	if i >= 0 {
		u.Player.Stop()
		from, _ := l.Schedule.Interval(i)
		u.State.SetTime(from, src)
	}
}

// StepYears moves time by whole years, within the story's span.
func (u *UI) StepYears(n int, src Source) {
	if l := u.Explainer.Linker; l != nil {
		u.Player.Stop()
		u.State.SetTime(l.Clamp(u.State.Time().AddDate(n, 0, 0)), src)
	}
}

// GoToStart moves time to the first event.
func (u *UI) GoToStart(src Source) {
	if l := u.Explainer.Linker; l != nil {
		u.Player.Stop()
		u.State.SetTime(l.Schedule.Start(), src)
	}
}

// GoToEnd moves time to the story's publication, its own moment.
func (u *UI) GoToEnd(src Source) {
	if l := u.Explainer.Linker; l != nil {
		u.Player.Stop()
		u.State.SetTime(l.Published, src)
	}
}

// SelectTime moves time to a date written as in stories ("1950",
// "1950-06-25", "1980s"), as the --at flag does: a year, month or decade
// names a period, and time goes to the first event inside it ("1950" is the
// invasion), or to its start when nothing happens in it.
func (u *UI) SelectTime(date string, src Source) error {
	t, err := u.resolveDate(date)
	if err != nil {
		return err
	}
	u.Player.Stop()
	u.State.SetTime(t, src)
	return nil
}

// resolveDate is the instant a date written as in stories names on the
// story's timeline: the first event inside a period, else its start,
// within the timeline.
func (u *UI) resolveDate(date string) (time.Time, error) {
	d, err := timeline.ParseDate(date)
	if err != nil {
		return time.Time{}, err
	}
	l := u.Explainer.Linker
	if l == nil {
		return time.Time{}, fmt.Errorf("the story has no timeline")
	}
	return l.Clamp(l.Resolve(d)), nil
}

// SelectPlace selects a place by story place id or map feature id, as the
// --place flag does (a feature a story place shows selects that place).
// Unknown ids are an error.
func (u *UI) SelectPlace(id string, src Source) error {
	e := u.Explainer
	if !e.Has(id) {
		return fmt.Errorf("unknown place %q", id)
	}
	if e.Story == nil || e.Story.Place(id) == nil {
		id = e.Place(id)
	}
	u.State.SelectPlace(id, src)
	return nil
}
