package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"peninsula/geo"
)

// TestBadStoryInWindow is the window's half of the bad-input matrix (the
// command line's is TestBadInputMatrix in package main): a story that does
// not load, opened with File ▸ Open (UI.OpenStory), is reported in an error
// dialog naming the file, line and problem; the story shown before stays,
// and the app goes on working.
func TestBadStoryInWindow(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := func(name string) string { return "../story/testdata/bad/" + name + ".story.md" }
	tests := []struct {
		class, path, want string
	}{
		{"empty file", write("empty.story.md", nil), "empty.story.md: empty story file"},
		{"binary file", write("binary.story.md", []byte("\x89PNG\r\n\x1a\n\x00")), "binary.story.md:1:1: invalid UTF-8 (byte 0x89)"},
		{"11 MB file", write("big.story.md", bytes.Repeat([]byte("# x\n"), 11<<20/4)), "big.story.md: story file is 11534336 bytes, over the limit of 10485760 (10 MB)"},
		{"missing file", filepath.Join(dir, "none.story.md"), "none.story.md: cannot read story: stat"},
		{"a directory", dir, ": cannot read story: is a directory"},
		{"YAML syntax error", bad("yaml-syntax"), "yaml-syntax.story.md:14:5: YAML: ',' or ']' must be specified"},
		{"unknown link target", bad("unknown-place"), `unknown-place.story.md:22:5: unknown place "atlantis"`},
		{"duplicate id", bad("duplicate-passage"), `duplicate-passage.story.md:24:1: duplicate passage id "landing", first defined at line 21`},
		{"bad date", bad("bad-date"), `bad-date.story.md:12:11: bad date "1950-02-30"`},
		{"reversed range", bad("reversed-range"), `reversed-range.story.md:12:11: bad date "1953/1950": range start 1953 is after end 1950`},
		{"coordinates out of range", bad("coordinates-out-of-range"), `coordinates-out-of-range.story.md:9:28: place "incheon" latitude 97.456 out of range -90..90`},
		{"missing English name", bad("missing-english-name"), `missing-english-name.story.md:8:12: place "incheon" has no English name (name.en)`},
	}
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	korea := u.Story
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			err := u.OpenStory(tt.path, w)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("OpenStory: %v\nwant an error containing %q", err, tt.want)
			}
			top := w.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			if text := strings.Join(texts(top), "\n"); !strings.Contains(text, tt.want) {
				t.Errorf("the dialog says:\n%s\nwant it to contain %q", text, tt.want)
			}
			if u.Story != korea {
				t.Errorf("the story changed to %v", u.Story)
			}
			w.Canvas().Overlays().Remove(top) // the user closes the dialog
			stillWorks(t, u, w)
		})
	}
	// A good story after all that opens as usual.
	if err := u.OpenStory("../story/testdata/good.story.md", w); err != nil {
		t.Fatalf("the good story: %v", err)
	}
	if u.Story == korea || w.Canvas().Overlays().Top() != nil {
		t.Errorf("the good story did not replace the Korea story, or a dialog is open")
	}
}

// stillWorks checks that the UI answers: time and place move every view,
// and the window renders.
func stillWorks(t *testing.T, u *UI, w fyne.Window) {
	t.Helper()
	if err := u.SelectTime("1953-07-27"); err != nil {
		t.Fatalf("SelectTime: %v", err)
	}
	if !u.Timeline.Time.Equal(u.State.Time()) || len(u.MapView.Highlighted) == 0 {
		t.Errorf("after moving time: timeline at %v, map highlights %v", u.Timeline.Time, u.MapView.Highlighted)
	}
	if err := u.SelectPlace("dokdo"); err != nil {
		t.Fatalf("SelectPlace: %v", err)
	}
	if u.Reader.BarText() == "" {
		t.Errorf("selecting dokdo left the reader's bar empty")
	}
	u.State.SetPlace("")
	if img := w.Canvas().Capture(); img.Bounds().Dx() == 0 {
		t.Errorf("the window renders nothing")
	}
}

// texts returns the text shown by obj and everything in it.
func texts(obj fyne.CanvasObject) []string {
	var out []string
	switch o := obj.(type) {
	case *canvas.Text:
		return []string{o.Text}
	case *widget.Label:
		return []string{o.Text}
	case *widget.RichText:
		return []string{o.String()}
	case *fyne.Container:
		for _, c := range o.Objects {
			out = append(out, texts(c)...)
		}
		return out
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, texts(c)...)
		}
	}
	return out
}

// TestBadMapData: the map data is built in, but a bad GeoJSON file (as
// make mapdata could write) is refused with the file, the line and column
// of a syntax error or the feature, never a panic.
func TestBadMapData(t *testing.T) {
	good := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`
	tests := []struct {
		class, data, want string
	}{
		{"empty file", "", "geo: bad.geojson: empty file"},
		{"binary file", "\x89PNG\r\n\x1a\n", "geo: bad.geojson:1:1: invalid character '\\u0089' looking for beginning of value"},
		{"JSON syntax error", "{\"type\": \"FeatureCollection\",\n \"features\": [}", "geo: bad.geojson:2:15: invalid character '}'"},
		{"not a feature collection", `{"type":"Feature"}`, `geo: bad.geojson: type is "Feature", want "FeatureCollection"`},
		{"coordinates out of range", strings.Replace(good, "[1,2]", "[200,2]", 1), "geo: bad.geojson: feature 1: x: coordinate [200, 2] out of range"},
		{"missing name", strings.Replace(good, `"name":"X"`, `"title":"X"`, 1), `geo: bad.geojson: feature 1: x: missing "name" property`},
		{"duplicate id", strings.Replace(good, "}}]}", "}},"+good[strings.Index(good, "[{")+1:], 1), `geo: bad.geojson: feature 2: duplicate id "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			_, err := geo.Load(geo.Source{Name: "bad.geojson", Data: []byte(tt.data)})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}
