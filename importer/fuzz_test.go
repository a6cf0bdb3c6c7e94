package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"peninsula/story"
)

// FuzzImport checks that Import never panics and that every draft it
// makes passes the story parser with no error.
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "x", "Title\n\n## A {#a}\n\n[x](place:y)\n{#}\n", "1.\n\n---\n\n* a\n\n<div>\n",
		"On February 29, 1952 and 30 February 1950, 1950-13-01, 0950s, 1999/2000.", "\xff\xfe", "Caf\xe9\n\nna\xefve",
		"Seoul Seoul Sea of Japan Korea Washington, D.C. U.S. US", "Intro\n\nA.\n\nintro\n\nB.", "&amp; &#x41; \\ ` < > [ ] ( ) ! {#x}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Import("fuzz.txt", data)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		st, ds := story.Parse("fuzz.story.md", res.Story, story.Options{})
		if err := ds.Err(); err != nil {
			t.Fatalf("the draft does not parse: %v\n%s", err, res.Story)
		}
		if len(st.Events) != res.Events || len(st.Places) != res.Places {
			t.Fatalf("counts %d events, %d places; the parser finds %d, %d", res.Events, res.Places, len(st.Events), len(st.Places))
		}
	})
}
