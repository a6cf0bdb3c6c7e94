package story

import (
	"fmt"
	"sort"
	"strings"
)

// Diagnostic is one problem found in a story file. Line and Col count from 1
// (Col in characters); both are 0 when the problem concerns the whole file.
type Diagnostic struct {
	File      string
	Line, Col int
	Msg       string
	Warning   bool // a warning does not make the story unusable
}

// String returns "file:line:col: message", with "warning: " before the
// message of a warning and without line and column when they are 0.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", d.Line, d.Col)
	}
	b.WriteString(": ")
	if d.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(d.Msg)
	return b.String()
}

// Diagnostics is the list of problems of a story file, sorted by position.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error (not a warning).
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if !d.Warning {
			return true
		}
	}
	return false
}

// Err returns nil if there is no error among the diagnostics (warnings are
// not errors), else an Errors holding the errors.
func (ds Diagnostics) Err() error {
	var errs Errors
	for _, d := range ds {
		if !d.Warning {
			errs = append(errs, d)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Errors is the error returned by Diagnostics.Err.
type Errors []Diagnostic

// Error lists the errors one a line, each as "story: file:line:col: message".
func (e Errors) Error() string {
	var b strings.Builder
	for i, d := range e {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("story: ")
		b.WriteString(d.String())
	}
	return b.String()
}

func (ds Diagnostics) sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}

// pos is a position in the file.
type pos struct{ line, col int }

// lines maps byte offsets of a file to positions.
type lines struct {
	src    []byte
	starts []int // byte offset of the start of each line
}

func newLines(src []byte) *lines {
	starts := make([]int, 1, 64+len(src)/40)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lines{src: src, starts: starts}
}

// pos returns the line and character column of a byte offset.
func (l *lines) pos(off int) pos {
	if off < 0 {
		off = 0
	}
	if off > len(l.src) {
		off = len(l.src)
	}
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	col := 1
	for _, c := range l.src[l.starts[i]:off] {
		if c&0xC0 != 0x80 { // count runes: skip continuation bytes
			col++
		}
	}
	return pos{i + 1, col}
}
