package search

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"peninsula/assets"
	"peninsula/story"
)

var (
	koreaOnce  sync.Once
	koreaIndex *Index
	koreaStory *story.Story
)

// korea returns the built-in story and its index, made once.
func korea(t testing.TB) (*story.Story, *Index) {
	t.Helper()
	koreaOnce.Do(func() {
		s, ds := story.Parse(assets.StoryName, assets.Story, story.Options{})
		if ds.HasErrors() {
			panic(ds.Err())
		}
		koreaStory, koreaIndex = s, New(s)
	})
	return koreaStory, koreaIndex
}

// parse parses a small story of the tests.
func parse(t testing.TB, src string) *story.Story {
	t.Helper()
	s, ds := story.Parse("test.story.md", []byte(src), story.Options{})
	if err := ds.Err(); err != nil {
		t.Fatal(err)
	}
	return s
}

// ids returns the ids of the hits of kind k, in order.
func ids(r Results, k Kind) []string {
	var out []string
	for _, h := range r.Hits {
		if h.Kind == k {
			out = append(out, h.ID)
		}
	}
	return out
}

// TestNamesInEveryLanguage: a place is found by every one of its names,
// in English, Korean and Japanese, each party's and its other names,
// whatever the case or character width.
func TestNamesInEveryLanguage(t *testing.T) {
	_, ix := korea(t)
	tests := []struct{ query, place string }{
		{"Dokdo", "dokdo"},
		{"dokdo", "dokdo"},
		{"Takeshima", "dokdo"},
		{"takeshima", "dokdo"},
		{"독도", "dokdo"},
		{"다케시마", "dokdo"},
		{"竹島", "dokdo"},
		{"独島", "dokdo"},
		{"Liancourt", "dokdo"},
		{"liancourt rocks", "dokdo"},
		{"East Sea", "east-sea"},
		{"Sea of Japan", "east-sea"},
		{"동해", "east-sea"},
		{"일본해", "east-sea"},
		{"日本海", "east-sea"},
		{"東海", "east-sea"},
		{"Seoul", "seoul"},
		{"seoul", "seoul"},
		{"SEOUL", "seoul"},
		{"ＳＥＯＵＬ", "seoul"}, // full width
		{"ｓｅｏｕｌ", "seoul"},
		{"서울", "seoul"},
		{"ソウル", "seoul"},
		{"ｿｳﾙ", "seoul"}, // half-width katakana
		{"  Seoul  ", "seoul"},
		{"DPRK", "prk"},
		{"Democratic People’s Republic", "prk"}, // the story writes '
		{"38th parallel", "parallel-38"},
		{"38선", "parallel-38"},
		{"北緯38度線", "parallel-38"},
		{"北緯３８度線", "parallel-38"}, // full-width digits
		{"armistice line", "mdl"},
		{"야스쿠니", "yasukuni"},
		{"靖国", "yasukuni"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := ix.Search(tt.query)
			if len(r.Hits) == 0 || r.Hits[0].Kind != KindPlace || r.Hits[0].ID != tt.place {
				t.Fatalf("first hit %v, want place %s", first(r), tt.place)
			}
			if len(r.Hits[0].Matches) == 0 {
				t.Errorf("place %s: no match marked in %q", tt.place, r.Hits[0].Text)
			}
		})
	}
}

func first(r Results) string {
	if len(r.Hits) == 0 {
		return "none"
	}
	return string(r.Hits[0].Kind) + " " + r.Hits[0].ID
}

