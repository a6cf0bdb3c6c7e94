package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a Date is known.
type Precision uint8

// The precisions of a Date, from the most common to the coarsest.
const (
	Year   Precision = iota // a calendar year, e.g. 1950
	Month                   // a month of a year, e.g. 1950-06
	Day                     // a single day, e.g. 1950-06-25
	Decade                  // ten years starting at a year ending in 0, e.g. 1980s
)

// String returns the precision's name in lower case.
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	case Decade:
		return "decade"
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// Date is a calendar date known to a Precision. Fields finer than the
// precision are 1 (Month and Day of a Year date, Day of a Month date); a
// Decade date's Year is the decade's first year (1980 for the 1980s).
// Approx marks "about" dates (~1998), Uncertain doubtful ones (1998?).
type Date struct {
	Year, Month, Day int
	Precision        Precision
	Approx           bool
	Uncertain        bool
}

// Start returns the first instant of the date, in UTC.
func (d Date) Start() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// End returns the instant just after the last day the date covers, in UTC:
// End of 1950 is 1951-01-01, End of 1950-06 is 1950-07-01.
func (d Date) End() time.Time {
	switch d.Precision {
	case Day:
		return time.Date(d.Year, time.Month(d.Month), d.Day+1, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Year, time.Month(d.Month)+1, 1, 0, 0, 0, 0, time.UTC)
	case Decade:
		return time.Date(d.Year+10, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
}

// String returns the date in its canonical EDTF form: 1950, 1950-06,
// 1950-06-25 or 1980s, followed by "~" if approximate, "?" if uncertain, or
// "%" if both. ParseDate reads it back to an equal Date.
func (d Date) String() string {
	var s string
	switch d.Precision {
	case Day:
		s = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case Month:
		s = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Decade:
		s = fmt.Sprintf("%04ds", d.Year)
	default:
		s = fmt.Sprintf("%04d", d.Year)
	}
	switch {
	case d.Approx && d.Uncertain:
		s += "%"
	case d.Approx:
		s += "~"
	case d.Uncertain:
		s += "?"
	}
	return s
}

// Compare orders dates by their first instant, then by their end (the
// shorter first), then plain, approximate (~), uncertain (?), both (%). It returns
// -1, 0 or +1; 0 only for equal dates.
func (d Date) Compare(o Date) int {
	if c := d.Start().Compare(o.Start()); c != 0 {
		return c
	}
	if c := d.End().Compare(o.End()); c != 0 {
		return c
	}
	if c := cmpBool(d.Uncertain, o.Uncertain); c != 0 {
		return c
	}
	return cmpBool(d.Approx, o.Approx)
}

// Before reports whether d sorts before o (see Compare).
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// ParseError is the error of ParseDate and ParseSpan: the input, quoted in
// the message, and what is wrong with it.
type ParseError struct {
	Input string // the text given to the parser
	Msg   string // what is wrong, e.g. "month 13 out of range 1..12"
}

// Error returns `bad date "INPUT": MSG`.
func (e *ParseError) Error() string {
	return fmt.Sprintf("bad date %q: %s", e.Input, e.Msg)
}

// ParseDate parses one date: 1950, 1950-06, 1950-06-25, 1980s or 198X,
// optionally approximate (~1998 or 1998~), uncertain (1998?) or both
// (1998%). Surrounding spaces are ignored.
func ParseDate(s string) (Date, error) {
	d, msg := parseDate(strings.TrimSpace(s))
	if msg != "" {
		return Date{}, &ParseError{Input: s, Msg: msg}
	}
	return d, nil
}

// parseDate parses a trimmed date; it returns a non-empty message on error.
func parseDate(s string) (Date, string) {
	var d Date
	if s == "" {
		return d, "empty date"
	}
	body := s
	if strings.HasPrefix(body, "~") {
		d.Approx = true
		body = body[1:]
	}
	if n := len(body); n > 0 {
		switch body[n-1] {
		case '~':
			d.Approx = true
			body = body[:n-1]
		case '?':
			d.Uncertain = true
			body = body[:n-1]
		case '%':
			d.Approx, d.Uncertain = true, true
			body = body[:n-1]
		}
	}
	if body == "" || body[0] < '0' || body[0] > '9' {
		return d, "want a year such as 1950, 1950-06, 1950-06-25 or 1980s"
	}
	// The year: digits, or three digits and X for a decade.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	digits, rest := body[:i], body[i:]
	if len(digits) == 3 && (strings.HasPrefix(rest, "X") || strings.HasPrefix(rest, "x")) {
		digits, rest = digits+"0", "s"+rest[1:]
	}
	if len(digits) > 4 {
		return d, fmt.Sprintf("year %s out of range 1..9999", digits)
	}
	if len(digits) < 4 {
		return d, fmt.Sprintf("year %q must have four digits", digits)
	}
	d.Year, _ = strconv.Atoi(digits)
	d.Month, d.Day = 1, 1
	switch {
	case rest == "":
		d.Precision = Year
	case rest == "s":
		if d.Year%10 != 0 {
			return d, fmt.Sprintf("decade %ss must start at a year ending in 0", digits)
		}
		d.Precision = Decade
	case len(rest) == 3 && rest[0] == '-' && isDigits(rest[1:]):
		d.Precision = Month
		d.Month, _ = strconv.Atoi(rest[1:3])
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && isDigits(rest[1:3]) && isDigits(rest[4:6]):
		d.Precision = Day
		d.Month, _ = strconv.Atoi(rest[1:3])
		d.Day, _ = strconv.Atoi(rest[4:6])
	default:
		return d, "want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX"
	}
	if d.Year < 1 {
		return d, fmt.Sprintf("year %s out of range 1..9999", digits)
	}
	if d.Month < 1 || d.Month > 12 {
		return d, fmt.Sprintf("month %d out of range 1..12", d.Month)
	}
	if n := daysIn(d.Year, d.Month); d.Day < 1 || d.Day > n {
		return d, fmt.Sprintf("day %d out of range 1..%d for %s %d", d.Day, n, time.Month(d.Month), d.Year)
	}
	return d, ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// daysIn returns the number of days of a month in the proleptic Gregorian
// calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Span is a range of dates, both ends included: 1910/1945 runs from the
// first day of 1910 to the last day of 1945. A single date is a Span whose
// Start and End are equal. An open end (OpenStart or OpenEnd) has a zero
// Date and reaches as far as time goes.
type Span struct {
	Start, End Date
	OpenStart  bool // written "../END": no known start
	OpenEnd    bool // written "START/..": no known end
}

// ParseSpan parses a date (see ParseDate) or a range START/END of two dates
// of any precisions, where either end may be ".." for an open end. A range's
// start must not be after its end.
func ParseSpan(s string) (Span, error) {
	t := strings.TrimSpace(s)
	start, end, isRange := strings.Cut(t, "/")
	if !isRange {
		d, msg := parseDate(t)
		if msg != "" {
			return Span{}, &ParseError{Input: s, Msg: msg}
		}
		return Span{Start: d, End: d}, nil
	}
	var sp Span
	start, end = strings.TrimSpace(start), strings.TrimSpace(end)
	sp.OpenStart, sp.OpenEnd = start == "..", end == ".."
	if sp.OpenStart && sp.OpenEnd {
		return Span{}, &ParseError{Input: s, Msg: "a range needs a start or an end"}
	}
	var msg string
	if !sp.OpenStart {
		if sp.Start, msg = parseDate(start); msg != "" {
			return Span{}, &ParseError{Input: s, Msg: "range start: " + msg}
		}
	}
	if !sp.OpenEnd {
		if sp.End, msg = parseDate(end); msg != "" {
			return Span{}, &ParseError{Input: s, Msg: "range end: " + msg}
		}
	}
	if !sp.OpenStart && !sp.OpenEnd && !sp.Start.Start().Before(sp.End.End()) {
		return Span{}, &ParseError{Input: s, Msg: fmt.Sprintf("range start %s is after end %s", sp.Start, sp.End)}
	}
	return sp, nil
}

// IsPoint reports whether the span is a single date (not a range).
func (sp Span) IsPoint() bool {
	return !sp.OpenStart && !sp.OpenEnd && sp.Start == sp.End
}

// StartTime returns the span's first instant; for an open start, the zero
// time.Time (0001-01-01 UTC), which is before every date.
func (sp Span) StartTime() time.Time {
	if sp.OpenStart {
		return time.Time{}
	}
	return sp.Start.Start()
}

// EndTime returns the instant just after the span's last day; for an open
// end, 10000-01-01 UTC, which is after every date.
func (sp Span) EndTime() time.Time {
	if sp.OpenEnd {
		return time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return sp.End.End()
}

// Contains reports whether t falls within the span: StartTime <= t < EndTime.
func (sp Span) Contains(t time.Time) bool {
	return (sp.OpenStart || !t.Before(sp.Start.Start())) &&
		(sp.OpenEnd || t.Before(sp.End.End()))
}

// String returns the span in canonical form: the date for a point, else
// START/END with ".." for an open end. ParseSpan reads it back to an equal
// Span.
func (sp Span) String() string {
	if sp.IsPoint() {
		return sp.Start.String()
	}
	start, end := "..", ".."
	if !sp.OpenStart {
		start = sp.Start.String()
	}
	if !sp.OpenEnd {
		end = sp.End.String()
	}
	return start + "/" + end
}
