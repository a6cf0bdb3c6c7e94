package timeline

import (
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in         string
		want       Date
		canon      string
		start, end time.Time
	}{
		{"1950", Date{Year: 1950, Month: 1, Day: 1, Precision: Year}, "1950", day(1950, 1, 1), day(1951, 1, 1)},
		{"1950-06", Date{Year: 1950, Month: 6, Day: 1, Precision: Month}, "1950-06", day(1950, 6, 1), day(1950, 7, 1)},
		{"1950-12", Date{Year: 1950, Month: 12, Day: 1, Precision: Month}, "1950-12", day(1950, 12, 1), day(1951, 1, 1)},
		{"1950-06-25", Date{Year: 1950, Month: 6, Day: 25, Precision: Day}, "1950-06-25", day(1950, 6, 25), day(1950, 6, 26)},
		{"1950-12-31", Date{Year: 1950, Month: 12, Day: 31, Precision: Day}, "1950-12-31", day(1950, 12, 31), day(1951, 1, 1)},
		{"2000-02-29", Date{Year: 2000, Month: 2, Day: 29, Precision: Day}, "2000-02-29", day(2000, 2, 29), day(2000, 3, 1)},
		{"1952-02-29", Date{Year: 1952, Month: 2, Day: 29, Precision: Day}, "1952-02-29", day(1952, 2, 29), day(1952, 3, 1)},
		{"1980s", Date{Year: 1980, Month: 1, Day: 1, Precision: Decade}, "1980s", day(1980, 1, 1), day(1990, 1, 1)},
		{"198X", Date{Year: 1980, Month: 1, Day: 1, Precision: Decade}, "1980s", day(1980, 1, 1), day(1990, 1, 1)},
		{"198x", Date{Year: 1980, Month: 1, Day: 1, Precision: Decade}, "1980s", day(1980, 1, 1), day(1990, 1, 1)},
		{"~1998", Date{Year: 1998, Month: 1, Day: 1, Precision: Year, Approx: true}, "1998~", day(1998, 1, 1), day(1999, 1, 1)},
		{"1998~", Date{Year: 1998, Month: 1, Day: 1, Precision: Year, Approx: true}, "1998~", day(1998, 1, 1), day(1999, 1, 1)},
		{"1998?", Date{Year: 1998, Month: 1, Day: 1, Precision: Year, Uncertain: true}, "1998?", day(1998, 1, 1), day(1999, 1, 1)},
		{"1998%", Date{Year: 1998, Month: 1, Day: 1, Precision: Year, Approx: true, Uncertain: true}, "1998%", day(1998, 1, 1), day(1999, 1, 1)},
		{"~1998?", Date{Year: 1998, Month: 1, Day: 1, Precision: Year, Approx: true, Uncertain: true}, "1998%", day(1998, 1, 1), day(1999, 1, 1)},
		{"~1950-06-25", Date{Year: 1950, Month: 6, Day: 25, Precision: Day, Approx: true}, "1950-06-25~", day(1950, 6, 25), day(1950, 6, 26)},
		{"1940s?", Date{Year: 1940, Month: 1, Day: 1, Precision: Decade, Uncertain: true}, "1940s?", day(1940, 1, 1), day(1950, 1, 1)},
		{" 1950 ", Date{Year: 1950, Month: 1, Day: 1, Precision: Year}, "1950", day(1950, 1, 1), day(1951, 1, 1)},
		{"0001", Date{Year: 1, Month: 1, Day: 1, Precision: Year}, "0001", day(1, 1, 1), day(2, 1, 1)},
		{"9999-12-31", Date{Year: 9999, Month: 12, Day: 31, Precision: Day}, "9999-12-31", day(9999, 12, 31), day(10000, 1, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("ParseDate(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
			if s := got.String(); s != tc.canon {
				t.Errorf("String() = %q, want %q", s, tc.canon)
			}
			if !got.Start().Equal(tc.start) || !got.End().Equal(tc.end) {
				t.Errorf("Start, End = %v, %v, want %v, %v", got.Start(), got.End(), tc.start, tc.end)
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `bad date "": empty date`},
		{"   ", `bad date "   ": empty date`},
		{"june", `bad date "june": want a year such as 1950, 1950-06, 1950-06-25 or 1980s`},
		{"~", `bad date "~": want a year such as 1950, 1950-06, 1950-06-25 or 1980s`},
		{"-1950", `bad date "-1950": want a year such as 1950, 1950-06, 1950-06-25 or 1980s`},
		{"50", `bad date "50": year "50" must have four digits`},
		{"0000", `bad date "0000": year 0000 out of range 1..9999`},
		{"10000", `bad date "10000": year 10000 out of range 1..9999`},
		{"000X", `bad date "000X": year 0000 out of range 1..9999`},
		{"1985s", `bad date "1985s": decade 1985s must start at a year ending in 0`},
		{"1950-13", `bad date "1950-13": month 13 out of range 1..12`},
		{"1950-00", `bad date "1950-00": month 0 out of range 1..12`},
		{"1950-6", `bad date "1950-6": want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX`},
		{"1950-06-25T10:00", `bad date "1950-06-25T10:00": want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX`},
		{"1950-02-30", `bad date "1950-02-30": day 30 out of range 1..28 for February 1950`},
		{"1900-02-29", `bad date "1900-02-29": day 29 out of range 1..28 for February 1900`},
		{"1951-02-29", `bad date "1951-02-29": day 29 out of range 1..28 for February 1951`},
		{"1950-04-31", `bad date "1950-04-31": day 31 out of range 1..30 for April 1950`},
		{"1950-06-00", `bad date "1950-06-00": day 0 out of range 1..30 for June 1950`},
		{"1950??", `bad date "1950??": want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX`},
		{"1950/1953", `bad date "1950/1953": want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDate(tc.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) = %v, want error %q", tc.in, d, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("ParseDate(%q) error = %q, want %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	mustDate := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		a, b string
		want int
	}{
		{"1950", "1950", 0},
		{"1950", "1951", -1},
		{"1951", "1950", 1},
		{"1950-06", "1950", 1},       // later start
		{"1950", "1950-01", 1},       // same start, longer
		{"1950s", "1950", 1},         // same start, longer
		{"1950-06-25", "1950-06", 1}, // same start, 25th is later
		{"1950", "1950~", -1},
		{"1950~", "1950?", -1},
		{"1950?", "1950%", -1},
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a, b := mustDate(tc.a), mustDate(tc.b)
			if got := a.Compare(b); got != tc.want {
				t.Errorf("Compare = %d, want %d", got, tc.want)
			}
			if got := b.Compare(a); got != -tc.want {
				t.Errorf("reverse Compare = %d, want %d", got, -tc.want)
			}
			if got := a.Before(b); got != (tc.want < 0) {
				t.Errorf("Before = %v, want %v", got, tc.want < 0)
			}
		})
	}
}

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in         string
		canon      string
		point      bool
		start, end time.Time
	}{
		{"1950", "1950", true, day(1950, 1, 1), day(1951, 1, 1)},
		{"1950-06-25", "1950-06-25", true, day(1950, 6, 25), day(1950, 6, 26)},
		{"198X", "1980s", true, day(1980, 1, 1), day(1990, 1, 1)},
		{"~1998", "1998~", true, day(1998, 1, 1), day(1999, 1, 1)},
		{"1910/1945", "1910/1945", false, day(1910, 1, 1), day(1946, 1, 1)},
		{"1950/1950", "1950", true, day(1950, 1, 1), day(1951, 1, 1)},
		{"1950-06-25/1953-07-27", "1950-06-25/1953-07-27", false, day(1950, 6, 25), day(1953, 7, 28)},
		{"1950-06-25/1950-06-28", "1950-06-25/1950-06-28", false, day(1950, 6, 25), day(1950, 6, 29)},
		{"1950-06/1953", "1950-06/1953", false, day(1950, 6, 1), day(1954, 1, 1)},
		{"1950-06/1950", "1950-06/1950", false, day(1950, 6, 1), day(1951, 1, 1)},
		{"1945-08-15/1950s", "1945-08-15/1950s", false, day(1945, 8, 15), day(1960, 1, 1)},
		{"~1905/1910?", "1905~/1910?", false, day(1905, 1, 1), day(1911, 1, 1)},
		{"1998/..", "1998/..", false, day(1998, 1, 1), day(10000, 1, 1)},
		{"../1945", "../1945", false, time.Time{}, day(1946, 1, 1)},
		{" 1910 / 1945 ", "1910/1945", false, day(1910, 1, 1), day(1946, 1, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			sp, err := ParseSpan(tc.in)
			if err != nil {
				t.Fatalf("ParseSpan(%q): %v", tc.in, err)
			}
			if s := sp.String(); s != tc.canon {
				t.Errorf("String() = %q, want %q", s, tc.canon)
			}
			if sp.IsPoint() != tc.point {
				t.Errorf("IsPoint() = %v, want %v", sp.IsPoint(), tc.point)
			}
			if !sp.StartTime().Equal(tc.start) || !sp.EndTime().Equal(tc.end) {
				t.Errorf("StartTime, EndTime = %v, %v, want %v, %v", sp.StartTime(), sp.EndTime(), tc.start, tc.end)
			}
		})
	}
}

func TestParseSpanErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `bad date "": empty date`},
		{"1953/1950", `bad date "1953/1950": range start 1953 is after end 1950`},
		{"1950-07/1950-06-30", `bad date "1950-07/1950-06-30": range start 1950-07 is after end 1950-06-30`},
		{"1951/1950s", ``}, // allowed: 1951 begins before the 1950s end
		{"../..", `bad date "../..": a range needs a start or an end`},
		{"1950/", `bad date "1950/": range end: empty date`},
		{"/1950", `bad date "/1950": range start: empty date`},
		{"1950/1953/1955", `bad date "1950/1953/1955": range end: want YYYY, YYYY-MM, YYYY-MM-DD, YYYYs or YYYX`},
		{"1950-02-30/1953", `bad date "1950-02-30/1953": range start: day 30 out of range 1..28 for February 1950`},
		{"1950/1953-13", `bad date "1950/1953-13": range end: month 13 out of range 1..12`},
		{"..", `bad date "..": want a year such as 1950, 1950-06, 1950-06-25 or 1980s`},
		{"garbage", `bad date "garbage": want a year such as 1950, 1950-06, 1950-06-25 or 1980s`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			sp, err := ParseSpan(tc.in)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("ParseSpan(%q): %v", tc.in, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseSpan(%q) = %v, want error %q", tc.in, sp, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("ParseSpan(%q) error = %q, want %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestSpanContains(t *testing.T) {
	tests := []struct {
		span string
		at   time.Time
		want bool
	}{
		{"1950", day(1950, 1, 1), true},
		{"1950", day(1950, 12, 31).Add(23 * time.Hour), true},
		{"1950", day(1951, 1, 1), false},
		{"1950", day(1949, 12, 31), false},
		{"1950-06-25", day(1950, 6, 25).Add(12 * time.Hour), true},
		{"1950-06-25", day(1950, 6, 26), false},
		{"1910/1945", day(1945, 8, 15), true},
		{"1910/1945", day(1909, 12, 31), false},
		{"1998/..", day(9999, 1, 1), true},
		{"1998/..", day(1997, 1, 1), false},
		{"../1945", day(1, 1, 1), true},
		{"../1945", day(1946, 1, 1), false},
		{"1980s", day(1989, 12, 31), true},
		{"1980s", day(1990, 1, 1), false},
	}
	for _, tc := range tests {
		t.Run(tc.span+" "+tc.at.Format(time.DateTime), func(t *testing.T) {
			sp, err := ParseSpan(tc.span)
			if err != nil {
				t.Fatal(err)
			}
			if got := sp.Contains(tc.at); got != tc.want {
				t.Errorf("Contains = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPrecisionString(t *testing.T) {
	tests := []struct {
		p    Precision
		want string
	}{
		{Year, "year"}, {Month, "month"}, {Day, "day"}, {Decade, "decade"}, {Precision(9), "precision(9)"},
	}
	for _, tc := range tests {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%d.String() = %q, want %q", tc.p, got, tc.want)
		}
	}
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{
		"1950", "1950-06", "1950-06-25", "1980s", "198X", "~1998", "1998~", "1998?", "1998%",
		"1910/1945", "1998/..", "../1945", "1950-06-25/1953-07-27", "1950-06/1953",
		"1953/1950", "1950-02-30", "2000-02-29", "../..", "", "0000", "9999-12-31/..",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := ParseSpan(s)
		if err != nil {
			return
		}
		canon := sp.String()
		again, err := ParseSpan(canon)
		if err != nil {
			t.Fatalf("ParseSpan(%q) = %q, which does not re-parse: %v", s, canon, err)
		}
		if again != sp {
			t.Fatalf("ParseSpan(%q) = %+v; String %q re-parses to %+v", s, sp, canon, again)
		}
		if !sp.StartTime().Before(sp.EndTime()) {
			t.Fatalf("ParseSpan(%q): StartTime %v not before EndTime %v", s, sp.StartTime(), sp.EndTime())
		}
	})
}
