// Package importer turns a plain-text article into a draft story
// (docs/story-format.md) and writes the starter story of `peninsula new`.
//
// Import finds the article's title, its section headings (short lines and
// questions standing alone) and its paragraphs, and drops page furniture:
// menus, lines of links, "Related" lists, share buttons, bylines, date and
// copyright lines. It turns the dates in the text into draft events and the
// countries, cities and seas it knows (package gazetteer) into places, each
// linked where the text names it, and reports what it was unsure of. The
// draft always passes the story parser; the author checks and edits it.
package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"peninsula/importer/gazetteer"
	"peninsula/story"
)

// MaxSize is the largest article Import reads: 10 MB, as for story files.
const MaxSize = story.MaxSize

// Note is something the author should check: where in the article, and
// what.
type Note struct {
	Line int // line of the article, from 1; 0 for the whole file
	Msg  string
}

// String returns "line N: message", or the message alone for line 0.
func (n Note) String() string {
	if n.Line == 0 {
		return n.Msg
	}
	return fmt.Sprintf("line %d: %s", n.Line, n.Msg)
}

// Result is the draft story Import made and what it found.
type Result struct {
	Story                              []byte // the draft, a *.story.md file
	Title                              string
	Sections, Passages, Events, Places int    // as the story parser counts them
	Dropped                            int    // lines dropped as page furniture
	Notes                              []Note // things to check, in line order
}

// report collects the notes of one import.
type report struct {
	notes   []Note
	seen    map[string]bool
	dropped int
}

func (r *report) note(line int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if !r.seen[msg] {
		r.seen[msg] = true
		r.notes = append(r.notes, Note{line, msg})
	}
}

// drop counts a dropped line; a line dropped by a guess (not a known word
// of page furniture) is noted, since it might be article text.
func (r *report) drop(line int, text, why string) {
	r.dropped++
	if why != "furniture" {
		r.note(line, "dropped %q: %s", clip(text, 70), why)
	}
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Import makes a draft story of the plain-text article data; name (the
// file's name) is used in messages and, when the article has no title
// line, for the title. Errors (empty, binary, not UTF-8 or over MaxSize)
// start with name. Import never panics.
func Import(name string, data []byte) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: internal error importing the article: %v", name, r)
		}
	}()
	text, notes, err := decode(name, data)
	if err != nil {
		return nil, err
	}
	rep := &report{notes: notes}
	units := split(text, rep)
	left := 0
	for _, u := range units {
		if u.kind != dropped {
			left++
		}
	}
	if left == 0 {
		return nil, fmt.Errorf("%s: no article text found: all %d lines with text look like page furniture (menus, links, share buttons)", name, rep.dropped)
	}
	title := classify(units, name, rep)
	b := &builder{name: name, rep: rep, placeByID: map[string]*placeUse{}, eventIDs: map[string]bool{},
		resolved: map[string]*gazetteer.Place{}, countries: map[string]bool{}, next: map[string]int{}}
	for _, u := range units { // the countries named anywhere help to tell cities apart
		if u.kind == para {
			for _, m := range getMatcher().find(u.text) {
				for _, p := range gazetteer.Lookup(m.name) {
					if p.Kind == gazetteer.Country {
						b.countries[p.ID] = true
					}
				}
			}
		}
	}
	title = strings.Join(strings.Fields(title), " ")
	fmt.Fprintf(&b.body, "\n# %s\n", escapeHeading(title))
	passages, sections := 0, 0
	for _, u := range units {
		t := strings.Join(strings.Fields(u.text), " ")
		switch {
		case u.kind == dropped || t == "":
		case u.kind == heading:
			b.section(t, u.line, sections == 0 && passages > 0)
			sections++
		default:
			b.passage(t, u.line, u.bullet)
			passages++
		}
	}
	if passages == 0 {
		rep.note(0, "no paragraphs of text were found: the draft has only a title")
	}
	out := []byte(b.front(title) + b.body.String())
	if len(out) > story.MaxSize {
		return nil, fmt.Errorf("%s: the draft would be %d bytes, over the %d-byte (10 MB) limit of a story file: split the article", name, len(out), story.MaxSize)
	}
	st, ds := story.Parse(name, out, story.Options{})
	if err := ds.Err(); err != nil {
		return nil, fmt.Errorf("%s: internal error: the draft does not pass the story parser:\n%v", name, err)
	}
	res = &Result{Story: out, Title: title, Sections: len(st.Sections), Events: len(st.Events),
		Places: len(st.Places), Dropped: rep.dropped, Notes: rep.notes}
	for _, sec := range st.Sections {
		res.Passages += len(sec.Passages)
	}
	sort.SliceStable(res.Notes, func(i, j int) bool { return res.Notes[i].Line < res.Notes[j].Line })
	return res, nil
}

var (
	// a date with the word before it that only says when: "in 1950", "On 25 June 1950,"
	leadRe     = regexp.MustCompile(`(?i)^\s*(in|on|during|around|by|from|since|between|after|before|until|early|late)?\s*(the\s+)?$`)
	clauseRe   = regexp.MustCompile(`, |; | – | — |: `)
	conjRe     = regexp.MustCompile(`^(and|but|while|so|or|yet|then|until|whereas)\s+`)
	spacePunct = regexp.MustCompile(`\s+([,;:.!?])`)
)

// eventTitle makes a short title for the event of the date at
// sentence[ds:de]: the sentence, less the date if it opens the sentence
// ("In 1950, …"); of a long sentence, or one with several dates (multi),
// the clause with the date; cut near 90 characters.
func eventTitle(sentence string, ds, de int, when string, multi bool) string {
	t := sentence
	if leadRe.MatchString(sentence[:ds]) { // the sentence starts with the date
		t = strings.TrimLeft(sentence[de:], " ,")
	} else if utf8.RuneCountInString(t) > 90 || multi {
		if c := clauseAt(t, ds, de); utf8.RuneCountInString(c) >= 20 {
			t = c
		}
	}
	t = spacePunct.ReplaceAllString(t, "$1")
	t = strings.Trim(t, " ,;:.!?\"'“”‘’()[]-–—")
	if utf8.RuneCountInString(t) > 90 {
		r := []rune(t)
		cut := string(r[:90])
		if locs := clauseRe.FindAllStringIndex(cut, -1); len(locs) > 0 && utf8.RuneCountInString(cut[:locs[len(locs)-1][0]]) >= 30 {
			t = cut[:locs[len(locs)-1][0]]
		} else if i := strings.LastIndex(cut[:len(cut)-3], " "); i > 30 {
			t = strings.TrimRight(cut[:i], " ,;:") + "…"
		} else {
			t = cut + "…"
		}
	}
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return "Event of " + when
	}
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:]
}

// clauseAt returns the clause of s that holds s[ds:de], without a leading
// conjunction.
func clauseAt(s string, ds, de int) string {
	start, end := 0, len(s)
	for _, loc := range clauseRe.FindAllStringIndex(s, -1) {
		if loc[1] <= ds {
			start = loc[1]
		} else if loc[0] >= de {
			end = loc[0]
			break
		}
	}
	return conjRe.ReplaceAllString(s[start:end], "")
}
