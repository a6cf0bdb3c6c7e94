package story

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"peninsula/timeline"
)

// Figure is a set of numbers from the story, charted beside the text: a
// title, a unit, a kind of chart and one or more series of dated points.
type Figure struct {
	ID, Title string
	Unit      string // one of Units
	Scale     string // "", "thousand", "million" or "billion": how values are written
	Kind      string // one of Kinds
	Note      string // a line under the chart; may be empty
	Places    []string
	Series    []*Series
	Line      int // line of the figure's entry in the file
}

// Series is a named run of points of a figure.
type Series struct {
	Name   string // may be empty when the figure has one series
	Points []*Point
}

// Point is one dated value: a number, or a range Low..High.
type Point struct {
	When      timeline.Span
	Low, High float64 // equal for a single value
	Qualifier string  // "" or one of Qualifiers
	How       string  // how a derived value was computed
	Source    string  // the id of the event or passage it comes from; may be empty
	Line, Col int     // where the point is in the file
}

// Value is the point's value, the middle of a range.
func (p *Point) Value() float64 { return (p.Low + p.High) / 2 }

// IsRange reports whether the point is a range of values.
func (p *Point) IsRange() bool { return p.Low != p.High }

// The units, kinds of chart, scales and qualifiers a figure may use.
var (
	Units      = []string{"USD", "people", "troops", "percent", "years", "rank"}
	Kinds      = []string{"bar", "line", "step"}
	Scales     = []string{"thousand", "million", "billion"}
	Qualifiers = []string{"expected", "target", "about", "derived"}
)

var (
	figureKeys = []string{"id", "title", "unit", "scale", "kind", "note", "places", "series", "points"}
	seriesKeys = []string{"name", "points"}
	pointKeys  = []string{"when", "value", "qualifier", "how", "source"}
)

func (p *parser) figure(n ast.Node) {
	m, ok := p.fields(n, "figure", figureKeys)
	if !ok {
		return
	}
	fg := &Figure{Line: p.pos(n).line}
	id, ok := p.id(m, n, "figure", placeIDRe, "lower-case letters, digits and -")
	if !ok {
		return
	}
	fg.ID = id
	what := fmt.Sprintf("figure %q", id)
	if prev := p.st.figures[id]; prev != nil {
		p.errorf(p.pos(m["id"]), "duplicate figure id %q, first defined at line %d", id, prev.Line)
		return
	}
	fg.Title, _ = p.required(m, n, "title", what)
	fg.Note, _ = p.str(m["note"], what+" note", false)
	fg.Unit = p.oneOf(m, n, "unit", what, Units, true)
	fg.Kind = p.oneOf(m, n, "kind", what, Kinds, true)
	fg.Scale = p.oneOf(m, n, "scale", what, Scales, false)
	for _, v := range p.seq(m["places"], what+" places") {
		if s, ok := p.str(v, what+" place", true); ok {
			if p.st.places[s] == nil {
				p.errorf(p.pos(v), "unknown place %q in %s", s, what)
				continue
			}
			fg.Places = append(fg.Places, s)
		}
	}
	switch {
	case m["series"] != nil && m["points"] != nil:
		p.errorf(p.pos(n), "%s has both \"series\" and \"points\"; use one", what)
	case m["points"] != nil:
		fg.Series = []*Series{{Points: p.points(m["points"], what)}}
	case m["series"] != nil:
		for _, sn := range p.seq(m["series"], what+" series") {
			sm, ok := p.fields(sn, what+" series", seriesKeys)
			if !ok {
				continue
			}
			s := &Series{}
			s.Name, _ = p.str(sm["name"], what+" series name", false)
			if sm["points"] == nil {
				p.errorf(p.pos(sn), "%s series is missing \"points\"", what)
			}
			s.Points = p.points(sm["points"], what)
			fg.Series = append(fg.Series, s)
		}
	default:
		p.errorf(p.pos(n), "%s is missing \"points\"", what)
	}
	p.defPos["figure:"+id] = p.pos(n)
	p.st.Figures = append(p.st.Figures, fg)
	p.st.figures[id] = fg
}

