package timelineview

import (
	"image/color"
	"slices"
)

// The state an event or marker is styled for.
const (
	stateActive uint8 = 1 << iota
	stateMarked
	stateHover
	stateMatched // a search matched it
)

// transparent is no colour: a shape without a fill or outline.
var transparent = color.NRGBA{}

// restyle works out each event's state (active, marked) into r.want and
// reports whether it, or the hovered target, differs from what the scene
// was built for; then it makes them the scene's.
func (r *renderer) restyle(g *geom, hv target) bool {
	v, n := r.v, len(g.events)
	r.want = append(r.want[:0], make([]uint8, n)...)
	for _, i := range v.Active {
		if i >= 0 && i < n {
			r.want[i] |= stateActive
		}
	}
	for _, i := range v.Marked {
		if i >= 0 && i < n {
			r.want[i] |= stateMarked
		}
	}
	for _, i := range g.matchIdx {
		if i < n {
			r.want[i] |= stateMatched
		}
	}
	if hv == r.hover && slices.Equal(r.want, r.flags) {
		return false
	}
	r.hover = hv
	r.flags = append(r.flags[:0], r.want...)
	return true
}

// ink is the colour of an event or marker in state st.
func (r *renderer) ink(st uint8) color.NRGBA {
	switch {
	case st&stateActive != 0:
		return r.col.primary
	case st&stateHover != 0:
		return fade(r.col.fg, 0xc0)
	}
	return fade(r.col.fg, 0x70)
}

// markerInk is the fill and outline of a marker in state st: hollow, or
// filled when active or hovered; a diamond of an approximate date faded.
func (r *renderer) markerInk(g *geom, m *marker, st uint8) (fill, line color.NRGBA) {
	ink := r.ink(st)
	fill, line = r.col.bg, ink
	if st&(stateActive|stateHover) != 0 {
		fill = ink
	}
	if i := g.pack.pts[m.a]; m.n() == 1 && g.events[i].point && g.events[i].approxStart {
		fill, line = fade(fill, 0x90), fade(line, 0x90)
	}
	return fill, line
}

// barInk is the colour of range i's bar: faded unless active.
func (r *renderer) barInk(i int, hv target) color.NRGBA {
	st := r.flags[i]
	if hv.event == i {
		st |= stateHover
	}
	ink := r.ink(st)
	if st&stateActive == 0 {
		ink = fade(ink, 0xa0)
	}
	return ink
}

// titleInk is the colour of a title and of its pole for its event's state
// st (an active title is also bold): in the primary colour when hovered.
func (r *renderer) titleInk(st uint8) (text, pole color.NRGBA) {
	col := r.col
	text, pole = fade(col.fg, 0xb0), fade(col.fg, 0x40)
	switch {
	case st&stateHover != 0:
		text = col.primary
	case st&stateActive != 0:
		text, pole = col.fg, fade(col.primary, 0xa0)
	}
	return text, pole
}
