package search

import (
	"encoding/json"
	"unicode/utf8"
)

// JSON returns the results as indented JSON:
//
//	{
//	  "query": "Takeshima",
//	  "counts": {"place": 1, "event": 0, "passage": 2},
//	  "hits": [
//	    {"kind": "place", "id": "dokdo", "section": "japan",
//	     "text": "Dokdo / Takeshima · …", "matches": [[8, 17]]},
//	    …
//	  ]
//	}
//
// Unlike Hit.Matches, the offsets in "matches" count characters (Unicode
// code points) of "text", not bytes: [start, end) as Python's str slicing
// and JavaScript's Array.from(text) take them (and, for text without
// characters beyond U+FFFF, as JavaScript's String.slice does too).
func (r Results) JSON() ([]byte, error) {
	type hitJSON struct {
		Kind    Kind     `json:"kind"`
		ID      string   `json:"id"`
		Section string   `json:"section"`
		Text    string   `json:"text"`
		Matches [][2]int `json:"matches"`
	}
	out := struct {
		Query  string `json:"query"`
		Counts struct {
			Place   int `json:"place"`
			Event   int `json:"event"`
			Passage int `json:"passage"`
		} `json:"counts"`
		Hits []hitJSON `json:"hits"`
	}{
		Query: r.Query,
		Hits:  make([]hitJSON, 0, len(r.Hits)),
	}
	out.Counts.Place, out.Counts.Event, out.Counts.Passage = r.Counts.Place, r.Counts.Event, r.Counts.Passage
	for _, h := range r.Hits {
		hj := hitJSON{Kind: h.Kind, ID: h.ID, Section: h.Section, Text: h.Text, Matches: make([][2]int, 0, len(h.Matches))}
		at, n := 0, 0 // a byte offset and the characters before it
		runes := func(b int) int {
			n += utf8.RuneCountInString(h.Text[at:b])
			at = b
			return n
		}
		for _, m := range h.Matches {
			s := runes(m[0])
			hj.Matches = append(hj.Matches, [2]int{s, runes(m[1])})
		}
		out.Hits = append(out.Hits, hj)
	}
	return json.MarshalIndent(out, "", "  ")
}
