package story

import (
	"reflect"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"peninsula/timeline"
)

func loadGood(t testing.TB) *Story {
	t.Helper()
	st, ds := Load("testdata/good.story.md", Options{KnownFeature: testFeatures})
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	return st
}

func TestGoodFrontMatter(t *testing.T) {
	st := loadGood(t)
	if st.Title != "The Korean War in brief" {
		t.Errorf("Title = %q", st.Title)
	}
	wantSrc := Source{Title: "An example backgrounder", Publisher: "Example Press", URL: "https://example.org/backgrounder",
		Date: timeline.Date{Year: 2006, Month: 2, Day: 8, Precision: timeline.Day}}
	if st.Source != wantSrc {
		t.Errorf("Source = %+v, want %+v", st.Source, wantSrc)
	}
	if got, want := st.Source.Citation(), `"An example backgrounder", Example Press, 2006-02-08, https://example.org/backgrounder`; got != want {
		t.Errorf("Citation() = %q, want %q", got, want)
	}
	when := timeline.Span{Start: timeline.Date{Year: 1951, Month: 1, Day: 1}, End: timeline.Date{Year: 1953, Month: 1, Day: 1}}
	wantPlaces := []*Place{
		{ID: "seoul", Names: map[string]string{"en": "Seoul", "ko": "서울", "ja": "ソウル"}, Map: MapRef{Feature: "seoul"}, Line: 9},
		{ID: "kor", Names: map[string]string{"en": "South Korea", "ko": "대한민국", "ja": "韓国"}, Map: MapRef{Feature: "kor"}, Line: 12},
		{ID: "incheon", Names: map[string]string{"en": "Incheon", "ko": "인천"}, Map: MapRef{Point: &orb.Point{126.705, 37.456}}, Line: 15},
		{ID: "front-1951", Names: map[string]string{"en": "Front line of 1951"},
			Map: MapRef{Line: orb.LineString{{126.1, 37.7}, {127.5, 38.0}, {128.6, 38.2}}}, When: &when, Line: 18},
	}
	if !reflect.DeepEqual(st.Places, wantPlaces) {
		for i, p := range st.Places {
			t.Logf("place %d: %+v", i, *p)
		}
		t.Errorf("Places differ")
	}
	day := func(y, m, d int) timeline.Date {
		return timeline.Date{Year: y, Month: m, Day: d, Precision: timeline.Day}
	}
	wantEvents := []*Event{
		{ID: "invasion", Title: "North Korean forces cross the 38th Parallel", Thread: "war",
			When: timeline.Span{Start: day(1950, 6, 25), End: day(1950, 6, 25)}, Places: []string{"seoul", "kor"}, Line: 23},
		{ID: "armistice", Title: "Armistice signed", Thread: "war",
			When: timeline.Span{Start: day(1953, 7, 27), End: day(1953, 7, 27)}, Line: 28},
	}
	if !reflect.DeepEqual(st.Events, wantEvents) {
		for i, e := range st.Events {
			t.Logf("event %d: %+v", i, *e)
		}
		t.Errorf("Events differ")
	}
	wantEras := []*Era{{ID: "war", Title: "Korean War", When: timeline.Span{Start: day(1950, 6, 25), End: day(1953, 7, 27)}, Line: 33}}
	if !reflect.DeepEqual(st.Eras, wantEras) {
		t.Errorf("Eras = %+v, want %+v", st.Eras[0], wantEras[0])
	}
}

