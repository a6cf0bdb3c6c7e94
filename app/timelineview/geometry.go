package timelineview

import (
	"reflect"
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"peninsula/timeline"
)

// Text sizes and spacing of the timeline.
const (
	titleSize    = 13  // event titles and the date readout
	axisSize     = 12  // tick labels and era titles
	overviewSize = 11  // overview labels
	titleRows    = 3   // title rows
	rowPitch     = 18  // px between title rows
	maxTitleW    = 260 // longer titles are cut with "…"
	titleGap     = 12  // px between titles in a row
	flagGap      = 5   // px between a pole and its title
	lanePitch    = 8   // px between bar lanes
	maxLanes     = 2   // bar lanes below the title rows
	tickGap      = 64  // px between labelled ticks at least
)

// bands are the vertical positions of the timeline's parts for a height,
// anchored at the bottom so extra height goes to the top.
type bands struct {
	rows    [titleRows]float32 // top of each title row, row 0 nearest the markers
	lane0   float32            // centre of the first marker lane
	axisY   float32            // the axis line
	detailB float32            // bottom of the detail band
	ovTop   float32            // top of the overview band
	height  float32
}

// bandsFor places the bands in a widget h px tall.
func bandsFor(h float32) bands {
	var b bands
	b.height = h
	b.ovTop = h - 30
	b.detailB = b.ovTop - 2
	b.axisY = b.detailB - 20
	b.lane0 = b.axisY - 16
	for r := range b.rows {
		b.rows[r] = b.lane0 - 26 - float32(r)*rowPitch
	}
	return b
}

// laneY is the centre of marker lane l.
func (b bands) laneY(l int) float32 { return b.lane0 + float32(l)*lanePitch }

// rect is a box in widget coordinates, x0 ≤ x1 and y0 ≤ y1.
type rect struct{ x0, y0, x1, y1 float32 }

// event is what the timeline draws of an event, whatever the zoom.
type event struct {
	start, end             time.Time // a point's period (its year for 1954), a range's ends
	point                  bool
	coarse                 bool // a point less precise than a day: its period is shown faintly
	approxStart, approxEnd bool // faded ends (approximate or open)
	lane                   int  // bar lane of a range
	full, text             string
	textW                  float32
	date                   string // the span as the tooltip shows it
}

// eventGeom is where an event is drawn at the current zoom.
type eventGeom struct {
	visible bool
	point   bool
	lane    int
	x0, x1  float32 // a point's x (x1 = x0), a bar's ends
	w0, w1  float32 // a coarse point's period, else equal
	period  bool    // the period is drawn
	row     int     // title row, or -1 when the title is not shown
	flagX   float32 // the pole's x
	left    bool    // the title is left of its pole
	title   rect
}

// eraGeom is where an era is drawn at the current zoom, its ends met
// halfway with an overlapping neighbour's.
type eraGeom struct {
	visible    bool
	start, end time.Time
	x0, x1     float32
	textX      float32
	text       string // cut to fit, "" when it does not
}

// occupied is a stretch [a, b] of a title row taken by a title or a pole.
type occupied struct {
	a, b float32
	pole bool
}

// geom is the laid-out timeline, recomputed in stages: the events when
// the data change, positions when the size or zoom change, titles when
// those or the active events change.
type geom struct {
	data     int
	sched    *timeline.Schedule
	bounds   Range
	nEras    int
	nTitles  int
	titles   uintptr // the Titles map and Eras slice laid out
	erasAt   uintptr
	size     fyne.Size
	scale    timeline.Scale
	active   []int
	dataGen  int
	baseGen  int
	titleGen int // bumped whenever titles are placed
	titled   int // the baseGen the titles were placed for

	bands   bands
	events  []event
	ev      []eventGeom
	eras    []eraGeom
	ticks   []timeline.Tick
	ovTicks []timeline.Tick
	order   []int
	occ     [titleRows][]occupied
}

