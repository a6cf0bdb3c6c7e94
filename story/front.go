package story

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	yamlparser "github.com/goccy/go-yaml/parser"
	"github.com/paulmach/orb"

	"peninsula/timeline"
)

var (
	placeIDRe = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	otherIDRe = regexp.MustCompile(`^[\p{L}\p{N}._-]+$`)
	yamlPosRe = regexp.MustCompile(`\[\d+:\d+\]`) // a position in a go-yaml message
)

// Keys allowed in each mapping of the front matter.
var (
	topKeys    = []string{"title", "source", "view", "places", "events", "eras", "figures"}
	sourceKeys = []string{"title", "publisher", "author", "date", "url"}
	placeKeys  = []string{"id", "name", "aka", "map", "when", "section"}
	mapKeys    = []string{"point", "line"}
	eventKeys  = []string{"id", "when", "title", "places", "thread"}
	eraKeys    = []string{"id", "title", "when"}
)

// parseFront reads the YAML front matter src, whose first line is line
// p.yamlLine+1 of the file, into p.st. It reports whether the YAML could be
// read at all.
func (p *parser) parseFront(src []byte, at pos) bool {
	f, err := yamlparser.ParseBytes(src, 0)
	if err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil {
			msg := yamlPosRe.ReplaceAllStringFunc(ye.GetMessage(), func(m string) string {
				var l, c int
				fmt.Sscanf(m, "[%d:%d]", &l, &c)
				at := p.ypos(l, c)
				return fmt.Sprintf("%d:%d", at.line, at.col)
			})
			p.errorf(p.ypos(ye.GetToken().Position.Line, ye.GetToken().Position.Column), "YAML: %s", msg)
		} else {
			p.errorf(at, "YAML: %v", err)
		}
		return false
	}
	var body ast.Node
	switch {
	case len(f.Docs) > 1:
		p.errorf(p.pos(f.Docs[1]), "front matter must be a single YAML document")
		return false
	case len(f.Docs) == 1:
		body = unwrap(f.Docs[0].Body)
	}
	if isNull(body) {
		p.errorf(at, `missing "title"`)
		return true
	}
	top, ok := p.fields(body, "front matter", topKeys)
	if !ok {
		return false
	}
	if v := top["title"]; v != nil {
		p.st.Title, _ = p.str(v, "title", true)
	} else {
		p.errorf(p.pos(body), `missing "title"`)
	}
	if v := top["source"]; v != nil {
		p.source(v)
	}
	if v := top["view"]; v != nil {
		p.view(v)
	}
	for _, n := range p.seq(top["places"], "places") {
		p.place(n)
	}
	p.checkUsages()
	for _, n := range p.seq(top["events"], "events") {
		p.event(n)
	}
	for _, n := range p.seq(top["eras"], "eras") {
		p.era(n)
	}
	for _, n := range p.seq(top["figures"], "figures") {
		p.figure(n)
	}
	return true
}

func (p *parser) source(n ast.Node) {
	m, ok := p.fields(n, "source", sourceKeys)
	if !ok {
		return
	}
	src := &p.st.Source
	for _, k := range []string{"title", "publisher", "date"} {
		if m[k] == nil {
			p.errorf(p.pos(n), "source is missing %q", k)
		}
	}
	src.Title, _ = p.str(m["title"], "source title", true)
	src.Publisher, _ = p.str(m["publisher"], "source publisher", true)
	src.Author, _ = p.str(m["author"], "source author", false)
	src.URL, _ = p.str(m["url"], "source url", false)
	if src.URL != "" && !isWebURL(src.URL) {
		p.errorf(p.pos(m["url"]), "source url %q must start with http:// or https://", src.URL)
	}
	if s, ok := p.str(m["date"], "source date", true); ok {
		d, err := timeline.ParseDate(s)
		if err != nil {
			p.errorf(p.pos(m["date"]), "%v", err)
		}
		src.Date = d
	}
}

