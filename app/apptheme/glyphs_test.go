package apptheme

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"peninsula/assets"
)

// TestFontsHaveEveryCharacter: the embedded fonts draw every character of
// every story in the repository, of the importer's gazetteer and of the
// common Hangul syllables, in both weights — a missing glyph is a box on
// the map and in the text (독도 / 다케시마 once showed as 독도 / □□시□).
func TestFontsHaveEveryCharacter(t *testing.T) {
	texts := map[string]string{}
	stories, _ := filepath.Glob("../../*/*.story.md")
	more, _ := filepath.Glob("../../*/testdata/*.story.md")
	for _, p := range append(stories, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[p] = string(b)
	}
	f, err := os.Open("../../importer/gazetteer/gazetteer.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	texts["gazetteer"] = string(gaz)
	var hangul []rune
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		hangul = append(hangul, r)
	}
	if len(stories) < 2 {
		t.Fatalf("found only %v", stories)
	}
	for name, data := range map[string][]byte{"regular": assets.FontRegular, "bold": assets.FontBold} {
		fnt, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		has := func(r rune) bool {
			i, err := fnt.GlyphIndex(&buf, r)
			return err == nil && i != 0
		}
		for src, text := range texts {
			missing := map[rune]bool{}
			for _, r := range text {
				if unicode.IsGraphic(r) && !unicode.IsSpace(r) && !has(r) {
					missing[r] = true
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s font lacks %d characters of %s: %q", name, len(missing), src, string(keys(missing)))
			}
		}
		n := 0
		for _, r := range hangul {
			if has(r) {
				n++
			}
		}
		if n < 2350 {
			t.Errorf("%s font has %d Hangul syllables, want the 2,350 of KS X 1001 at least", name, n)
		}
	}
}

func keys(m map[rune]bool) []rune {
	var out []rune
	for r := range m {
		out = append(out, r)
	}
	return out
}
