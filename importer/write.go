package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"peninsula/importer/gazetteer"
	"peninsula/story"
)

// builder writes the draft story: front matter and body.
type builder struct {
	name      string
	body      strings.Builder
	places    []*placeUse
	placeByID map[string]*placeUse
	events    []*event
	eventIDs  map[string]bool
	sections  map[string]bool
	resolved  map[string]*gazetteer.Place // name → place (nil: not a place)
	countries map[string]bool             // countries the article names
	rep       *report
	next      map[string]int // base id → the next number to try after it
}

// unique returns base, or base-2, base-3 … whichever is not in used yet,
// and adds it to used.
func unique(used map[string]bool, next map[string]int, base string) string {
	id := base
	for n := max(2, next[base]); used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
		next[base] = n + 1
	}
	used[id] = true
	return id
}

type placeUse struct {
	p   *gazetteer.Place
	aka []string // the other names the article uses for it
}

type event struct {
	id, when, title string
	places          []string
	line            int
}

// span is a stretch of a passage that becomes a link.
type span struct {
	start, end int
	target     string // "place:ID" or "event:ID"
}

func (b *builder) section(title string, line int, intro bool) {
	if b.sections == nil {
		b.sections = map[string]bool{}
	}
	if intro {
		b.sections["intro"] = true
	}
	id, given := story.Slug(title), false
	if id == "" || b.sections[id] {
		if id == "" {
			id = "section"
		}
		id, given = unique(b.sections, b.next, id), true
	}
	b.sections[id] = true
	fmt.Fprintf(&b.body, "\n## %s", escapeHeading(title))
	if given {
		fmt.Fprintf(&b.body, " {#%s}", id)
	}
	b.body.WriteString("\n")
}

// passage writes a paragraph with its places and dates linked.
func (b *builder) passage(text string, line int, bullet bool) {
	var spans []span
	sentencePlaces := map[int][]string{} // sentence start → place ids
	starts := sentenceStarts(text)
	sentenceOf := func(off int) int {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
		return starts[i]
	}
	for _, m := range getMatcher().find(text) {
		p := b.place(m.name, text, m.start, m.end, line)
		if p == nil {
			continue
		}
		spans = append(spans, span{m.start, m.end, "place:" + p.ID})
		s := sentenceOf(m.start)
		if !contains(sentencePlaces[s], p.ID) {
			sentencePlaces[s] = append(sentencePlaces[s], p.ID)
		}
	}
	dates := findDates(text, line, b.rep)
	perSentence := map[int]int{}
	for _, d := range dates {
		perSentence[sentenceOf(d.start)]++
	}
	for _, d := range dates {
		s := sentenceOf(d.start)
		end := len(text)
		if i := sort.SearchInts(starts, s+1); i < len(starts) {
			end = starts[i]
		}
		ev := &event{when: d.when, line: line, places: sentencePlaces[s],
			title: eventTitle(strings.TrimSpace(text[s:end]), d.start-s, d.end-s, d.when, perSentence[s] > 1)}
		ev.id = b.eventID(ev)
		b.events = append(b.events, ev)
		spans = append(spans, span{d.start, d.end, "event:" + ev.id})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out strings.Builder
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue // overlaps the link before
		}
		raw := escape(text[at:s.start], at == 0)
		if strings.HasSuffix(raw, "!") {
			raw = raw[:len(raw)-1] + `\!` // "![" would start an image
		}
		out.WriteString(raw)
		fmt.Fprintf(&out, "[%s](%s)", escape(text[s.start:s.end], false), s.target)
		at = s.end
	}
	out.WriteString(escape(text[at:], at == 0))
	b.body.WriteString("\n")
	if bullet {
		b.body.WriteString("- ")
	}
	b.body.WriteString(out.String())
	b.body.WriteString("\n")
}

// place returns the place a name found at text[start:end] means, or nil.
func (b *builder) place(name, text string, start, end, line int) *gazetteer.Place {
	if doubtful[name] && !plausible(text, start, end) {
		b.rep.note(line, "%q not linked: it may be part of a name or not a place here", name)
		return nil
	}
	p, ok := b.resolved[name]
	if !ok {
		p = resolve(name, b.countries, line, b.rep)
		b.resolved[name] = p
		if doubtful[name] && p != nil {
			b.rep.note(line, "%q linked as %s (%s): check that the article means the place", name, p.En, p.ID)
		}
	}
	if p == nil {
		return nil
	}
	u := b.placeByID[p.ID]
	if u == nil {
		u = &placeUse{p: p}
		b.placeByID[p.ID] = u
		b.places = append(b.places, u)
	}
	if name != p.En && !contains(u.aka, name) {
		u.aka = append(u.aka, name)
	}
	return p
}

