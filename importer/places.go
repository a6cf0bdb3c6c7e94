package importer

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"peninsula/importer/gazetteer"
)

// doubtful are place names that are also common words or people's names:
// they are linked only inside a sentence and away from other capitalised
// words ("Austin" but not "Austin Powers"), and always noted.
var doubtful = map[string]bool{"Washington": true, "Jordan": true, "Chad": true, "Georgia": true,
	"Phoenix": true, "Austin": true, "Columbus": true, "Charlotte": true, "Florence": true,
	"Aurora": true, "Sale": true, "Nice": true, "Reading": true, "Memphis": true, "Salem": true,
	"Arlington": true, "Kingston": true, "Niger": true, "Hamilton": true, "America": true,
	"Lincoln": true, "Victoria": true, "Santiago": true, "Orange": true, "Mobile": true}

// matcher finds gazetteer names in text.
type matcher struct {
	byFirst map[string][]string // first word of a name → names, longest first
}

var (
	theMatcher *matcher
	matcherMu  sync.Once
)

func getMatcher() *matcher {
	matcherMu.Do(func() {
		m := &matcher{byFirst: map[string][]string{}}
		seen := map[string]bool{}
		for _, p := range gazetteer.Places() {
			for _, n := range p.Names() {
				if seen[n] || n == "" {
					continue
				}
				seen[n] = true
				first, _, _ := strings.Cut(n, " ")
				m.byFirst[first] = append(m.byFirst[first], n)
			}
		}
		for _, names := range m.byFirst {
			sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
		}
		theMatcher = m
	})
	return theMatcher
}

// nameMatch is a gazetteer name found in a passage.
type nameMatch struct {
	start, end int
	name       string
}

// find returns the gazetteer names in text, left to right, the longest at
// each place, without overlaps.
func (m *matcher) find(text string) []nameMatch {
	var out []nameMatch
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsUpper(r) || i > 0 && isWordRune(prev) {
			i += size
			continue
		}
		if n := m.at(text, i); n != "" {
			out = append(out, nameMatch{i, i + len(n), n})
			i += len(n)
			continue
		}
		i += size
	}
	return out
}

// at returns the longest name that starts at text[i:] and ends at a word
// boundary, or "".
func (m *matcher) at(text string, i int) string {
	end := i
	for end < len(text) && text[end] != ' ' {
		end++
	}
	word := text[i:end]
	// Try the word and its shorter forms: "Seoul's" → "Seoul'" → "Seoul".
	for j := len(word); j > 0; j-- {
		if j < len(word) && !boundary(word, j) {
			continue
		}
		for _, n := range m.byFirst[word[:j]] {
			if strings.HasPrefix(text[i:], n) && (i+len(n) == len(text) || boundary(text, i+len(n))) {
				return n
			}
		}
	}
	return ""
}

// boundary reports whether a name may end before text[j]: the next rune
// is not a letter or digit.
func boundary(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// resolve chooses the place a name means: a country before a city (an
// ambiguity noted unless the city is that country's own capital), else
// the most populous city, or one in a country the article names if it is
// not ten times smaller; a close second choice is noted.
func resolve(name string, countries map[string]bool, line int, rep *report) *gazetteer.Place {
	cands := gazetteer.Lookup(name)
	if len(cands) == 0 {
		return nil
	}
	var nations, towns []*gazetteer.Place
	for _, p := range cands {
		switch p.Kind {
		case gazetteer.Country:
			nations = append(nations, p)
		case gazetteer.Sea:
			return p
		default:
			towns = append(towns, p)
		}
	}
	if len(nations) > 0 {
		best := nations[0]
		var others []string
		for _, p := range nations[1:] {
			others = append(others, p.En+" ("+p.ID+")")
		}
		for _, p := range towns {
			if p.Country != best.ID {
				others = append(others, p.En+" in "+strings.ToUpper(p.Country))
			}
		}
		if len(others) > 0 {
			rep.note(line, "%q: linked as %s (%s); it could also be %s", name, best.En, best.ID, strings.Join(others, " or "))
		}
		return best
	}
	best := towns[0]
	for _, p := range towns { // one in a country the article names, unless far smaller
		if countries[p.Country] && 10*p.Population >= towns[0].Population {
			best = p
			break
		}
	}
	var others []string
	for _, p := range towns {
		if p != best && (3*p.Population >= best.Population || countries[p.Country]) {
			others = append(others, p.En+" in "+strings.ToUpper(p.Country)+" ("+p.ID+")")
		}
	}
	if len(others) > 0 {
		rep.note(line, "%q: linked as the city in %s (%s); it could also be %s", name, strings.ToUpper(best.Country), best.ID, strings.Join(others, " or "))
	}
	return best
}

// plausible reports whether a doubtful name at text[start:end] should be
// linked: not at the start of a sentence, and not next to another
// capitalised word (part of a person's or an organisation's name).
func plausible(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	if before == "" || strings.ContainsRune(".!?:;\"“", lastRune(before)) {
		return false
	}
	if f := strings.Fields(before); len(f) > 0 && startsWithUpper(f[len(f)-1]) {
		return false
	}
	if f := strings.Fields(text[end:]); len(f) > 0 && startsWithUpper(f[0]) {
		return false
	}
	return true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func startsWithUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
