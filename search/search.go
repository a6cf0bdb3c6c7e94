// Package search finds a query in a story as the user types it: in the
// names of its places (every language, every party's name for a disputed
// place, every other name), the titles and dates of its events, and the
// text of its passages. It is pure Go, without Fyne.
//
// Build an Index with New when a story loads; Search runs a query and
// returns the hits by kind, places first, then events, then passages, each
// with the byte offsets of its matches in the text it shows. Matching is
// insensitive to case, accents, character width and apostrophe style (see
// fold.go). An Index is read-only once built and safe for concurrent use.
package search

import (
	"cmp"
	"slices"
	"strings"

	"peninsula/story"
)

// Kind is what a Hit is: a place, an event or a passage.
type Kind string

// The kinds of Hit, in the order Results lists them.
const (
	KindPlace   Kind = "place"
	KindEvent   Kind = "event"
	KindPassage Kind = "passage"
)

// MaxHits is the most hits of each kind Results lists; Counts has them all.
const MaxHits = 50

// Hit is one place, event or passage that matches a query.
type Hit struct {
	Kind Kind
	ID   string // the place, event or passage id
	// Section is the id of the section to show for the hit: a passage's
	// own, a place's home section (story.Story.HomeSection), the section of
	// the first passage linking an event; "" when there is none.
	Section string
	// Text is what a list of results shows: a place's names ("Dokdo /
	// Takeshima · 독도 / 다케시마 · 竹島 / 独島 (Liancourt Rocks)"), an
	// event's title and date ("Armistice signed; … (1953-07-27)"), a
	// passage's plain text, exactly story.Passage.Text().
	Text string
	// Matches are the byte offsets [start, end) in Text of every match of
	// the query, in order, not overlapping, on character boundaries.
	Matches [][2]int
}

// Counts are how many places, events and passages match a query, all of
// them (Results lists at most MaxHits of each).
type Counts struct {
	Place, Event, Passage int
}

// Results are the hits of a query.
type Results struct {
	Query  string // the query as given
	Counts Counts
	// Hits are the matching places, then events, then passages, at most
	// MaxHits of each kind. Places are ranked by their best matching name:
	// the whole name, then a name's beginning, then a word's beginning,
	// then anywhere; events by whether the match begins a word of the
	// title or date, then anywhere; equals keep story order. Passages are
	// in story order, as the reader shows them.
	Hits []Hit
}

// Index is a story prepared for searching.
type Index struct {
	places   []placeEntry
	events   []entry
	passages []entry
}

// entry is a searchable event or passage: its hit without matches and
// the search form of its text.
type entry struct {
	hit  Hit
	form folded
}

// placeEntry is a searchable place: its text and the search forms of all
// its names.
type placeEntry struct {
	entry
	names []string
}

// New indexes the story's places, events and passages.
func New(s *story.Story) *Index {
	var fo folder
	ix := &Index{}
	for _, p := range s.Places {
		sec := ""
		if h := s.HomeSection(p.ID); h != nil {
			sec = h.ID
		}
		names, text := placeNames(p)
		e := placeEntry{entry: entry{hit: Hit{Kind: KindPlace, ID: p.ID, Section: sec, Text: text}}}
		e.form = fo.fold(text)
		for _, n := range names {
			if f := strings.TrimSpace(fo.fold(n).s); f != "" && !slices.Contains(e.names, f) {
				e.names = append(e.names, f)
			}
		}
		ix.places = append(ix.places, e)
	}
	for _, ev := range s.Events {
		sec := ""
		if ps := s.PassagesForEvent(ev.ID); len(ps) > 0 && ps[0].Section != nil {
			sec = ps[0].Section.ID
		}
		text := ev.Title + " (" + strings.ReplaceAll(ev.When.String(), "/", " – ") + ")"
		h := Hit{Kind: KindEvent, ID: ev.ID, Section: sec, Text: text}
		ix.events = append(ix.events, entry{hit: h, form: fo.fold(text)})
	}
	for _, sec := range s.Sections {
		for _, p := range sec.Passages {
			h := Hit{Kind: KindPassage, ID: p.ID, Section: sec.ID, Text: p.Text()}
			ix.passages = append(ix.passages, entry{hit: h, form: fo.fold(p.Text())})
		}
	}
	return ix
}