// TestRanking: places by their best name (whole name, its start, a word's
// start, anywhere), events by a word's start before anywhere, equals and
// passages in story order.
func TestRanking(t *testing.T) {
	s := parse(t, `---
title: T
places:
  - {id: within, name: {en: Chang'an}, map: {point: [1, 1]}}
  - {id: word, name: {en: Upper Hanford}, map: {point: [1, 1]}}
  - {id: prefix2, name: {en: Hanoi}, map: {point: [1, 1]}}
  - {id: prefix1, name: {en: Hanseong}, map: {point: [1, 1]}}
  - {id: exact, name: {en: Old town, ko: 한}, aka: [Han], map: {point: [1, 1]}}
events:
  - {id: e-within, when: 1900, title: Thanksgiving}
  - {id: e-word, when: 1901, title: The Han dynasty}
  - {id: e-date, when: 1902, title: Nothing}
---
[a](place:within) [b](place:word) [c](place:prefix1) [d](place:prefix2) [e](place:exact)
[f](event:e-within) [g](event:e-word) [h](event:e-date)

Han river.

Thanks.

A han.
`)
	ix := New(s)
	r := ix.Search("han")
	if got, want := ids(r, KindPlace), []string{"exact", "prefix2", "prefix1", "word", "within"}; !slices.Equal(got, want) {
		t.Errorf("places %v, want %v", got, want)
	}
	if got, want := ids(r, KindEvent), []string{"e-word", "e-within"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	if got, want := ids(r, KindPassage), []string{"intro-2", "intro-3", "intro-4"}; !slices.Equal(got, want) {
		t.Errorf("passages %v, want %v", got, want)
	}
	if r := ix.Search("1902"); !slices.Equal(ids(r, KindEvent), []string{"e-date"}) {
		t.Errorf("1902: events %v, want the one of 1902", ids(r, KindEvent))
	}
	// The Korea story: the name a query is before names that contain it.
	_, kix := korea(t)
	for q, want := range map[string]string{"Takeshima": "dokdo", "Korea": "colonial-korea", "Japan": "jpn", "Seoul": "seoul"} {
		if r := kix.Search(q); first(r) != "place "+want {
			t.Errorf("%q: first hit %s, want place %s", q, first(r), want)
		}
	}
}

// TestCounts: each kind is listed up to MaxHits, and counted in full.
func TestCounts(t *testing.T) {
	s, ix := korea(t)
	tests := []struct {
		query                string
		places, events, psgs int // -1: more than MaxHits
	}{
		{"Takeshima", 1, 0, 1},
		{"독도", 1, 0, 0},
		{"sunshine", 0, 1, 1},
		{"e", -1, -1, -1},
	}
	for _, tt := range tests {
		r := ix.Search(tt.query)
		per := map[Kind]int{}
		for _, h := range r.Hits {
			per[h.Kind]++
		}
		for _, c := range []struct {
			k           Kind
			count, want int
			all         int
		}{
			{KindPlace, r.Counts.Place, tt.places, len(s.Places)},
			{KindEvent, r.Counts.Event, tt.events, len(s.Events)},
			{KindPassage, r.Counts.Passage, tt.psgs, len(ix.passages)},
		} {
			if c.want >= 0 && c.count != c.want {
				t.Errorf("%q: %d %s hits counted, want %d", tt.query, c.count, c.k, c.want)
			}
			if per[c.k] != min(c.count, MaxHits) || c.count > c.all {
				t.Errorf("%q: %d %s hits listed of %d counted (%d in all), want min(count, %d)", tt.query, per[c.k], c.k, c.count, c.all, MaxHits)
			}
		}
	}
	// A story with more of each than MaxHits.
	var b strings.Builder
	b.WriteString("---\ntitle: T\nplaces:\n")
	for i := range 70 {
		fmt.Fprintf(&b, "  - {id: p%d, name: {en: Place %d}, map: {point: [1, 1]}}\n", i, i)
	}
	b.WriteString("events:\n")
	for i := range 60 {
		fmt.Fprintf(&b, "  - {id: e%d, when: %d, title: Event %d}\n", i, 1900+i, i)
	}
	b.WriteString("---\n")
	for i := range 120 {
		fmt.Fprintf(&b, "Passage %d of [a place](place:p%d) and [an event](event:e%d).\n\n", i, i%70, i%60)
	}
	big := New(parse(t, b.String()))
	r := big.Search("e")
	if r.Counts != (Counts{70, 60, 120}) || len(r.Hits) != 3*MaxHits {
		t.Errorf(`"e": counts %+v, %d hits; want {70 60 120}, %d hits`, r.Counts, len(r.Hits), 3*MaxHits)
	}
	if m := big.Marks("e"); len(m) != 120 {
		t.Errorf(`"e": %d passages marked, want all 120`, len(m))
	}
}

// TestMatchOffsets: every match is inside Text, on character boundaries,
// in order, and is the query in search form; a passage's Text is the
// passage's own.
func TestMatchOffsets(t *testing.T) {
	s, ix := korea(t)
	for _, q := range []string{"Takeshima", "38th Parallel", "독도", "sunshine", "korea's", "Korea’s", "ＳＥＯＵＬ", "1953", "U.S.", "Seoul-Beijing", "竹島"} {
		r := ix.Search(q)
		if len(r.Hits) == 0 {
			t.Errorf("%q: no hits", q)
		}
		for _, h := range r.Hits {
			checkMatches(t, q, h)
			if len(h.Matches) == 0 {
				t.Errorf("%q: %s %s has no match", q, h.Kind, h.ID)
			}
			for _, m := range h.Matches {
				if got := foldQuery(h.Text[m[0]:m[1]]); got != foldQuery(q) {
					t.Errorf("%q: %s %s matches %q (%q)", q, h.Kind, h.ID, h.Text[m[0]:m[1]], got)
				}
			}
			if h.Kind == KindPassage && s.Passage(h.ID).Text() != h.Text {
				t.Errorf("%q: passage %s: Text is not Passage.Text()", q, h.ID)
			}
		}
	}
}

// checkMatches checks that h's matches are in order, not empty, not
// overlapping, inside Text and on rune boundaries.
func checkMatches(t testing.TB, q string, h Hit) {
	t.Helper()
	prev := 0
	for _, m := range h.Matches {
		s, e := m[0], m[1]
		if s < prev || e <= s || e > len(h.Text) {
			t.Fatalf("%q: %s %s: match %v after %d in %d bytes", q, h.Kind, h.ID, m, prev, len(h.Text))
		}
		if !boundary(h.Text, s) || !boundary(h.Text, e) {
			t.Fatalf("%q: %s %s: match %v not on rune boundaries of %q", q, h.Kind, h.ID, m, h.Text)
		}
		prev = e
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// TestNoHits: a blank query, or one of only what the search form drops,
// finds nothing; so does a query the story lacks.
func TestNoHits(t *testing.T) {
	_, ix := korea(t)
	for _, q := range []string{"", " ", "\t\n", "'", "’’", "\u0301", "xyzzy", "Seoul Seoul", "독도독도"} {
		r := ix.Search(q)
		if len(r.Hits) != 0 || r.Counts != (Counts{}) {
			t.Errorf("%q: %d hits, counts %+v, want none", q, len(r.Hits), r.Counts)
		}
		if r.Hits == nil {
			t.Errorf("%q: Hits is nil, want empty", q)
		}
		if ix.Marks(q) != nil {
			t.Errorf("%q: marks %v, want none", q, ix.Marks(q))
		}
	}
}

// TestMarks: Marks has, for every passage with a match, the same matches
// a passage hit has.
func TestMarks(t *testing.T) {
	_, ix := korea(t)
	r := ix.Search("Seoul")
	m := ix.Marks("Seoul")
	if len(m) != r.Counts.Passage {
		t.Fatalf("%d passages marked, %d counted", len(m), r.Counts.Passage)
	}
	for _, h := range r.Hits {
		if h.Kind == KindPassage && !slices.Equal(m[h.ID], h.Matches) {
			t.Errorf("passage %s: marks %v, hit matches %v", h.ID, m[h.ID], h.Matches)
		}
	}
}

// TestJSON: the shape of Results.JSON, with offsets in characters.
func TestJSON(t *testing.T) {
	_, ix := korea(t)
	b, err := ix.Search("독도").JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Query  string         `json:"query"`
		Counts map[string]int `json:"counts"`
		Hits   []struct {
			Kind, ID, Section, Text string
			Matches                 [][]int
		} `json:"hits"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("%v in\n%s", err, b)
	}
	if got.Query != "독도" || len(got.Counts) != 3 || got.Counts["place"] != 1 || got.Counts["event"] != 0 || got.Counts["passage"] != 0 {
		t.Errorf("query %q, counts %v", got.Query, got.Counts)
	}
	if len(got.Hits) != 1 {
		t.Fatalf("hits %+v", got.Hits)
	}
	h := got.Hits[0]
	if h.Kind != "place" || h.ID != "dokdo" || h.Section == "" || len(h.Matches) != 1 || len(h.Matches[0]) != 2 {
		t.Fatalf("hit %+v", h)
	}
	if m := h.Matches[0]; string([]rune(h.Text)[m[0]:m[1]]) != "독도" {
		t.Errorf("characters %v of %q are %q, want 독도", m, h.Text, string([]rune(h.Text)[m[0]:m[1]]))
	}
	for _, key := range []string{`"query"`, `"counts"`, `"place"`, `"hits"`, `"kind"`, `"id"`, `"section"`, `"text"`, `"matches"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("no %s in\n%s", key, b)
		}
	}
	if !strings.Contains(string(b), "\n  \"counts\"") {
		t.Errorf("not indented:\n%s", b)
	}
	if b, _ := ix.Search("").JSON(); !strings.Contains(string(b), `"hits": []`) {
		t.Errorf("no hits should be an empty list:\n%s", b)
	}
}
