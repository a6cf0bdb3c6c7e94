// Package storytest holds the one table of bad story input that the command
// line's and the window's tests both walk (README, "Troubleshooting: bad
// input"): each class of bad input, the file that has it, and the message
// it must give, with file:line:col where there is a line. Only tests import
// it.
package storytest

import (
	"bytes"
	"os"
	"path/filepath"
)

// Bad is one class of bad story input.
type Bad struct {
	Class string
	Path  string // the story file
	Want  string // the message, as `peninsula validate` prints it
}

// BadStories writes the generated bad files into dir and returns the
// table. root is the module's root relative to the test's package ("."
// for the main package, "../.." for app/reader), where the committed bad
// files live in story/testdata/bad.
func BadStories(dir, root string) ([]Bad, error) {
	var err error
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if e := os.WriteFile(p, data, 0o644); e != nil && err == nil {
			err = e
		}
		return p
	}
	file := func(name string) string { return filepath.Join(root, "story", "testdata", "bad", name+".story.md") }
	empty := write("empty.story.md", nil)
	binary := write("binary.story.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	latin1 := write("latin1.story.md", []byte("---\ntitle: Cor\xe9e\n---\n"))
	big := write("big.story.md", bytes.Repeat([]byte("# x\n"), 11<<20/4)) // 11 MB
	bomb := write("bomb.story.md", []byte("---\ntitle: Bomb\nplaces:\n  - id: seoul\n    name: {en: Seoul}\n    map: seoul\n"+
		"    aka: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"+
		"  - id: kor\n    name: {en: Korea}\n    map: kor\n    aka: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\n\n# Bomb\n"))
	missing := filepath.Join(dir, "none.story.md")
	return []Bad{
		{"empty file", empty, empty + ": empty story file"},
		{"binary file", binary, binary + ":1:1: invalid UTF-8 (byte 0x89): a story file must be UTF-8"},
		{"NUL byte", file("nul-byte"), file("nul-byte") + ":5:8: NUL byte: a story file must be text, not a binary file"},
		{"non-UTF-8 text (Latin-1)", latin1, latin1 + ":2:11: invalid UTF-8 (byte 0xe9): a story file must be UTF-8"},
		{"11 MB file", big, big + ": story file is 11534336 bytes, over the limit of 10485760 (10 MB)"},
		{"missing file", missing, missing + ": cannot read story: stat " + missing + ": no such file or directory"},
		{"a directory", dir, dir + ": cannot read story: is a directory"},
		{"a device", "/dev/zero", "/dev/zero: cannot read story: not a regular file"},
		{"no front matter", file("no-front-matter"), file("no-front-matter") + `:1:1: a story must start with a "---" line and YAML front matter`},
		{"YAML syntax error", file("yaml-syntax"), file("yaml-syntax") + ":14:5: YAML: ',' or ']' must be specified"},
		{"YAML of the wrong type", file("wrong-type"), file("wrong-type") + ":2:9: title must be a string, not a mapping"},
		{"YAML aliases (billion laughs)", bomb, bomb + `:11:14: place "kor" aka must be a string, not an alias (aliases are not supported)`},
		{"unknown key", file("unknown-key"), file("unknown-key") + `:7:5: unknown key "colour" in place`},
		{"unknown link target (place)", file("unknown-place"), file("unknown-place") + `:22:5: unknown place "atlantis"`},
		{"unknown link target (event)", file("unknown-event"), file("unknown-event") + `:21:31: unknown event "flood"`},
		{"unknown link scheme", file("unknown-link-scheme"), file("unknown-link-scheme") + `:22:6: unknown link scheme "ftp:"`},
		{"unknown map feature", file("unknown-map-feature"), file("unknown-map-feature") + `:6:10: unknown map feature "narnia"`},
		{"unknown section", file("unknown-section"), file("unknown-section") + `:7:14: unknown section "nowhere" for place "seoul"`},
		{"duplicate id", file("duplicate-place"), file("duplicate-place") + `:7:9: duplicate place id "seoul", first defined at line 4`},
		{"duplicate passage", file("duplicate-passage"), file("duplicate-passage") + `:24:1: duplicate passage id "landing", first defined at line 21`},
		{"bad date", file("bad-date"), file("bad-date") + `:12:11: bad date "1950-02-30": day 30 out of range 1..28 for February 1950`},
		{"reversed range", file("reversed-range"), file("reversed-range") + `:12:11: bad date "1953/1950": range start 1953 is after end 1950`},
		{"coordinates out of range", file("coordinates-out-of-range"), file("coordinates-out-of-range") + `:9:28: place "incheon" latitude 97.456 out of range -90..90`},
		{"missing English name", file("missing-english-name"), file("missing-english-name") + `:8:12: place "incheon" has no English name (name.en)`},
	}, err
}
