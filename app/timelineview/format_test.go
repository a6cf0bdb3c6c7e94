package timelineview

import (
	"testing"
	"time"

	"peninsula/timeline"
)

func TestTimelineFormatMoment(t *testing.T) {
	at := time.Date(1950, 6, 25, 13, 0, 0, 0, time.UTC)
	tests := []struct {
		pxPerYear float64
		want      string
	}{
		{12, "Jun 1950"},
		{120, "25 Jun 1950"},
		{2, "1950"},
		{0, "1950"},
	}
	for _, tt := range tests {
		if got := formatMoment(at, tt.pxPerYear); got != tt.want {
			t.Errorf("formatMoment(%v px/year) = %q, want %q", tt.pxPerYear, got, tt.want)
		}
	}
	span := func(s string) timeline.Span {
		sp, err := timeline.ParseSpan(s)
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	for in, want := range map[string]string{
		"1950-06-25/1953-07-27": "25 Jun 1950 – 27 Jul 1953",
		"~2004":                 "c. 2004",
		"1980s":                 "1980s",
		"1998/..":               "from 1998",
		"1950-10":               "Oct 1950",
		"../1945-08-15":         "until 15 Aug 1945",
		"1940s?":                "1940s?",
		"~1905/1910?":           "c. 1905 – 1910?",
	} {
		if got := span(in).Label(); got != want {
			t.Errorf("%s.Label() = %q, want %q", in, got, want)
		}
	}
}
