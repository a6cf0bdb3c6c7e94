package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// searchJSON is the part of `peninsula search`'s output the tests read.
type searchJSON struct {
	Query  string         `json:"query"`
	Counts map[string]int `json:"counts"`
	Hits   []struct {
		Kind    string   `json:"kind"`
		ID      string   `json:"id"`
		Section string   `json:"section"`
		Text    string   `json:"text"`
		Matches [][2]int `json:"matches"`
	} `json:"hits"`
}

// TestSearchCommand: `peninsula search` prints the hits as JSON, with the
// flag before or after the query, and a query of several words.
func TestSearchCommand(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.story.md")
	os.WriteFile(small, []byte("---\ntitle: Small\nplaces:\n  - {id: seoul, name: {en: Seoul, ko: 서울}, map: seoul}\n---\n\n# Small\n\n## S\n\nAbout [Seoul](place:seoul).\n"), 0o644)
	tests := []struct {
		name      string
		args      []string
		query     string
		firstKind string
		firstID   string
		passages  int // -1: any
	}{
		{"a name", []string{"Takeshima"}, "Takeshima", "place", "dokdo", 1},
		{"in Korean", []string{"독도"}, "독도", "place", "dokdo", 0},
		{"two words", []string{"38th", "Parallel"}, "38th Parallel", "place", "parallel-38", -1},
		{"flag first", []string{"--story", small, "서울"}, "서울", "place", "seoul", 0},
		{"flag after", []string{"seoul", "--story", small}, "seoul", "place", "seoul", 1},
		{"an event", []string{"sunshine"}, "sunshine", "event", "sunshine-policy", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := runSearch(tt.args, &out, &errb); err != nil {
				t.Fatalf("%v (stderr %s)", err, errb.String())
			}
			var got searchJSON
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("%v in\n%s", err, out.String())
			}
			if got.Query != tt.query {
				t.Errorf("query %q, want %q", got.Query, tt.query)
			}
			if len(got.Hits) == 0 || got.Hits[0].Kind != tt.firstKind || got.Hits[0].ID != tt.firstID {
				t.Fatalf("first hit is not %s %s:\n%s", tt.firstKind, tt.firstID, out.String())
			}
			if h := got.Hits[0]; len(h.Matches) == 0 || h.Section == "" {
				t.Errorf("first hit without matches or section: %+v", h)
			}
			if tt.passages >= 0 && got.Counts["passage"] != tt.passages {
				t.Errorf("%d passages, want %d", got.Counts["passage"], tt.passages)
			}
		})
	}
}

// TestSearchCommandErrors: no query is a usage error (exit 2), a story
// that does not load is an error naming its file.
func TestSearchCommandErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.story.md")
	bad := filepath.Join(dir, "bad.story.md")
	os.WriteFile(bad, []byte("---\ntitle: X\n---\n\n# X\n\n## S\n\nSee [Atlantis](place:atlantis).\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		usage  bool   // a usage error
		stderr string // in stderr, or in the error
	}{
		{"no query", nil, true, "give a QUERY"},
		{"blank query", []string{"  "}, true, "give a QUERY"},
		{"only a flag", []string{"--story", bad}, true, "give a QUERY"},
		{"unknown flag", []string{"seoul", "--bogus"}, true, "flag provided but not defined: -bogus"},
		{"flag without value", []string{"seoul", "--story"}, true, "flag needs an argument: -story"},
		{"missing story", []string{"seoul", "--story", missing}, false, "none.story.md: cannot read story"},
		{"broken story", []string{"--story", bad, "seoul"}, false, `bad.story.md:9:5: unknown place "atlantis"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := runSearch(tt.args, &out, &errb)
			if err == nil {
				t.Fatalf("no error; stdout %s", out.String())
			}
			if errors.Is(err, errUsage) != tt.usage {
				t.Errorf("error %v: usage %v, want %v", err, errors.Is(err, errUsage), tt.usage)
			}
			if msg := errb.String() + err.Error(); !strings.Contains(msg, tt.stderr) {
				t.Errorf("message %q does not contain %q", msg, tt.stderr)
			}
			if out.Len() != 0 {
				t.Errorf("stdout %q, want nothing", out.String())
			}
		})
	}
}
