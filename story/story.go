package story

import (
	"strings"

	"github.com/paulmach/orb"

	"peninsula/timeline"
)

// Story is a parsed story file: its front matter and its body. Build one with
// Parse or Load; the lookup and index methods are read-only and safe for
// concurrent use.
type Story struct {
	File     string // the file name given to Parse or Load
	Title    string
	Source   Source
	View     *View      // where the map opens; nil to fit the story's places
	Places   []*Place   // in file order
	Events   []*Event   // in file order
	Eras     []*Era     // in file order
	Figures  []*Figure  // in file order
	Sections []*Section // in file order, the "intro" section first if any

	places   map[string]*Place
	events   map[string]*Event
	eras     map[string]*Era
	sections map[string]*Section
	passages map[string]*Passage
	figures  map[string]*Figure

	placePassages map[string][]*Passage
	placeSections map[string][]*Section
	placeEvents   map[string][]*Event
	eventPassages map[string][]*Passage
}

// Source is the citation of the work a story is drawn from.
type Source struct {
	Title     string
	Publisher string
	Author    string
	URL       string
	Date      timeline.Date
}

// Citation returns the source as one line: `Author, "Title", Publisher,
// 2006-02-08, URL`, leaving out the parts that are empty.
func (s Source) Citation() string {
	var parts []string
	if s.Author != "" {
		parts = append(parts, s.Author)
	}
	if s.Title != "" {
		parts = append(parts, `"`+s.Title+`"`)
	}
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Date != (timeline.Date{}) {
		parts = append(parts, s.Date.String())
	}
	if s.URL != "" {
		parts = append(parts, s.URL)
	}
	return strings.Join(parts, ", ")
}

// Place is somewhere the text links to and the map shows.
type Place struct {
	ID    string
	Names map[string]string // by language: "en" (always set), "ko", "ja"
	// Used are the names each party uses where they disagree (name.used),
	// in file order; empty when the name is not disputed.
	Used []Usage
	// Dispute says what the parties disagree about, shown beside a name
	// given alone (name.dispute); may be empty.
	Dispute string
	Aka     []string       // other names
	Map     MapRef         // what the place is on the map
	When    *timeline.Span // when the place is on the map; nil for always
	// Section is the id of the section about the place, where the reader
	// goes when the place is selected; "" for the default (HomeSection).
	Section string
	Line    int // line of the place's entry in the file
}

// Name returns the place's name in lang ("en", "ko" or "ja"), or its English
// name if it has none in lang.
func (p *Place) Name(lang string) string {
	if n, ok := p.Names[lang]; ok && n != "" {
		return n
	}
	return p.Names["en"]
}

// MapRef says what a place is on the map: exactly one of a feature id the
// map already knows, a point or a line of the story's own.
type MapRef struct {
	Feature string         // a map feature id such as "kor" or "seoul"
	Point   *orb.Point     // [lon, lat]
	Line    orb.LineString // two or more [lon, lat] points
}

// Event is a dated happening the text links to and the timeline shows.
type Event struct {
	ID     string
	Title  string
	Thread string        // storyline the event belongs to; may be empty
	When   timeline.Span // when it happened
	Places []string      // ids of the places it concerns, all defined
	Line   int           // line of the event's entry in the file
}

// Era is a named span drawn as a band on the timeline.
type Era struct {
	ID    string
	Title string
	When  timeline.Span
	Line  int // line of the era's entry in the file
}

// Section is a "##" part of the body (in the Korea story, one question).
type Section struct {
	ID       string
	Title    string
	Line     int // line of the heading (of the first passage for "intro")
	Passages []*Passage
}

// Passage is one paragraph (or list item, or quoted paragraph) of a section:
// the unit the reader's view highlights.
type Passage struct {
	ID      string
	Section *Section
	Runs    []Run
	Places  []string // distinct place ids linked from the passage, in order
	Events  []string // distinct event ids linked from the passage, in order
	Figures []string // distinct figure ids linked from the passage, in order
	Line    int      // line where the passage starts

	text string
}

// Text returns the passage as plain text, without styling or link targets.
func (p *Passage) Text() string { return p.text }

// Run is a stretch of passage text with one style and one link.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Link   Link
}

// LinkKind is what a Link points at.
type LinkKind uint8

// The kinds of Link.
const (
	LinkNone   LinkKind = iota // no link
	LinkPlace                  // Target is a place id
	LinkEvent                  // Target is an event id
	LinkURL                    // Target is an http:// or https:// URL
	LinkFigure                 // Target is a figure id
)

// String returns the kind's name in lower case.
func (k LinkKind) String() string {
	switch k {
	case LinkNone:
		return "none"
	case LinkPlace:
		return "place"
	case LinkEvent:
		return "event"
	case LinkURL:
		return "url"
	case LinkFigure:
		return "figure"
	}
	return "linkkind(?)"
}

// Link is the target of a Run; the zero Link is no link.
type Link struct {
	Kind   LinkKind
	Target string
}

// Place returns the place with the given id, or nil.
func (s *Story) Place(id string) *Place { return s.places[id] }

// Event returns the event with the given id, or nil.
func (s *Story) Event(id string) *Event { return s.events[id] }

// Era returns the era with the given id, or nil.
func (s *Story) Era(id string) *Era { return s.eras[id] }

// Section returns the section with the given id, or nil.
func (s *Story) Section(id string) *Section { return s.sections[id] }

// Passage returns the passage with the given id, or nil.
func (s *Story) Passage(id string) *Passage { return s.passages[id] }

// PassagesForPlace returns, in story order, the passages that link the place
// directly or link an event whose places include it. The slice is shared:
// do not modify it.
func (s *Story) PassagesForPlace(id string) []*Passage { return s.placePassages[id] }

// SectionsForPlace returns, in story order, the sections holding
// PassagesForPlace(id). The slice is shared: do not modify it.
func (s *Story) SectionsForPlace(id string) []*Section { return s.placeSections[id] }

// PassagesForEvent returns, in story order, the passages that link the
// event. The slice is shared: do not modify it.
func (s *Story) PassagesForEvent(id string) []*Passage { return s.eventPassages[id] }

// HomeSection returns the section about place id: the place's own Section
// if it names one, else the section with the most passages that link the
// place directly (the first of equals), else the first section that has a
// passage about it; nil when no section does.
func (s *Story) HomeSection(id string) *Section {
	if p := s.places[id]; p != nil && p.Section != "" && s.sections[p.Section] != nil {
		return s.sections[p.Section]
	}
	var best *Section
	most := 0
	for _, sec := range s.Sections {
		n := 0
		for _, ps := range sec.Passages {
			if contains(ps.Places, id) {
				n++
			}
		}
		if n > most {
			best, most = sec, n
		}
	}
	if best == nil {
		if secs := s.placeSections[id]; len(secs) > 0 {
			best = secs[0]
		}
	}
	return best
}

// EventsForPlace returns, in file order, the events whose places include the
// place. The slice is shared: do not modify it.
func (s *Story) EventsForPlace(id string) []*Event { return s.placeEvents[id] }
