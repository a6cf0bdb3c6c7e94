package app

import (
	"strings"

	"peninsula/story"
)

// Label languages for the map.
const (
	LangEnglish  = "en"
	LangKorean   = "ko"
	LangJapanese = "ja"
)

// Languages are the map label languages in menu order, with their names
// written in themselves.
var Languages = []struct{ Code, Name string }{
	{LangEnglish, "English"},
	{LangKorean, "한국어"},
	{LangJapanese, "日本語"},
}

// FullName writes a place's names in all three languages, as the hover
// tooltip and the selection panel show them: a neutral English name of two
// halves takes each language's name beside its half ("East Sea 동해 / Sea of
// Japan 日本海", "Dokdo 독도 / Takeshima 竹島"); otherwise the names follow
// the English one ("Seoul · 서울 · ソウル"). Other names come in brackets.
func FullName(p *story.Place) string {
	en, ko, ja := p.Names[LangEnglish], p.Names[LangKorean], p.Names[LangJapanese]
	var b strings.Builder
	if a, c, ok := strings.Cut(en, " / "); ok && ko != "" && ja != "" && !strings.Contains(c, " / ") {
		b.WriteString(a + " " + ko + " / " + c + " " + ja)
	} else {
		b.WriteString(en)
		for _, n := range []string{ko, ja} {
			if n != "" && n != en {
				b.WriteString(" · " + n)
			}
		}
	}
	if len(p.Aka) > 0 {
		b.WriteString(" (" + strings.Join(p.Aka, ", ") + ")")
	}
	return b.String()
}

// hasCJK reports whether s has Hangul, Kana or Han characters, which the
// italic fonts lack.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return true
		}
	}
	return false
}
