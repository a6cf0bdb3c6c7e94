package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch: no query panics, on the Korea story or on any text, and
// every match lies inside its text on rune boundaries; any text
// folds with a map back for every byte.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"Takeshima", "독도", "竹島", "ＳＥＯＵＬ", "ｶﾞ", "e\u0301", "’", "\xff\xfe", "ß", "İ", "\u0301\u0301a", "ǅ", "ﬁ", "①", "\u1103\u1169"} {
		f.Add(s, "Jéju P’yŏngyang ＳＥＯＵＬ Straße 독도 ｶﾞｷ")
	}
	_, ix := korea(f)
	f.Fuzz(func(t *testing.T, query, text string) {
		r := ix.Search(query)
		for _, h := range r.Hits {
			checkMatches(t, query, h)
		}
		if r.Counts.Passage < len(ix.Marks(query)) {
			t.Fatalf("%q: more passages marked than counted", query)
		}
		if _, err := r.JSON(); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(text) {
			return // a story's text is UTF-8 (the parser refuses a file that is not)
		}
		var fo folder
		form := fo.fold(text)
		if len(form.seg) != len(form.s) {
			t.Fatalf("%q: %d bytes of form, %d mapped", text, len(form.s), len(form.seg))
		}
		q := foldQuery(query)
		if q == "" || !strings.Contains(form.s, q) {
			return
		}
		checkMatches(t, query, Hit{Kind: KindPassage, Text: text, Matches: form.matches(q)})
	})
}
