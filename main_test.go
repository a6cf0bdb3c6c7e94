package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.story.md")
	os.WriteFile(bad, []byte("---\ntitle: X\n---\n\n# X\n\n## S\n\nSee [Atlantis](place:atlantis).\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"version", []string{"version"}, 0, "peninsula 0.1.0", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"snapshot", "--bogus"}, 2, "", "flag provided but not defined: -bogus"},
		{"snapshot needs -o", []string{"snapshot"}, 2, "", "-o OUT.png is required"},
		{"bad size", []string{"snapshot", "-o", filepath.Join(dir, "x.png"), "--size", "big"}, 2, "", `"big" is not WIDTHxHEIGHT`},
		{"unknown place", []string{"snapshot", "-o", filepath.Join(dir, "x.png"), "--place", "atlantis"}, 2, "", `unknown place "atlantis"`},
		{"unwritable output", []string{"snapshot", "-o", filepath.Join(dir, "no", "such", "dir", "x.png")}, 2, "", "no such file or directory"},
		{"validate the korea story", []string{"validate", "assets/korea.story.md"}, 0, "assets/korea.story.md: ok", ""},
		{"validate a bad story", []string{"validate", bad}, 2, "", `bad.story.md:9:5: unknown place "atlantis"`},
		{"validate a missing file", []string{"validate", filepath.Join(dir, "none.story.md")}, 2, "", "none.story.md"},
		{"validate needs a file", []string{"validate"}, 2, "", "name at least one story file"},
		{"links unknown place", []string{"links", "--place", "atlantis"}, 2, "", `unknown place "atlantis"`},
		{"links needs --place or --at", []string{"links"}, 2, "", "give --place ID or --at DATE"},
		{"bad --at date", []string{"snapshot", "-o", "x.png", "--at", "1950-13"}, 2, "", `--at: bad date "1950-13"`},
		{"links at a date", []string{"links", "--at", "1953-07-27"}, 0, `"id": "armistice"`, ""},
		{"links with a bad date", []string{"links", "--at", "soon"}, 2, "", `bad date "soon"`},
		{"links with both", []string{"links", "--at", "1950", "--place", "seoul"}, 2, "", "give --place ID or --at DATE"},
		{"links stray argument", []string{"links", "--place", "dokdo", "extra"}, 2, "", `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr: %s)", code, tt.code, errb.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout %q does not contain %q", out.String(), tt.stdout)
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errb.String(), tt.stderr)
			}
		})
	}
}

// TestSnapshotCommand: the command renders the app's window golden for
// the same state (the built-in story at its publication, first start,
// light theme), and with --place the selection.
func TestSnapshotCommand(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{[]string{"--size", "1400x900"}, "app/testdata/window.png"},
		{[]string{"--size", "1400x900", "--place", "yasukuni"}, "app/testdata/window_yasukuni.png"},
	} {
		out := filepath.Join(dir, "shot.png")
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"snapshot", "-o", out}, tt.args...), &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		got, want := readPNG(t, out), readPNG(t, tt.golden)
		if got.Bounds() != want.Bounds() {
			t.Fatalf("%v: image %v, want %v", tt.args, got.Bounds(), want.Bounds())
		}
		diff := 0
		for y := 0; y < want.Bounds().Dy(); y++ {
			for x := 0; x < want.Bounds().Dx(); x++ {
				r1, g1, b1, a1 := got.At(x, y).RGBA()
				r2, g2, b2, a2 := want.At(x, y).RGBA()
				if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
					diff++
				}
			}
		}
		// The command runs in the real Fyne app, the golden in the test app:
		// the scroll bar and a shadow differ by a few hundred pixels.
		if diff > 1500 {
			t.Errorf("%v: %d pixels differ from %s", tt.args, diff, tt.golden)
		}
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestLinksJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"links", "--place", "dokdo"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Place    struct{ ID, Name string }
		Sections []struct{ ID, Title string }
		Passages []struct{ ID, Section, Text string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if got.Place.ID != "dokdo" || len(got.Sections) == 0 || got.Sections[0].ID != "japan" || len(got.Passages) == 0 {
		t.Errorf("links = %+v", got)
	}
	for _, p := range got.Passages {
		if !strings.Contains(p.Text, "Dokdo") || p.Section != "japan" {
			t.Errorf("passage %s (section %s) does not mention Dokdo: %q", p.ID, p.Section, p.Text)
		}
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		w, h float32
		ok   bool
	}{
		{"1600x1000", 1600, 1000, true},
		{"800X600", 800, 600, true},
		{"100x100", 0, 0, false},
		{"9000x600", 0, 0, false},
		{"1600", 0, 0, false},
		{"axb", 0, 0, false},
	}
	for _, tt := range tests {
		s, err := parseSize(tt.in)
		if (err == nil) != tt.ok || (tt.ok && (s.Width != tt.w || s.Height != tt.h)) {
			t.Errorf("parseSize(%q) = %v, %v", tt.in, s, err)
		}
	}
}

func TestLinksAtJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"links", "--at", "1950-06-25"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		At       string
		Events   []struct{ ID, Title, When string }
		Passages []struct{ ID, Section, Text string }
		Places   []struct{ ID, Name string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	ids := func(n int, f func(int) string) []string {
		var s []string
		for i := 0; i < n; i++ {
			s = append(s, f(i))
		}
		return s
	}
	evs := ids(len(got.Events), func(i int) string { return got.Events[i].ID })
	pls := ids(len(got.Places), func(i int) string { return got.Places[i].ID })
	if got.At != "1950-06-25" || !slices.Contains(evs, "invasion") || !slices.Contains(pls, "parallel-38") || len(got.Passages) == 0 {
		t.Errorf("at %s: events %v, places %v, %d passages", got.At, evs, pls, len(got.Passages))
	}
	for _, e := range got.Events {
		if e.Title == "" || e.When == "" {
			t.Errorf("event %+v lacks a title or date", e)
		}
	}
}

// TestMain runs the command line itself when PENINSULA_TEST_MAIN is set,
// so that tests can run peninsula as a process (environment and all).
func TestMain(m *testing.M) {
	if os.Getenv("PENINSULA_TEST_MAIN") == "1" {
		os.Exit(run(strings.Fields(os.Getenv("PENINSULA_TEST_ARGS")), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestHelpAndQuiet: `peninsula --help` lists the commands; the commands
// that open no window print nothing from Fyne, whatever the locale
// ("Fyne error: Error parsing user locale C" under LANG=C).
func TestHelpAndQuiet(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--help"}, &out, &errb); code != 0 {
		t.Errorf("--help: exit %d", code)
	}
	for _, cmd := range []string{"snapshot", "validate", "links", "version", "--story", "--at"} {
		if !strings.Contains(errb.String(), cmd) {
			t.Errorf("--help does not mention %s:\n%s", cmd, errb.String())
		}
	}
	dir := t.TempDir()
	for _, lang := range []string{"C", "C.UTF-8", "POSIX", "ko_KR.UTF-8"} {
		for _, args := range []string{"version", "validate assets/korea.story.md", "links --at 1950",
			"snapshot -o " + filepath.Join(dir, "x.png") + " --size 400x300"} {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "PENINSULA_TEST_MAIN=1", "PENINSULA_TEST_ARGS="+args, "LANG="+lang, "LC_ALL=", "LANGUAGE=")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("LANG=%s peninsula %s: %v\n%s", lang, args, err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("LANG=%s peninsula %s printed:\n%s", lang, args, stderr.String())
			}
		}
	}
}

// TestLinksAtAYear: --at 1950 means the invasion, not 1 January 1950.
func TestLinksAtAYear(t *testing.T) {
	for _, tt := range []struct{ at, moment, event string }{
		{"1950", "1950-06-25", "invasion"},
		{"1953", "1953-07-27", "armistice"},
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"links", "--at", tt.at}, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		var got struct {
			Moment string
			Events []struct{ ID string }
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, e := range got.Events {
			ids = append(ids, e.ID)
		}
		if got.Moment != tt.moment || !slices.Contains(ids, tt.event) {
			t.Errorf("--at %s: moment %s, events %v; want %s with %s", tt.at, got.Moment, ids, tt.moment, tt.event)
		}
	}
}

// TestFiguresCommand: `peninsula figures` prints every point of every
// figure, as CSV or JSON; a bad format or story is refused.
func TestFiguresCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"figures"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if lines[0] != "figure,title,unit,scale,kind,series,when,low,high,qualifier,how,source" || len(lines) < 14 {
		t.Errorf("CSV:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "us-troops,U.S. troops in South Korea,troops,,step,,2008,25000,25000,target,") {
		t.Errorf("no 2008 target row:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"figures", "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("json: exit %d", code)
	}
	var rows []struct{ Figure, When, Qualifier string }
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil || len(rows) < 13 {
		t.Errorf("JSON: %v, %d rows", err, len(rows))
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"figures", "--format", "xml"}, `figures: --format "xml": want csv or json`},
		{[]string{"figures", "--story", "story/testdata/bad/figure-unknown-unit.story.md"}, `figure-unknown-unit.story.md:15:11: unknown unit "dollars"`},
	} {
		errb.Reset()
		if code := run(tt.args, &out, &errb); code != 2 || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tt.args, code, errb.String(), tt.want)
		}
	}
}

// TestNoDisplay: without a display the window's command says so in one
// line (the GUI prints "no display found (…)" and exits 2).
func TestNoDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 2 || strings.Count(errb.String(), "\n") != 1 ||
		!strings.Contains(errb.String(), "no display found (DISPLAY is not set); `peninsula snapshot -o view.png` renders the window without one") {
		t.Errorf("the window without a display: exit %d, stderr %q", code, errb.String())
	}
}
