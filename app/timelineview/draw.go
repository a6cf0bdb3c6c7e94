package timelineview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// round rounds f to the nearest whole pixel.
func round(f float32) float32 { return float32(math.Round(float64(f))) }

// placeBase moves everything that depends on the size and zoom: eras,
// ticks, the overview and the markers.
func (r *renderer) placeBase(g *geom) {
	v, col, b := r.v, r.col, g.bands
	w, h := float32(g.scale.Width), b.height
	ov := v.overview()
	for i, eg := range g.eras {
		hue := eraHues[i%len(eraHues)]
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		show(r.eraBand[i], eg.visible)
		show(r.eraStrip[i], eg.visible)
		r.eraBand[i].FillColor = fade(hue, 0x1a)
		r.eraStrip[i].FillColor = fade(hue, 0x90)
		place(r.eraBand[i], x0, 0, x1-x0, b.axisY)
		place(r.eraStrip[i], x0, 0, x1-x0, 3)
		t := r.eraText[i]
		t.Color = fade(mix(hue, col.fg), 0xd0)
		setText(t, eg.text) // placeCursor moves it clear of the cursor
		o0, o1 := float32(ov.X(eg.start)), float32(ov.X(eg.end))
		r.eraOv[i].FillColor = fade(hue, 0x30)
		place(r.eraOv[i], max(o0, 0), b.ovTop, min(o1, w)-max(o0, 0), h-b.ovTop)
	}

	// The axis: tick marks, then labels under the major ticks.
	nLabels := 0
	for _, tk := range g.ticks {
		if tk.Label != "" {
			nLabels++
		}
	}
	for len(r.ticks) < len(g.ticks) {
		r.ticks = append(r.ticks, &canvas.Rectangle{})
		r.grown = true
	}
	labels := r.textPool(&r.tickText, nLabels, axisSize, fade(col.fg, 0xb0))
	l := 0
	for i, tk := range r.ticks {
		show(tk, i < len(g.ticks))
		if i >= len(g.ticks) {
			continue
		}
		x := round(float32(g.scale.X(g.ticks[i].Time)))
		if g.ticks[i].Major {
			tk.FillColor = fade(col.fg, 0x80)
			place(tk, x, b.axisY, 1, 6)
		} else {
			tk.FillColor = fade(col.fg, 0x40)
			place(tk, x, b.axisY, 1, 3)
		}
		if g.ticks[i].Label != "" {
			t := labels[l]
			l++
			setText(t, g.ticks[i].Label)
			tx := min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1)
			t.Move(fyne.NewPos(tx, b.axisY+4))
		}
	}
	r.axis.FillColor = fade(col.fg, 0x60)
	place(r.axis, 0, b.axisY, w, 1)

	// The overview band.
	r.ovBg.FillColor = fade(col.fg, 0x0a)
	place(r.ovBg, 0, b.ovTop, w, h-b.ovTop)
	r.ovSep.FillColor = fade(col.fg, 0x30)
	place(r.ovSep, 0, b.ovTop, w, 1)
	nLabels = 0
	for _, tk := range g.ovTicks {
		if tk.Label != "" {
			nLabels++
		}
	}
	labels = r.textPool(&r.ovText, nLabels, overviewSize, fade(col.fg, 0xa0))
	l = 0
	for _, tk := range g.ovTicks {
		if tk.Label == "" {
			continue
		}
		t := labels[l]
		l++
		setText(t, tk.Label)
		x := float32(ov.X(tk.Time))
		t.Move(fyne.NewPos(min(max(x-t.Size().Width/2, 1), w-t.Size().Width-1), b.ovTop+13))
	}
	wx0, wx1 := float32(ov.X(g.scale.Start)), float32(ov.X(g.scale.End))
	if wx1-wx0 < 6 {
		c := (wx0 + wx1) / 2
		wx0, wx1 = c-3, c+3
	}
	r.ovWin.FillColor = fade(col.primary, 0x16)
	r.ovWin.StrokeColor = fade(col.primary, 0x90)
	place(r.ovWin, max(wx0, 0.5), b.ovTop+1.5, min(wx1, w-0.5)-max(wx0, 0.5), h-b.ovTop-2.5)
	for i, e := range g.events {
		ox0 := float32(ov.X(e.start))
		if e.point {
			place(r.ovTicks[i], round(ox0), b.ovTop+3, 1, 8)
		} else {
			place(r.ovTicks[i], ox0, b.ovTop+5, max(float32(ov.X(e.end))-ox0, 2), 4)
		}
	}
	r.placeMarkers(g)
	r.placeBars(g)
}

