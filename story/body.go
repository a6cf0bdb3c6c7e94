package story

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown parses CommonMark with {#id} attributes on headings. It is safe
// for concurrent use.
var markdown = goldmark.New(goldmark.WithParserOptions(gmparser.WithAttribute()))

// passageIDRe matches a line that gives its paragraph an id: {#id}.
var passageIDRe = regexp.MustCompile(`^\{#([^\s{}]*)\}$`)

// body is the state of reading the Markdown body.
type body struct {
	p        *parser
	src      []byte // the body: the file from off on
	off      int    // offset of the body in the file
	sec      *Section
	discard  bool // the current section is a duplicate: don't register it
	sawBlock bool // a block came before: a "#" title is too late

	// per passage, reused
	runs  []Run
	cur   []byte
	style Run
	links *Passage
}

// parseBody reads the body, which starts at byte off of the file.
func (p *parser) parseBody(off int) {
	b := &body{p: p, src: p.src[off:], off: off}
	doc := markdown.Parser().Parse(text.NewReader(b.src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.block(n)
		b.sawBlock = true
	}
}

func (b *body) pos(off int) pos { return b.p.lines.pos(b.off + off) }

// blockPos returns the position where a block starts.
func (b *body) blockPos(n ast.Node) pos {
	if off := n.Pos(); off >= 0 {
		return b.pos(off)
	}
	if n.Lines().Len() > 0 {
		return b.pos(n.Lines().At(0).Start)
	}
	return b.pos(0)
}

func (b *body) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		switch {
		case n.Level == 1 && !b.sawBlock:
			if b.p.st.Title == "" && !b.p.frontOK {
				b.p.st.Title = b.plain(n)
			}
		case n.Level == 1:
			b.p.errorf(b.blockPos(n), `a "#" title heading must come first, and only once; use "##" for a section`)
		case n.Level == 2:
			b.section(n)
		default:
			b.passage(n, true)
		}
	case *ast.Paragraph, *ast.TextBlock, *ast.FencedCodeBlock, *ast.CodeBlock:
		b.passage(n, false)
	case *ast.HTMLBlock:
		b.p.warnf(b.blockPos(n), "HTML block ignored")
	case *ast.ThematicBreak:
	default: // lists, list items, block quotes: their paragraphs are passages
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.block(c)
		}
	}
}

// section starts a section at a "##" heading.
func (b *body) section(h *ast.Heading) {
	st := b.p.st
	at := b.blockPos(h)
	sec := &Section{Title: b.plain(h), Line: at.line}
	given := false
	if v, ok := h.AttributeString("id"); ok {
		if id, ok := v.([]byte); ok {
			sec.ID, given = string(id), true
		}
	}
	b.sec, b.discard = sec, true
	switch {
	case given && !otherIDRe.MatchString(sec.ID):
		b.p.errorf(at, "bad section id %q: use letters, digits, -, _ and .", sec.ID)
		return
	case !given:
		sec.ID = Slug(sec.Title)
		if sec.ID == "" {
			sec.ID = fmt.Sprintf("section-%d", len(st.Sections)+1)
		}
	}
	if prev := st.sections[sec.ID]; prev != nil {
		hint := ""
		if !given {
			hint = " (give the heading an id: ## Title {#id})"
		}
		b.p.errorf(at, "duplicate section id %q, first defined at line %d%s", sec.ID, prev.Line, hint)
		return
	}
	b.discard = false
	st.Sections = append(st.Sections, sec)
	st.sections[sec.ID] = sec
}

// Slug is the id a section gets from its heading when it gives none:
// letters and digits in lower case, apostrophes dropped, every other run
// of characters one "-". The importer writes the same ids.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
		default:
			dash = true
		}
	}
	return b.String()
}

// passage reads a block as a passage of the current section.
func (b *body) passage(n ast.Node, bold bool) {
	st := b.p.st
	at := b.blockPos(n)
	ps := &Passage{Line: at.line}
	b.runs, b.cur, b.style, b.links = b.runs[:0], b.cur[:0], Run{Bold: bold}, ps
	cut := -1
	switch n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.cur = append(b.cur, seg.Value(b.src)...)
		}
	default:
		if lines := n.Lines(); lines.Len() > 0 {
			last := lines.At(lines.Len() - 1)
			if m := passageIDRe.FindSubmatch(bytes.TrimSpace(last.Value(b.src))); m != nil {
				if lines.Len() == 1 {
					b.p.errorf(b.pos(last.Start), "a {#id} line must end a paragraph, not stand alone")
					return
				}
				ps.ID, cut = string(m[1]), last.Start
				if !otherIDRe.MatchString(ps.ID) {
					b.p.errorf(b.pos(last.Start), "bad passage id %q: use letters, digits, -, _ and .", ps.ID)
					return
				}
			}
		}
		b.inline(n, cut)
	}
	b.flush()
	ps.Runs, ps.text = trimRuns(b.runs)
	if len(ps.Runs) == 0 {
		return
	}
	if b.sec == nil {
		b.sec = &Section{ID: "intro", Title: st.Title, Line: ps.Line}
		st.Sections = append(st.Sections, b.sec)
		st.sections["intro"] = b.sec
	}
	ps.Section = b.sec
	if ps.ID == "" {
		ps.ID = fmt.Sprintf("%s-%d", b.sec.ID, len(b.sec.Passages)+1)
	}
	if b.discard {
		return
	}
	if prev := st.passages[ps.ID]; prev != nil {
		b.p.errorf(at, "duplicate passage id %q, first defined at line %d", ps.ID, prev.Line)
		return
	}
	b.sec.Passages = append(b.sec.Passages, ps)
	st.passages[ps.ID] = ps
}

