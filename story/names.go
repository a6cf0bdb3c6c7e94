package story

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// Keys of a place's name mapping: the languages, and the names as one party
// uses them.
var (
	nameKeys  = []string{"en", "ko", "ja", "used", "dispute"}
	langKeys  = []string{"en", "ko", "ja"}
	usageMark = "used"
)

// Usage is a place's name as one party uses it, where the parties disagree
// (the islands South Korea calls Dokdo and Japan Takeshima).
type Usage struct {
	Party string            // the id of the place (a country) whose usage this is
	Names map[string]string // by language, like Place.Names; "en" always set
	Line  int               // line of the entry in the file
}

// NameFor returns the place's name in lang as party uses it, and whether
// that name is one party's (so shown alone it needs a marker saying the name
// is disputed). With party "" or a party the place has no usage for, it is
// the place's own (neutral) name.
func (p *Place) NameFor(lang, party string) (name string, partisan bool) {
	for _, u := range p.Used {
		if u.Party != party {
			continue
		}
		if n := u.Names[lang]; n != "" {
			return n, true
		}
		return u.Names["en"], true
	}
	return p.Name(lang), false
}

// Others returns the usages of the parties other than party, in file order.
func (p *Place) Others(party string) []Usage {
	var out []Usage
	for _, u := range p.Used {
		if u.Party != party {
			out = append(out, u)
		}
	}
	return out
}

// Parties returns the ids of the places whose usage the story records for
// some place's name (see Place.Used), in order of first appearance.
func (s *Story) Parties() []string {
	var out []string
	for _, pl := range s.Places {
		for _, u := range pl.Used {
			if !contains(out, u.Party) {
				out = append(out, u.Party)
			}
		}
	}
	return out
}

// names reads a place's "name" mapping n into pl.
func (p *parser) names(pl *Place, nm ast.Node, what string) {
	names, ok := p.fields(nm, what+" name", nameKeys)
	if !ok {
		return
	}
	for _, lang := range langKeys {
		if v := names[lang]; v != nil {
			if s, ok := p.str(v, what+" name."+lang, true); ok {
				pl.Names[lang] = s
			}
		}
	}
	if _, ok := names["en"]; !ok {
		p.errorf(p.pos(nm), "%s has no English name (name.en)", what)
	}
	if v := names[usageMark]; v != nil {
		p.usages(pl, v, what)
	}
	if v := names["dispute"]; v != nil {
		pl.Dispute, _ = p.str(v, what+" name.dispute", true)
		if names[usageMark] == nil {
			p.errorf(p.pos(v), "%s name.dispute needs name.used: the names each party uses", what)
		}
	}
}

// usages reads name.used: a mapping of party (a place id) to names by
// language. The parties are checked once all places are read (checkUsages).
func (p *parser) usages(pl *Place, n ast.Node, what string) {
	mn, ok := unwrap(n).(*ast.MappingNode)
	if !ok {
		p.errorf(p.pos(n), "%s name.used must be a mapping of place id to names, not %s", what, kindName(n))
		return
	}
	for _, kv := range mn.Values {
		party, _ := scalarText(unwrap(kv.Key))
		at := p.pos(kv.Key)
		u := Usage{Party: party, Names: map[string]string{}, Line: at.line}
		uwhat := fmt.Sprintf("%s name.used.%s", what, party)
		langs, ok := p.fields(kv.Value, uwhat, langKeys)
		if !ok {
			continue
		}
		for _, lang := range langKeys {
			if v := langs[lang]; v != nil {
				if s, ok := p.str(v, uwhat+"."+lang, true); ok {
					u.Names[lang] = s
				}
			}
		}
		if _, ok := langs["en"]; !ok {
			p.errorf(p.pos(kv.Value), "%s has no English name (en)", uwhat)
		}
		for _, prev := range pl.Used {
			if prev.Party == party {
				p.errorf(at, "%s: party %q given twice", what+" name.used", party)
			}
		}
		p.defPos["usage:"+pl.ID+":"+party] = at
		pl.Used = append(pl.Used, u)
	}
	if len(pl.Used) == 1 {
		p.errorf(p.pos(n), "%s name.used needs two or more parties: a name is disputed between parties", what)
	}
}

// checkUsages reports name.used parties that are not places of the story.
func (p *parser) checkUsages() {
	for _, pl := range p.st.Places {
		for _, u := range pl.Used {
			if p.st.places[u.Party] == nil {
				p.errorf(p.defPos["usage:"+pl.ID+":"+u.Party],
					"place %q name.used party %q is not a place of the story (a party is the id of a place, e.g. a country)", pl.ID, u.Party)
			}
		}
	}
}
