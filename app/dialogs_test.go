package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"peninsula/assets"
	"peninsula/story"
)

// TestNoticeFormatted: About shows NOTICE as formatted text — headings as
// headings, no "====" or "----" underlines, paragraphs joined.
func TestNoticeFormatted(t *testing.T) {
	segs := noticeSegments(assets.Notice)
	headings := 0
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if strings.Contains(ts.Text, "====") || strings.Contains(ts.Text, "----") {
			t.Errorf("an underline is shown: %q", ts.Text)
		}
		if ts.Style == widget.RichTextStyleHeading || ts.Style == widget.RichTextStyleSubHeading {
			headings++
		}
		if ts.Style == widget.RichTextStyleParagraph && strings.Contains(ts.Text, "\n") {
			t.Errorf("a paragraph keeps its hard line breaks: %q", ts.Text)
		}
	}
	if headings < 4 || segs[0].(*widget.TextSegment).Text != "Peninsula — third-party data and sources" {
		t.Errorf("%d headings; the first segment is %q", headings, segs[0].(*widget.TextSegment).Text)
	}
}

// TestProblemCount: "1 problem", "2 problems", never "problem(s)".
func TestProblemCount(t *testing.T) {
	d := story.Diagnostic{File: "x.story.md", Line: 1, Col: 1, Msg: "bad"}
	w := story.Diagnostic{File: "x.story.md", Line: 2, Col: 1, Msg: "meh", Warning: true}
	for _, tt := range []struct {
		ds   story.Diagnostics
		want string
	}{
		{story.Diagnostics{d, w}, "The story has 1 problem:"},
		{story.Diagnostics{d, d}, "The story has 2 problems:"},
	} {
		if got := errorText(tt.ds); !strings.HasPrefix(got, tt.want) || strings.Contains(got, "(s)") {
			t.Errorf("errorText = %q, want it to start %q", got, tt.want)
		}
	}
}

// TestOpenDialogFolder: File ▸ Open starts in the folder of the story
// shown, or of the one opened last when the built-in story is shown.
func TestOpenDialogFolder(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(800, 600))
	if got := u.storyFolder(); got != "" {
		t.Errorf("first start: %q", got)
	}
	good, _ := filepath.Abs("../story/testdata/good.story.md")
	if err := u.OpenStory(good); err != nil {
		t.Fatal(err)
	}
	if got := u.storyFolder(); got != filepath.Dir(good) {
		t.Errorf("after opening %s: %q", good, got)
	}
	u.SetStory(testData(t).Story) // the built-in story again
	u.storyPath = ""
	if got := u.storyFolder(); got != filepath.Dir(good) {
		t.Errorf("with the built-in story shown: %q, want the last opened folder", got)
	}
}

// TestHelpTellsTheFeatures: Help ▸ Keyboard shortcuts lists every key of
// Shortcuts and says where Find, Compare, Names and live reload are.
func TestHelpTellsTheFeatures(t *testing.T) {
	newTestApp(t)
	got := strings.Join(texts(shortcutsTable()), "\n")
	for _, s := range Shortcuts {
		if !strings.Contains(got, s.Keys) || !strings.Contains(got, s.Does) {
			t.Errorf("Help lacks the row %q: %q", s.Keys, s.Does)
		}
	}
	for _, want := range []string{"View ▸ Find (Ctrl+F)", "View ▸ Compare two moments", "second handle (B)", "View ▸ Names", "reloaded when you save it"} {
		if !strings.Contains(got, want) {
			t.Errorf("Help does not say %q", want)
		}
	}
}
