package importer

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// furnitureWords are whole lines that are page furniture, not article text
// (compared in lower case, without final punctuation).
var furnitureWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(`advertisement|advertisements|advert|ad|sponsored|sponsored content|
share|share this|share this article|share this story|share this page|share on facebook|share on twitter|
share on x|share via|copy link|tweet|email|e-mail|print|comments|comment|leave a comment|show comments|
related|related articles|related stories|related content|related topics|related links|read more|
see also|more on this story|more from|you may also like|you might also like|recommended|most read|
most popular|trending|subscribe|subscribe now|sign up|sign in|log in|login|register|newsletter|menu|
home|search|skip to content|skip to main content|back to top|top|next article|previous article|next|
previous|follow us|accept|accept cookies|accept all cookies|listen|listen to this article|watch|video|
image|photo|close|loading|continue reading|tags|topics|categories|facebook|twitter|linkedin|whatsapp|
reddit|pinterest|instagram|youtube|getty images|afp|reuters|ap|associated press|image caption|
media caption|expand|collapse|contents|table of contents|print this page|main menu|navigation`, "|") {
		furnitureWords[strings.TrimSpace(w)] = true
	}
}

// afterLists are furniture lines after which short lines are titles of
// other articles, not headings of this one.
var afterLists = map[string]bool{"related": true, "related articles": true, "related stories": true,
	"related content": true, "related links": true, "read more": true, "see also": true,
	"more on this story": true, "more from": true, "you may also like": true, "you might also like": true,
	"recommended": true, "most read": true, "most popular": true, "trending": true, "related topics": true}

var (
	copyrightRe = regexp.MustCompile(`(?i)^(©|\(c\)\s*\d{4}|copyright\b)|all rights reserved`)
	captionRe   = regexp.MustCompile(`(?i)^(photo|image|picture|credit|caption|illustration|photograph)s?( by)?\s*:`)
	bylineRe    = regexp.MustCompile(`^(By|Words by|Written by|Reporting by)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*\s*([,|·•–—-]\s*.*)?$`)
	postedRe    = regexp.MustCompile(`(?i)^(published|updated|last updated|posted|posted on|first published|last modified)\b`)
	readTimeRe  = regexp.MustCompile(`(?i)^(\d+\s*(-|\s)?\s*min(ute)?s?\s+read|reading time\b.*)$`)
	urlRe       = regexp.MustCompile(`(?i)^(https?://|www\.)\S+$`)
	cookieRe    = regexp.MustCompile(`(?i)^(we use cookies|this (web)?site uses cookies)`)
	itemSepRe   = regexp.MustCompile(`\s*[|•·»›]\s*|\s+/\s+|\s{2,}`)
	dateOnlyRe  = regexp.MustCompile(`(?i)^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(` + monthRe + `\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+` + monthRe + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})([,\s]+(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$`)
)

// furniture returns why a line is page furniture, or "" if it is not. raw
// is the line as written (for the spacing of menus), line it trimmed.
func furniture(raw, line string) string {
	key := strings.ToLower(strings.TrimRight(line, ".:…!>»› "))
	switch {
	case furnitureWords[key]:
		return "furniture"
	case copyrightRe.MatchString(line):
		return "a copyright line"
	case captionRe.MatchString(line) && len(strings.Fields(line)) <= 15:
		return "a picture caption or credit"
	case bylineRe.MatchString(line) && len(strings.Fields(line)) <= 12 && !strings.HasSuffix(line, "."):
		return "a byline"
	case postedRe.MatchString(line) && len(strings.Fields(line)) <= 12:
		return "a date line"
	case dateOnlyRe.MatchString(line):
		return "a date alone on a line"
	case readTimeRe.MatchString(line), urlRe.MatchString(line), cookieRe.MatchString(line):
		return "furniture"
	}
	items := itemSepRe.Split(strings.TrimSpace(raw), -1)
	if len(items) >= 3 {
		for _, it := range items {
			if it == "" || len(strings.Fields(it)) > 4 || endsSentence(it) {
				return ""
			}
		}
		return "a line of short link-like items"
	}
	return ""
}

// classify finds the title, the headings and the paragraphs among units.
// It returns the title ("" when the article has none that fits, and then
// the file name gives it).
func classify(units []unit, name string, rep *report) string {
	title := ""
	afterList := false
	for k := range units {
		u := &units[k]
		if u.kind == dropped {
			afterList = afterList || u.marker
			continue
		}
		if title == "" {
			if u.md || u.single && (isHeadingLike(u.text) || len([]rune(u.text)) <= 150 && !strings.HasSuffix(u.text, ".")) {
				title = u.text
				u.kind = dropped
				continue
			}
			title = titleFromName(name)
			rep.note(u.line, "no title line found: the title %q comes from the file name", title)
		}
		switch {
		case u.bullet:
			u.kind = para
			afterList = false
		case u.md:
			u.kind = heading
			afterList = false
		case u.single && isHeadingLike(u.text):
			if afterList {
				u.kind = dropped
				rep.drop(u.line, u.text, "a link title after a \"Related\" line?")
				continue
			}
			u.kind = heading
		default:
			u.kind = para
			afterList = false
		}
	}
	// Three or more headings in a row, with no text between, are a list
	// (a menu, a table of contents, links): drop them.
	for k := 0; k < len(units); {
		j := k
		for j < len(units) && (units[j].kind == heading && !units[j].md || units[j].kind == dropped) {
			j++
		}
		n := 0
		for i := k; i < j; i++ {
			if units[i].kind == heading {
				n++
			}
		}
		if n >= 3 {
			for i := k; i < j; i++ {
				if units[i].kind == heading {
					units[i].kind = dropped
					rep.drop(units[i].line, units[i].text, "one of several short lines in a row (a menu or list of links?)")
				}
			}
		}
		k = j + 1
	}
	if title == "" {
		title = titleFromName(name)
	}
	return title
}

func afterListMarker(s string) bool {
	return afterLists[strings.ToLower(strings.TrimRight(s, ".:…!>»› "))]
}

// titleFromName makes a title of a file name: "korea-history.txt" →
// "Korea history".
func titleFromName(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	base = strings.Join(strings.FieldsFunc(base, func(r rune) bool {
		return r == '-' || r == '_' || r == '.' || unicode.IsSpace(r)
	}), " ")
	if base == "" {
		return "Imported article"
	}
	r := []rune(base)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
