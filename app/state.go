package app

import "time"

// Source says where a change of the State came from, so that the views
// decide on the change itself (the reader jumps to a place's section when
// the map asked, not when a link in the text did).
type Source uint8

// The sources of changes.
const (
	FromMap         Source = iota + 1 // a tap on the map
	FromReader                        // a link, the place bar or its ‹ › in the text
	FromTimeline                      // a scrub or a tap on the timeline
	FromFigures                       // a tap on a point of a chart
	FromPlayback                      // the player gliding through the events
	FromKeyboard                      // a key of the window
	FromMenu                          // a menu item
	FromCommandLine                   // --place and --at
	FromPrefs                         // what was remembered from the last run
	FromStory                         // a story was opened
	FromCompare                       // the list of changes between two moments
	FromSearch                        // stepping through the hits of a search
)

// What says which parts of the State changed.
type What uint8

// The parts of the State.
const (
	PlaceChanged What = 1 << iota
	PassageChanged
	TimeChanged
	CompareChanged
)

// Change is one change of the State: which parts, and where it came from.
type Change struct {
	What   What
	Source Source
}

// State is the one thing the map, the reader and the timeline share: the
// selected place, the passage in focus, the moment of the timeline and,
// when two moments are compared, the second one.
// Views call its setters when the user acts and observe it to redraw; what
// each view shows is a function of the State (and of its own view state,
// such as the map's zoom). It is used from the UI goroutine only (other
// goroutines go through fyne.Do).
type State struct {
	place     string
	passage   string
	at        time.Time
	compare   time.Time
	listeners []func(Change)
}

// Observe registers fn to be called after every change.
func (s *State) Observe(fn func(Change)) { s.listeners = append(s.listeners, fn) }

// Place returns the id of the selected place (a story place or a map
// feature), or "".
func (s *State) Place() string { return s.place }

// SelectPlace selects a place ("" clears the selection) and drops the
// passage focus. Selecting the selected place again is a change too: the
// reader shows the place again.
func (s *State) SelectPlace(id string, src Source) {
	if id == "" && s.place == "" {
		return
	}
	c := Change{What: PlaceChanged, Source: src}
	if s.passage != "" {
		c.What |= PassageChanged
	}
	s.place, s.passage = id, ""
	s.notify(c)
}

// Passage returns the id of the passage in focus, or "".
func (s *State) Passage() string { return s.passage }

// FocusPassage focuses a passage ("" for none).
func (s *State) FocusPassage(id string, src Source) {
	if id == s.passage {
		return
	}
	s.passage = id
	s.notify(Change{What: PassageChanged, Source: src})
}

// Time returns the moment of the timeline.
func (s *State) Time() time.Time { return s.at }

// SetTime moves the timeline to t.
func (s *State) SetTime(t time.Time, src Source) {
	if t.Equal(s.at) {
		return
	}
	s.at = t
	s.notify(Change{What: TimeChanged, Source: src})
}

// Compare returns the second moment when two are compared (the map
// shows both side by side), or the zero time.
func (s *State) Compare() time.Time { return s.compare }

// SetCompare compares the moment with t; the zero time stops comparing.
func (s *State) SetCompare(t time.Time, src Source) {
	if t.Equal(s.compare) {
		return
	}
	s.compare = t
	s.notify(Change{What: CompareChanged, Source: src})
}

// Reset starts over at t with nothing selected and nothing compared (a
// new story): every part changes.
func (s *State) Reset(t time.Time, src Source) {
	s.place, s.passage, s.at, s.compare = "", "", t, time.Time{}
	s.notify(Change{What: PlaceChanged | PassageChanged | TimeChanged | CompareChanged, Source: src})
}

func (s *State) notify(c Change) {
	for _, fn := range s.listeners {
		fn(c)
	}
}