// placeNames returns every name of p (each language's, the halves of a
// name written "A / B", each party's, the other names) and the text a hit
// shows: the names in English, Korean and Japanese, any party's name not
// among them, and the other names in brackets.
func placeNames(p *story.Place) (names []string, text string) {
	var shown []string
	add := func(n string) {
		if n == "" {
			return
		}
		names = append(names, n)
		for _, half := range strings.Split(n, " / ") {
			names = append(names, half)
		}
	}
	for _, lang := range []string{"en", "ko", "ja"} {
		if n := p.Names[lang]; n != "" && !slices.Contains(shown, n) {
			shown = append(shown, n)
		}
		add(p.Names[lang])
	}
	text = strings.Join(shown, " · ")
	for _, u := range p.Used {
		for _, lang := range []string{"en", "ko", "ja"} {
			n := u.Names[lang]
			add(n)
			if n != "" && !strings.Contains(text, n) {
				text += " · " + n
			}
		}
	}
	for _, n := range p.Aka {
		add(n)
	}
	if len(p.Aka) > 0 {
		text += " (" + strings.Join(p.Aka, ", ") + ")"
	}
	return names, text
}

// Place ranks, best first.
const (
	rankExact = iota
	rankPrefix
	rankWordPrefix
	rankSubstring
	noMatch
)

// Search returns the hits of query. An empty or blank query (or one that
// is only apostrophes, accents or space) has none.
func (ix *Index) Search(query string) Results {
	res := Results{Query: query, Hits: []Hit{}}
	q := foldQuery(query)
	if q == "" {
		return res
	}
	type ranked struct {
		rank int
		e    *entry
	}
	var found []ranked
	for i := range ix.places {
		p := &ix.places[i]
		if r := rankPlace(p.names, q); r != noMatch {
			found = append(found, ranked{r, &p.entry})
		}
	}
	res.Counts.Place = len(found)
	sortRanked := func(rs []ranked) {
		slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Compare(a.rank, b.rank) })
	}
	sortRanked(found)
	for _, r := range found[:min(len(found), MaxHits)] {
		res.Hits = append(res.Hits, r.e.hitFor(q))
	}

	found = found[:0]
	for i := range ix.events {
		e := &ix.events[i]
		if r := rankEvent(&e.form, q); r != noMatch {
			found = append(found, ranked{r, e})
		}
	}
	res.Counts.Event = len(found)
	sortRanked(found)
	for _, r := range found[:min(len(found), MaxHits)] {
		res.Hits = append(res.Hits, r.e.hitFor(q))
	}

	for i := range ix.passages {
		e := &ix.passages[i]
		if strings.Contains(e.form.s, q) {
			if res.Counts.Passage < MaxHits {
				res.Hits = append(res.Hits, e.hitFor(q))
			}
			res.Counts.Passage++
		}
	}
	return res
}

// Marks returns the matches of query in every passage that has one, by
// passage id (not only the first MaxHits): byte offsets [start, end) into
// story.Passage.Text(), as the reader's SetMarks takes them. It is nil for
// a query without hits.
func (ix *Index) Marks(query string) map[string][][2]int {
	q := foldQuery(query)
	if q == "" {
		return nil
	}
	var m map[string][][2]int
	for i := range ix.passages {
		e := &ix.passages[i]
		if ms := e.form.matches(q); len(ms) > 0 {
			if m == nil {
				m = map[string][][2]int{}
			}
			m[e.hit.ID] = ms
		}
	}
	return m
}

// hitFor returns the entry's hit with the matches of q (in search form).
func (e *entry) hitFor(q string) Hit {
	h := e.hit
	h.Matches = e.form.matches(q)
	return h
}

// matches returns the original byte ranges of the occurrences of q in the
// form, merged where they share a character of the original.
func (f *folded) matches(q string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(f.s[i:], q)
		if j < 0 {
			return out
		}
		i += j
		sp := f.span(i, i+len(q))
		if n := len(out); n > 0 && sp[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
		} else {
			out = append(out, sp)
		}
		i += len(q)
	}
}

// rankPlace returns the best rank of q among a place's names.
func rankPlace(names []string, q string) int {
	best := noMatch
	for _, n := range names {
		switch {
		case n == q:
			return rankExact
		case strings.HasPrefix(n, q):
			best = min(best, rankPrefix)
		case best > rankWordPrefix:
			if i := strings.Index(n, q); i >= 0 {
				best = min(best, rankSubstring)
				f := folded{s: n}
				for ; i >= 0; i = nextIndex(n, q, i) {
					if f.wordStart(i) {
						best = rankWordPrefix
						break
					}
				}
			}
		}
	}
	return best
}

// rankEvent ranks an event: a match beginning a word of its text, then
// any match.
func rankEvent(f *folded, q string) int {
	i := strings.Index(f.s, q)
	if i < 0 {
		return noMatch
	}
	for ; i >= 0; i = nextIndex(f.s, q, i) {
		if f.wordStart(i) {
			return rankWordPrefix
		}
	}
	return rankSubstring
}

// nextIndex returns the index of the next occurrence of q in s after the
// one at i, or -1.
func nextIndex(s, q string, i int) int {
	j := strings.Index(s[i+1:], q)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