// geometry brings the widget's geometry cache up to date with its fields,
// size and scale, and returns it. The renderer reads it; only the widget
// writes it.
func (v *TimelineView) geometry() *geom {
	g := &v.geom
	size := v.Size()
	titles, eras := reflect.ValueOf(v.Titles).Pointer(), reflect.ValueOf(v.Eras).Pointer()
	dataChanged := g.data != v.data || g.sched != v.Schedule || g.bounds != v.Bounds ||
		g.nEras != len(v.Eras) || g.nTitles != len(v.Titles) || g.titles != titles || g.erasAt != eras
	if dataChanged {
		g.data, g.sched, g.bounds = v.data, v.Schedule, v.Bounds
		g.nEras, g.nTitles = len(v.Eras), len(v.Titles)
		g.titles, g.erasAt = titles, eras
		v.buildEvents(g)
		g.dataGen++
	}
	if dataChanged || size != g.size || v.scale != g.scale {
		g.size, g.scale = size, v.scale
		v.placeBase(g)
		g.baseGen++
	}
	if g.baseGen != g.titled || !slices.Equal(g.active, v.Active) {
		g.active = append(g.active[:0], v.Active...)
		v.placeTitles(g)
		g.titled = g.baseGen
		g.titleGen++
	}
	return g
}

// buildEvents derives what is drawn of each event and measures the titles.
func (v *TimelineView) buildEvents(g *geom) {
	g.events = g.events[:0]
	if v.Schedule == nil {
		g.ev = g.ev[:0]
		return
	}
	var laneEnd [maxLanes]time.Time
	for _, it := range v.Schedule.Items {
		sp := it.When
		e := event{start: sp.StartTime(), end: sp.EndTime(), point: sp.IsPoint(), date: formatSpan(sp)}
		if sp.OpenStart {
			e.start = v.Bounds.Start
		}
		if sp.OpenEnd {
			e.end = v.Bounds.End
		}
		e.approxStart = sp.OpenStart || sp.Start.Approx
		e.approxEnd = sp.OpenEnd || sp.End.Approx
		e.coarse = e.point && sp.Start.Precision != timeline.Day
		if !e.point {
			e.lane = maxLanes - 1
			for l := range laneEnd {
				if !laneEnd[l].After(e.start) {
					e.lane = l
					break
				}
			}
			if e.end.After(laneEnd[e.lane]) {
				laneEnd[e.lane] = e.end
			}
		}
		e.full = v.Titles[it.ID]
		if e.full == "" {
			e.full = it.ID
		}
		e.text = fitText(e.full, maxTitleW, titleSize, fyne.TextStyle{Bold: true})
		e.textW = fyne.MeasureText(e.text, titleSize, fyne.TextStyle{Bold: true}).Width
		g.events = append(g.events, e)
	}
	g.ev = make([]eventGeom, len(g.events))
}

// fitText returns s, or s cut at a word and ended with "…" to fit w.
func fitText(s string, w, size float32, st fyne.TextStyle) string {
	if fyne.MeasureText(s, size, st).Width <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, st).Width <= w {
			lo = mid
		} else {
			hi = mid
		}
	}
	cut := lo
	for i := lo - 1; i > lo/2; i-- { // back to a word boundary if one is near
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	for cut > 0 && (r[cut-1] == ' ' || r[cut-1] == ',' || r[cut-1] == ':') {
		cut--
	}
	if cut == 0 {
		return ""
	}
	return string(r[:cut]) + "…"
}

