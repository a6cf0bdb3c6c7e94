package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// decode checks the article's bytes and returns its text with "\n" line
// ends. Text that is not UTF-8 but reads as Windows-1252 (Latin-1) is
// transcoded, with a note; anything else that is not UTF-8 is an error.
func decode(name string, data []byte) (string, []Note, error) {
	switch {
	case len(data) == 0:
		return "", nil, fmt.Errorf("%s: empty file: there is no article to import", name)
	case len(data) > MaxSize:
		return "", nil, fmt.Errorf("%s: article is %d bytes, over the limit of %d (10 MB)", name, len(data), MaxSize)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", nil, fmt.Errorf("%s: the article is UTF-16 text; save it as UTF-8 and import it again", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		l, c := position(data, i)
		return "", nil, fmt.Errorf("%s:%d:%d: NUL byte: this is a binary file, not a text article", name, l, c)
	}
	var notes []Note
	if !utf8.Valid(data) {
		off := firstInvalid(data)
		l, c := position(data, off)
		if !looksLatin1(data) {
			return "", nil, fmt.Errorf("%s:%d:%d: invalid UTF-8 (byte 0x%02x): save the article as UTF-8 text and import it again", name, l, c, data[off])
		}
		data = fromWindows1252(data)
		notes = append(notes, Note{Line: l, Msg: fmt.Sprintf("the file is not UTF-8 (byte 0x%02x at column %d): it was read as Windows-1252 (Latin-1); check accented letters and quotes", data[off], c)})
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", nil, fmt.Errorf("%s: the file has only blank lines: there is no article to import", name)
	}
	return text, notes, nil
}

