package app

import (
	"fmt"
	"strings"
	"time"

	"peninsula/app/findbox"
	"peninsula/geo"
	"peninsula/search"
)

// finder wires the search box over the text (Ctrl+F, View ▸ Find): as the
// reader types, the passages, places and events that match are listed by
// kind with counts, marked in the text, outlined on the map and haloed on
// the timeline. Return, ↓ and ↑ step through the hits (the text scrolls to
// a passage, the map and timeline follow a place or an event); Esc closes
// the box and puts the view back as it was when the box opened.
type finder struct {
	u     *UI
	box   *findbox.Box
	index *search.Index
	res   search.Results
	cur   int // the hit stepped to; -1 before the first step
	saved findSaved
}

// findSaved is the view when the box opened, put back by Esc.
type findSaved struct {
	place, passage string
	at             time.Time
	vp             geo.Viewport
	moved          bool
	offset         float32
}

func (u *UI) newFinder() *finder {
	f := &finder{u: u, cur: -1, box: findbox.New("Find places, events and text")}
	f.box.OnQuery = f.query
	f.box.OnStep = f.step
	f.box.OnChoose = f.goTo
	f.box.OnClose = func() { f.close(true) }
	f.box.Hide()
	return f
}

// open shows the box with the focus in its field, remembering the view to
// put back on Esc; open again, it selects its text for a new query.
func (f *finder) open() {
	u := f.u
	if !f.box.Visible() {
		f.saved = findSaved{place: u.State.Place(), passage: u.State.Passage(), at: u.State.Time(),
			vp: u.MapView.Viewport(), moved: u.MapView.Moved(), offset: u.Reader.Offset()}
		f.box.Show()
		u.readerPane.Refresh() // lay the text out under the box
		f.query(f.box.Text())
	}
	if c := u.canvas(); c != nil {
		c.Focus(f.box.Field())
	}
	if f.box.Text() != "" {
		f.box.SelectAll()
	}
}

// close hides the box and clears the marks; restore puts the view back as
// it was when the box opened.
func (f *finder) close(restore bool) {
	if !f.box.Visible() {
		return
	}
	u := f.u
	f.box.Hide()
	u.readerPane.Refresh()
	f.mark(search.Results{})
	if c := u.canvas(); c != nil {
		c.Unfocus()
	}
	if !restore {
		return
	}
	s := f.saved
	u.State.SetTime(s.at, FromKeyboard)
	u.State.SelectPlace(s.place, FromKeyboard)
	u.State.FocusPassage(s.passage, FromKeyboard)
	if s.moved {
		u.MapView.SetViewport(s.vp)
	} else {
		u.MapView.Reset()
	}
	u.Reader.ScrollToOffset(s.offset)
}

// query runs the search for the text typed and shows its results.
func (f *finder) query(text string) {
	if f.index == nil {
		return
	}
	f.res = f.index.Search(text)
	f.cur = -1
	f.mark(f.res)
	f.list()
}

// mark marks the results in the text, on the map and on the timeline.
func (f *finder) mark(res search.Results) {
	u := f.u
	var places, events []string
	for _, h := range res.Hits {
		switch h.Kind {
		case search.KindPlace:
			places = append(places, u.Explainer.Feature(h.ID))
		case search.KindEvent:
			events = append(events, h.ID)
		}
	}
	var marks map[string][][2]int
	if f.index != nil && res.Query != "" {
		marks = f.index.Marks(res.Query)
	}
	u.Reader.SetMarks(marks)
	u.MapView.SetFound(places)
	u.Timeline.SetMatched(events)
}

// kindTitles head the groups of the list.
var kindTitles = map[search.Kind]string{search.KindPlace: "Places", search.KindEvent: "Events", search.KindPassage: "In the text"}

// list shows the hits under their kinds, with the counts.
func (f *finder) list() {
	c := f.res.Counts
	summary := fmt.Sprintf("%s · %s · %s", plural(c.Place, "place"), plural(c.Event, "event"), plural(c.Passage, "passage"))
	switch {
	case strings.TrimSpace(f.res.Query) == "":
		summary = "Type to search the story's places, events and text."
	case c.Place+c.Event+c.Passage == 0:
		summary = "Nothing found."
	}
	var groups []findbox.Group
	for _, h := range f.res.Hits {
		if len(groups) == 0 || groups[len(groups)-1].Title != kindTitles[h.Kind] {
			groups = append(groups, findbox.Group{Title: kindTitles[h.Kind]})
		}
		g := &groups[len(groups)-1]
		g.Hits = append(g.Hits, excerpt(h))
	}
	f.box.SetResults(summary, groups, f.cur)
}

// excerpt is a hit's line in the list: a passage's text from a little
// before its first match, anything else whole, on one line.
func excerpt(h search.Hit) string {
	s := h.Text
	if h.Kind == search.KindPassage && len(h.Matches) > 0 {
		from := max(0, h.Matches[0][0]-30)
		for from > 0 && s[from-1] != ' ' {
			from--
		}
		if s = s[from:]; from > 0 {
			s = "…" + s
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 90 {
		s = string(r[:89]) + "…"
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// step goes to the next (d > 0) or previous hit, round the list.
func (f *finder) step(d int) {
	n := len(f.res.Hits)
	if n == 0 {
		return
	}
	i := f.cur + d
	if f.cur < 0 && d < 0 {
		i = n - 1
	}
	f.goTo((i%n + n) % n)
}

// goTo shows hit i: a place is selected (the map and the text go to it),
// an event becomes the moment, a passage is brought into view and
// focused, and the moment moves to its first event.
func (f *finder) goTo(i int) {
	u, h := f.u, f.res.Hits[i]
	f.cur = i
	switch h.Kind {
	case search.KindPlace:
		u.State.SelectPlace(h.ID, FromSearch)
	case search.KindEvent:
		u.goToEvent(h.ID, FromSearch)
		if ps := u.Explainer.Story.PassagesForEvent(h.ID); len(ps) > 0 {
			u.Reader.Reveal(ps[0].ID)
		}
	case search.KindPassage:
		if p := u.Explainer.Story.Passage(h.ID); p != nil && len(p.Events) > 0 {
			u.goToEvent(p.Events[0], FromSearch)
		}
		u.State.FocusPassage(h.ID, FromSearch)
		u.Reader.Reveal(h.ID)
	}
	f.list()
	if c := u.canvas(); c != nil {
		c.Focus(f.box.Field())
	}
}
