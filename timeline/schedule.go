package timeline

import (
	"sort"
	"time"
)

// Item is an event placed on the timeline: an id, the thread (storyline) it
// belongs to and when it happened.
type Item struct {
	ID     string
	Thread string
	When   Span
}

// Schedule decides which events are current at each moment.
//
// The rule: a range event (1950-06-25/1953-07-27, 1910/1945) is active
// through its own span, an open-ended one until the schedule's end. A point
// event (1953-07-27, 2003, ~2004) is active from its start until the later of
// its own end and the start of the next event on the same thread; the last
// point event of a thread stays active until the schedule's end (the story's
// publication). Events without a thread form one thread of their own. So a
// dated happening stays "current" until its storyline moves on, while a
// period ends when it ends.
type Schedule struct {
	Items      []Item // sorted by start, then by id
	start, end time.Time
	from, to   []time.Time // active interval of each item, [from, to)
}

// NewSchedule builds the schedule of the items (copied and sorted) ending
// at end.
func NewSchedule(items []Item, end time.Time) *Schedule {
	s := &Schedule{Items: append([]Item(nil), items...), end: end}
	sort.SliceStable(s.Items, func(i, j int) bool {
		a, b := s.Items[i].When.StartTime(), s.Items[j].When.StartTime()
		if !a.Equal(b) {
			return a.Before(b)
		}
		return s.Items[i].ID < s.Items[j].ID
	})
	n := len(s.Items)
	s.from, s.to = make([]time.Time, n), make([]time.Time, n)
	next := map[string]time.Time{} // thread → start of the next event on it
	for i := n - 1; i >= 0; i-- {
		it := s.Items[i]
		s.from[i] = it.When.StartTime()
		to := it.When.EndTime()
		if it.When.OpenEnd || to.After(end) {
			to = end
		}
		if it.When.IsPoint() {
			if nx, ok := next[it.Thread]; ok {
				if nx.After(to) {
					to = nx
				}
			} else if end.After(to) {
				to = end
			}
		}
		s.to[i] = to
		if prev, ok := next[it.Thread]; !ok || s.from[i].Before(prev) {
			next[it.Thread] = s.from[i]
		}
	}
	if n > 0 {
		s.start = s.from[0]
	}
	return s
}

// Start is the start of the first event; End the schedule's end.
func (s *Schedule) Start() time.Time { return s.start }

// End is the schedule's end.
func (s *Schedule) End() time.Time { return s.end }

// Interval returns when item i is active: [from, to).
func (s *Schedule) Interval(i int) (from, to time.Time) { return s.from[i], s.to[i] }

// Active appends the indices of the items active at t to dst[:0] and
// returns it; with enough capacity in dst it allocates nothing.
func (s *Schedule) Active(t time.Time, dst []int) []int {
	dst = dst[:0]
	for i := range s.Items {
		if !t.Before(s.from[i]) && t.Before(s.to[i]) {
			dst = append(dst, i)
		}
	}
	return dst
}

// Next returns the index of the first item starting after t, or -1.
func (s *Schedule) Next(t time.Time) int {
	for i := range s.Items {
		if s.from[i].After(t) {
			return i
		}
	}
	return -1
}

// Prev returns the index of the last item starting before t, or -1.
func (s *Schedule) Prev(t time.Time) int {
	for i := len(s.Items) - 1; i >= 0; i-- {
		if s.from[i].Before(t) {
			return i
		}
	}
	return -1
}

// Index returns the index of the item with the id, or -1.
func (s *Schedule) Index(id string) int {
	for i, it := range s.Items {
		if it.ID == id {
			return i
		}
	}
	return -1
}
