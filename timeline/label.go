package timeline

import (
	"fmt"
	"strconv"
)

// Label writes the date for people, at its precision: 25 Jun 1950,
// Jun 1950, 1950, 1980s, with "c. " for an approximate and "?" for an
// uncertain date.
func (d Date) Label() string {
	var s string
	switch d.Precision {
	case Day:
		s = d.Start().Format("2 Jan 2006")
	case Month:
		s = d.Start().Format("Jan 2006")
	case Decade:
		s = fmt.Sprintf("%ds", d.Year)
	default:
		s = strconv.Itoa(d.Year)
	}
	if d.Approx {
		s = "c. " + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

// Label writes the span for people: a date, "A – B", "from A" or
// "until B".
func (sp Span) Label() string {
	switch {
	case sp.IsPoint():
		return sp.Start.Label()
	case sp.OpenStart:
		return "until " + sp.End.Label()
	case sp.OpenEnd:
		return "from " + sp.Start.Label()
	}
	return sp.Start.Label() + " – " + sp.End.Label()
}
