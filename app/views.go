package app

import (
	"time"
)

// readerPause is how long after the user scrolls the text the timeline
// leaves the text where it is.
const readerPause = 2 * time.Second

// viewBuffers hold what the views are given on each change, reused so a
// scrub step allocates nothing, and what the reader last scrolled to.
type viewBuffers struct {
	features, hidden, passages, events []string
	marked                             []int
	revealed                           string // the moment's passage the reader last scrolled to
}

// show brings every view in line with the State after a change. What a
// view shows depends on the State alone; where the change came from decides
// only the movements: the reader jumps to a selected place's own section
// unless the selection came from the text, the map moves to it unless it
// came from the map, and the text follows the moment unless the change
// came from the text or the user is reading.
func (u *UI) show(c Change) {
	e := u.Explainer
	place := u.State.Place()
	if c.What&PlaceChanged != 0 {
		fid := e.Feature(place)
		u.MapView.SetSelected(fid)
		if place != "" && c.Source != FromMap {
			u.MapView.FocusOn(fid)
		}
		u.info.SetInfo(e.Describe(place))
		u.overlay.Refresh() // the card's size follows its lines
		name := ""
		if place != "" {
			name = e.Name(place)
		}
		u.Reader.SetSelection(name, e.PlacePassages(place))
		u.views.marked = e.PlaceEvents(place, u.views.marked)
		u.Timeline.SetMarked(u.views.marked)
		u.showFigures(place)
		if place != "" && c.Source != FromReader && e.Story != nil {
			if sec := e.Story.HomeSection(place); sec != nil {
				u.Reader.ScrollToSection(sec.ID)
			}
		}
	}
	if c.What&TimeChanged != 0 {
		u.showTime(c)
	}
	if c.What&(TimeChanged|CompareChanged|PlaceChanged) != 0 && (!u.State.Compare().IsZero() || c.What&CompareChanged != 0) {
		u.showCompare()
		if c.What&PlaceChanged != 0 && u.cmp.right != nil {
			u.cmp.right.SetSelected(u.MapView.Selected)
		}
	}
	if c.What&CompareChanged != 0 {
		u.refreshMenu()
	}
	if c.What&PassageChanged != 0 {
		p := u.State.Passage()
		u.Reader.SetFocused(p)
		if p != "" {
			u.Reader.Reveal(p)
		}
	}
}

// showTime shows the moment: the map's layers of that date and the outlines
// of its places, the tint of its passages and the colour of its event
// links, and the timeline's cursor and current events.
func (u *UI) showTime(c Change) {
	e, b := u.Explainer, &u.views
	t := u.State.Time()
	u.syncPlay()
	b.hidden = e.Layers.Hidden(t, b.hidden)
	u.MapView.SetHidden(b.hidden)
	l := e.Linker
	if l == nil {
		u.legend.SetState(b.hidden, false)
		return
	}
	m := l.At(t)
	b.features = e.Features(m.Places, b.features)
	u.MapView.SetHighlighted(b.features)
	if u.legend.SetState(b.hidden, len(b.features) > 0) {
		u.overlay.Refresh()
	}
	b.passages = b.passages[:0]
	for _, p := range m.Passages {
		b.passages = append(b.passages, p.ID)
	}
	u.Reader.SetCurrent(b.passages)
	b.events = b.events[:0]
	for _, i := range m.Events {
		b.events = append(b.events, l.Event(i).ID)
	}
	u.Reader.SetActive(b.events)
	u.Timeline.SetTime(t)
	u.Timeline.SetActive(m.Events)
	u.Figures.SetTime(t)
	if c.Source != FromReader && len(b.passages) > 0 && time.Since(u.Reader.UserScrolledAt()) > readerPause {
		if first := b.passages[0]; first != b.revealed {
			b.revealed = first
			u.Reader.Reveal(first)
		}
	}
}
