package story

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.story.md")
	bad, _ := filepath.Glob("testdata/bad/*.story.md")
	for _, name := range append(seeds, bad...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\ntitle: x\n---\n## A {#a}\n\n[x](place:)\n{#}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, ds := Parse("fuzz.story.md", data, Options{KnownFeature: testFeatures})
		if st == nil {
			t.Fatal("nil Story")
		}
		for _, d := range ds {
			if d.Msg == "" || d.Line < 0 || d.Col < 0 || (d.Line == 0) != (d.Col == 0) {
				t.Fatalf("bad diagnostic %+v", d)
			}
			if len(d.Msg) > 20 && d.Msg[:20] == "internal error readi" {
				t.Fatalf("panic: %s", d.Msg)
			}
		}
		for _, sec := range st.Sections {
			if st.Section(sec.ID) != sec {
				t.Fatalf("section %q not indexed", sec.ID)
			}
			for _, p := range sec.Passages {
				if st.Passage(p.ID) != p || p.Section != sec || len(p.Runs) == 0 {
					t.Fatalf("passage %q broken", p.ID)
				}
			}
		}
		for _, pl := range st.Places {
			if pl.Name("en") == "" && !ds.HasErrors() {
				t.Fatalf("place %q has no English name and no error", pl.ID)
			}
		}
	})
}
