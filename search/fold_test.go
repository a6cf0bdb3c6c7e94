package search

import (
	"slices"
	"testing"
)

// TestFold: what the search form makes equal and what it keeps apart.
func TestFold(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Jeju", "Jéju", true},
		{"Jeju", "Je\u0301ju", true}, // a decomposed accent
		{"Pyongyang", "P'yŏngyang", true},
		{"Pyongyang", "P’yŏngyang", true},
		{"Korea's", "Korea’s", true},
		{"Korea's", "Koreas", true},
		{"SEOUL", "ＳＥＯＵＬ", true},
		{"ソウル", "ｿｳﾙ", true},
		{"ガ", "ｶﾞ", true}, // half-width with its voicing mark
		{"ガ", "カ", false}, // kana voicing marks are not accents
		{"Straße", "STRASSE", true},
		{"독도", "독도", true},
		{"독도", "\u1103\u1169\u11a8\u1103\u1169", true}, // the same in conjoining jamo
		{"독", "도", false},
		{"Seoul–Beijing", "seoul-beijing", true},
		{"38th  Parallel", "38th\u00a0parallel", true},
		{"Seoul", "Seoui", false},
	}
	for _, tt := range tests {
		a, b := foldQuery(tt.a), foldQuery(tt.b)
		if (a == b) != tt.same {
			t.Errorf("%q → %q, %q → %q: same %v, want %v", tt.a, a, tt.b, b, a == b, tt.same)
		}
	}
}

// TestAccentsInText: a query without accents finds accented text, and the
// match covers the accented characters of the original.
func TestAccentsInText(t *testing.T) {
	s := parse(t, `---
title: T
places:
  - {id: jeju, name: {en: Jéju Island, ko: 제주도}, map: {point: [126.5, 33.4]}}
---
Ferries leave [P’yŏngyang](place:jeju) and JÉJU daily; ＳＥＯＵＬ too.
`)
	ix := New(s)
	tests := []struct {
		query string
		want  []string // the matched text of the passage
	}{
		{"pyongyang", []string{"P’yŏngyang"}},
		{"jeju", []string{"JÉJU"}},
		{"seoul", []string{"ＳＥＯＵＬ"}},
		{"ŏ", []string{"ŏ", "o"}}, // Ferries leave P’yŏngyang: "ŏ" ≈ "o"
	}
	for _, tt := range tests {
		r := ix.Search(tt.query)
		var got []string
		for _, h := range r.Hits {
			if h.Kind == KindPassage {
				for _, m := range h.Matches {
					got = append(got, h.Text[m[0]:m[1]])
				}
			}
		}
		if tt.query == "ŏ" {
			if len(got) < 2 || !slices.Contains(got, "ŏ") {
				t.Errorf("%q: matched %q", tt.query, got)
			}
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: matched %q, want %q", tt.query, got, tt.want)
		}
	}
	if r := ix.Search("jeju"); first(r) != "place jeju" {
		t.Errorf(`"jeju": first hit %s, want place jeju`, first(r))
	}
}
