package timelineview

import (
	"math"

	"fyne.io/fyne/v2"
)

// round rounds f to the nearest whole pixel.
func round(f float32) float32 { return float32(math.Round(float64(f))) }

// buildScene lays out the static part of the timeline for the geometry g,
// the events' states r.flags and the hovered target hv, bottom to top:
// eras, the overview band, the axis and its labels, the titles, the
// overview's event ticks, then the halos of matched events, the bars and
// the markers.
func (r *renderer) buildScene(g *geom, hv target) {
	sc := &r.scene
	sc.reset(g.size)
	v, col, b := r.v, r.col, g.bands
	w, h := float32(g.scale.Width), b.height
	ov := v.overview()
	for i, eg := range g.eras {
		if !eg.visible {
			continue
		}
		hue := eraHues[i%len(eraHues)]
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		sc.box(roleBg, -1, rect{x0, 0, x1, b.axisY}, fade(hue, 0x1a))
		sc.box(roleBg, -1, rect{x0, 0, x1, 3}, fade(hue, 0x90))
	}
	sc.box(roleBg, -1, rect{0, b.ovTop, w, h}, fade(col.fg, 0x0a))
	for i, eg := range g.eras {
		o0, o1 := float32(ov.X(eg.start)), float32(ov.X(eg.end))
		sc.box(roleBg, -1, rect{max(o0, 0), b.ovTop, min(o1, w), h}, fade(eraHues[i%len(eraHues)], 0x30))
	}
	sc.box(roleBg, -1, rect{0, b.ovTop, w, b.ovTop + 1}, fade(col.fg, 0x30))
	sc.box(roleBg, -1, rect{0, b.axisY, w, b.axisY + 1}, fade(col.fg, 0x60))

	// The axis: tick marks, then labels under the major ticks.
	for _, tk := range g.ticks {
		x := round(float32(g.scale.X(tk.Time)))
		if tk.Major {
			sc.box(roleBg, -1, rect{x, b.axisY, x + 1, b.axisY + 6}, fade(col.fg, 0x80))
		} else {
			sc.box(roleBg, -1, rect{x, b.axisY, x + 1, b.axisY + 3}, fade(col.fg, 0x40))
		}
	}
	for _, tk := range g.ticks {
		if tk.Label != "" {
			x := round(float32(g.scale.X(tk.Time)))
			t := sc.text(roleLabel, -1, rect{x, b.axisY + 4, x, b.axisY + 4}, tk.Label, axisSize, false,
				fyne.TextAlignLeading, fade(col.fg, 0xb0))
			t.box = t.box.moveX(min(max(x-t.tw/2, 1), w-t.tw-1))
		}
	}
	for _, tk := range g.ovTicks {
		if tk.Label != "" {
			x := float32(ov.X(tk.Time))
			t := sc.text(roleOvLabel, -1, rect{x, b.ovTop + 13, x, b.ovTop + 13}, tk.Label, overviewSize, false,
				fyne.TextAlignLeading, fade(col.fg, 0xa0))
			t.box = t.box.moveX(min(max(x-t.tw/2, 1), w-t.tw-1))
			sc.ovLabels = append(sc.ovLabels, t.box)
		}
	}
	r.sceneTitles(g, hv)
	r.sceneOverviewHalos(g)
	for i, e := range g.events {
		c := fade(col.fg, 0x80)
		if r.flags[i]&stateActive != 0 {
			c = col.primary
		}
		ox0 := float32(ov.X(e.start))
		if e.point {
			x := round(ox0)
			sc.box(roleOvTick, i, rect{x, b.ovTop + 3, x + 1, b.ovTop + 11}, c)
		} else {
			sc.box(roleOvTick, i, rect{ox0, b.ovTop + 5, ox0 + max(float32(ov.X(e.end))-ox0, 2), b.ovTop + 9}, c)
		}
	}
	r.sceneWhiskers(g, hv)
	r.sceneBarHalos(g)
	r.sceneBars(g, hv)
	r.sceneMarkerHalos(g)
	r.sceneMarkers(g, hv)
}

// moveX is r moved to start at x.
func (r rect) moveX(x float32) rect { return rect{x, r.y0, x + r.x1 - r.x0, r.y1} }

// markerState is the state marker k is drawn in: its events' states, and
// hovered.
func (r *renderer) markerState(g *geom, k int, hv target) uint8 {
	m := &g.pack.markers[k]
	st := uint8(0)
	for _, i := range g.pack.pts[m.a:m.b] {
		st |= r.flags[i]
	}
	if hv.marker == k {
		st |= stateHover
	}
	return st
}

// sceneWhiskers adds the faint period of the events of each marker whose
// period is in view.
func (r *renderer) sceneWhiskers(g *geom, hv target) {
	w, y := float32(g.scale.Width), g.bands.laneY(0)
	for k := range g.pack.markers {
		if m := &g.pack.markers[k]; m.period {
			c := fade(r.ink(r.markerState(g, k, hv)), 0x38)
			r.scene.round(roleWhisker, k, rect{max(m.p0, 0), y - 1.5, min(m.p1, w), y + 1.5}, 1, c, c, 0)
		}
	}
}