// placeMarkers gives each point marker in view (or whose period is) a
// slot and places it: a diamond for one event, a pill with a count for a
// cluster, the period of its events as a faint whisker.
func (r *renderer) placeMarkers(g *geom) {
	w := float32(g.scale.Width)
	y := g.bands.laneY(0)
	n := 0
	for k := range g.pack.markers {
		if m := &g.pack.markers[k]; m.visible || m.period {
			n++
		}
	}
	slots := r.markSlots(n)
	s := 0
	for k := range g.pack.markers {
		m := &g.pack.markers[k]
		if !m.visible && !m.period {
			continue
		}
		o := &slots[s]
		s++
		if o.marker != k {
			o.marker, o.state = k, 0
		}
		one := m.n() == 1
		show(o.mark, m.visible && one)
		show(o.pill, m.visible && !one)
		show(o.count, m.visible && !one)
		show(o.whisker, m.period)
		x0, x1 := max(m.p0, 0), min(m.p1, w)
		place(o.whisker, x0, y-1.5, x1-x0, 3)
		if one {
			place(o.mark, m.cx-5.5, y-5.5, 11, 11)
			o.ring.CornerRadius = 8.5
			place(o.ring, m.cx-8.5, y-8.5, 17, 17)
			continue
		}
		pw := m.halfW() * 2
		place(o.pill, m.cx-pw/2, y-pillH/2, pw, pillH)
		place(o.ring, m.cx-pw/2-3, y-pillH/2-3, pw+6, pillH+6)
		o.ring.CornerRadius = pillH/2 + 3
		o.count.Text = m.count
		place(o.count, m.cx-pw/2, y-pillH/2, pw, pillH)
	}
}

// placeBars gives each range in view a slot and places its bar.
func (r *renderer) placeBars(g *geom) {
	w := float32(g.scale.Width)
	n := 0
	for i := range g.ev {
		if eg := &g.ev[i]; !eg.point && eg.visible {
			n++
		}
	}
	slots := r.barSlots(n)
	s := 0
	for i := range g.ev {
		eg, e := &g.ev[i], &g.events[i]
		if eg.point || !eg.visible {
			continue
		}
		o := &slots[s]
		s++
		if o.event != i {
			o.event, o.state = i, 0
		}
		y := g.bands.laneY(eg.lane)
		x0, x1 := max(eg.x0, 0), min(eg.x1, w)
		capW := min(28, (eg.x1-eg.x0)/3)
		bx0, bx1 := x0, x1
		capL, capR := e.approxStart && eg.x0 >= 0, e.approxEnd && eg.x1 <= w
		show(o.bar, true)
		show(o.capL, capL)
		show(o.capR, capR)
		if capL {
			place(o.capL, eg.x0, y-3, capW, 6)
			bx0 = eg.x0 + capW
		}
		if capR {
			place(o.capR, eg.x1-capW, y-3, capW, 6)
			bx1 = eg.x1 - capW
		}
		left, right := float32(3), float32(3)
		if bx0 != eg.x0 || eg.x0 < 0 {
			left = 0
		}
		if bx1 != eg.x1 || eg.x1 > w {
			right = 0
		}
		o.bar.TopLeftCornerRadius, o.bar.BottomLeftCornerRadius = left, left
		o.bar.TopRightCornerRadius, o.bar.BottomRightCornerRadius = right, right
		place(o.bar, bx0, y-3, max(bx1-bx0, 1), 6)
		place(o.ring, max(x0-3, 0), y-6, min(x1+3, w)-max(x0-3, 0), 12)
	}
}

// placeTitles moves the shown titles and their poles to their rows.
func (r *renderer) placeTitles(g *geom, full bool) {
	slots := r.titleSlots(len(g.shown))
	for s, i := range g.shown {
		o, eg := &slots[s], &g.ev[i]
		if o.event != i {
			o.event, o.state = i, 0
		}
		show(o.text, true)
		show(o.pole, true)
		// The box is the bold title's: right-aligned left of the pole, the
		// text keeps to the pole whatever its weight.
		o.text.Alignment = fyne.TextAlignLeading
		if eg.left {
			o.text.Alignment = fyne.TextAlignTrailing
		}
		if o.text.Text != eg.text {
			o.text.Text = eg.text
			if !full {
				o.text.Refresh()
			}
		}
		o.text.Move(fyne.NewPos(eg.title.x0, eg.title.y0))
		o.text.Resize(fyne.NewSize(eg.title.x1-eg.title.x0, eg.title.y1-eg.title.y0))
		top := eg.title.y0 + 2
		bottom := g.bands.laneY(eg.lane) - 3
		if m := g.markerOf(i); m != nil {
			bottom = g.bands.laneY(0) - 5
			if m.n() > 1 {
				bottom = g.bands.laneY(0) - pillH/2
			}
		}
		place(o.pole, round(eg.flagX)-0.5, top, 1, bottom-top)
	}
}
