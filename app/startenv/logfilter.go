package startenv

import (
	"io"
	"strings"
	"sync"
)

// Handled are the Fyne error reports that Peninsula deals with itself, so
// they would only alarm a user on the terminal: Fyne's own preferences file
// read while Fyne rewrites it on quit (Peninsula keeps its settings in a
// file of its own), a settings folder that cannot be used (the window says
// so in its notice bar), and the file dialog not finding a standard folder
// such as Videos.
var Handled = []string{
	"Preferences load error",
	"Failed on saving preferences",
	"Failed on force saving preferences",
	"Unable to create settings storage",
	"Settings watch error",
	"Settings load error",
	"Failed to load user theme file",
	"Failed to create app storage space",
	"Getting favorite locations",
}

// QuietFyneErrors returns a writer for the log package that passes every
// line to w except Fyne's reports (a "Fyne error: …" line and its indented
// "Cause:" and "At:" lines) of the Handled problems.
func QuietFyneErrors(w io.Writer) io.Writer { return &quiet{w: w} }

type quiet struct {
	mu       sync.Mutex
	w        io.Writer
	dropping bool
}

// Write takes one log line (the log package writes each entry whole).
func (q *quiet) Write(p []byte) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	line := string(p)
	if i := strings.Index(line, "Fyne error:"); i >= 0 {
		q.dropping = false
		for _, h := range Handled {
			if strings.Contains(line[i:], h) {
				q.dropping = true
			}
		}
	} else if q.dropping && !isDetail(line) {
		q.dropping = false
	}
	if q.dropping {
		return len(p), nil
	}
	return q.w.Write(p)
}

// isDetail reports whether a log line is the indented Cause or At line of
// a Fyne error report.
func isDetail(line string) bool {
	return strings.Contains(line, "  Cause:") || strings.Contains(line, "  At:")
}