var idJunk = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// eventID makes a unique event id of the date and the title's first words:
// 1950-06-25-north-korean-forces.
func (b *builder) eventID(ev *event) string {
	title := strings.NewReplacer("'", "", "’", "").Replace(ev.title)
	words := strings.Fields(strings.ToLower(idJunk.ReplaceAllString(title, " ")))
	if len(words) > 3 {
		words = words[:3]
	}
	base := strings.Trim(idJunk.ReplaceAllString(ev.when, "-"), "-")
	if len(words) > 0 {
		base += "-" + strings.Join(words, "-")
	}
	return unique(b.eventIDs, b.next, base)
}

// front returns the YAML front matter.
func (b *builder) front(title string) string {
	var f strings.Builder
	fmt.Fprintf(&f, "---\n# A draft made by `peninsula import` from %s: check every place and event,\n", oneLine(b.name))
	f.WriteString("# then give the source (title, publisher and date are required):\n")
	f.WriteString("# source: {title: \"\", publisher: \"\", date: YYYY-MM-DD, url: \"https://\"}\n")
	fmt.Fprintf(&f, "title: %s\n", strconv.Quote(title))
	if len(b.places) > 0 {
		f.WriteString("places:\n")
	}
	for _, u := range b.places {
		p := u.p
		fmt.Fprintf(&f, "  - id: %s  # %s\n", strconv.Quote(p.ID), p.Kind)
		fmt.Fprintf(&f, "    name: {en: %s", strconv.Quote(p.En))
		for _, l := range [][2]string{{"ko", p.Ko}, {"ja", p.Ja}} {
			if l[1] != "" {
				fmt.Fprintf(&f, ", %s: %s", l[0], strconv.Quote(l[1]))
			}
		}
		f.WriteString("}\n")
		if len(u.aka) > 0 {
			fmt.Fprintf(&f, "    aka: [%s]\n", quoteList(u.aka))
		}
		if p.Kind == gazetteer.Country {
			fmt.Fprintf(&f, "    map: %s\n", strconv.Quote(p.ID))
		} else {
			fmt.Fprintf(&f, "    map: {point: [%s, %s]}\n", num(p.Lon), num(p.Lat))
		}
	}
	if len(b.events) > 0 {
		f.WriteString("events:\n")
	}
	for _, ev := range b.events {
		fmt.Fprintf(&f, "  # draft (line %d): check the title and the date\n", ev.line)
		fmt.Fprintf(&f, "  - id: %s\n    when: %s\n    title: %s\n", strconv.Quote(ev.id), strconv.Quote(ev.when), strconv.Quote(ev.title))
		if len(ev.places) > 0 {
			fmt.Fprintf(&f, "    places: [%s]\n", quoteList(ev.places))
		}
	}
	f.WriteString("---\n")
	return f.String()
}

func quoteList(l []string) string {
	q := make([]string, len(l))
	for i, s := range l {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// oneLine keeps a YAML comment on one line.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

var entityRe = regexp.MustCompile(`&(#?[A-Za-z0-9]+;)`)
var listStartRe = regexp.MustCompile(`^(\d{1,9})([.)])`)

// escape makes text literal in a CommonMark paragraph; start says it begins
// the paragraph, where "#", ">", "-", "1." and the like start other blocks.
func escape(s string, start bool) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := entityRe.ReplaceAllString(b.String(), `&amp;$1`) // the parser resolves entities after escapes
	if start && out != "" {
		if m := listStartRe.FindStringSubmatchIndex(out); m != nil {
			return out[:m[3]] + `\` + out[m[4]:]
		}
		if r, _ := utf8.DecodeRuneInString(out); strings.ContainsRune("#>-+={~|:", r) {
			return `\` + out
		}
	}
	return out
}

// escapeHeading escapes a heading's text; "{" would start attributes.
func escapeHeading(s string) string {
	out := strings.ReplaceAll(escape(s, true), "{", `\{`)
	if strings.HasSuffix(out, "#") {
		out = out[:len(out)-1] + `\#`
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
