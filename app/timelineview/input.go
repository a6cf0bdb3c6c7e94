package timelineview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"peninsula/app/internal/paint"
	"peninsula/timeline"
)

// Tapped picks an event, zooms in on a cluster, or jumps to the time
// under the pointer; in the overview it centres the detail window there.
func (v *TimelineView) Tapped(e *fyne.PointEvent) {
	g := v.geometry()
	if e.Position.Y >= g.bands.ovTop {
		v.centreOn(v.overview().Time(float64(e.Position.X)))
		return
	}
	if v.onCompareKnob(e.Position) {
		return // a tap on the second handle's knob is no jump
	}
	switch t := v.targetAt(e.Position); {
	case t.event >= 0:
		if v.OnEventTapped != nil {
			v.OnEventTapped(v.Schedule.Items[t.event].ID)
		}
	case t.marker >= 0:
		v.zoomToCluster(t.marker)
	default:
		if v.OnScrub != nil {
			v.OnScrub(v.clampTime(v.scale.Time(float64(e.Position.X))))
		}
	}
}

// zoomToCluster zooms the detail band in on cluster k, in steps of √2
// about the middle of its events, until each of them has a diamond of its
// own (or the zoom reaches its limit of a year).
func (v *TimelineView) zoomToCluster(k int) {
	g := v.geometry()
	evs := append([]int(nil), g.members(k)...)
	a, b := g.events[evs[0]].start, g.events[evs[len(evs)-1]].start
	mid := a.Add(b.Sub(a) / 2)
	s := v.scale
	for span := s.End.Sub(s.Start); span > minSpan; {
		span = max(time.Duration(float64(span)/math.Sqrt2), minSpan)
		s = v.clamp(timeline.Scale{Start: mid.Add(-span / 2), End: mid.Add(span / 2), Width: s.Width})
		if g.separates(s, v.Bounds.Start, evs) {
			break
		}
	}
	v.scale = s
	v.hover = noTarget
	v.Refresh()
}

// centreOn moves the detail window so t is in its middle.
func (v *TimelineView) centreOn(t time.Time) {
	half := v.scale.End.Sub(v.scale.Start) / 2
	v.scale.Start, v.scale.End = t.Add(-half), t.Add(half)
	v.scale = v.clamp(v.scale)
	v.Refresh()
}

// dragModeAt decides what a drag starting at p does (see TimelineView).
func (v *TimelineView) dragModeAt(p fyne.Position) dragMode {
	b := v.geometry().bands
	switch {
	case p.Y >= b.ovTop:
		return dragOverview
	}
	if h := v.nearestHandle(p.X); h != dragNone {
		return h
	}
	if p.Y >= b.axisY-6 {
		return dragScrub
	}
	return dragPan
}

// Dragged scrubs, pans or moves the detail window depending on where the
// drag started.
func (v *TimelineView) Dragged(e *fyne.DragEvent) {
	x, dx := float64(e.Position.X), float64(e.Dragged.DX)
	if v.drag == dragNone {
		start := e.Position.Subtract(e.Dragged)
		v.drag = v.dragModeAt(start)
		v.hover = noTarget
		switch v.drag {
		case dragScrub:
			if v.OnScrubStart != nil {
				v.OnScrubStart()
			}
		case dragOverview:
			ov := v.overview()
			if sx := float64(start.X); sx < ov.X(v.scale.Start) || sx > ov.X(v.scale.End) {
				v.centreOn(ov.Time(sx))
			}
		}
	}
	switch v.drag {
	case dragScrub:
		t := v.scrubTime(x)
		v.Time = t
		v.Refresh()
		if v.OnScrub != nil {
			v.OnScrub(t)
		}
	case dragCompare:
		v.dragCompareTo(x)
	case dragPan:
		v.scale = v.clamp(v.scale.Pan(dx))
		v.Refresh()
	case dragOverview:
		all := v.Bounds.End.Sub(v.Bounds.Start).Seconds()
		shown := v.scale.End.Sub(v.scale.Start).Seconds()
		if shown > 0 {
			v.scale = v.clamp(v.scale.Pan(-dx * all / shown))
			v.Refresh()
		}
	}
}

// scrubTime is the time at x for a handle being dragged, clamped to
// Bounds; when the pointer has left the band, the view pans to keep the
// handle in it.
func (v *TimelineView) scrubTime(x float64) time.Time {
	t := v.clampTime(v.scale.Time(x))
	if t.Before(v.scale.Start) {
		v.scale = v.clamp(v.scale.Pan(v.scale.X(v.scale.Start) - v.scale.X(t)))
	} else if t.After(v.scale.End) {
		v.scale = v.clamp(v.scale.Pan(v.scale.X(v.scale.End) - v.scale.X(t)))
	}
	return t
}

