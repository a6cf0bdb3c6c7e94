package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The search form of a text. Text and query are both brought to it, and a
// query matches where its form occurs in the text's form:
//
//   - compatibility forms are unified (NFKC): full-width "ＳＥＯＵＬ" is
//     "SEOUL", half-width "ｿｳﾙ" is "ソウル", "①" is "1";
//   - case is folded (Unicode full case folding: "Straße" is "strasse");
//   - accents and other combining marks are dropped ("P'yŏngyang" is
//     "pyongyang", "Jéju" is "jeju"), but not the kana voicing marks, so
//     "ガ" stays apart from "カ"; Hangul syllables are kept whole (they are
//     taken apart with the marks and put together again);
//   - apostrophes of every kind (' ’ ‘ ʼ ʻ ` ´ ′) are dropped, so "Korea’s",
//     "Korea's" and "Koreas" are the same;
//   - dashes and hyphens (‐ ‑ ‒ – — ― −) are "-";
//   - every run of white space is one space.
//
// The text is taken in normalization segments (a character and the marks
// that combine with it, norm.NFKC's boundaries), and each byte of the form
// remembers the segment of the original it came from, so that a match in
// the form maps back to whole characters of the original.

// folded is a text in its search form.
type folded struct {
	s string
	// seg[i] is the index in segs of the original segment byte i of s
	// came from.
	seg []int32
	// segs are the original segments' [start, end) byte offsets.
	segs [][2]int32
}

// span returns the original byte range of the form's bytes [i, j), j > i:
// from the start of the segment of byte i to the end of the segment of
// byte j-1.
func (f *folded) span(i, j int) [2]int {
	return [2]int{int(f.segs[f.seg[i]][0]), int(f.segs[f.seg[j-1]][1])}
}

// wordStart reports whether byte i of the form starts a word: it is the
// first byte, or the character before it is not a letter or digit.
func (f *folded) wordStart(i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(f.s[:i])
	return !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

// folder brings texts to their search form; it holds a case folder, which
// is not safe for concurrent use, so each goroutine needs its own folder.
type folder struct {
	caser cases.Caser
	made  bool
	buf   []byte
}

// fold returns the search form of s, with the map back to s.
func (fo *folder) fold(s string) folded {
	f := folded{seg: make([]int32, 0, len(s)), segs: make([][2]int32, 0, len(s))}
	out := make([]byte, 0, len(s))
	space := true // the form ends with a space (or is empty): drop the next
	for i := 0; i < len(s); {
		n := 1
		if s[i] >= utf8.RuneSelf || (i+1 < len(s) && s[i+1] >= utf8.RuneSelf) {
			n = norm.NFKC.NextBoundaryInString(s[i:], true)
			if n <= 0 {
				n = len(s) - i
			}
		}
		before := len(out)
		if n == 1 && s[i] < utf8.RuneSelf {
			out, space = foldASCII(out, s[i], space)
		} else {
			out, space = fo.foldSegment(out, s[i:i+n], space)
		}
		if len(out) > before {
			k := int32(len(f.segs))
			f.segs = append(f.segs, [2]int32{int32(i), int32(i + n)})
			for range len(out) - before {
				f.seg = append(f.seg, k)
			}
		}
		i += n
	}
	f.s = string(out)
	return f
}

// foldASCII appends the form of the ASCII byte c.
func foldASCII(out []byte, c byte, space bool) ([]byte, bool) {
	switch {
	case 'A' <= c && c <= 'Z':
		return append(out, c+'a'-'A'), false
	case c == '\'' || c == '`':
		return out, space
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		if space {
			return out, true
		}
		return append(out, ' '), true
	}
	return append(out, c), false
}

// foldSegment appends the form of seg, one normalization segment (or a
// run of invalid UTF-8).
func (fo *folder) foldSegment(out []byte, seg string, space bool) ([]byte, bool) {
	if !fo.made {
		fo.caser, fo.made = cases.Fold(), true
	}
	d := fo.caser.String(norm.NFKD.String(seg))
	fo.buf = fo.buf[:0]
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) && r != '\u3099' && r != '\u309a' {
			continue
		}
		fo.buf = utf8.AppendRune(fo.buf, r)
	}
	for _, r := range norm.NFC.String(string(fo.buf)) {
		switch {
		case isApostrophe(r):
		case unicode.IsSpace(r):
			if !space {
				out, space = append(out, ' '), true
			}
		case isDash(r):
			out, space = append(out, '-'), false
		case r == utf8.RuneError:
			out, space = append(out, "\uFFFD"...), false
		default:
			out, space = utf8.AppendRune(out, r), false
		}
	}
	return out, space
}

func isApostrophe(r rune) bool {
	return strings.ContainsRune("'`\u2018\u2019\u201B\u02BC\u02BB\u00B4\u2032\uFF07", r)
}

func isDash(r rune) bool {
	return strings.ContainsRune("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D", r)
}

// foldQuery returns the search form of a query, without space at its ends.
func foldQuery(q string) string {
	var fo folder
	return strings.TrimSpace(fo.fold(q).s)
}
