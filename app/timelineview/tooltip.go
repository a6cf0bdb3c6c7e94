package timelineview

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
)

// tipLines is the most lines a tooltip has: a cluster's count and span,
// up to five of its events' titles and a hint.
const tipLines = 7

// maxTipW is the widest a line of a cluster's tooltip is.
const maxTipW = 380

// placeTooltip shows the hovered event's full title and date beside its
// marker, or for a cluster its number of events, their titles (the
// matched ones first, in bold) and a hint that a tap zooms in.
func (r *renderer) placeTooltip(g *geom) {
	v := r.v
	hv := v.hovered(g)
	var m *marker
	if hv.marker >= 0 && hv.marker < len(g.pack.markers) {
		m = &g.pack.markers[hv.marker]
	}
	on := v.drag == dragNone && (hv.event >= 0 && hv.event < len(g.events) && g.ev[hv.event].visible ||
		hv.event < 0 && m != nil && m.visible)
	show(r.tipBox, on)
	if !on {
		for _, t := range r.tipText {
			show(t, false)
		}
		r.tipFor = noTarget
		return
	}
	if hv == r.tipFor && r.sceneGen == r.tipGen {
		return // shown already
	}
	r.tipFor, r.tipGen = hv, r.sceneGen
	ink, dim := tooltipInk, fade(tooltipInk, 0xc0)
	lines := 0
	line := func(s string, size float32, bold bool, c color.NRGBA) {
		t := r.tipText[lines]
		t.TextSize, t.TextStyle.Bold, t.Color = size, bold, c
		t.Text = ""
		setText(t, s)
		lines++
	}
	w := float32(g.scale.Width)
	var ax float32
	if hv.event >= 0 {
		e, eg := &g.events[hv.event], &g.ev[hv.event]
		line(e.full, titleSize, true, ink)
		line(e.date, axisSize, false, dim)
		ax = eg.x0
		if mk := g.markerOf(hv.event); mk != nil {
			ax = mk.cx
		} else {
			ax = min(max(v.pointer.X, max(eg.x0, 0)), min(eg.x1, w))
		}
	} else {
		evs := g.members(hv.marker)
		a, z := g.events[evs[0]].start.Year(), g.events[evs[len(evs)-1]].start.Year()
		when := fmt.Sprint(a)
		if z != a {
			when = fmt.Sprintf("%d – %d", a, z)
		}
		line(fmt.Sprintf("%d events · %s", len(evs), when), titleSize, true, ink)
		list := r.matchedFirst(evs)
		if len(list) > tipLines-2 {
			list = list[:tipLines-3]
		}
		for _, i := range list {
			hit := r.flags[i]&stateMatched != 0
			line("• "+fitText(g.events[i].full, maxTipW, axisSize, fyne.TextStyle{Bold: hit}), axisSize, hit, ink)
		}
		hint := "Click to zoom in"
		if more := len(evs) - len(list); more > 0 {
			hint = fmt.Sprintf("and %d more · click to zoom in", more)
		}
		line(hint, axisSize, false, dim)
		ax = m.cx
	}
	bw, bh := float32(0), float32(8)
	for _, t := range r.tipText[:lines] {
		bw = max(bw, t.Size().Width+16)
		bh += t.Size().Height
	}
	bx := ax + 12
	if bx+bw > w-2 {
		bx = ax - 12 - bw
	}
	bx = max(bx, 2)
	by := max(g.bands.laneY(0)-12-bh, 0)
	if hv.event >= 0 && g.markerOf(hv.event) == nil {
		by = max(g.bands.laneY(g.ev[hv.event].lane)-12-bh, 0)
	}
	place(r.tipBox, bx, by, bw, bh)
	y := by + 4
	for i, t := range r.tipText {
		show(t, i < lines)
		if i < lines {
			t.Move(fyne.NewPos(bx+8, y))
			t.Refresh()
			y += t.Size().Height
		}
	}
}

// matchedFirst is the events evs, those a search matched first, each
// part in its order.
func (r *renderer) matchedFirst(evs []int) []int {
	out := make([]int, 0, len(evs))
	for pass := range 2 {
		for _, i := range evs {
			if hit := r.flags[i]&stateMatched != 0; hit == (pass == 0) {
				out = append(out, i)
			}
		}
	}
	return out
}
