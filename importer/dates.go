package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"peninsula/timeline"
)

const monthRe = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	isoRe       = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	mdyRe       = regexp.MustCompile(`\b(` + monthRe + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRe       = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRe + `),?\s+(\d{4})\b`)
	myRe        = regexp.MustCompile(`\b(` + monthRe + `),?\s+(?:of\s+)?(\d{4})\b`)
	rangeFromRe = regexp.MustCompile(`\b(?:[Ff]rom|[Bb]etween)\s+(\d{4})\s+(?:to|and|until|till|through)\s+(\d{4})\b`)
	rangeDashRe = regexp.MustCompile(`\b(\d{4})\s*[–—-]\s*(\d{4}|\d{2})\b`)
	decadeRe    = regexp.MustCompile(`\b(\d{3}0)[’']?s\b`)
	yearRe      = regexp.MustCompile(`\b(\d{4})\b`)
	year3Re     = regexp.MustCompile(`\b(?:in|In|AD|A\.D\.)\s+(\d{3})\b|\b(\d{3})\s+(?:AD|CE|A\.D\.|C\.E\.)`)
	bcRe        = regexp.MustCompile(`\b\d{1,4}\s*(?:BC|BCE|B\.C\.(?:E\.)?)`)
	centuryRe   = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)[ -]century\b`)
)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// A year is sure when one of these words comes just before it.
var yearCues = map[string]bool{"in": true, "of": true, "since": true, "until": true, "till": true,
	"by": true, "from": true, "to": true, "after": true, "before": true, "during": true, "around": true,
	"circa": true, "c.": true, "early": true, "late": true, "mid": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "year": true, "between": true, "and": true,
	"through": true, "on": true, "when": true, "that": true, "then": true}

// A four-digit number followed by one of these is a quantity, not a year.
var quantityWords = map[string]bool{"people": true, "persons": true, "men": true, "women": true,
	"children": true, "soldiers": true, "troops": true, "workers": true, "km": true, "kilometres": true,
	"kilometers": true, "miles": true, "metres": true, "meters": true, "feet": true, "tons": true,
	"tonnes": true, "dollars": true, "won": true, "yen": true, "euros": true, "ships": true,
	"planes": true, "aircraft": true, "units": true, "times": true, "years": true, "days": true,
	"hours": true, "families": true, "students": true, "members": true, "casualties": true,
	"deaths": true, "refugees": true, "residents": true, "inhabitants": true, "votes": true,
	"pages": true, "words": true, "hectares": true, "acres": true, "islands": true, "villages": true}

// dateMatch is a date found in a passage.
type dateMatch struct {
	start, end int    // byte offsets of the linked text
	when       string // in the story format's syntax
	weak       bool   // a bare number that may not be a year
}

// findDates returns the dates of a passage, in order and without overlaps
// (the longest at a place wins). Dates it cannot convert are noted.
func findDates(text string, line int, rep *report) []dateMatch {
	var all []dateMatch
	add := func(start, end int, when string, weak bool) {
		if _, err := timeline.ParseSpan(when); err != nil {
			rep.note(line, "%q: %v; no event made", text[start:end], err)
			when = "" // still blocks shorter matches inside it
		}
		all = append(all, dateMatch{start, end, when, weak})
	}
	for _, m := range isoRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], text[m[0]:m[1]], false)
	}
	for _, m := range mdyRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], ymd(text[m[6]:m[7]], text[m[2]:m[3]], text[m[4]:m[5]]), false)
	}
	for _, m := range dmyRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], ymd(text[m[6]:m[7]], text[m[4]:m[5]], text[m[2]:m[3]]), false)
	}
	for _, m := range myRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], ymd(text[m[4]:m[5]], text[m[2]:m[3]], ""), false)
	}
	for _, m := range rangeFromRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], text[m[2]:m[3]]+"/"+text[m[4]:m[5]], false)
	}
	for _, m := range rangeDashRe.FindAllStringSubmatchIndex(text, -1) {
		from, to := text[m[2]:m[3]], text[m[4]:m[5]]
		if len(to) == 2 {
			to = from[:2] + to
		}
		if to > from && !numberAround(text, m[0], m[1]) {
			add(m[0], m[1], from+"/"+to, false)
		}
	}
	for _, m := range decadeRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], text[m[2]:m[3]]+"s", false)
	}
	for _, m := range bcRe.FindAllStringIndex(text, -1) {
		rep.note(line, "%q: dates before the year 1 cannot be written in a story; no event made", text[m[0]:m[1]])
		all = append(all, dateMatch{start: m[0], end: m[1]})
	}
	for _, m := range centuryRe.FindAllStringIndex(text, -1) {
		rep.note(line, "%q: a century is not converted; add an event by hand if it matters", text[m[0]:m[1]])
		all = append(all, dateMatch{start: m[0], end: m[1]})
	}
	for _, m := range year3Re.FindAllStringSubmatchIndex(text, -1) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		add(m[g], m[g+1], "0"+text[m[g]:m[g+1]], false)
	}
	for _, m := range yearRe.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		cue := cueBefore(text, m[0])
		if y < 1000 || y > 2099 || numberAround(text, m[0], m[1]) || !cue && quantityAfter(text, m[1]) {
			continue
		}
		add(m[0], m[1], text[m[2]:m[3]], !cue && !punctAfter(text, m[1]))
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var out []dateMatch
	end := -1
	for _, d := range all {
		if d.start < end {
			continue
		}
		end = d.end
		if d.when != "" {
			if d.weak {
				rep.note(line, "%q may be a number rather than a year: check its event", text[d.start:d.end])
			}
			out = append(out, d)
		}
	}
	return out
}

// ymd writes year, month name and day as a date: 1950-06-25 or 1950-06.
func ymd(year, month, day string) string {
	m := months[strings.ToLower(month)[:3]]
	if day == "" {
		return fmt.Sprintf("%s-%02d", year, m)
	}
	d, _ := strconv.Atoi(day)
	return fmt.Sprintf("%s-%02d-%02d", year, m, d)
}

// numberAround reports whether text[start:end] is part of a larger number
// or an amount: "$1950", "1,950", "1950.5", "1950%".
func numberAround(text string, start, end int) bool {
	if start > 0 && strings.ContainsRune("$€£¥#", rune(text[start-1])) {
		return true
	}
	if start > 1 && (text[start-1] == ',' || text[start-1] == '.') && isDigit(text[start-2]) {
		return true
	}
	if end < len(text) && text[end] == '%' {
		return true
	}
	return end+1 < len(text) && (text[end] == ',' || text[end] == '.') && isDigit(text[end+1])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func cueBefore(text string, start int) bool {
	words := strings.Fields(text[max(0, start-20):start])
	if len(words) == 0 {
		return start == 0
	}
	w := strings.ToLower(strings.Trim(words[len(words)-1], "(\"'“‘"))
	return yearCues[w] || strings.HasSuffix(w, "-") || w == "" || strings.HasSuffix(text[:start], "(")
}

func punctAfter(text string, end int) bool {
	if end == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return strings.ContainsRune(",.;:)!?”\"’'–—", r)
}

func quantityAfter(text string, end int) bool {
	rest := strings.Fields(text[end:min(len(text), end+20)])
	return len(rest) > 0 && quantityWords[strings.ToLower(strings.TrimRight(rest[0], ".,;:"))]
}

// sentenceStarts returns the byte offsets where the sentences of text
// start, the first being 0.
func sentenceStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.ContainsRune("\"')]”’", rune(text[j])) {
			j++
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		if c == '.' && abbreviation(text[:i]) {
			continue
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j < len(text) {
			starts = append(starts, j)
		}
	}
	return starts
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"jr": true, "sr": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "prof": true,
	"rev": true, "gov": true, "sen": true, "rep": true, "pres": true, "no": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "mt": true, "ca": true, "c": true, "approx": true}

// abbreviation reports whether the word that ends text is an abbreviation
// or an initial, so a full stop after it does not end the sentence.
func abbreviation(text string) bool {
	i := strings.LastIndexAny(text, " (\"'“")
	w := text[i+1:]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}
