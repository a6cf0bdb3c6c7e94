package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"peninsula/story"
)

// runSub runs `peninsula import` or `peninsula new` and returns the exit
// status as run does for them.
func runSub(args []string) (int, string, string) {
	var out, errb bytes.Buffer
	cmds := map[string]func([]string, io.Writer, io.Writer) error{"import": runImport, "new": runNew}
	err := cmds[args[0]](args[1:], &out, &errb)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0, out.String(), errb.String()
	case errors.Is(err, errUsage):
		return 2, out.String(), errb.String()
	}
	errb.WriteString("peninsula: " + err.Error() + "\n")
	return 2, out.String(), errb.String()
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join("importer", "testdata", "korea.txt")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	latin := write("euc-kr.txt", []byte("\xbc\xad\xbf\xef\xc0\xba \xc7\xd1\xb1\xb9\xc0\xc7 \xbc\xf6\xb5\xb5"))
	huge := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		f.Truncate(11 << 20)
		f.Close()
	}
	existing := write("existing.story.md", []byte("keep me"))
	out := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string // substrings
	}{
		{"flags after the file", []string{"import", article, "-o", out("a.story.md")}, 0,
			"importer/testdata/korea.txt → " + out("a.story.md") + ": 8 sections, 11 passages, 25 events, 17 places; 12 lines of page furniture dropped", ""},
		{"flags before the file", []string{"import", "-o", out("b.story.md"), article}, 0, "Check these (", ""},
		{"notes name the line", []string{"import", article, "-o", out("c.story.md")}, 0, `importer/testdata/korea.txt:6: dropped "By Min-ji Park": a byline`, ""},
		{"missing -o", []string{"import", article}, 2, "", "give the output file: -o OUT.story.md"},
		{"missing article", []string{"import", "-o", out("d.story.md")}, 2, "", "name one article file"},
		{"two articles", []string{"import", article, article, "-o", out("d.story.md")}, 2, "", "name one article file"},
		{"no such file", []string{"import", out("none.txt"), "-o", out("d.story.md")}, 2, "", "none.txt: cannot read the article: no such file or directory"},
		{"a directory", []string{"import", dir, "-o", out("d.story.md")}, 2, "", ": cannot read the article: is a directory"},
		{"empty article", []string{"import", empty, "-o", out("d.story.md")}, 2, "", "empty.txt: empty file: there is no article to import"},
		{"not UTF-8", []string{"import", latin, "-o", out("d.story.md")}, 2, "", "euc-kr.txt:1:1: invalid UTF-8 (byte 0xbc)"},
		{"huge article", []string{"import", huge, "-o", out("d.story.md")}, 2, "", "huge.txt: article is 11534336 bytes, over the limit of 10485760 (10 MB)"},
		{"output exists", []string{"import", article, "-o", existing}, 2, "", "existing.story.md: already exists; use -f to overwrite it"},
		{"unwritable output", []string{"import", article, "-o", filepath.Join(dir, "no", "x.story.md")}, 2, "", "x.story.md: cannot write: no such file or directory"},
		{"unknown flag", []string{"import", "-x", article}, 2, "", "flag provided but not defined: -x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runSub(tt.args)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
	if _, ds := story.Load(out("a.story.md"), story.Options{}); ds.HasErrors() {
		t.Errorf("the draft does not validate: %v", ds.Err())
	}
	if data, _ := os.ReadFile(existing); string(data) != "keep me" {
		t.Error("an existing file was overwritten")
	}
	if code, _, stderr := runSub([]string{"import", "-f", article, "-o", existing}); code != 0 {
		t.Errorf("-f: exit %d: %s", code, stderr)
	}
}

func TestNewCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "starter.story.md")
	code, stdout, stderr := runSub([]string{"new", file})
	if code != 0 || !strings.Contains(stdout, "wrote "+file) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if _, ds := story.Load(file, story.Options{}); len(ds) > 0 {
		t.Errorf("the starter has diagnostics: %v", ds)
	}
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"refuses to overwrite", []string{"new", file}, "starter.story.md: already exists; choose another name or remove it"},
		{"needs a file", []string{"new"}, "name the story file to write"},
		{"one file only", []string{"new", file, file}, "name the story file to write"},
		{"unwritable", []string{"new", filepath.Join(dir, "no", "x.story.md")}, "x.story.md: cannot write: no such file or directory"},
		{"a directory", []string{"new", dir}, ": cannot write: is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runSub(tt.args)
			if code != 2 || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.stderr)
			}
		})
	}
}
