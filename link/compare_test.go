package link

import (
	"strings"
	"testing"
	"time"
)

// TestChanges: between September 1945 and August 1953 the 38th Parallel
// and the occupation zones end, the armistice line and Panmunjom appear,
// and the war's events lie in between, in time order; the order of the
// two moments does not matter.
func TestChanges(t *testing.T) {
	m, s := testData(t)
	e := New(m, s)
	a := time.Date(1945, 9, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(1953, 8, 1, 0, 0, 0, 0, time.UTC)
	got := e.Changes(a, b)
	var places []string
	events := 0
	var last time.Time
	for _, c := range got {
		if c.Kind == Happened {
			events++
			if c.When.Start().Before(last) || !c.When.Start().After(a) || c.When.Start().After(b) {
				t.Errorf("event %s at %v out of order or outside the two moments", c.ID, c.When)
			}
			last = c.When.Start()
			continue
		}
		if events > 0 {
			t.Errorf("place change %q after the events", c.Text)
		}
		places = append(places, c.Text)
	}
	want := []string{
		"38th Parallel ends (26 July 1953)",
		"Military Demarcation Line appears (27 July 1953)",
		"U.S. occupation zone comes and goes (8 September 1945–14 August 1948)",
		"Soviet occupation zone ends (8 September 1948)",
		"Panmunjom appears (October 1951)",
	}
	if strings.Join(places, "\n") != strings.Join(want, "\n") {
		t.Errorf("place changes:\n%s\nwant\n%s", strings.Join(places, "\n"), strings.Join(want, "\n"))
	}
	if events < 3 {
		t.Errorf("%d events between, want the war's", events)
	}
	if rev := e.Changes(b, a); len(rev) != len(got) || rev[0] != got[0] {
		t.Error("the order of the moments changes the list")
	}
	if len(e.Changes(a, a)) != 0 {
		t.Error("a moment compared with itself has changes")
	}
}