func TestGoodBody(t *testing.T) {
	st := loadGood(t)
	type passage struct {
		id, section, text string
		line              int
		places, events    []string
		runs              []Run
	}
	plain := func(s string) Run { return Run{Text: s} }
	link := func(s string, k LinkKind, id string) Run { return Run{Text: s, Link: Link{Kind: k, Target: id}} }
	want := []passage{
		{"start-1", "start", "On 25 June 1950 the North invaded the South; Seoul fell within days.", 42,
			[]string{"kor", "seoul"}, []string{"invasion"},
			[]Run{plain("On 25 June 1950 the North "), link("invaded", LinkEvent, "invasion"), plain(" the "),
				link("South", LinkPlace, "kor"), plain("; "), link("Seoul", LinkPlace, "seoul"), plain(" fell within days.")}},
		{"incheon-landing", "start", "A landing at Incheon turned the war.", 45,
			[]string{"incheon"}, nil,
			[]Run{plain("A landing at "), link("Incheon", LinkPlace, "incheon"), plain(" turned the war.")}},
		{"how-did-it-end-1", "how-did-it-end", "Fighting stopped along the front line with the armistice of 1953.", 50,
			[]string{"front-1951"}, []string{"armistice"},
			[]Run{plain("Fighting stopped along the "), link("front line", LinkPlace, "front-1951"), plain(" with the "),
				link("armistice", LinkEvent, "armistice"), plain(" of 1953.")}},
	}
	var got []passage
	for _, sec := range st.Sections {
		if st.Section(sec.ID) != sec {
			t.Errorf("Section(%q) is not the section", sec.ID)
		}
		for _, p := range sec.Passages {
			if p.Section != sec || st.Passage(p.ID) != p {
				t.Errorf("passage %q: wrong Section or lookup", p.ID)
			}
			got = append(got, passage{p.ID, p.Section.ID, p.Text(), p.Line, p.Places, p.Events, p.Runs})
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages:\n%+v\nwant:\n%+v", got, want)
	}
	titles := []string{st.Sections[0].Title, st.Sections[1].Title}
	if !reflect.DeepEqual(titles, []string{"How did the war start?", "How did it end?"}) {
		t.Errorf("section titles = %q", titles)
	}
	if st.Sections[0].Line != 40 || st.Sections[1].Line != 48 {
		t.Errorf("section lines = %d, %d, want 40, 48", st.Sections[0].Line, st.Sections[1].Line)
	}
}

func TestGoodIndexes(t *testing.T) {
	st := loadGood(t)
	ids := func(ps []*Passage) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"PassagesForPlace(seoul)", ids(st.PassagesForPlace("seoul")), []string{"start-1"}},
		{"PassagesForPlace(kor)", ids(st.PassagesForPlace("kor")), []string{"start-1"}},
		{"PassagesForPlace(incheon)", ids(st.PassagesForPlace("incheon")), []string{"incheon-landing"}},
		{"PassagesForPlace(front-1951)", ids(st.PassagesForPlace("front-1951")), []string{"how-did-it-end-1"}},
		{"PassagesForPlace(atlantis)", ids(st.PassagesForPlace("atlantis")), nil},
		{"PassagesForEvent(invasion)", ids(st.PassagesForEvent("invasion")), []string{"start-1"}},
		{"PassagesForEvent(armistice)", ids(st.PassagesForEvent("armistice")), []string{"how-did-it-end-1"}},
	}
	for _, tc := range tests {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if secs := st.SectionsForPlace("kor"); len(secs) != 1 || secs[0].ID != "start" {
		t.Errorf("SectionsForPlace(kor) = %v", secs)
	}
	if evs := st.EventsForPlace("seoul"); len(evs) != 1 || evs[0].ID != "invasion" {
		t.Errorf("EventsForPlace(seoul) = %v", evs)
	}
	if st.Place("incheon").Name("ja") != "Incheon" || st.Place("incheon").Name("ko") != "인천" {
		t.Errorf("Name fallback wrong: %v", st.Place("incheon").Names)
	}
	if st.Event("armistice") == nil || st.Era("war") == nil || st.Place("nope") != nil {
		t.Errorf("lookups wrong")
	}
	front := st.Place("front-1951").When
	if front.Contains(time.Date(1950, 6, 25, 0, 0, 0, 0, time.UTC)) || !front.Contains(time.Date(1952, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("front-1951 When = %v", front)
	}
}

func TestIndexesDoNotAllocate(t *testing.T) {
	st := loadGood(t)
	allocs := testing.AllocsPerRun(100, func() {
		_ = st.PassagesForPlace("seoul")
		_ = st.SectionsForPlace("seoul")
		_ = st.PassagesForEvent("invasion")
		_ = st.EventsForPlace("kor")
		_ = st.Passage("start-1")
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times", allocs)
	}
}
