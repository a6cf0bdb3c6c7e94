package link

import (
	"fmt"
	"strings"

	"peninsula/geo"
	"peninsula/story"
)

// Label languages of the map.
const (
	English  = "en"
	Korean   = "ko"
	Japanese = "ja"
)

// Languages are the map label languages in menu order, with their names
// written in themselves.
var Languages = []struct{ Code, Name string }{
	{English, "English"},
	{Korean, "한국어"},
	{Japanese, "日本語"},
}

// partyLanguage is the label language of a party of a disputed name, for
// FullName: each party's name is written beside its English form in its own
// language.
var partyLanguage = map[string]string{"kor": Korean, "prk": Korean, "jpn": Japanese}

// FullName writes a place's names in all three languages, as the hover
// tooltip and the selection panel show them. A disputed name gives each
// party's name in English and in the party's language ("Dokdo 독도 /
// Takeshima 竹島"); a neutral English name of two halves takes each
// language's name beside its half ("East Sea 동해 / Sea of Japan 日本海");
// otherwise the names follow the English one ("Seoul · 서울 · ソウル").
// Other names come in brackets.
func FullName(p *story.Place) string {
	en, ko, ja := p.Names[English], p.Names[Korean], p.Names[Japanese]
	var b strings.Builder
	if a, c, ok := strings.Cut(en, " / "); len(p.Used) > 0 {
		for i, u := range p.Used {
			if i > 0 {
				b.WriteString(" / ")
			}
			b.WriteString(u.Names[English])
			if n := u.Names[partyLanguage[u.Party]]; n != "" && n != u.Names[English] {
				b.WriteString(" " + n)
			}
		}
	} else if ok && ko != "" && ja != "" && !strings.Contains(c, " / ") {
		b.WriteString(a + " " + ko + " / " + c + " " + ja)
	} else {
		b.WriteString(en)
		for _, n := range []string{ko, ja} {
			if n != "" && n != en {
				b.WriteString(" · " + n)
			}
		}
	}
	if len(p.Aka) > 0 {
		b.WriteString(" (" + strings.Join(p.Aka, ", ") + ")")
	}
	return b.String()
}

// Labels returns the map's label text of every feature a story place
// shows, in lang (English where the place has no name in lang), by feature
// id, with names as party uses them ("" for the story's neutral names, see
// story.Place.NameFor). Features no place shows keep the map data's name.
// Notes holds, for each label that gives one party's name of a disputed
// place, what the map's marker beside it says when hovered: the other
// parties' names and the dispute.
func (e *Explainer) Labels(lang, party string) (labels, notes map[string]string) {
	labels, notes = map[string]string{}, map[string]string{}
	for _, f := range e.Map.Features {
		p := e.placeOf(f.ID)
		if p == nil {
			continue
		}
		name, partisan := p.NameFor(lang, party)
		labels[f.ID] = name
		if partisan {
			notes[f.ID] = e.DisputeNote(p.ID, party)
		}
	}
	return labels, notes
}

// DisputeNote says, in English, whose name of place id party's name is,
// what the other parties call it, and what they disagree about: "Dokdo is
// the name used in South Korea; Japan uses Takeshima. South Korea and Japan
// both claim the islands." It is "" for a place without disputed names.
func (e *Explainer) DisputeNote(id, party string) string {
	p := e.Story.Place(id)
	if p == nil || len(p.Used) == 0 {
		return ""
	}
	name, _ := p.NameFor(English, party)
	var b strings.Builder
	fmt.Fprintf(&b, "%s is the name used in %s", name, e.Name(party))
	for _, u := range p.Others(party) {
		fmt.Fprintf(&b, "; %s uses %s", e.Name(u.Party), u.Names[English])
	}
	b.WriteString(".")
	if p.Dispute != "" {
		b.WriteString(" " + p.Dispute)
	}
	return b.String()
}

// Parties returns the choices of View ▸ Names after the neutral one: the
// parties whose names the story records (story.Story.Parties), each with
// its menu text ("As used in Japan").
func (e *Explainer) Parties() []Party {
	if e.Story == nil {
		return nil
	}
	var out []Party
	for _, id := range e.Story.Parties() {
		out = append(out, Party{ID: id, Text: "As used in " + e.Name(id)})
	}
	return out
}

// Party is a choice of View ▸ Names: whose names the map uses.
type Party struct{ ID, Text string }

// Tooltips returns the names of every feature a story place shows in all
// three languages (FullName), by feature id.
func (e *Explainer) Tooltips() map[string]string {
	out := map[string]string{}
	for _, f := range e.Map.Features {
		if p := e.placeOf(f.ID); p != nil {
			out[f.ID] = FullName(p)
		}
	}
	return out
}

// Name returns the English name of a story place or map feature, or the id
// when neither knows it.
func (e *Explainer) Name(id string) string {
	if e.Story != nil {
		if p := e.Story.Place(id); p != nil {
			return p.Name(English)
		}
	}
	if f := e.Map.Feature(id); f != nil {
		return f.Name
	}
	return id
}

// Describe returns what the selection panel says of a place or feature:
// its English name, its names in all languages when they say more, and what
// it is ("Capital", "Line" …). An empty id describes nothing.
func (e *Explainer) Describe(id string) (title, names, kind string) {
	if id == "" {
		return "", "", ""
	}
	title = e.Name(id)
	if e.Story != nil {
		if p := e.Story.Place(id); p != nil {
			if full := FullName(p); full != title {
				names = full
			}
		}
	}
	if f := e.Map.Feature(e.Feature(id)); f != nil {
		kind = kindText(f)
	}
	return title, names, kind
}

func kindText(f *geo.Feature) string {
	switch f.Kind {
	case geo.Country:
		return "Country"
	case geo.Area:
		return "Region"
	case geo.Line:
		return "Line"
	case geo.Badge:
		return "Across the Pacific"
	case geo.Point:
		if f.Class == "capital" {
			return "Capital"
		}
		return "Place"
	}
	return ""
}

// Key is a row of the map's legend: a line or area feature drawn only at
// some dates, and what it shows ("38th Parallel (1945–1953)").
type Key struct{ Feature, Text string }

// Keys returns the legend rows of the story's timed lines, then its timed
// areas, each in story order.
func (e *Explainer) Keys() []Key {
	if e.Story == nil {
		return nil
	}
	var lines, areas []Key
	for _, p := range e.Story.Places {
		f := e.Map.Feature(p.Map.Feature)
		if p.When == nil || f == nil {
			continue
		}
		years := fmt.Sprintf("%d–", p.When.Start.Year)
		if !p.When.OpenEnd {
			years += fmt.Sprint(p.When.End.Year)
		}
		k := Key{f.ID, p.Name(English) + " (" + years + ")"}
		switch f.Kind {
		case geo.Line:
			lines = append(lines, k)
		case geo.Area:
			areas = append(areas, k)
		}
	}
	return append(lines, areas...)
}
