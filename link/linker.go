package link

import (
	"time"

	"peninsula/story"
	"peninsula/timeline"
)

// Moment is what the story links to one instant: the active events (as
// schedule indices), the passages that link them and the places they
// concern, in story order. Its slices belong to the Linker that filled it and
// are reused by its next call.
type Moment struct {
	At       time.Time
	Events   []int
	Passages []*story.Passage
	Places   []string
}

// Linker resolves instants to Moments for one story. Everything it needs
// is indexed when it is built, so At allocates nothing.
type Linker struct {
	Story    *story.Story
	Schedule *timeline.Schedule
	// Published is the story's own moment: the start of its source's date.
	Published time.Time

	events    []*story.Event // by schedule index
	passages  []*story.Passage
	evPass    [][]int // schedule index → passage indices
	evPlaces  [][]int // schedule index → place indices
	passStamp []uint32
	placStamp []uint32
	gen       uint32
	m         Moment
}

// NewLinker indexes s. The schedule ends after the story's publication
// (the source's date) and after its last event, whichever is later: a story
// may look ahead (the 2008 troop-reduction target of a 2006 text).
func NewLinker(s *story.Story) *Linker {
	var items []timeline.Item
	end := time.Time{}
	for _, ev := range s.Events {
		items = append(items, timeline.Item{ID: ev.ID, Thread: ev.Thread, When: ev.When})
		if e := ev.When.EndTime(); !ev.When.OpenEnd && e.After(end) {
			end = e
		}
	}
	published := end.AddDate(0, 0, -1)
	if d := s.Source.Date; d.Year > 0 {
		published = d.Start()
		if d.End().After(end) {
			end = d.End()
		}
	}
	l := &Linker{Story: s, Schedule: timeline.NewSchedule(items, end), Published: published}
	passIdx := map[*story.Passage]int{}
	for _, sec := range s.Sections {
		for _, p := range sec.Passages {
			passIdx[p] = len(l.passages)
			l.passages = append(l.passages, p)
		}
	}
	placeIdx := map[string]int{}
	for i, p := range s.Places {
		placeIdx[p.ID] = i
	}
	for _, it := range l.Schedule.Items {
		ev := s.Event(it.ID)
		l.events = append(l.events, ev)
		var ps, pls []int
		for _, p := range s.PassagesForEvent(ev.ID) {
			ps = append(ps, passIdx[p])
		}
		for _, id := range ev.Places {
			pls = append(pls, placeIdx[id])
		}
		l.evPass = append(l.evPass, ps)
		l.evPlaces = append(l.evPlaces, pls)
	}
	l.passStamp = make([]uint32, len(l.passages))
	l.placStamp = make([]uint32, len(s.Places))
	l.m.Events = make([]int, 0, len(l.events))
	l.m.Passages = make([]*story.Passage, 0, len(l.passages))
	l.m.Places = make([]string, 0, len(s.Places))
	return l
}

// Event returns the story event at schedule index i.
func (l *Linker) Event(i int) *story.Event { return l.events[i] }

// At resolves t: the events active then, the passages that link them and
// the places those events concern.
func (l *Linker) At(t time.Time) *Moment {
	l.gen++
	m := &l.m
	m.At = t
	m.Events = l.Schedule.Active(t, m.Events)
	for _, e := range m.Events {
		for _, p := range l.evPass[e] {
			l.passStamp[p] = l.gen
		}
		for _, p := range l.evPlaces[e] {
			l.placStamp[p] = l.gen
		}
	}
	m.Passages = m.Passages[:0]
	for i, p := range l.passages {
		if l.passStamp[i] == l.gen {
			m.Passages = append(m.Passages, p)
		}
	}
	m.Places = m.Places[:0]
	for i, p := range l.Story.Places {
		if l.placStamp[i] == l.gen {
			m.Places = append(m.Places, p.ID)
		}
	}
	return m
}

// LastMoment is the last instant the timeline reaches: the start of the
// schedule's final day.
func (l *Linker) LastMoment() time.Time { return l.Schedule.End().AddDate(0, 0, -1) }

// Clamp keeps t within the story's time: from the first event to
// LastMoment.
func (l *Linker) Clamp(t time.Time) time.Time {
	if t.Before(l.Schedule.Start()) {
		return l.Schedule.Start()
	}
	if end := l.LastMoment(); t.After(end) {
		return end
	}
	return t
}

// Resolve returns the instant a date written as in stories stands for: a
// day is its start; a coarser date (a year, a month, a decade) names a
// period, so it stands for the start of the first event that starts inside
// that period ("1950" is the invasion, "1953" the armistice), or for the
// period's start when no event starts inside it.
func (l *Linker) Resolve(d timeline.Date) time.Time {
	from, to := d.Start(), d.End()
	if d.Precision == timeline.Day {
		return from
	}
	for i := range l.Schedule.Items {
		if t, _ := l.Schedule.Interval(i); !t.Before(from) && t.Before(to) {
			return t
		}
	}
	return from
}

// EventStart returns when the event with the id starts, and whether it
// exists.
func (l *Linker) EventStart(id string) (time.Time, bool) {
	i := l.Schedule.Index(id)
	if i < 0 {
		return time.Time{}, false
	}
	from, _ := l.Schedule.Interval(i)
	return from, true
}
