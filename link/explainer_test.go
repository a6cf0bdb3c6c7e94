package link

import (
	"slices"
	"testing"

	"peninsula/story"
)

// TestPlaceFeatureIDs: story places and map features translate both ways,
// once, at the map's edge.
func TestPlaceFeatureIDs(t *testing.T) {
	m, s := testData(t)
	e := New(m, s)
	tests := []struct{ place, feature string }{
		{"kor", "kor"},
		{"dokdo", "dokdo"},
		{"colonial-korea", "korea"}, // a story place shown by a differently named feature
		{"parallel-38", "parallel-38"},
		{"usa", "usa"},
	}
	for _, tt := range tests {
		if got := e.Feature(tt.place); got != tt.feature {
			t.Errorf("Feature(%q) = %q, want %q", tt.place, got, tt.feature)
		}
		if got := e.Place(tt.feature); got != tt.place {
			t.Errorf("Place(%q) = %q, want %q", tt.feature, got, tt.place)
		}
	}
	if got := e.Feature("atlantis"); got != "atlantis" {
		t.Errorf("an unknown id changed to %q", got)
	}
	if e.Has("atlantis") || !e.Has("dokdo") || !e.Has("zone-us") {
		t.Error("Has is wrong for atlantis, dokdo or zone-us")
	}
}