func (p *parser) place(n ast.Node) {
	m, ok := p.fields(n, "place", placeKeys)
	if !ok {
		return
	}
	pl := &Place{Line: p.pos(n).line, Names: map[string]string{}}
	id, ok := p.id(m, n, "place", placeIDRe, "lower-case letters, digits and -")
	if !ok {
		return
	}
	pl.ID = id
	what := fmt.Sprintf("place %q", id)
	if prev := p.st.places[id]; prev != nil {
		p.errorf(p.pos(m["id"]), "duplicate place id %q, first defined at line %d", id, prev.Line)
		return
	}
	if nm := m["name"]; nm == nil {
		p.errorf(p.pos(n), "%s is missing \"name\"", what)
	} else {
		p.names(pl, nm, what)
	}
	if v := m["aka"]; v != nil {
		for _, a := range p.seq(v, what+" aka") {
			if s, ok := p.str(a, what+" aka", true); ok {
				pl.Aka = append(pl.Aka, s)
			}
		}
	}
	if v := m["map"]; v == nil {
		p.errorf(p.pos(n), "%s is missing \"map\"", what)
	} else {
		pl.Map = p.mapRef(v, what)
	}
	if v := m["when"]; v != nil {
		if sp, ok := p.span(v, what+" when"); ok {
			pl.When = &sp
		}
	}
	if v := m["section"]; v != nil {
		if s, ok := p.str(v, what+" section", true); ok {
			pl.Section = s
			p.defPos["place-section:"+id] = p.pos(v)
		}
	}
	p.defPos["place:"+id] = p.pos(n)
	p.st.Places = append(p.st.Places, pl)
	p.st.places[id] = pl
}

func (p *parser) mapRef(n ast.Node, what string) MapRef {
	var ref MapRef
	n = unwrap(n)
	if _, isMap := n.(*ast.MappingNode); !isMap {
		s, ok := p.str(n, what+" map", true)
		if !ok {
			return ref
		}
		if p.opts.KnownFeature != nil && !p.opts.KnownFeature(s) {
			p.errorf(p.pos(n), "unknown map feature %q", s)
		}
		ref.Feature = s
		return ref
	}
	m, ok := p.fields(n, what+" map", mapKeys)
	if !ok {
		return ref
	}
	switch {
	case len(m) != 1:
		p.errorf(p.pos(n), "%s map must have exactly one of \"point\" or \"line\"", what)
	case m["point"] != nil:
		if pt, ok := p.point(m["point"], what); ok {
			ref.Point = &pt
			p.checkInMap(m["point"], what, pt)
		}
	default:
		pts := p.seq(m["line"], what+" map line")
		for _, v := range pts {
			if pt, ok := p.point(v, what); ok {
				ref.Line = append(ref.Line, pt)
				p.checkInMap(v, what, pt)
			}
		}
		if len(pts) < 2 {
			p.errorf(p.pos(m["line"]), "%s map line needs two or more points", what)
		}
	}
	return ref
}

// checkInMap warns when a point of a place lies outside the map's data,
// where it would not be shown.
func (p *parser) checkInMap(n ast.Node, what string, pt orb.Point) {
	b := p.opts.MapBound
	if b == nil || b.Contains(pt) {
		return
	}
	p.warnf(p.pos(n), "%s at %v, %v lies outside the map (lon %v..%v, lat %v..%v) and will not be shown",
		what, pt[0], pt[1], b.Min[0], b.Max[0], b.Min[1], b.Max[1])
}

// point reads [lon, lat].
func (p *parser) point(n ast.Node, what string) (orb.Point, bool) {
	var pt orb.Point
	vs := p.seq(n, what+" point")
	if len(vs) != 2 {
		if vs != nil || isNull(unwrap(n)) {
			p.errorf(p.pos(n), "%s point must be [lon, lat]", what)
		}
		return pt, false
	}
	ok := true
	for i, v := range vs {
		name, lim := "longitude", 180.0
		if i == 1 {
			name, lim = "latitude", 90
		}
		f, isNum := number(unwrap(v))
		switch {
		case !isNum:
			p.errorf(p.pos(v), "%s %s must be a number, not %s", what, name, kindName(v))
			ok = false
		case f < -lim || f > lim:
			p.errorf(p.pos(v), "%s %s %v out of range -%v..%v", what, name, f, lim, lim)
			ok = false
		}
		pt[i] = f
	}
	return pt, ok
}