// DragEnd ends a scrub, pan or window move.
func (v *TimelineView) DragEnd() {
	if v.drag == dragScrub && v.OnScrubEnd != nil {
		v.OnScrubEnd()
	}
	v.drag = dragNone
}

// Scrolled zooms the time axis around the pointer; a horizontal scroll
// pans.
func (v *TimelineView) Scrolled(e *fyne.ScrollEvent) {
	if math.Abs(float64(e.Scrolled.DX)) > math.Abs(float64(e.Scrolled.DY)) {
		v.scale = v.clamp(v.scale.Pan(float64(e.Scrolled.DX)))
		v.Refresh()
		return
	}
	x := float64(e.Position.X)
	if e.Position.Y >= v.geometry().bands.ovTop {
		x = v.scale.X(v.overview().Time(x))
	}
	v.zoomAt(x, math.Pow(2, float64(e.Scrolled.DY)*scrollRatio))
}

// zoomAt zooms by factor around x, stopping at a year's span so the time
// under x stays put.
func (v *TimelineView) zoomAt(x, factor float64) {
	span := v.scale.End.Sub(v.scale.Start)
	if factor > 1 && float64(span)/factor < float64(minSpan) {
		factor = max(1, float64(span)/float64(minSpan))
	}
	v.scale = v.clamp(v.scale.ZoomAt(x, factor))
	v.Refresh()
}

// MouseIn implements desktop.Hoverable.
func (v *TimelineView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved shows the tooltip of the event or cluster under the pointer.
func (v *TimelineView) MouseMoved(e *desktop.MouseEvent) {
	v.pointer = e.Position
	if v.drag != dragNone {
		return
	}
	v.setHover(v.targetAt(e.Position))
}

// MouseOut hides the tooltip.
func (v *TimelineView) MouseOut() { v.setHover(noTarget) }

// setHover makes t the hovered target and redraws on a change.
func (v *TimelineView) setHover(t target) {
	gen := v.geometry().baseGen
	if t == v.hover && gen == v.hoverGen {
		return
	}
	v.hover, v.hoverGen = t, gen
	v.Refresh()
}

// hovered is what is under the pointer, as long as the markers it was
// found among are still the ones drawn.
func (v *TimelineView) hovered(g *geom) target {
	if v.hoverGen != g.baseGen {
		return noTarget
	}
	return v.hover
}

// Hovered returns the index of the event under the pointer (its marker,
// title or bar), or -1; a cluster is no one event.
func (v *TimelineView) Hovered() int { return v.hovered(v.geometry()).event }

// Cursor is a hand over markers, clusters and titles and a resize arrow
// where a drag scrubs or moves the overview window.
func (v *TimelineView) Cursor() desktop.Cursor {
	switch {
	case v.drag == dragScrub || v.drag == dragOverview || v.drag == dragCompare:
		return desktop.HResizeCursor
	case v.drag == dragPan:
		return desktop.DefaultCursor
	case v.hovered(v.geometry()) != noTarget:
		return desktop.PointerCursor
	}
	if m := v.dragModeAt(v.pointer); m == dragScrub || m == dragOverview || m == dragCompare {
		return desktop.HResizeCursor
	}
	return desktop.DefaultCursor
}

// targetAt returns what is at p: a title, else the nearest marker (a
// diamond's event, or a cluster), else a bar; noTarget for none.
func (v *TimelineView) targetAt(p fyne.Position) target {
	g := v.geometry()
	if p.Y >= g.bands.ovTop {
		return noTarget
	}
	for _, i := range g.shown {
		if r := g.ev[i].title; p.X >= r.x0 && p.X <= r.x1 && p.Y >= r.y0 && p.Y <= r.y1 {
			return target{i, g.ev[i].marker}
		}
	}
	best, bestD := noTarget, float32(math.MaxFloat32)
	y := g.bands.laneY(0)
	for k := range g.pack.markers {
		m := &g.pack.markers[k]
		if !m.visible {
			continue
		}
		dx, hw, hh := paint.Abs(p.X-m.cx), float32(markerPitch/2), float32(6)
		if m.n() > 1 {
			hw, hh = m.halfW()+1, pillH/2+1
		}
		if dx > hw || paint.Abs(p.Y-y) > hh || dx >= bestD {
			continue
		}
		best, bestD = target{-1, k}, dx
		if m.n() == 1 {
			best.event = g.pack.pts[m.a]
		}
	}
	if best != noTarget {
		return best
	}
	for i := range g.ev {
		eg := &g.ev[i]
		if eg.point || !eg.visible || p.X < eg.x0-3 || p.X > eg.x1+3 {
			continue
		}
		if d := paint.Abs(p.Y - g.bands.laneY(eg.lane)); d <= 6 && d <= bestD { // the later is drawn on top
			best, bestD = target{i, -1}, d
		}
	}
	return best
}
