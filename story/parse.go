package story

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// MaxSize is the largest story file Parse and Load accept, in bytes (10 MB).
const MaxSize = 10 << 20

// Options tune Parse and Load.
type Options struct {
	// KnownFeature reports whether the map has a feature with the given id;
	// a place whose map is an unknown feature id is an error. Nil accepts
	// any id.
	KnownFeature func(id string) bool
	// MapBound is the extent of the map's data; a place's point outside it
	// is warned of (it would not be shown). Nil checks nothing.
	MapBound *orb.Bound
}

// parser holds the state of one Parse.
type parser struct {
	file     string
	src      []byte
	lines    *lines
	opts     Options
	st       *Story
	diags    Diagnostics
	yamlLine int            // lines of the file before the front matter's YAML
	frontOK  bool           // the front matter could be read: links can be checked
	defPos   map[string]pos // "place:ID", "event:ID": where each is defined
	sources  []*Point       // figure points with a source, checked after the body
}

func (p *parser) errorf(at pos, format string, args ...any) {
	p.diags = append(p.diags, Diagnostic{File: p.file, Line: at.line, Col: at.col, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) warnf(at pos, format string, args ...any) {
	p.diags = append(p.diags, Diagnostic{File: p.file, Line: at.line, Col: at.col, Msg: fmt.Sprintf(format, args...), Warning: true})
}

// Load reads and parses the story file at path (see Parse). It refuses a
// file over MaxSize before reading it.
func Load(path string, opts Options) (*Story, Diagnostics) {
	fail := func(format string, args ...any) (*Story, Diagnostics) {
		return newStory(path), Diagnostics{{File: path, Msg: fmt.Sprintf(format, args...)}}
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fail("cannot read story: %v", err)
	}
	if fi.IsDir() {
		return fail("cannot read story: is a directory")
	}
	if !fi.Mode().IsRegular() {
		return fail("cannot read story: not a regular file")
	}
	if fi.Size() > MaxSize {
		return fail("story file is %d bytes, over the limit of %d (10 MB)", fi.Size(), MaxSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return fail("cannot read story: %v", err)
	}
	defer f.Close()
	// The size was checked, but a file may grow while it is read.
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return fail("cannot read story: %v", err)
	}
	if len(data) > MaxSize {
		return fail("story file is over the limit of %d bytes (10 MB)", MaxSize)
	}
	return Parse(path, data, opts)
}

// Parse parses and validates the story in data; file names it in the
// diagnostics. The Story is never nil: when there are errors it holds what
// could be read. The Diagnostics are sorted by position; Diagnostics.Err
// tells whether any is an error. Parse never panics.
func Parse(file string, data []byte, opts Options) (st *Story, ds Diagnostics) {
	p := &parser{file: file, src: data, opts: opts, st: newStory(file), defPos: map[string]pos{}}
	defer func() {
		if r := recover(); r != nil { // a bug in a dependency or here: report, don't crash
			st = p.st
			ds = append(p.diags, Diagnostic{File: file, Msg: fmt.Sprintf("internal error reading story: %v", r)})
		}
	}()
	switch {
	case len(data) == 0:
		p.errorf(pos{}, "empty story file")
	case len(data) > MaxSize:
		p.errorf(pos{}, "story file is %d bytes, over the limit of %d (10 MB)", len(data), MaxSize)
	case !utf8.Valid(data):
		p.lines = newLines(data)
		off := firstInvalid(data)
		p.errorf(p.lines.pos(off), "invalid UTF-8 (byte 0x%02x): a story file must be UTF-8", data[off])
	case bytes.IndexByte(data, 0) >= 0:
		p.lines = newLines(data)
		p.errorf(p.lines.pos(bytes.IndexByte(data, 0)), "NUL byte: a story file must be text, not a binary file")
	default:
		p.lines = newLines(data)
		p.parse()
	}
	p.diags.sort()
	return p.st, p.diags
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

func newStory(file string) *Story {
	return &Story{
		File:          file,
		places:        map[string]*Place{},
		events:        map[string]*Event{},
		eras:          map[string]*Era{},
		sections:      map[string]*Section{},
		passages:      map[string]*Passage{},
		figures:       map[string]*Figure{},
		placePassages: map[string][]*Passage{},
		placeSections: map[string][]*Section{},
		placeEvents:   map[string][]*Event{},
		eventPassages: map[string][]*Passage{},
	}
}

// parse splits the file into front matter and body and parses both.
func (p *parser) parse() {
	start := 0
	if bytes.HasPrefix(p.src, []byte("\xEF\xBB\xBF")) { // a byte order mark
		start = 3
	}
	line, next := lineAt(p.src, start)
	if !isFence(line) {
		p.errorf(pos{1, 1}, `a story must start with a "---" line and YAML front matter`)
		p.parseBody(start)
		p.finish()
		return
	}
	yamlStart := next
	end := -1
	for off := next; off < len(p.src); {
		line, next := lineAt(p.src, off)
		if isFence(line) {
			end = off
			break
		}
		off = next
	}
	if end < 0 {
		p.errorf(pos{1, 1}, `front matter has no closing "---" line`)
		return
	}
	p.yamlLine = 1
	p.frontOK = p.parseFront(p.src[yamlStart:end], pos{2, 1})
	_, bodyStart := lineAt(p.src, end)
	p.parseBody(bodyStart)
	p.finish()
}

// lineAt returns the line starting at off, without its end, and the offset
// of the next line.
func lineAt(b []byte, off int) ([]byte, int) {
	i := bytes.IndexByte(b[off:], '\n')
	if i < 0 {
		return b[off:], len(b)
	}
	return b[off : off+i], off + i + 1
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// finish warns of unlinked places and events and builds the indexes.
func (p *parser) finish() {
	st := p.st
	for _, ev := range st.Events {
		for _, id := range ev.Places {
			st.placeEvents[id] = append(st.placeEvents[id], ev)
		}
	}
	var seen []string // places of the current passage, reused
	for _, sec := range st.Sections {
		for _, ps := range sec.Passages {
			seen = seen[:0]
			add := func(id string) {
				if !contains(seen, id) {
					seen = append(seen, id)
					st.placePassages[id] = append(st.placePassages[id], ps)
					if secs := st.placeSections[id]; len(secs) == 0 || secs[len(secs)-1] != sec {
						st.placeSections[id] = append(secs, sec)
					}
				}
			}
			for _, id := range ps.Places {
				add(id)
			}
			for _, evID := range ps.Events {
				st.eventPassages[evID] = append(st.eventPassages[evID], ps)
				for _, id := range st.events[evID].Places {
					add(id)
				}
			}
		}
	}
	if !p.frontOK {
		return
	}
	p.checkFigureSources()
	for _, pl := range st.Places {
		if pl.Section != "" && st.sections[pl.Section] == nil {
			p.errorf(p.defPos["place-section:"+pl.ID], "unknown section %q for place %q", pl.Section, pl.ID)
		}
	}
	for _, pl := range st.Places {
		if len(st.placePassages[pl.ID]) == 0 {
			p.warnf(p.defPos["place:"+pl.ID], "place %q is not linked from any passage", pl.ID)
		}
	}
	for _, ev := range st.Events {
		if len(st.eventPassages[ev.ID]) == 0 {
			p.warnf(p.defPos["event:"+ev.ID], "event %q is not linked from any passage", ev.ID)
		}
	}
}
