package link

import (
	"fmt"
	"time"

	"peninsula/geo"
	"peninsula/timeline"
)

// ChangeKind is what a Change between two moments is.
type ChangeKind uint8

// The kinds of Change.
const (
	Appeared    ChangeKind = iota + 1 // on the map at the later moment, not the earlier
	Ended                             // on the map at the earlier moment, not the later
	CameAndWent                       // on the map only in between
	Happened                          // an event between the two moments
)

var changeVerbs = [...]string{Appeared: "appears", Ended: "ends", CameAndWent: "comes and goes", Happened: ""}

// Change is one difference between the map at two moments, or an event
// between them.
type Change struct {
	Kind ChangeKind
	// ID is the story place (Appeared, Ended, CameAndWent) or the event
	// (Happened).
	ID string
	// Feature is the map feature of a place ("" for an event), and
	// FeatureKind what it is: a line, an area or a point.
	Feature     string
	FeatureKind geo.Kind
	// When is when the change happened: the start of the place's span for
	// Appeared, the last day of it for Ended, the event's date.
	When timeline.Date
	// Text says it in a line: "Military Demarcation Line appears
	// (27 July 1953)".
	Text string
}

// Changes returns what differs between the map at moments a and b (in
// either order): the places with a `when` that appeared, ended, or came
// and went in between (lines, then areas, then points, each in time
// order), then the events that happened after the earlier moment up to and
// including the later one, in time order.
func (e *Explainer) Changes(a, b time.Time) []Change {
	if e.Story == nil {
		return nil
	}
	if b.Before(a) {
		a, b = b, a
	}
	var out []Change
	for _, kind := range []geo.Kind{geo.Line, geo.Area, geo.Point, geo.Country} {
		var group []Change
		for _, p := range e.Story.Places {
			f := e.Map.Feature(e.Feature(p.ID))
			if p.When == nil || f == nil || f.Kind != kind {
				continue
			}
			inA, inB := p.When.Contains(a), p.When.Contains(b)
			c := Change{ID: p.ID, Feature: f.ID, FeatureKind: f.Kind}
			switch {
			case !inA && inB:
				c.Kind, c.When = Appeared, p.When.Start
			case inA && !inB:
				c.Kind, c.When = Ended, p.When.End
			case !inA && !inB && p.When.StartTime().After(a) && p.When.StartTime().Before(b):
				c.Kind, c.When = CameAndWent, p.When.Start
			default:
				continue
			}
			c.Text = fmt.Sprintf("%s %s (%s)", p.Name(English), changeVerbs[c.Kind], longDate(c.When))
			if c.Kind == CameAndWent {
				c.Text = fmt.Sprintf("%s comes and goes (%s–%s)", p.Name(English), longDate(p.When.Start), longDate(p.When.End))
			}
			group = append(group, c)
		}
		sortByWhen(group)
		out = append(out, group...)
	}
	for _, ev := range e.Story.Events {
		t := ev.When.StartTime()
		if ev.When.OpenStart || !t.After(a) || t.After(b) {
			continue
		}
		out = append(out, Change{Kind: Happened, ID: ev.ID, When: ev.When.Start,
			Text: longDate(ev.When.Start) + ": " + ev.Title})
	}
	sortByWhen(out[len(out)-countEvents(out):])
	return out
}

func countEvents(cs []Change) int {
	n := 0
	for _, c := range cs {
		if c.Kind == Happened {
			n++
		}
	}
	return n
}

// sortByWhen sorts changes by date, keeping the order of equal dates.
func sortByWhen(cs []Change) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].When.Start().Before(cs[j-1].When.Start()); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// longDate writes a date as a reader says it: "27 July 1953", "October
// 1951", "1953", "the 1980s".
func longDate(d timeline.Date) string {
	t := d.Start()
	switch d.Precision {
	case timeline.Day:
		return t.Format("2 January 2006")
	case timeline.Month:
		return t.Format("January 2006")
	case timeline.Decade:
		return fmt.Sprintf("the %ds", d.Year)
	}
	return fmt.Sprint(d.Year)
}