// placeBase computes the bands, ticks, eras and marker positions.
func (v *TimelineView) placeBase(g *geom) {
	s := v.scale
	w := float32(s.Width)
	g.bands = bandsFor(g.size.Height)
	g.ticks = s.Ticks(tickGap)
	g.ovTicks = v.overview().Ticks(96)
	g.eras = g.eras[:0]
	for _, e := range v.Eras {
		a, b := e.When.StartTime(), e.When.EndTime()
		if e.When.OpenStart {
			a = v.Bounds.Start
		}
		if e.When.OpenEnd {
			b = v.Bounds.End
		}
		g.eras = append(g.eras, eraGeom{start: a, end: b})
	}
	// Eras that overlap (1910/1945 and 1945/1948 share 1945) meet halfway.
	for i := range g.eras {
		for j := range g.eras {
			p, q := &g.eras[i], &g.eras[j]
			if p.start.Before(q.start) && p.end.After(q.start) && p.end.Before(q.end) {
				mid := q.start.Add(p.end.Sub(q.start) / 2)
				p.end, q.start = mid, mid
			}
		}
	}
	textEnd := float32(-1e9)
	for i, e := range v.Eras {
		eg := &g.eras[i]
		eg.x0, eg.x1 = float32(s.X(eg.start)), float32(s.X(eg.end))
		eg.visible = eg.x1 > 0 && eg.x0 < w
		eg.textX = max(max(eg.x0, 0)+6, textEnd+12)
		room := min(eg.x1, w) - eg.textX - 6
		if !eg.visible || room < 24 {
			continue
		}
		eg.text = fitText(e.Title, room, axisSize, fyne.TextStyle{Bold: true})
		if eg.text != e.Title && len([]rune(eg.text)) < 9 {
			eg.text = "" // "K…" says nothing
		}
		if eg.text != "" {
			textEnd = eg.textX + fyne.MeasureText(eg.text, axisSize, fyne.TextStyle{Bold: true}).Width
		}
	}
	for i, e := range g.events {
		eg := &g.ev[i]
		x0, x1 := float32(s.X(e.start)), float32(s.X(e.end))
		*eg = eventGeom{point: e.point, lane: e.lane, x0: x0, x1: x1, w0: x0, w1: x0, row: -1}
		if !e.point && x1-x0 < 8 { // a range of a few days: a diamond
			eg.point, eg.lane = true, 0
		}
		if eg.point {
			eg.x1 = x0
			if e.coarse && x1-x0 >= 6 {
				eg.w1 = x1
			}
			// A diamond half off the band is hidden (it would spill over
			// the neighbours); a coarse point's period may still show.
			eg.visible = x0 >= 4 && x0 <= w-4
			eg.period = eg.w1 > 0 && eg.w0 < w && eg.w1-eg.w0 >= 6
		} else {
			eg.x1 = max(x1, x0+4)
			eg.visible = eg.x1 >= 0 && x0 <= w
		}
	}
}

// placeTitles puts titles in rows greedily, the active events first (the
// most recently started first) and then the others by start, each beside a
// pole rising from its marker: a title goes in the lowest row where it
// overlaps no other title or pole and its pole crosses no title in the rows
// below; one that fits nowhere is left out.
func (v *TimelineView) placeTitles(g *geom) {
	w := float32(g.scale.Width)
	for r := range g.occ {
		g.occ[r] = g.occ[r][:0]
	}
	g.order = g.order[:0]
	active := make(map[int]bool, len(v.Active))
	for _, i := range v.Active {
		active[i] = true
	}
	for i := len(g.ev) - 1; i >= 0; i-- { // the latest active first
		if active[i] {
			g.order = append(g.order, i)
		}
	}
	for i := range g.ev {
		if !active[i] {
			g.order = append(g.order, i)
		}
	}
	for _, i := range g.order {
		eg, e := &g.ev[i], &g.events[i]
		eg.row = -1
		if !eg.visible || e.text == "" {
			continue
		}
		fx := eg.x0
		if !eg.point && fx < 3 {
			if eg.x1 < 24 {
				continue
			}
			fx = 3
		}
		if fx < 1 || fx > w-1 {
			continue
		}
		a, b, left := fx+flagGap, fx+flagGap+e.textW, false
		if b > w-2 {
			a, b, left = fx-flagGap-e.textW, fx-flagGap, true
			if a < 2 {
				continue
			}
		}
	rows:
		for r := 0; r < titleRows; r++ {
			for _, o := range g.occ[r] {
				gap := float32(titleGap)
				if o.pole {
					gap = 3
				}
				if a < o.b+gap && o.a < b+gap {
					continue rows
				}
			}
			for rr := 0; rr < r; rr++ {
				for _, o := range g.occ[rr] {
					if !o.pole && fx-3 < o.b && o.a < fx+3 {
						continue rows
					}
				}
			}
			eg.row, eg.flagX, eg.left = r, fx, left
			top := g.bands.rows[r]
			eg.title = rect{a, top, b, top + rowPitch}
			g.occ[r] = append(g.occ[r], occupied{a: a, b: b}, occupied{a: fx - 1, b: fx + 1, pole: true})
			for rr := 0; rr < r; rr++ {
				g.occ[rr] = append(g.occ[rr], occupied{a: fx - 1, b: fx + 1, pole: true})
			}
			break
		}
	}
}
