package link

import (
	"slices"
	"testing"
	"time"

	"peninsula/geo"
	"peninsula/story"
	"peninsula/timeline"
)

// testMap and testStory are the built-in data, loaded once per test binary.
var (
	testMap   *geo.Map
	testStory *story.Story
)

func testData(t testing.TB) (*geo.Map, *story.Story) {
	t.Helper()
	if testMap == nil {
		m, err := LoadMap()
		if err != nil {
			t.Fatal(err)
		}
		s, ds := LoadStory("", m)
		if err := ds.Err(); err != nil {
			t.Fatal(err)
		}
		testMap, testStory = m, s
	}
	return testMap, testStory
}

func dateOf(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d.Start()
}

// TestMoments pins what the Korea story links to several instants.
func TestMoments(t *testing.T) {
	_, s := testData(t)
	l := NewLinker(s)
	tests := []struct {
		at       string
		events   []string
		passages []string
		places   []string
	}{
		{"1910", []string{"colonial-rule"}, []string{"japan-1", "history-2"}, // the annexation, 29 August 1910
			[]string{"kor", "prk", "jpn", "colonial-korea"}},
		{"1950-06-25", []string{"dprk-founded", "invasion", "korean-war"},
			[]string{"posture-1", "usa-1", "history-3", "history-4"},
			[]string{"kor", "prk", "chn", "usa", "pyongyang", "parallel-38"}},
		{"1953", []string{"dprk-founded", "korean-war", "armistice"}, // the armistice, 27 July 1953
			[]string{"posture-1", "usa-1", "history-3", "history-4", "history-5"},
			[]string{"kor", "prk", "chn", "usa", "pyongyang", "panmunjom", "mdl"}},
		{"2004", []string{"armistice", "democracy", "koizumi-yasukuni", "china-investment", "bases-2004",
			"china-trade-2004", "iraq-deployment", "nk-trade-2004"},
			[]string{"north-3", "china-2", "china-4", "japan-3", "usa-3", "usa-4", "history-5", "history-6"},
			[]string{"kor", "prk", "chn", "jpn", "usa", "seoul", "beijing", "tokyo", "panmunjom", "kaesong", "yasukuni", "mdl"}},
	}
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			d, err := timeline.ParseDate(tt.at)
			if err != nil {
				t.Fatal(err)
			}
			m := l.At(l.Resolve(d))
			var evs, ps []string
			for _, e := range m.Events {
				evs = append(evs, l.Event(e).ID)
			}
			for _, p := range m.Passages {
				ps = append(ps, p.ID)
			}
			if !slices.Equal(evs, tt.events) {
				t.Errorf("events %v\nwant   %v", evs, tt.events)
			}
			if !slices.Equal(ps, tt.passages) {
				t.Errorf("passages %v\nwant     %v", ps, tt.passages)
			}
			if !slices.Equal(m.Places, tt.places) {
				t.Errorf("places %v\nwant   %v", m.Places, tt.places)
			}
		})
	}
}

// TestEveryMomentHasAnEvent: from the first event to the publication, the
// timeline always has something current.
func TestEveryMomentHasAnEvent(t *testing.T) {
	_, s := testData(t)
	l := NewLinker(s)
	for d := l.Schedule.Start(); d.Before(l.Schedule.End()); d = d.AddDate(0, 0, 5) {
		if m := l.At(d); len(m.Events) == 0 || len(m.Passages) == 0 {
			t.Fatalf("%s: %d events, %d passages", d.Format("2006-01-02"), len(m.Events), len(m.Passages))
		}
	}
}

func TestLinkerAllocatesNothing(t *testing.T) {
	_, s := testData(t)
	l := NewLinker(s)
	at := []time.Time{dateOf(t, "1950-06-25"), dateOf(t, "2004"), dateOf(t, "1910")}
	i := 0
	if n := testing.AllocsPerRun(100, func() { l.At(at[i%3]); i++ }); n != 0 {
		t.Errorf("At allocates %v times a call", n)
	}
}

// TestTimeLayers: the map as it was — which timed features show when.
func TestTimeLayers(t *testing.T) {
	m, s := testData(t)
	tl := NewLayers(s, m)
	all := []string{"korea", "zone-us", "zone-soviet", "parallel-38", "panmunjom", "mdl", "kaesong"}
	tests := []struct {
		at   string
		want []string
	}{
		{"1905", nil},
		{"1919-03-01", []string{"korea"}}, // no Panmunjom yet
		{"1945-08-14", []string{"korea"}},
		{"1945-08-15", []string{"parallel-38"}}, // liberation: the colony ends, the division begins
		{"1945-11-01", []string{"zone-us", "zone-soviet", "parallel-38"}},
		{"1947", []string{"zone-us", "zone-soviet", "parallel-38"}},
		{"1950-06-25", []string{"parallel-38"}},
		{"1953-07-26", []string{"parallel-38", "panmunjom"}},
		{"1953-07-27", []string{"panmunjom", "mdl"}}, // one line at a time
		{"1960", []string{"panmunjom", "mdl"}},
		{"2004-06", []string{"panmunjom", "mdl"}},
		{"2005-06", []string{"panmunjom", "mdl", "kaesong"}},
	}
	for _, tt := range tests {
		at := dateOf(t, tt.at)
		hidden := tl.Hidden(at, nil)
		var got []string
		for _, id := range all {
			if tl.Shown(at, id) {
				got = append(got, id)
			}
			if tl.Shown(at, id) == slices.Contains(hidden, id) {
				t.Errorf("%s: %s shown %v but hidden %v", tt.at, id, tl.Shown(at, id), hidden)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: shown %v, want %v", tt.at, got, tt.want)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	_, s := testData(b)
	l := NewLinker(s)
	at := []time.Time{dateOf(b, "1950-06-25"), dateOf(b, "2004"), dateOf(b, "1910"), dateOf(b, "1998-05")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.At(at[i%len(at)])
		i++
	}
}

// TestResolve: a date coarser than a day stands for the first event that
// starts inside it, or for its start when none does.
func TestResolve(t *testing.T) {
	_, s := testData(t)
	l := NewLinker(s)
	tests := []struct{ at, want string }{
		{"1950", "1950-06-25"},    // the invasion, not 1 January, before the war
		{"1953", "1953-07-27"},    // the armistice
		{"1950-10", "1950-10-01"}, // China enters the war (a month-precision event)
		{"1980s", "1980-01-01"},   // democratisation
		{"1925", "1925-01-01"},    // nothing starts in 1925
		{"1950-06-24", "1950-06-24"},
	}
	for _, tt := range tests {
		d, err := timeline.ParseDate(tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := l.Resolve(d).Format("2006-01-02"); got != tt.want {
			t.Errorf("Resolve(%s) = %s, want %s", tt.at, got, tt.want)
		}
	}
	// Colonial rule ends with liberation: in November 1945 it is over.
	for _, e := range l.At(dateOf(t, "1945-11-01")).Events {
		if id := l.Event(e).ID; id == "colonial-rule" {
			t.Errorf("colonial rule is current in November 1945")
		}
	}
}
