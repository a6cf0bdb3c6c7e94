package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"peninsula/story/storytest"
)

// TestBadInputMatrix is the command line's half of the bad-input matrix
// (README, "Troubleshooting: bad input"; the window's half is
// app.TestBadStoryInWindow): every class of bad input gets its own message,
// naming file:line:col where there is a file, and exit status 2 — never a
// panic, never status 1.
func TestBadInputMatrix(t *testing.T) {
	dir := t.TempDir()
	bad := func(name string) string { return "story/testdata/bad/" + name + ".story.md" }
	out := filepath.Join(dir, "out.png")
	notDir := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	stories, err := storytest.BadStories(dir, ".")
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		class string
		args  []string
		want  string // on stderr
	}
	var tests []row
	// Story files: each class through validate, and two through the
	// commands that read a story.
	for _, b := range stories {
		tests = append(tests, row{b.Class, []string{"validate", b.Path}, b.Want})
	}
	tests = append(tests,
		row{"bad story for links", []string{"links", "--place", "seoul", "--story", bad("unknown-place")}, bad("unknown-place") + `:22:5: unknown place "atlantis"`},
		row{"bad story for snapshot", []string{"snapshot", "-o", out, "--story", bad("reversed-range")}, bad("reversed-range") + `:12:11: bad date "1953/1950"`},

		// Flags and their values.
		row{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		row{"unknown flag", []string{"links", "--colour", "red"}, "flag provided but not defined: -colour"},
		row{"flag without its value", []string{"links", "--place"}, "flag needs an argument: -place"},
		row{"stray argument", []string{"snapshot", "-o", out, "extra"}, `snapshot: unexpected argument "extra"`},
		row{"unknown place", []string{"links", "--place", "atlantis"}, `links: unknown place "atlantis"`},
		row{"unknown place (snapshot)", []string{"snapshot", "-o", out, "--place", "atlantis"}, `unknown place "atlantis"`},
		row{"bad date", []string{"links", "--at", "1950-13"}, `bad date "1950-13"`},
		row{"bad date (snapshot)", []string{"snapshot", "-o", out, "--at", "yesterday"}, `--at: bad date "yesterday"`},
		row{"bad size", []string{"snapshot", "-o", out, "--size", "1600*1000"}, `snapshot: --size: "1600*1000" is not WIDTHxHEIGHT, e.g. 1600x1000`},
		row{"size out of range", []string{"snapshot", "-o", out, "--size", "100x100"}, `snapshot: --size: "100x100": width and height must be 200 to 8000`},
		row{"scale out of range", []string{"snapshot", "-o", out, "--scale", "9"}, "snapshot: --scale 9: want 0.5 to 4"},
		row{"scale not a number", []string{"snapshot", "-o", out, "--scale", "big"}, `invalid value "big" for flag -scale`},
		row{"scale NaN", []string{"snapshot", "-o", out, "--scale", "NaN"}, "snapshot: --scale NaN: want 0.5 to 4"},
		row{"missing output", []string{"snapshot"}, "snapshot: -o OUT.png is required"},

		// Output.
		row{"unwritable output (no such directory)", []string{"snapshot", "-o", filepath.Join(dir, "no", "x.png"), "--size", "300x200"}, "snapshot: open " + filepath.Join(dir, "no", "x.png") + ": no such file or directory"},
		row{"unwritable output (a file as directory)", []string{"snapshot", "-o", filepath.Join(notDir, "x.png"), "--size", "300x200"}, "snapshot: open " + filepath.Join(notDir, "x.png") + ": not a directory"},
		row{"unwritable output (a directory)", []string{"snapshot", "-o", dir, "--size", "300x200"}, "snapshot: open " + dir + ": is a directory"},
	)
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr: %s)", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr:\n%s\nwant it to contain:\n%s", stderr.String(), tt.want)
			}
			if strings.Contains(stderr.String(), "panic") || strings.Contains(stderr.String(), "internal error") {
				t.Errorf("stderr reports a crash:\n%s", stderr.String())
			}
		})
	}
}
