package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"peninsula/geo"
	"peninsula/story/storytest"
)

// TestBadStoryInWindow is the window's half of the bad-input matrix (the
// command line's is TestBadInputMatrix in package main; both walk
// storytest.BadStories): a story that does not load, opened with File ▸
// Open or dropped on the window, is reported in an error dialog naming the
// file, line and problem; the story shown before stays, and the app goes on
// working.
func TestBadStoryInWindow(t *testing.T) {
	stories, err := storytest.BadStories(t.TempDir(), "..")
	if err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	korea := u.Story()
	for _, b := range stories {
		t.Run(b.Class, func(t *testing.T) {
			u.openStoryIn(b.Path, w)
			top := w.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			want := strings.TrimPrefix(b.Want, "../")
			if text := strings.Join(texts(top), "\n"); !strings.Contains(text, want) || !strings.Contains(text, "The story shown before stays open.") {
				t.Errorf("the dialog says:\n%s\nwant it to contain %q", text, want)
			}
			if u.Story() != korea {
				t.Errorf("the story changed to %v", u.Story())
			}
			w.Canvas().Overlays().Remove(top) // the user closes the dialog
			stillWorks(t, u, w)
		})
	}
	// A good story after all that opens as usual.
	u.openStoryIn("../story/testdata/good.story.md", w)
	if u.Story() == korea || w.Canvas().Overlays().Top() != nil {
		t.Errorf("the good story did not replace the Korea story, or a dialog is open")
	}
}

// stillWorks checks that the UI answers: time and place move every view,
// and the window renders.
func stillWorks(t *testing.T, u *UI, w fyne.Window) {
	t.Helper()
	if err := u.SelectTime("1953-07-27", FromCommandLine); err != nil {
		t.Fatalf("SelectTime: %v", err)
	}
	if !u.Timeline.Time.Equal(u.State.Time()) || !slices.Contains(u.MapView.Highlighted, "panmunjom") {
		t.Errorf("after moving time: timeline at %v, map highlights %v", u.Timeline.Time, u.MapView.Highlighted)
	}
	if err := u.SelectPlace("dokdo", FromCommandLine); err != nil {
		t.Fatalf("SelectPlace: %v", err)
	}
	if u.Reader.BarText() != "1 passage about Dokdo / Takeshima" {
		t.Errorf("selecting dokdo: the reader's bar says %q", u.Reader.BarText())
	}
	u.State.SelectPlace("", FromKeyboard)
	// The map shows the armistice line and Panmunjom's outline.
	img := w.Canvas().Capture()
	p := mapPos(u, 126.6775, 37.9556)
	if c := img.At(int(p.X), int(p.Y)); c == img.At(5, 5) {
		t.Errorf("the map at Panmunjom looks like the corner (%v)", c)
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
