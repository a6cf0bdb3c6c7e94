package app

import "time"

// Change says which parts of the State changed; listeners get the set.
type Change uint8

// The parts of the State.
const (
	PlaceChanged Change = 1 << iota
	PassageChanged
	TimeChanged
)

// State is the one thing the map, the reader and the timeline share: what
// is selected. Views call its setters when the user acts and observe it to
// redraw; a setter that changes nothing notifies nobody. It is used from the
// UI goroutine only (other goroutines go through fyne.Do).
type State struct {
	place     string
	passage   string
	at        time.Time
	listeners []func(Change)
}

// Time returns the current moment of the timeline.
func (s *State) Time() time.Time { return s.at }

// SetTime moves the timeline to t.
func (s *State) SetTime(t time.Time) {
	if t.Equal(s.at) {
		return
	}
	s.at = t
	s.notify(TimeChanged)
}

// Observe registers fn to be called after every change.
func (s *State) Observe(fn func(Change)) { s.listeners = append(s.listeners, fn) }

// Place returns the id of the selected place, or "".
func (s *State) Place() string { return s.place }

// SetPlace selects a place ("" clears the selection).
func (s *State) SetPlace(id string) {
	if id == s.place {
		return
	}
	s.place = id
	s.notify(PlaceChanged)
}

// Passage returns the id of the passage the reader is focused on, or "".
func (s *State) Passage() string { return s.passage }

// SetPassage focuses a passage ("" for none).
func (s *State) SetPassage(id string) {
	if id == s.passage {
		return
	}
	s.passage = id
	s.notify(PassageChanged)
}

func (s *State) notify(c Change) {
	for _, fn := range s.listeners {
		fn(c)
	}
}
