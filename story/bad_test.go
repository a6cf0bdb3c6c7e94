package story

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// testBound is the extent of the Korea map's data.
var testBound = orb.Bound{Min: orb.Point{112, 21}, Max: orb.Point{146, 48}}

// testFeatures are the map features the bad-story tests know.
func testFeatures(id string) bool { return id == "seoul" || id == "kor" }

func TestParseBadFiles(t *testing.T) {
	tests := []struct {
		file string
		want []string // all diagnostics, in order
	}{
		{"empty", []string{`bad/empty.story.md: empty story file`}},
		{"non-utf8", []string{`bad/non-utf8.story.md:21:30: invalid UTF-8 (byte 0xff): a story file must be UTF-8`}},
		{"no-front-matter", []string{`bad/no-front-matter.story.md:1:1: a story must start with a "---" line and YAML front matter`}},
		{"unclosed-front-matter", []string{`bad/unclosed-front-matter.story.md:1:1: front matter has no closing "---" line`}},
		{"yaml-syntax", []string{`bad/yaml-syntax.story.md:14:5: YAML: ',' or ']' must be specified`}},
		{"unknown-key", []string{`bad/unknown-key.story.md:7:5: unknown key "colour" in place (want id, name, aka, map, when, section)`}},
		{"wrong-type", []string{`bad/wrong-type.story.md:2:9: title must be a string, not a mapping`}},
		{"missing-title", []string{`bad/missing-title.story.md:2:1: missing "title"`}},
		{"missing-event-when", []string{`bad/missing-event-when.story.md:11:5: event "war" is missing "when"`}},
		{"bad-place-id", []string{
			`bad/bad-place-id.story.md:7:9: bad place id "Incheon": use lower-case letters, digits and -`,
			`bad/bad-place-id.story.md:21:55: unknown place "incheon"`,
		}},
		{"duplicate-place", []string{`bad/duplicate-place.story.md:7:9: duplicate place id "seoul", first defined at line 4`}},
		{"duplicate-section", []string{`bad/duplicate-section.story.md:23:1: duplicate section id "start", first defined at line 19 (give the heading an id: ## Title {#id})`}},
		{"duplicate-passage", []string{`bad/duplicate-passage.story.md:24:1: duplicate passage id "landing", first defined at line 21`}},
		{"late-title", []string{`bad/late-title.story.md:23:1: a "#" title heading must come first, and only once; use "##" for a section`}},
		{"unknown-place", []string{`bad/unknown-place.story.md:22:5: unknown place "atlantis"`}},
		{"unknown-event", []string{`bad/unknown-event.story.md:21:31: unknown event "flood"`}},
		{"unknown-link-scheme", []string{`bad/unknown-link-scheme.story.md:22:6: unknown link scheme "ftp:" in "ftp://example.org/war" (want place:ID, event:ID, figure:ID, http:// or https://)`}},
		{"link-no-scheme", []string{`bad/link-no-scheme.story.md:22:6: link target "war.html" is not place:ID, event:ID, figure:ID, http:// or https://`}},
		{"bad-date", []string{`bad/bad-date.story.md:12:11: bad date "1950-02-30": day 30 out of range 1..28 for February 1950`}},
		{"reversed-range", []string{`bad/reversed-range.story.md:12:11: bad date "1953/1950": range start 1953 is after end 1950`}},
		{"coordinates-out-of-range", []string{`bad/coordinates-out-of-range.story.md:9:28: place "incheon" latitude 97.456 out of range -90..90`}},
		{"missing-english-name", []string{`bad/missing-english-name.story.md:8:12: place "incheon" has no English name (name.en)`}},
		{"unknown-map-feature", []string{`bad/unknown-map-feature.story.md:6:10: unknown map feature "narnia"`}},
		{"event-unknown-place", []string{`bad/event-unknown-place.story.md:14:21: unknown place "atlantis" in event "war"`}},
		{"unlinked-place", []string{`bad/unlinked-place.story.md:7:5: warning: place "incheon" is not linked from any passage`}},
		{"outside-map", []string{`bad/outside-map.story.md:9:18: warning: place "paris" at 2.3522, 48.8566 lies outside the map (lon 112..146, lat 21..48) and will not be shown`}},
		{"unknown-section", []string{`bad/unknown-section.story.md:7:14: unknown section "nowhere" for place "seoul"`}},
		{"nul-byte", []string{`bad/nul-byte.story.md:5:8: NUL byte: a story file must be text, not a binary file`}},
		{"figure-bad-date", []string{`bad/figure-bad-date.story.md:20:15: bad date "2003-13": month 13 out of range 1..12`}},
		{"figure-dangling-link", []string{`bad/figure-dangling-link.story.md:44:72: unknown figure "investments"`}},
		{"figure-derived-without-how", []string{`bad/figure-derived-without-how.story.md:20:9: figure "trade" point is derived but does not say how (add "how")`}},
		{"figure-not-a-number", []string{`bad/figure-not-a-number.story.md:26:16: figure "trade" point value "ninety" is not a number`}},
		{"figure-range-upside-down", []string{`bad/figure-range-upside-down.story.md:36:20: figure "investment" point value range [90e6, 85e6] is upside down (low first)`}},
		{"figure-unknown-kind", []string{`bad/figure-unknown-kind.story.md:17:11: unknown kind "pie" in figure "trade" (want bar, line, step)`}},
		{"figure-unknown-source", []string{`bad/figure-unknown-source.story.md:24:17: unknown source "trade-2005" (want an event or passage id)`}},
		{"figure-unknown-unit", []string{`bad/figure-unknown-unit.story.md:15:11: unknown unit "dollars" in figure "trade" (want USD, people, troops, percent, years, rank)`}},
	}
	files, err := filepath.Glob("testdata/bad/*.story.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("%d files in testdata/bad, %d in the table", len(files), len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			name := "bad/" + tc.file + ".story.md"
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			st, ds := Parse(name, data, Options{KnownFeature: testFeatures, MapBound: &testBound})
			if st == nil {
				t.Fatal("Parse returned a nil Story")
			}
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			warnOnly := tc.file == "unlinked-place" || tc.file == "outside-map"
			if err := ds.Err(); (err == nil) != warnOnly {
				t.Errorf("Err() = %v, want error: %v", err, !warnOnly)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"too large", make([]byte, MaxSize+1), `big.story.md: story file is 10485761 bytes, over the limit of 10485760 (10 MB)`},
		{"bad byte on line 1", []byte("---\xc3("), `big.story.md:1:4: invalid UTF-8 (byte 0xc3): a story file must be UTF-8`},
		{"bad byte after Korean", []byte("---\ntitle: 서울\xe3\n"), `big.story.md:2:10: invalid UTF-8 (byte 0xe3): a story file must be UTF-8`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := Parse("big.story.md", tc.data, Options{})
			if len(ds) != 1 || ds[0].String() != tc.want {
				t.Errorf("diagnostics = %v, want [%s]", ds, tc.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.story.md")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want string
	}{
		{filepath.Join(dir, "missing.story.md"), "cannot read story: stat " + filepath.Join(dir, "missing.story.md") + ": no such file or directory"},
		{dir, "cannot read story: is a directory"},
		{big, "story file is 10485761 bytes, over the limit of 10485760 (10 MB)"},
		{"testdata/bad/empty.story.md", "empty story file"},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			st, ds := Load(tc.path, Options{})
			if st == nil {
				t.Fatal("Load returned a nil Story")
			}
			want := tc.path + ": " + tc.want
			if len(ds) != 1 || ds[0].String() != want {
				t.Errorf("diagnostics = %v, want [%s]", ds, want)
			}
		})
	}
}

func TestDiagnosticsErr(t *testing.T) {
	warn := Diagnostic{File: "k.story.md", Line: 3, Col: 5, Msg: `place "x" is not linked from any passage`, Warning: true}
	e1 := Diagnostic{File: "korea.story.md", Line: 12, Col: 3, Msg: `unknown place "atlantis"`}
	e2 := Diagnostic{File: "korea.story.md", Line: 20, Col: 1, Msg: `unknown event "flood"`}
	tests := []struct {
		name string
		ds   Diagnostics
		want string // "" for a nil error
	}{
		{"none", nil, ""},
		{"warning only", Diagnostics{warn}, ""},
		{"one error", Diagnostics{warn, e1}, `story: korea.story.md:12:3: unknown place "atlantis"`},
		{"two errors", Diagnostics{e1, warn, e2}, "story: korea.story.md:12:3: unknown place \"atlantis\"\nstory: korea.story.md:20:1: unknown event \"flood\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.ds.Err()
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("Err() = %q, want %q", got, tc.want)
			}
			if tc.ds.HasErrors() != (tc.want != "") {
				t.Errorf("HasErrors() = %v", tc.ds.HasErrors())
			}
		})
	}
}

func TestDiagnosticString(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "a.story.md", Line: 1, Col: 2, Msg: "m"}, "a.story.md:1:2: m"},
		{Diagnostic{File: "a.story.md", Line: 1, Col: 2, Msg: "m", Warning: true}, "a.story.md:1:2: warning: m"},
		{Diagnostic{File: "a.story.md", Msg: "empty story file"}, "a.story.md: empty story file"},
	}
	for _, tc := range tests {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
}
