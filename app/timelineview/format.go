package timelineview

import (
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
