package timelineview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Tapped picks an event, or jumps to the time under the pointer; in the
// overview it centres the detail window there.
func (v *TimelineView) Tapped(e *fyne.PointEvent) {
	g := v.geometry()
	if e.Position.Y >= g.bands.ovTop {
		v.centreOn(v.overview().Time(float64(e.Position.X)))
		return
	}
	if i := v.eventAt(e.Position); i >= 0 {
		if v.OnEventTapped != nil {
			v.OnEventTapped(v.Schedule.Items[i].ID)
		}
		return
	}
	if v.OnScrub != nil {
		v.OnScrub(v.clampTime(v.scale.Time(float64(e.Position.X))))
	}
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
	case v.nearCursor(p.X), p.Y >= b.axisY-6:
		return dragScrub
	}
	return dragPan
}

// nearCursor reports whether x is within cursorGrab px of the cursor line.
func (v *TimelineView) nearCursor(x float32) bool {
	if v.Time.IsZero() {
		return false
	}
	return math.Abs(v.scale.X(v.Time)-float64(x)) <= cursorGrab
}

// Dragged scrubs, pans or moves the detail window depending on where the
// drag started.
func (v *TimelineView) Dragged(e *fyne.DragEvent) {
	x, dx := float64(e.Position.X), float64(e.Dragged.DX)
	if v.drag == dragNone {
		start := e.Position.Subtract(e.Dragged)
		v.drag = v.dragModeAt(start)
		v.hover = -1
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
		t := v.clampTime(v.scale.Time(x))
		// Keep the cursor in view when the pointer leaves the band.
		if t.Before(v.scale.Start) {
			v.scale = v.clamp(v.scale.Pan(v.scale.X(v.scale.Start) - v.scale.X(t)))
		} else if t.After(v.scale.End) {
			v.scale = v.clamp(v.scale.Pan(v.scale.X(v.scale.End) - v.scale.X(t)))
		}
		v.Time = t
		v.Refresh()
		if v.OnScrub != nil {
			v.OnScrub(t)
		}
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

// MouseMoved shows the tooltip of the event under the pointer.
func (v *TimelineView) MouseMoved(e *desktop.MouseEvent) {
	v.pointer = e.Position
	if v.drag != dragNone {
		return
	}
	v.setHover(v.eventAt(e.Position))
}

// MouseOut hides the tooltip.
func (v *TimelineView) MouseOut() { v.setHover(-1) }

// setHover makes event i (or -1, none) the hovered one and redraws on a
// change.
func (v *TimelineView) setHover(i int) {
	if i == v.hover {
		return
	}
	v.hover = i
	v.Refresh()
}

// Hovered returns the index of the event under the pointer, or -1.
func (v *TimelineView) Hovered() int { return v.hover }

// Cursor is a hand over markers and titles and a resize arrow where a drag
// scrubs or moves the overview window.
func (v *TimelineView) Cursor() desktop.Cursor {
	switch {
	case v.drag == dragScrub || v.drag == dragOverview:
		return desktop.HResizeCursor
	case v.drag == dragPan:
		return desktop.DefaultCursor
	case v.hover >= 0:
		return desktop.PointerCursor
	}
	if m := v.dragModeAt(v.pointer); m == dragScrub || m == dragOverview {
		return desktop.HResizeCursor
	}
	return desktop.DefaultCursor
}

// eventAt returns the index of the event whose title or marker is at p, or
// -1.
func (v *TimelineView) eventAt(p fyne.Position) int {
	g := v.geometry()
	if p.Y >= g.bands.ovTop {
		return -1
	}
	for i := range g.ev {
		if r := g.ev[i].title; g.ev[i].row >= 0 && p.X >= r.x0 && p.X <= r.x1 && p.Y >= r.y0 && p.Y <= r.y1 {
			return i
		}
	}
	best, bestD := -1, float32(math.MaxFloat32)
	for i := range g.ev {
		eg := &g.ev[i]
		if !eg.visible {
			continue
		}
		y := g.bands.laneY(eg.lane)
		var d float32
		if eg.point {
			if dy := abs(p.Y - y); dy > 8 {
				continue
			}
			d = abs(p.X - eg.x0)
			if d > 7 {
				continue
			}
		} else {
			if abs(p.Y-y) > 6 || p.X < eg.x0-3 || p.X > eg.x1+3 {
				continue
			}
			d = 6 // points on top of a bar win
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// abs is |f|.
func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