// oneOf reads a field that must be one of a list of words.
func (p *parser) oneOf(m map[string]ast.Node, n ast.Node, key, what string, allowed []string, required bool) string {
	v := m[key]
	if v == nil {
		if required {
			p.errorf(p.pos(n), "%s is missing %q", what, key)
		}
		return ""
	}
	s, ok := p.str(v, what+" "+key, true)
	if ok && !contains(allowed, s) {
		p.errorf(p.pos(v), "unknown %s %q in %s (want %s)", key, s, what, strings.Join(allowed, ", "))
		return ""
	}
	return s
}

// points reads a list of points.
func (p *parser) points(n ast.Node, what string) []*Point {
	var out []*Point
	for _, pn := range p.seq(n, what+" points") {
		m, ok := p.fields(pn, what+" point", pointKeys)
		if !ok {
			continue
		}
		at := p.pos(pn)
		pt := &Point{Line: at.line, Col: at.col}
		pt.When = p.requiredSpan(m, pn, what+" point")
		if v := m["value"]; v == nil {
			p.errorf(at, "%s point is missing \"value\"", what)
			continue
		} else if !p.value(v, what, pt) {
			continue
		}
		pt.Qualifier = p.oneOf(m, pn, "qualifier", what+" point", Qualifiers, false)
		pt.How, _ = p.str(m["how"], what+" point how", false)
		if pt.Qualifier == "derived" && pt.How == "" {
			p.errorf(at, "%s point is derived but does not say how (add \"how\")", what)
		}
		if s, ok := p.str(m["source"], what+" point source", false); ok && s != "" {
			pt.Source = s
			p.defPos["figure-source:"+fmt.Sprint(len(p.sources))] = p.pos(m["source"])
			p.sources = append(p.sources, pt)
		}
		out = append(out, pt)
	}
	return out
}

// value reads a number or a range [low, high] into pt.
func (p *parser) value(v ast.Node, what string, pt *Point) bool {
	if vs, isSeq := unwrap(v).(*ast.SequenceNode); isSeq {
		if len(vs.Values) != 2 {
			p.errorf(p.pos(v), "%s point value range must be [low, high]", what)
			return false
		}
		lo, ok1 := p.numberValue(vs.Values[0], what)
		hi, ok2 := p.numberValue(vs.Values[1], what)
		if !ok1 || !ok2 {
			return false
		}
		if lo > hi {
			a, _ := scalarText(unwrap(vs.Values[0]))
			b, _ := scalarText(unwrap(vs.Values[1]))
			p.errorf(p.pos(v), "%s point value range [%s, %s] is upside down (low first)", what, a, b)
			return false
		}
		pt.Low, pt.High = lo, hi
		return true
	}
	x, ok := p.numberValue(v, what)
	pt.Low, pt.High = x, x
	return ok
}

// numberValue reads a finite number ("85e6" written as a string is one too).
func (p *parser) numberValue(v ast.Node, what string) (float64, bool) {
	v = unwrap(v)
	x, ok := number(v)
	if !ok {
		if s, isStr := v.(*ast.StringNode); isStr {
			if f, err := strconv.ParseFloat(strings.ReplaceAll(s.Value, "_", ""), 64); err == nil {
				x, ok = f, true
			}
		}
	}
	if !ok || math.IsNaN(x) || math.IsInf(x, 0) {
		text, _ := scalarText(v)
		p.errorf(p.pos(v), "%s point value %q is not a number", what, text)
		return 0, false
	}
	return x, true
}

// checkFigureSources checks that each point's source is an event or a
// passage of the story (run once the body has been read).
func (p *parser) checkFigureSources() {
	for i, pt := range p.sources {
		if p.st.events[pt.Source] == nil && p.st.passages[pt.Source] == nil {
			p.errorf(p.defPos["figure-source:"+fmt.Sprint(i)], "unknown source %q (want an event or passage id)", pt.Source)
		}
	}
}

// Figure returns the figure with the given id, or nil.
func (s *Story) Figure(id string) *Figure { return s.figures[id] }

// FiguresForPlace returns, in file order, the figures about place id: those
// that name it, and those with a point from an event about it.
func (s *Story) FiguresForPlace(id string) []*Figure {
	var out []*Figure
	for _, f := range s.Figures {
		if contains(f.Places, id) || s.figureTouches(f, id) {
			out = append(out, f)
		}
	}
	return out
}

func (s *Story) figureTouches(f *Figure, place string) bool {
	for _, se := range f.Series {
		for _, pt := range se.Points {
			if ev := s.events[pt.Source]; ev != nil && contains(ev.Places, place) {
				return true
			}
		}
	}
	return false
}
