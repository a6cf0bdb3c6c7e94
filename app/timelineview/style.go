package timelineview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// styleEvents colours the markers, bars, titles and overview ticks whose
// state (active, marked, hovered) changed, or all of them.
func (r *renderer) styleEvents(g *geom, full bool) {
	v, n := r.v, len(g.events)
	clear(r.flags)
	for _, i := range v.Active {
		if i >= 0 && i < n {
			r.flags[i] |= stateActive
		}
	}
	for _, i := range v.Marked {
		if i >= 0 && i < n {
			r.flags[i] |= stateMarked
		}
	}
	hv := v.hovered(g)
	for s := range r.marks[:r.nMarks] {
		o := &r.marks[s]
		m := &g.pack.markers[o.marker]
		want := stateStyled
		for _, i := range g.pack.pts[m.a:m.b] {
			want |= r.flags[i]
		}
		if hv.marker == o.marker {
			want |= stateHover
		}
		if full || o.state != want {
			o.state = want
			r.styleMarker(g, o, m, want, full)
		}
	}
	for s := range r.bars[:r.nBars] {
		o := &r.bars[s]
		want := r.flags[o.event] | stateStyled
		if hv.event == o.event {
			want |= stateHover
		}
		if full || o.state != want {
			o.state = want
			r.styleBar(g, o, want, full)
		}
	}
	for s := range r.titles[:r.nTitles] {
		o := &r.titles[s]
		want := r.flags[o.event] | stateStyled
		if hv.event == o.event || hv.event < 0 && hv.marker >= 0 && hv.marker == g.ev[o.event].marker {
			want |= stateHover
		}
		if full || o.state != want {
			o.state = want
			r.styleTitle(o, want, full)
		}
	}
	for i, t := range r.ovTicks {
		want := r.flags[i]&stateActive | stateStyled
		if !full && r.ovState[i] == want {
			continue
		}
		r.ovState[i] = want
		t.FillColor = fade(r.col.fg, 0x80)
		if want&stateActive != 0 {
			t.FillColor = r.col.primary
		}
		if !full {
			t.Refresh()
		}
	}
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

// styleMarker colours a marker for its state st: hollow, or filled when
// active or hovered; a diamond of an approximate date faded.
func (r *renderer) styleMarker(g *geom, o *markObjects, m *marker, st uint8, full bool) {
	col := r.col
	ink := r.ink(st)
	fill, line := col.bg, ink
	if st&(stateActive|stateHover) != 0 {
		fill = ink
	}
	if i := g.pack.pts[m.a]; m.n() == 1 && g.events[i].point && g.events[i].approxStart {
		fill, line = fade(fill, 0x90), fade(line, 0x90)
	}
	o.mark.FillColor, o.mark.StrokeColor = fill, line
	o.pill.FillColor, o.pill.StrokeColor = fill, line
	o.count.Color = line
	if fill != col.bg {
		o.count.Color = col.bg
		if st&stateActive != 0 {
			o.count.Color = col.onPrimary
		}
	}
	o.whisker.FillColor = fade(ink, 0x38)
	o.ring.StrokeColor = col.ring
	show(o.ring, st&stateMarked != 0 && m.visible)
	if !full {
		for _, c := range []fyne.CanvasObject{o.mark, o.pill, o.count, o.whisker, o.ring} {
			canvas.Refresh(c)
		}
	}
}

// styleBar colours a range for its state st.
func (r *renderer) styleBar(g *geom, o *barObjects, st uint8, full bool) {
	ink := r.ink(st)
	if st&stateActive == 0 {
		ink = fade(ink, 0xa0)
	}
	o.bar.FillColor = ink
	o.capL.StartColor, o.capL.EndColor = fade(ink, 0), ink
	o.capR.StartColor, o.capR.EndColor = ink, fade(ink, 0)
	o.ring.StrokeColor = r.col.ring
	show(o.ring, st&stateMarked != 0 && g.ev[o.event].visible)
	if !full {
		for _, c := range []fyne.CanvasObject{o.bar, o.capL, o.capR, o.ring} {
			canvas.Refresh(c)
		}
	}
}

// styleTitle colours a title and its pole for its event's state st: bold
// when active, in the primary colour when hovered.
func (r *renderer) styleTitle(o *titleObjects, st uint8, full bool) {
	col := r.col
	o.pole.FillColor = fade(col.fg, 0x40)
	o.text.Color = fade(col.fg, 0xb0)
	o.text.TextStyle.Bold = st&stateActive != 0
	switch {
	case st&stateHover != 0:
		o.text.Color = col.primary
	case st&stateActive != 0:
		o.text.Color = col.fg
		o.pole.FillColor = fade(col.primary, 0xa0)
	}
	if !full {
		o.pole.Refresh()
		o.text.Refresh()
	}
}