func TestFullName(t *testing.T) {
	_, s := testData(t)
	tests := []struct{ id, want string }{
		{"dokdo", "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)"},
		{"east-sea", "East Sea 동해 / Sea of Japan 日本海"},
		{"seoul", "Seoul · 서울 · ソウル"},
		{"kor", "South Korea · 대한민국 · 大韓民国 (Republic of Korea, ROK)"},
	}
	for _, tt := range tests {
		if got := FullName(s.Place(tt.id)); got != tt.want {
			t.Errorf("FullName(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// TestNamesForTheMap: the map's labels in each language, its tooltips and
// the selection panel's lines come from the story's places.
func TestNamesForTheMap(t *testing.T) {
	m, s := testData(t)
	e := New(m, s)
	const dokdoKor = "Dokdo is the name used in South Korea; Japan uses Takeshima. South Korea and Japan both claim the islands."
	tests := []struct{ lang, party, feature, want, note string }{
		{English, "", "seoul", "Seoul", ""},
		{Korean, "", "seoul", "서울", ""},
		{English, "", "dokdo", "Dokdo / Takeshima", ""},
		{Japanese, "", "dokdo", "竹島 / 独島", ""},
		{English, "kor", "dokdo", "Dokdo", dokdoKor},
		{Japanese, "kor", "dokdo", "独島", dokdoKor},
		{English, "jpn", "east-sea", "Sea of Japan",
			"Sea of Japan is the name used in Japan; South Korea uses East Sea. South Korea and Japan disagree on the sea's name."},
		{Korean, "jpn", "seoul", "서울", ""},
		{Korean, "", "korea", s.Place("colonial-korea").Name(Korean), ""},
	}
	for _, tt := range tests {
		labels, notes := e.Labels(tt.lang, tt.party)
		if got := labels[tt.feature]; got != tt.want {
			t.Errorf("Labels(%s, %q)[%s] = %q, want %q", tt.lang, tt.party, tt.feature, got, tt.want)
		}
		if got := notes[tt.feature]; got != tt.note {
			t.Errorf("Labels(%s, %q) note of %s = %q, want %q", tt.lang, tt.party, tt.feature, got, tt.note)
		}
	}
	if got := e.Parties(); len(got) != 2 || got[0] != (Party{"kor", "As used in South Korea"}) || got[1] != (Party{"jpn", "As used in Japan"}) {
		t.Errorf("Parties() = %v", got)
	}
	if got := e.Tooltips()["dokdo"]; got != "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)" {
		t.Errorf("dokdo's tooltip = %q", got)
	}
	for _, tt := range []struct{ id, title, names, kind string }{
		{"seoul", "Seoul", "Seoul · 서울 · ソウル", "Capital"},
		{"mdl", "Military Demarcation Line", "", "Line"},
		{"", "", "", ""},
	} {
		title, names, kind := e.Describe(tt.id)
		if title != tt.title || (tt.names != "" && names != tt.names) || kind != tt.kind {
			t.Errorf("Describe(%q) = %q, %q, %q; want %q, %q, %q", tt.id, title, names, kind, tt.title, tt.names, tt.kind)
		}
	}
}

// TestPlaceEventsAndPassages: a place's events are marked on the timeline
// by schedule index, and its passages listed in story order.
func TestPlaceEventsAndPassages(t *testing.T) {
	m, s := testData(t)
	e := New(m, s)
	var want []string
	for _, ev := range s.EventsForPlace("kaesong") {
		want = append(want, ev.ID)
	}
	var got []string
	for _, i := range e.PlaceEvents("kaesong", nil) {
		got = append(got, e.Linker.Event(i).ID)
	}
	if len(want) == 0 || !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) {
		t.Errorf("kaesong's events %v, want %v", got, want)
	}
	if len(e.PlaceEvents("", nil)) != 0 || len(e.PlacePassages("")) != 0 {
		t.Error("no place has events or passages")
	}
	ps := e.PlacePassages("dokdo")
	if len(ps) == 0 || s.Passage(ps[0]) == nil {
		t.Errorf("dokdo's passages %v", ps)
	}
}

// TestNoStory: an explainer without a story still translates ids and hides
// the areas.
func TestNoStory(t *testing.T) {
	m, _ := testData(t)
	e := New(m, nil)
	if e.Linker != nil || e.Map != m || e.Feature("kor") != "kor" || e.Place("kor") != "kor" {
		t.Errorf("without a story: %+v", e)
	}
	if e.Layers.Shown(dateOf(t, "1947"), "zone-us") {
		t.Error("an area without a story's when is drawn")
	}
}

func TestKeys(t *testing.T) {
	m, s := testData(t)
	got := New(m, s).Keys()
	want := []Key{
		{"parallel-38", "38th Parallel (1945–1953)"},
		{"mdl", "Military Demarcation Line (1953–)"},
		{"korea", "Korea under Japanese rule (1910–1945)"},
		{"zone-us", "U.S. occupation zone (1945–1948)"},
		{"zone-soviet", "Soviet occupation zone (1945–1948)"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("keys %v\nwant %v", got, want)
	}
}

// TestLayersOfAnyStory: which features a story's layers draw: its own
// lines within their when, the badge of a place off the map only when the
// story has that place, areas only through a when.
func TestLayersOfAnyStory(t *testing.T) {
	m, korea := testData(t)
	baltic, ds := story.Parse("baltic.story.md", []byte(`---
title: Baltic
places:
  - id: est
    name: {en: Estonia}
    map: est
  - id: chain
    name: {en: Baltic Way}
    map: {line: [[24.75, 59.44], [24.11, 56.95]]}
    when: 1989-08-23/1989-08-24
---

# Baltic

[Estonia](place:est) and the [chain](place:chain).
`), story.Options{KnownFeature: m.Has})
	if err := ds.Err(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		s    *story.Story
		at   string
		id   string
		want bool
	}{
		{"the story's own line within its when", baltic, "1989-08-23", "chain", true},
		{"the story's own line outside its when", baltic, "2004", "chain", false},
		{"the badge of a place the story has", korea, "2006", "usa", true},
		{"the badge of a place the story lacks", baltic, "2006", "usa", false},
		{"a country", baltic, "2006", "est", true},
		{"an area without a when", baltic, "1947", "zone-us", false},
		{"a point of the map the story lacks", baltic, "2006", "seoul", false},
		{"a line of the map the story lacks", baltic, "2006", "mdl", false},
		{"a point of the map the story has", korea, "2006", "seoul", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := New(m, tc.s).Layers
			at := dateOf(t, tc.at)
			if got := l.Shown(at, tc.id); got != tc.want {
				t.Errorf("Shown(%s, %s) = %v, want %v", tc.at, tc.id, got, tc.want)
			}
			if hidden := slices.Contains(l.Hidden(at, nil), tc.id); hidden == tc.want {
				t.Errorf("Hidden(%s) has %s: %v, want %v", tc.at, tc.id, hidden, !tc.want)
			}
		})
	}
}
