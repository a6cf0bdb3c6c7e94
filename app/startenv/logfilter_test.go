package startenv

import (
	"bytes"
	"log"
	"testing"
)

// TestQuietFyneErrors: Fyne's reports of handled problems, with their
// Cause and At lines, are dropped; other reports and other lines pass.
func TestQuietFyneErrors(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"a handled report and its details", []string{
			"Fyne error:  Preferences load error:", "  Cause: EOF", "  At: preferences.go:103"}, ""},
		{"an unknown report stays", []string{
			"Fyne error:  Something new", "  Cause: boom"}, "Fyne error:  Something new\n  Cause: boom\n"},
		{"a line after a handled report stays", []string{
			"Fyne error:  Getting favorite locations", "  Cause: no VIDEOS folder", "peninsula: hello"}, "peninsula: hello\n"},
		{"a handled report after an unknown one", []string{
			"Fyne error:  Other", "Fyne error:  Settings watch error:", "  Cause: not a directory"}, "Fyne error:  Other\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			l := log.New(QuietFyneErrors(&buf), "", 0)
			for _, s := range tc.lines {
				l.Println(s)
			}
			if buf.String() != tc.want {
				t.Errorf("got %q, want %q", buf.String(), tc.want)
			}
		})
	}
}