func (p *parser) event(n ast.Node) {
	m, ok := p.fields(n, "event", eventKeys)
	if !ok {
		return
	}
	ev := &Event{Line: p.pos(n).line}
	id, ok := p.id(m, n, "event", otherIDRe, "letters, digits, -, _ and .")
	if !ok {
		return
	}
	ev.ID = id
	what := fmt.Sprintf("event %q", id)
	if prev := p.st.events[id]; prev != nil {
		p.errorf(p.pos(m["id"]), "duplicate event id %q, first defined at line %d", id, prev.Line)
		return
	}
	ev.Title, _ = p.required(m, n, "title", what)
	ev.Thread, _ = p.str(m["thread"], what+" thread", false)
	ev.When = p.requiredSpan(m, n, what)
	for _, v := range p.seq(m["places"], what+" places") {
		s, ok := p.str(v, what+" place", true)
		if !ok {
			continue
		}
		if p.st.places[s] == nil {
			p.errorf(p.pos(v), "unknown place %q in %s", s, what)
			continue
		}
		ev.Places = append(ev.Places, s)
	}
	p.defPos["event:"+id] = p.pos(n)
	p.st.Events = append(p.st.Events, ev)
	p.st.events[id] = ev
}

func (p *parser) era(n ast.Node) {
	m, ok := p.fields(n, "era", eraKeys)
	if !ok {
		return
	}
	era := &Era{Line: p.pos(n).line}
	id, ok := p.id(m, n, "era", otherIDRe, "letters, digits, -, _ and .")
	if !ok {
		return
	}
	era.ID = id
	what := fmt.Sprintf("era %q", id)
	if prev := p.st.eras[id]; prev != nil {
		p.errorf(p.pos(m["id"]), "duplicate era id %q, first defined at line %d", id, prev.Line)
		return
	}
	era.Title, _ = p.required(m, n, "title", what)
	era.When = p.requiredSpan(m, n, what)
	p.st.Eras = append(p.st.Eras, era)
	p.st.eras[id] = era
}

// id reads and checks the required "id" of an entry.
func (p *parser) id(m map[string]ast.Node, n ast.Node, kind string, re *regexp.Regexp, form string) (string, bool) {
	v := m["id"]
	if v == nil {
		p.errorf(p.pos(n), "%s is missing \"id\"", kind)
		return "", false
	}
	id, ok := p.str(v, kind+" id", true)
	if !ok {
		return "", false
	}
	if !re.MatchString(id) {
		p.errorf(p.pos(v), "bad %s id %q: use %s", kind, id, form)
		return "", false
	}
	return id, true
}

// required reads a required string field of an entry.
func (p *parser) required(m map[string]ast.Node, n ast.Node, key, what string) (string, bool) {
	if m[key] == nil {
		p.errorf(p.pos(n), "%s is missing %q", what, key)
		return "", false
	}
	return p.str(m[key], what+" "+key, true)
}

// requiredSpan reads the required "when" of an entry n (an event or era).
func (p *parser) requiredSpan(m map[string]ast.Node, n ast.Node, what string) timeline.Span {
	if m["when"] == nil {
		p.errorf(p.pos(n), "%s is missing \"when\"", what)
		return timeline.Span{}
	}
	sp, _ := p.span(m["when"], what+" when")
	return sp
}

func (p *parser) span(n ast.Node, what string) (timeline.Span, bool) {
	s, ok := p.str(n, what, true)
	if !ok {
		return timeline.Span{}, false
	}
	sp, err := timeline.ParseSpan(s)
	if err != nil {
		p.errorf(p.pos(n), "%v", err)
		return sp, false
	}
	return sp, true
}
