package timeline

import (
	"slices"
	"testing"
	"time"
)

func span(t *testing.T, s string) Span {
	t.Helper()
	sp, err := ParseSpan(s)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

func testSchedule(t *testing.T) *Schedule {
	items := []Item{
		{ID: "colony", Thread: "korea", When: span(t, "1910/1945")},
		{ID: "division", Thread: "korea", When: span(t, "1945-08")},
		{ID: "states", Thread: "korea", When: span(t, "1948")},
		{ID: "war", Thread: "war", When: span(t, "1950-06-25/1953-07-27")},
		{ID: "armistice", Thread: "war", When: span(t, "1953-07-27")},
		{ID: "sunshine", Thread: "inter", When: span(t, "1998/..")},
		{ID: "summit", Thread: "inter", When: span(t, "2000-06-13/2000-06-15")},
		{ID: "loose", When: span(t, "~1980")},
	}
	return NewSchedule(items, ymd(2006, 2, 9))
}

func TestScheduleActive(t *testing.T) {
	s := testSchedule(t)
	ids := func(idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, s.Items[i].ID)
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		at   time.Time
		want []string
	}{
		{ymd(1909, 12, 31), nil},
		{ymd(1920, 1, 1), []string{"colony"}},
		{ymd(1945, 8, 15), []string{"colony", "division"}}, // "1910/1945" runs to the end of 1945
		{ymd(1946, 1, 1), []string{"division"}},            // a period ends when it ends
		{ymd(1947, 1, 1), []string{"division"}},
		{ymd(1950, 6, 25), []string{"states", "war"}},
		{ymd(1952, 1, 1), []string{"states", "war"}},
		{ymd(1953, 7, 27), []string{"armistice", "states", "war"}}, // the war's range includes its last day
		{ymd(1953, 7, 28), []string{"armistice", "states"}},        // and then ends
		{ymd(1953, 7, 28), []string{"armistice", "states"}},
		{ymd(1985, 1, 1), []string{"armistice", "loose", "states"}},
		{ymd(1999, 1, 1), []string{"armistice", "loose", "states", "sunshine"}},
		{ymd(2000, 6, 14), []string{"armistice", "loose", "states", "summit", "sunshine"}}, // open-ended sunshine runs on
		{ymd(2006, 2, 9), nil},                                                             // the schedule has ended
	}
	for _, tt := range tests {
		got := ids(s.Active(tt.at, nil))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Active(%s) = %v, want %v", tt.at.Format("2006-01-02"), got, tt.want)
		}
	}
}

func TestScheduleCoversEveryMoment(t *testing.T) {
	s := testSchedule(t)
	for d := s.Start(); d.Before(s.End()); d = d.AddDate(0, 0, 7) {
		if len(s.Active(d, nil)) == 0 {
			t.Fatalf("nothing active on %s", d.Format("2006-01-02"))
		}
	}
}

func TestScheduleStepping(t *testing.T) {
	s := testSchedule(t)
	tests := []struct {
		at         time.Time
		next, prev string
	}{
		{ymd(1900, 1, 1), "colony", ""},
		{ymd(1910, 1, 1), "division", ""},
		{ymd(1950, 6, 25), "armistice", "states"},
		{ymd(2001, 1, 1), "", "summit"},
	}
	id := func(i int) string {
		if i < 0 {
			return ""
		}
		return s.Items[i].ID
	}
	for _, tt := range tests {
		if got := id(s.Next(tt.at)); got != tt.next {
			t.Errorf("Next(%v) = %q, want %q", tt.at.Year(), got, tt.next)
		}
		if got := id(s.Prev(tt.at)); got != tt.prev {
			t.Errorf("Prev(%v) = %q, want %q", tt.at.Year(), got, tt.prev)
		}
	}
}

func BenchmarkScheduleActive(b *testing.B) {
	s := testSchedule(&testing.T{})
	buf := make([]int, 0, len(s.Items))
	t := ymd(1950, 6, 25)
	b.ReportAllocs()
	for b.Loop() {
		buf = s.Active(t, buf)
	}
}
