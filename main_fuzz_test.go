package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// FuzzRun fuzzes the command line of the commands that need no display
// (validate, links, snapshot, version, help and unknown ones): whatever the
// arguments, run must not panic; a failure must say why on stderr without a
// stack trace, and a success must have done its job — validate says "ok"
// for every file, links prints JSON, snapshot writes a PNG of the size
// asked for. The arguments are one string split at spaces.
//
// Arguments that would open a window (no command, or `measure`) are
// skipped, snapshot's -o is redirected into a temporary directory, and
// snapshots larger than 1600×1000 pixels are skipped (they are slow and
// --size 8000x8000 --scale 4 is a 4 GB image); paths into /dev, /proc and
// /sys are skipped.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"version",
		"help",
		"frobnicate",
		"validate assets/korea.story.md",
		"validate story/testdata/good.story.md story/testdata/bad/yaml-syntax.story.md",
		"validate",
		"validate --bogus x",
		"links --place dokdo",
		"links --place=seoul --story story/testdata/good.story.md",
		"links --at 1950-06-25",
		"links --at 1980s",
		"links --at soon",
		"links --place atlantis",
		"links --at 1950 --place seoul",
		"links -h",
		"links --place dokdo extra",
		"snapshot",
		"snapshot -o out.png --size 400x300 --place dokdo --at 1953",
		"snapshot -o=out.png --size=300x200 --scale=2",
		"snapshot -o out.png --size big",
		"snapshot -o out.png --size 100x100",
		"snapshot -o out.png --scale 9",
		"snapshot -o out.png --size 300x200 --story story/testdata/bad/empty.story.md",
		"snapshot -o out.png --size 300x200 --at 1950-13",
		"snapshot --size 300x200 -o",
		"snapshot -- -o out.png",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		if len(args) == 0 || strings.HasPrefix(args[0], "-") || args[0] == "measure" {
			return // the window
		}
		if strings.Contains(line, "/dev") || strings.Contains(line, "/proc") || strings.Contains(line, "/sys") {
			return // device files: validate /dev/zero would read forever
		}
		out := filepath.Join(t.TempDir(), "out.png")
		if args[0] == "snapshot" {
			if !smallSnapshot(args[1:]) {
				return
			}
			redirectOutput(args[1:], out)
		}
		var stdout, stderr bytes.Buffer
		code := run(args, &stdout, &stderr)
		switch {
		case code == 2:
			if msg := stderr.String(); strings.TrimSpace(msg) == "" || strings.Contains(msg, "goroutine ") {
				t.Fatalf("run(%q) failed with the message %q", args, msg)
			}
		case code != 0:
			t.Fatalf("run(%q) = %d, want 0 or 2", args, code)
		default:
			checkSuccess(t, args, stdout.String(), out)
		}
	})
}

// checkSuccess checks that a command that exited with 0 did its job.
func checkSuccess(t *testing.T, args []string, stdout, out string) {
	t.Helper()
	if slices.Contains(args, "-h") || slices.Contains(args, "--help") || slices.Contains(args, "-help") {
		return // the usage, on stderr
	}
	switch args[0] {
	case "version":
		if !strings.HasPrefix(stdout, "peninsula ") {
			t.Errorf("version printed %q", stdout)
		}
	case "validate":
		files := 0
		for _, a := range args[1:] {
			if !strings.HasPrefix(a, "-") {
				files++
			}
		}
		if n := strings.Count(stdout, ": ok\n"); n != files {
			t.Errorf("validate %q said ok %d times for %d files", args[1:], n, files)
		}
	case "links":
		if !json.Valid([]byte(stdout)) {
			t.Errorf("links %q printed no JSON: %q", args[1:], stdout)
		}
	case "snapshot":
		f, err := os.Open(out)
		if err != nil {
			t.Fatalf("snapshot %q exited 0 but wrote no PNG: %v", args[1:], err)
		}
		defer f.Close()
		cfg, err := png.DecodeConfig(f)
		w, h := 1600, 1000
		if v, ok := flagValue(args[1:], "size"); ok {
			if sz, err := parseSize(v); err == nil {
				w, h = int(sz.Width), int(sz.Height)
			}
		}
		scale := 1.0
		if v, ok := flagValue(args[1:], "scale"); ok {
			scale, _ = strconv.ParseFloat(v, 64)
		}
		if err != nil || math.Abs(float64(cfg.Width)-float64(w)*scale) > 1 || math.Abs(float64(cfg.Height)-float64(h)*scale) > 1 {
			t.Errorf("snapshot %q wrote %dx%d (%v), want %vx%v", args[1:], cfg.Width, cfg.Height, err, float64(w)*scale, float64(h)*scale)
		}
	case "help":
		if !strings.Contains(stdout, "Usage:") {
			t.Errorf("help printed %q", stdout)
		}
	}
}

// flagValue returns the last value given to flag name (-name V, --name V,
// -name=V or --name=V) in args, as the flag package would read it.
func flagValue(args []string, name string) (string, bool) {
	val, found := "", false
	for i := 0; i < len(args); i++ {
		a := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-")
		if a == args[i] {
			continue // not a flag
		}
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			val, found = v, true
		} else if a == name && i+1 < len(args) {
			val, found = args[i+1], true
			i++
		}
	}
	return val, found
}

// smallSnapshot reports whether the snapshot the arguments ask for has at
// most 1600×1000 pixels (or would be refused anyway).
func smallSnapshot(args []string) bool {
	w, h, scale := 1600.0, 1000.0, 1.0
	if v, ok := flagValue(args, "size"); ok {
		if sz, err := parseSize(v); err == nil {
			w, h = float64(sz.Width), float64(sz.Height)
		}
	}
	if v, ok := flagValue(args, "scale"); ok {
		if s, err := strconv.ParseFloat(v, 64); err == nil {
			scale = s
		}
	}
	if scale != scale { // NaN passes the command's range check
		scale = 1
	}
	return w*h*scale*scale <= 1600*1000
}

// redirectOutput points every -o in args at path.
func redirectOutput(args []string, path string) {
	for i := 0; i < len(args); i++ {
		a := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-")
		if a == args[i] {
			continue
		}
		if strings.HasPrefix(a, "o=") {
			args[i] = "-o=" + path
		} else if a == "o" && i+1 < len(args) {
			args[i+1] = path
			i++
		}
	}
}
