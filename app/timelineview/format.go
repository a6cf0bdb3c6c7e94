package timelineview

import (
	"fmt"
	"time"

	"peninsula/timeline"
)

// formatMoment formats t at the precision a zoom of yearPx pixels a year
// can show: the day when a pixel is a few days or less, else the month when
// a pixel is under about six weeks, else the year.
func formatMoment(t time.Time, yearPx float64) string {
	if yearPx <= 0 {
		return t.Format("2006")
	}
	daysPerPx := 365.2425 / yearPx
	switch {
	case daysPerPx <= 4:
		return t.Format("2 Jan 2006")
	case daysPerPx <= 45:
		return t.Format("Jan 2006")
	}
	return t.Format("2006")
}

// pxPerYear is the zoom of s (the detail band's scale): pixels a year.
func pxPerYear(s timeline.Scale) float64 {
	years := s.End.Sub(s.Start).Hours() / (24 * 365.2425)
	if years <= 0 {
		return 0
	}
	return s.Width / years
}

// formatDate writes a date at its precision: 25 Jun 1950, Jun 1950, 1950,
// 1980s, with "c. " for approximate and "?" for uncertain dates.
func formatDate(d timeline.Date) string {
	t := d.Start()
	var s string
	switch d.Precision {
	case timeline.Day:
		s = t.Format("2 Jan 2006")
	case timeline.Month:
		s = t.Format("Jan 2006")
	case timeline.Decade:
		s = fmt.Sprintf("%ds", d.Year)
	default:
		s = fmt.Sprint(d.Year)
	}
	if d.Approx {
		s = "c. " + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

// formatSpan writes a span for people: a date, "A – B", "from A" or
// "until B".
func formatSpan(sp timeline.Span) string {
	switch {
	case sp.IsPoint():
		return formatDate(sp.Start)
	case sp.OpenStart:
		return "until " + formatDate(sp.End)
	case sp.OpenEnd:
		return "from " + formatDate(sp.Start)
	}
	return formatDate(sp.Start) + " – " + formatDate(sp.End)
}