// sceneMarkers adds each point marker in view: a diamond for one event, a
// pill with a count for a cluster, with a ring when one of its events is
// marked.
func (r *renderer) sceneMarkers(g *geom, hv target) {
	sc, col := &r.scene, r.col
	y := g.bands.laneY(0)
	for k := range g.pack.markers {
		m := &g.pack.markers[k]
		if !m.visible {
			continue
		}
		st := r.markerState(g, k, hv)
		fill, line := r.markerInk(g, m, st)
		one := m.n() == 1
		if st&stateMarked != 0 {
			if one {
				sc.round(roleRing, k, rect{m.cx - 8.5, y - 8.5, m.cx + 8.5, y + 8.5}, 8.5, transparent, col.ring, 2)
			} else {
				pw := m.halfW()*2 + 6
				sc.round(roleRing, k, rect{m.cx - pw/2, y - pillH/2 - 3, m.cx + pw/2, y + pillH/2 + 3}, pillH/2+3,
					transparent, col.ring, 2)
			}
		}
		if one {
			sc.shapes = append(sc.shapes, shape{kind: shapeDiamond, role: roleDiamond, ref: k,
				box: rect{m.cx - 6, y - 6, m.cx + 6, y + 6}, fill: fill, line: line, lineW: 1.5})
			continue
		}
		hw := m.halfW()
		box := rect{m.cx - hw, y - pillH/2, m.cx + hw, y + pillH/2}
		sc.round(rolePill, k, box, pillH/2, fill, line, 1.5)
		ink := line
		if fill != col.bg {
			ink = col.bg
			if st&stateActive != 0 {
				ink = col.onPrimary
			}
		}
		sc.text(roleCount, k, box, m.count, countSize, true, fyne.TextAlignCenter, ink)
	}
}

// sceneBars adds each range in view as a bar, its approximate or open
// ends fading out, then the rings of the marked ones.
func (r *renderer) sceneBars(g *geom, hv target) {
	sc := &r.scene
	w := float32(g.scale.Width)
	for i := range g.ev {
		eg, e := &g.ev[i], &g.events[i]
		if eg.point || !eg.visible {
			continue
		}
		ink := r.barInk(i, hv)
		y := g.bands.laneY(eg.lane)
		capW := min(28, (eg.x1-eg.x0)/3)
		bx0, bx1 := max(eg.x0, 0), min(eg.x1, w)
		capL, capR := e.approxStart && eg.x0 >= 0, e.approxEnd && eg.x1 <= w
		left, right := float32(3), float32(3)
		if capL {
			bx0 = eg.x0 + capW
		}
		if capR {
			bx1 = eg.x1 - capW
		}
		if bx0 != eg.x0 || eg.x0 < 0 {
			left = 0
		}
		if bx1 != eg.x1 || eg.x1 > w {
			right = 0
		}
		bar := sc.round(roleBar, i, rect{bx0, y - 3, bx0 + max(bx1-bx0, 1), y + 3}, 0, ink, transparent, 0)
		bar.radii = [4]float32{left, right, right, left}
		if capL {
			sc.shapes = append(sc.shapes, shape{kind: shapeGrad, role: roleCap, ref: i,
				box: rect{eg.x0, y - 3, eg.x0 + capW, y + 3}, fill: fade(ink, 0), line: ink})
		}
		if capR {
			sc.shapes = append(sc.shapes, shape{kind: shapeGrad, role: roleCap, ref: i,
				box: rect{eg.x1 - capW, y - 3, eg.x1, y + 3}, fill: ink, line: fade(ink, 0)})
		}
	}
	for i := range g.ev {
		eg := &g.ev[i]
		if eg.point || !eg.visible || r.flags[i]&stateMarked == 0 {
			continue
		}
		y := g.bands.laneY(eg.lane)
		x0, x1 := max(eg.x0-3, 0), min(eg.x1+3, w)
		sc.round(roleRing, -1, rect{x0, y - 6, x1, y + 6}, 6, transparent, r.col.ring, 2)
	}
}

// sceneTitles adds the shown titles beside their poles.
func (r *renderer) sceneTitles(g *geom, hv target) {
	sc := &r.scene
	for _, i := range g.shown {
		eg := &g.ev[i]
		st := r.flags[i]
		if hv.event == i || hv.event < 0 && hv.marker >= 0 && hv.marker == eg.marker {
			st |= stateHover
		}
		text, pole := r.titleInk(st)
		top := eg.title.y0 + 2
		bottom := g.bands.laneY(eg.lane) - 3
		if m := g.markerOf(i); m != nil {
			bottom = g.bands.laneY(0) - 5
			if m.n() > 1 {
				bottom = g.bands.laneY(0) - pillH/2
			}
		}
		x := round(eg.flagX) // the pixel a canvas object at flagX-0.5 was drawn in
		sc.box(rolePole, i, rect{x, top, x + 1, bottom}, pole)
		// The box is the bold title's: right-aligned left of the pole, the
		// text keeps to the pole whatever its weight.
		align := fyne.TextAlignLeading
		if eg.left {
			align = fyne.TextAlignTrailing
		}
		sc.text(roleTitle, i, eg.title, eg.text, titleSize, st&stateActive != 0, align, text)
	}
}