// position returns the line and column (in characters, from 1) of byte off.
func position(b []byte, off int) (line, col int) {
	line = 1 + bytes.Count(b[:off], []byte("\n"))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(b[start:off])
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// looksLatin1 reports whether bytes that are not UTF-8 look like Western
// text in Windows-1252: few high bytes, none of the five it leaves
// undefined. Korean, Chinese or Japanese text in a legacy encoding has many
// high bytes and is refused rather than garbled.
func looksLatin1(b []byte) bool {
	high := 0
	for _, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*10 <= len(b)
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252; the others are Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func fromWindows1252(b []byte) []byte {
	var out bytes.Buffer
	for _, c := range b {
		switch {
		case c < 0x80:
			out.WriteByte(c)
		case c < 0xA0:
			out.WriteRune(cp1252[c-0x80])
		default:
			out.WriteRune(rune(c))
		}
	}
	return out.Bytes()
}

// unit is a piece of the article: a line or a paragraph.
type unit struct {
	text   string
	line   int  // where it starts in the article
	single bool // one line of the article
	kind   unitKind
	md     bool // a Markdown "#" or underlined heading
	bullet bool // a list item: always a paragraph
	marker bool // a dropped "Related" line: short lines after it are links
}

type unitKind uint8

const (
	para unitKind = iota
	heading
	dropped
)

// split cuts the article into units: blocks between blank lines, a block
// cut further where a short heading-like line stands on its own or where
// every line is a whole paragraph. Lines of page furniture are dropped
// here, with notes.
func split(text string, rep *report) []unit {
	lines := strings.Split(text, "\n")
	var units []unit
	var block []int // line indexes of the current block
	flush := func() {
		units = append(units, splitBlock(lines, block, rep)...)
		block = block[:0]
	}
	for i, raw := range lines {
		line := strings.TrimSpace(strings.ReplaceAll(raw, "\t", " "))
		lines[i] = line
		switch {
		case line == "":
			flush()
		case isRule(line):
			if len(block) == 1 && (line[0] == '=' || line[0] == '-') && isHeadingLike(lines[block[0]]) {
				units = append(units, unit{text: lines[block[0]], line: block[0] + 1, single: true, kind: heading, md: true})
				block = block[:0]
			} else {
				flush()
			}
		case atxHeading(line) != "":
			flush()
			units = append(units, unit{text: atxHeading(line), line: i + 1, single: true, kind: heading, md: true})
		default:
			if why := furniture(raw, line); why != "" {
				rep.drop(i+1, line, why)
				if afterListMarker(line) {
					flush()
					units = append(units, unit{line: i + 1, kind: dropped, marker: true})
				}
				continue
			}
			block = append(block, i)
		}
	}
	flush()
	return units
}

// splitBlock turns the lines of one block into units.
func splitBlock(lines []string, block []int, rep *report) []unit {
	if len(block) == 0 {
		return nil
	}
	if menu(lines, block) {
		for _, i := range block {
			rep.drop(i+1, lines[i], "a list of short items (a menu or links?)")
		}
		return nil
	}
	perLine := len(block) > 1
	total, maxLen := 0, 0
	for k, i := range block {
		total += len(lines[i])
		maxLen = max(maxLen, len(lines[i]))
		if k < len(block)-1 && !endsSentence(lines[i]) {
			perLine = false
		}
	}
	perLine = perLine && total/len(block) >= 80
	// Lines that could each be a heading (a paragraph ends with a full
	// stop) are a list of titles, such as links after "Related".
	allShort := len(block) > 1
	for _, i := range block {
		allShort = allShort && isHeadingLike(lines[i])
	}
	// A heading stands on a line of its own: short next to the block's
	// other lines (a wrapped paragraph fills its lines), after the end of a
	// sentence and before the start of one.
	headingAt := func(k int) bool {
		line := lines[block[k]]
		if !isHeadingLike(line) || 10*len(line) >= 7*maxLen || k > 0 && !endsSentence(lines[block[k-1]]) {
			return false
		}
		return k == len(block)-1 || startsUpper(lines[block[k+1]])
	}
	var out []unit
	after := false // the previous line was a heading
	for k, i := range block {
		h := headingAt(k)
		if item, ok := bulletItem(lines[i]); ok {
			out = append(out, unit{text: item, line: i + 1, single: true, bullet: true})
			h = true // the next line starts a new unit too
		} else if k == 0 || perLine || allShort || after || h {
			out = append(out, unit{text: lines[i], line: i + 1, single: true})
		} else {
			out[len(out)-1].text += " " + lines[i]
			out[len(out)-1].single = false
		}
		after = h
	}
	return out
}

// bulletItem returns the text of a list item ("- x", "* x", "• x").
func bulletItem(line string) (string, bool) {
	for _, m := range []string{"- ", "* ", "• ", "– ", "+ "} {
		if t, ok := strings.CutPrefix(line, m); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t), true
		}
	}
	return "", false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"'“‘(["))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// menu reports whether a block of three or more lines is all short items
// without sentence punctuation: a menu, a list of links or tags.
func menu(lines []string, block []int) bool {
	if len(block) < 3 {
		return false
	}
	for _, i := range block {
		if _, ok := bulletItem(lines[i]); ok || len(strings.Fields(lines[i])) > 5 || endsSentence(lines[i]) || strings.HasSuffix(lines[i], ",") {
			return false
		}
	}
	return true
}

// isRule reports whether a line is only a run of rule characters (---, ***,
// ===, ___, ~~~, •••).
func isRule(line string) bool {
	if utf8.RuneCountInString(line) < 3 {
		return false
	}
	for _, r := range line {
		if !strings.ContainsRune("-=*_~•·#+ ", r) {
			return false
		}
	}
	return true
}

// atxHeading returns the text of a Markdown "# Heading" line, or "".
func atxHeading(line string) string {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(line) || line[n] != ' ' {
		return ""
	}
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[n:]), "#"))
	if t == "" {
		return ""
	}
	return t
}

// endsSentence reports whether a line ends with sentence punctuation,
// closing quotes or brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]*_ ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// isHeadingLike reports whether a line could be a section heading: short,
// starting with a capital or a digit, without a final full stop (a
// question can be longer).
func isHeadingLike(s string) bool {
	words := len(strings.Fields(s))
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"'“‘(["))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(s, "\"'”’) "), "?") {
		return words <= 25 && len(s) <= 200
	}
	if words > 14 || len(s) > 100 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’) "))
	return !strings.ContainsRune(".,;:!…-–—", last)
}