// plain returns the text of a block's inlines.
func (b *body) plain(n ast.Node) string {
	b.runs, b.cur, b.style, b.links = b.runs[:0], b.cur[:0], Run{}, nil
	b.inline(n, -1)
	b.flush()
	_, s := trimRuns(b.runs)
	return s
}

// inline adds the runs of n's inline children, skipping text from byte cut
// of the body on (cut < 0: none skipped).
func (b *body) inline(n ast.Node, cut int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if cut >= 0 && c.Segment.Start >= cut {
				continue
			}
			v := c.Segment.Value(b.src)
			if !c.IsRaw() && bytes.ContainsAny(v, `\&`) {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.cur = append(b.cur, v...)
			switch {
			case c.HardLineBreak():
				b.cur = append(b.cur, '\n')
			case c.SoftLineBreak():
				b.cur = append(b.cur, ' ')
			}
		case *ast.String:
			b.cur = append(b.cur, c.Value...)
		case *ast.Emphasis:
			saved := b.style
			b.setStyle(Run{Bold: saved.Bold || c.Level >= 2, Italic: saved.Italic || c.Level < 2, Link: saved.Link})
			b.inline(c, cut)
			b.setStyle(saved)
		case *ast.Link:
			saved := b.style
			b.setStyle(Run{Bold: saved.Bold, Italic: saved.Italic, Link: b.link(c)})
			b.inline(c, cut)
			b.setStyle(saved)
		case *ast.AutoLink:
			saved := b.style
			link := saved.Link
			if u := string(c.URL(b.src)); c.AutoLinkType == ast.AutoLinkURL && isWebURL(u) {
				link = Link{Kind: LinkURL, Target: u}
			}
			b.setStyle(Run{Bold: saved.Bold, Italic: saved.Italic, Link: link})
			b.cur = append(b.cur, c.Label(b.src)...)
			b.setStyle(saved)
		case *ast.RawHTML: // tags are dropped; the text between them is kept
		default: // code spans, images (their alt text) and the rest
			b.inline(c, cut)
		}
	}
}

// setStyle starts a new run if the style changes.
func (b *body) setStyle(r Run) {
	if r.Bold == b.style.Bold && r.Italic == b.style.Italic && r.Link == b.style.Link {
		return
	}
	b.flush()
	b.style = r
}

// flush ends the current run.
func (b *body) flush() {
	if len(b.cur) == 0 {
		return
	}
	r := b.style
	r.Text = string(b.cur)
	b.cur = b.cur[:0]
	if n := len(b.runs); n > 0 && b.runs[n-1].Bold == r.Bold && b.runs[n-1].Italic == r.Italic && b.runs[n-1].Link == r.Link {
		b.runs[n-1].Text += r.Text
		return
	}
	b.runs = append(b.runs, r)
}

// trimRuns trims the space around the runs, drops empty ones and returns a
// copy of them with their text.
func trimRuns(runs []Run) ([]Run, string) {
	for len(runs) > 0 {
		runs[0].Text = strings.TrimLeft(runs[0].Text, " \t\n")
		if runs[0].Text != "" {
			break
		}
		runs = runs[1:]
	}
	for len(runs) > 0 {
		n := len(runs) - 1
		runs[n].Text = strings.TrimRight(runs[n].Text, " \t\n")
		if runs[n].Text != "" {
			break
		}
		runs = runs[:n]
	}
	if len(runs) == 0 {
		return nil, ""
	}
	out := make([]Run, len(runs))
	copy(out, runs)
	if len(out) == 1 {
		return out, out[0].Text
	}
	var s strings.Builder
	for _, r := range out {
		s.WriteString(r.Text)
	}
	return out, s.String()
}

// link checks a link's target and records it in the current passage.
func (b *body) link(l *ast.Link) Link {
	st := b.p.st
	at := b.pos(max(l.Pos(), 0))
	dest := string(l.Destination)
	kind, id, isRef := strings.Cut(dest, ":")
	switch {
	case isRef && kind == "place":
		if st.places[id] == nil {
			if b.p.frontOK {
				b.p.errorf(at, "unknown place %q", id)
			}
			return Link{}
		}
		if b.links != nil && !contains(b.links.Places, id) {
			b.links.Places = append(b.links.Places, id)
		}
		return Link{Kind: LinkPlace, Target: id}
	case isRef && kind == "event":
		if st.events[id] == nil {
			if b.p.frontOK {
				b.p.errorf(at, "unknown event %q", id)
			}
			return Link{}
		}
		if b.links != nil && !contains(b.links.Events, id) {
			b.links.Events = append(b.links.Events, id)
		}
		return Link{Kind: LinkEvent, Target: id}
	case isRef && kind == "figure":
		if st.figures[id] == nil {
			if b.p.frontOK {
				b.p.errorf(at, "unknown figure %q", id)
			}
			return Link{}
		}
		if b.links != nil && !contains(b.links.Figures, id) {
			b.links.Figures = append(b.links.Figures, id)
		}
		return Link{Kind: LinkFigure, Target: id}
	case isWebURL(dest):
		return Link{Kind: LinkURL, Target: dest}
	case isRef && kind != "" && !strings.ContainsAny(kind, " /#?"):
		b.p.errorf(at, "unknown link scheme %q in %q (want place:ID, event:ID, figure:ID, http:// or https://)", kind+":", dest)
	default:
		b.p.errorf(at, "link target %q is not place:ID, event:ID, figure:ID, http:// or https://", dest)
	}
	return Link{}
}
