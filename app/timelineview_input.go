package app

import (
	"fmt"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"peninsula/timeline"
)

// Tapped picks an event, or jumps to the time under the pointer; in the
// overview it centres the detail window there.
func (v *TimelineView) Tapped(e *fyne.PointEvent) {
	g := v.layout()
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
func (v *TimelineView) dragModeAt(p fyne.Position) tlDrag {
	b := v.layout().bands
	switch {
	case p.Y >= b.ovTop:
		return tlDragOverview
	case v.nearCursor(p.X), p.Y >= b.axisY-6:
		return tlDragScrub
	}
	return tlDragPan
}

func (v *TimelineView) nearCursor(x float32) bool {
	if v.Time.IsZero() {
		return false
	}
	return math.Abs(v.scale.X(v.Time)-float64(x)) <= timelineGrab
}

// Dragged scrubs, pans or moves the detail window depending on where the
// drag started.
func (v *TimelineView) Dragged(e *fyne.DragEvent) {
	x, dx := float64(e.Position.X), float64(e.Dragged.DX)
	if v.drag == tlDragNone {
		start := e.Position.Subtract(e.Dragged)
		v.drag = v.dragModeAt(start)
		v.hover = -1
		switch v.drag {
		case tlDragScrub:
			if v.OnScrubStart != nil {
				v.OnScrubStart()
			}
		case tlDragOverview:
			ov := v.overview()
			if sx := float64(start.X); sx < ov.X(v.scale.Start) || sx > ov.X(v.scale.End) {
				v.centreOn(ov.Time(sx))
			}
		}
	}
	switch v.drag {
	case tlDragScrub:
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
	case tlDragPan:
		v.scale = v.clamp(v.scale.Pan(dx))
		v.Refresh()
	case tlDragOverview:
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
	if v.drag == tlDragScrub && v.OnScrubEnd != nil {
		v.OnScrubEnd()
	}
	v.drag = tlDragNone
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
	if e.Position.Y >= v.layout().bands.ovTop {
		x = v.scale.X(v.overview().Time(x))
	}
	v.zoomAt(x, math.Pow(2, float64(e.Scrolled.DY)*timelineScrollRatio))
}

// zoomAt zooms by factor around x, stopping at a year's span so the time
// under x stays put.
func (v *TimelineView) zoomAt(x, factor float64) {
	span := v.scale.End.Sub(v.scale.Start)
	if factor > 1 && float64(span)/factor < float64(timelineMinSpan) {
		factor = max(1, float64(span)/float64(timelineMinSpan))
	}
	v.scale = v.clamp(v.scale.ZoomAt(x, factor))
	v.Refresh()
}

// MouseIn implements desktop.Hoverable.
func (v *TimelineView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved shows the tooltip of the event under the pointer.
func (v *TimelineView) MouseMoved(e *desktop.MouseEvent) {
	v.pointer = e.Position
	if v.drag != tlDragNone {
		return
	}
	v.setHover(v.eventAt(e.Position))
}

// MouseOut hides the tooltip.
func (v *TimelineView) MouseOut() { v.setHover(-1) }

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
	case v.drag == tlDragScrub || v.drag == tlDragOverview:
		return desktop.HResizeCursor
	case v.drag == tlDragPan:
		return desktop.DefaultCursor
	case v.hover >= 0:
		return desktop.PointerCursor
	}
	if m := v.dragModeAt(v.pointer); m == tlDragScrub || m == tlDragOverview {
		return desktop.HResizeCursor
	}
	return desktop.DefaultCursor
}

// eventAt returns the index of the event whose title or marker is at p, or
// -1.
func (v *TimelineView) eventAt(p fyne.Position) int {
	g := v.layout()
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
			if dy := tlAbs(p.Y - y); dy > 8 {
				continue
			}
			d = tlAbs(p.X - eg.x0)
			if d > 7 {
				continue
			}
		} else {
			if tlAbs(p.Y-y) > 6 || p.X < eg.x0-3 || p.X > eg.x1+3 {
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

func tlAbs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// formatMoment formats t at the precision the zoom can show: the day when a
// pixel is a few days or less, else the month when a pixel is under about
// six weeks, else the year.
func formatMoment(t time.Time, pxPerYear float64) string {
	if pxPerYear <= 0 {
		return t.Format("2006")
	}
	daysPerPx := 365.2425 / pxPerYear
	switch {
	case daysPerPx <= 4:
		return t.Format("2 Jan 2006")
	case daysPerPx <= 45:
		return t.Format("Jan 2006")
	}
	return t.Format("2006")
}

// pxPerYear is the detail band's zoom.
func tlPxPerYear(s timeline.Scale) float64 {
	years := s.End.Sub(s.Start).Hours() / (24 * 365.2425)
	if years <= 0 {
		return 0
	}
	return s.Width / years
}

// formatDate writes a date at its precision: 25 Jun 1950, Jun 1950, 1950,
// 1980s, with "c. " for approximate and "?" for uncertain dates.
func tlFormatDate(d timeline.Date) string {
	t := d.Start()
	var s string
	switch d.Precision {
	case timeline.Day:
		s = t.Format("2 Jan 2006")
	case timeline.Month:
		s = t.Format("Jan 2006")
	case timeline.Decade:
		s = fmt.Sprintf("%ds", d.Year)
	default:
		s = fmt.Sprint(d.Year)
	}
	if d.Approx {
		s = "c. " + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

// formatSpan writes a span for people: a date, "A – B", "from A" or
// "until B".
func tlFormatSpan(sp timeline.Span) string {
	switch {
	case sp.IsPoint():
		return tlFormatDate(sp.Start)
	case sp.OpenStart:
		return "until " + tlFormatDate(sp.End)
	case sp.OpenEnd:
		return "from " + tlFormatDate(sp.Start)
	}
	return tlFormatDate(sp.Start) + " – " + tlFormatDate(sp.End)
}
