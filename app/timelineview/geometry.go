package timelineview

import (
	"reflect"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"peninsula/timeline"
)

// Text sizes and spacing of the timeline.
const (
	titleSize    = 13  // event titles and the date readout
	axisSize     = 12  // tick labels and era titles
	overviewSize = 11  // overview labels
	countSize    = 11  // the count in a cluster's pill
	titleRows    = 3   // title rows
	rowPitch     = 18  // px between title rows
	minCutRunes  = 12  // a cut title keeps at least this many letters
	baseTitleW   = 260 // titles take rows at most this wide, then widen into the room left
	titleGap     = 12  // px between titles in a row
	flagGap      = 5   // px between a pole and its title
	lanePitch    = 8   // px between bar lanes
	maxLanes     = 2   // bar lanes below the title rows
	tickGap      = 64  // px between labelled ticks at least
)

// titleStyle is the style titles are measured in: bold, the widest they
// are drawn (an active event's title).
var titleStyle = fyne.TextStyle{Bold: true}

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

// overlaps reports whether r and o share more than an edge.
func (r rect) overlaps(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}

// cut is a form of a title: the whole title or a shorter one ended with
// "…", and its width in titleStyle.
type cut struct {
	text string
	w    float32
}

// event is what the timeline draws of an event, whatever the zoom.
type event struct {
	start, end             time.Time // a point's period (its year for 1954), a range's ends
	point                  bool
	coarse                 bool // a point less precise than a day: its period is shown faintly
	overflow               bool // a range wholly under both lanes' bars: drawn as a point with its span
	approxStart, approxEnd bool // faded ends (approximate or open)
	lane                   int  // bar lane of a range
	full                   string
	cuts                   []cut  // the title and its cuts at word ends, widest first
	date                   string // the span as the tooltip shows it
}

// eventGeom is where an event is drawn at the current zoom.
type eventGeom struct {
	visible bool
	point   bool // drawn in a marker (a diamond or a cluster's pill), not a bar
	lane    int
	x0, x1  float32 // a point's place in time (x1 = x0), a bar's ends
	w0, w1  float32 // a point's period
	marker  int     // the marker a point is drawn in (index into geom.markers), -1 for a bar
	row     int     // title row, or -1 when the title is not shown
	flagX   float32 // the pole's x
	left    bool    // the title is left of its pole
	title   rect
	text    string // the title as shown: whole, or cut to the room it has
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

// occupied is a stretch [a, b] of a title row taken by an event's title
// or its pole.
type occupied struct {
	a, b  float32
	pole  bool
	event int
}

// geom is the laid-out timeline, recomputed in stages: the events when
// the data change, positions and markers when the size or zoom change,
// titles when those or the active events change.
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
	titleGen int            // bumped whenever titles are placed
	titled   int            // the baseGen the titles were placed for
	matched  []string       // the Matched ids resolved into matchIdx
	matchIdx []int          // the indices of the matched events on the schedule
	ids      map[string]int // event id → index

	bands   bands
	events  []event
	ev      []eventGeom
	eras    []eraGeom
	ticks   []timeline.Tick
	ovTicks []timeline.Tick
	pack    packing // the point markers
	order   []int
	shown   []int // the events whose titles are shown, in the order placed
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
	if dataChanged || !slices.Equal(g.matched, v.Matched) {
		g.matched = append(g.matched[:0], v.Matched...)
		g.matchIdx = g.matchIdx[:0]
		for _, id := range v.Matched {
			if i, ok := g.ids[id]; ok {
				g.matchIdx = append(g.matchIdx, i)
			}
		}
	}
	return g
}

// buildEvents derives what is drawn of each event and measures the titles.
func (v *TimelineView) buildEvents(g *geom) {
	g.events = g.events[:0]
	clear(g.ids)
	if g.ids == nil {
		g.ids = map[string]int{}
	}
	if v.Schedule == nil {
		g.ev = g.ev[:0]
		g.pack = packing{}
		return
	}
	var laneEnd [maxLanes]time.Time
	for i, it := range v.Schedule.Items {
		g.ids[it.ID] = i
		sp := it.When
		e := event{start: sp.StartTime(), end: sp.EndTime(), point: sp.IsPoint(), date: sp.Label()}
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
			e.lane, e.overflow = -1, true
			for l := range laneEnd {
				if !laneEnd[l].After(e.start) {
					e.lane, e.overflow = l, false
					laneEnd[l] = e.end
					break
				}
			}
			// No lane is free: the range goes on top of the last lane's
			// if it outlasts it (its end can be picked); one wholly under
			// both lanes' bars could not be, so it is drawn as a point
			// with its span.
			if last := maxLanes - 1; e.overflow && e.end.After(laneEnd[last]) {
				e.lane, e.overflow = last, false
				laneEnd[last] = e.end
			} else if e.overflow {
				e.lane = 0
			}
		}
		e.full = v.Titles[it.ID]
		if e.full == "" {
			e.full = it.ID
		}
		e.cuts = titleCuts(e.full)
		g.events = append(g.events, e)
	}
	g.ev = make([]eventGeom, len(g.events))
	g.pack = packing{}
}

// titleCuts returns s and its cuts at word ends (each ended with "…" and
// at least minCutRunes letters long), widest first, measured in
// titleStyle.
func titleCuts(s string) []cut {
	cuts := []cut{{s, fyne.MeasureText(s, titleSize, titleStyle).Width}}
	r := []rune(s)
	for i := len(r) - 1; i >= minCutRunes; i-- {
		if r[i] != ' ' {
			continue
		}
		t := strings.TrimRight(string(r[:i]), " ,:;–-")
		if len([]rune(t)) < minCutRunes || strings.HasSuffix(cuts[len(cuts)-1].text, t+"…") {
			continue
		}
		t += "…"
		cuts = append(cuts, cut{t, fyne.MeasureText(t, titleSize, titleStyle).Width})
	}
	return cuts
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
	v.placeEras(g)
	for i, e := range g.events {
		eg := &g.ev[i]
		x0, x1 := float32(s.X(e.start)), float32(s.X(e.end))
		*eg = eventGeom{point: e.point || e.overflow, lane: e.lane, x0: x0, x1: x1, w0: x0, w1: x0, row: -1, marker: -1}
		if !eg.point && x1-x0 < 8 { // a range of a few days: a diamond
			eg.point, eg.lane = true, 0
		}
		if eg.point {
			eg.x1 = x0
			if (e.coarse || !e.point) && x1-x0 >= 6 {
				eg.w1 = x1
			}
		} else {
			eg.x1 = max(x1, x0+4)
			eg.visible = eg.x1 >= 0 && x0 <= w
		}
	}
	g.placeMarkers(s, v.Bounds.Start)
}

// placeEras places the eras' bands and titles: an era's title starts at
// its left edge (or the band's) and is cut to the era's width.
func (v *TimelineView) placeEras(g *geom) {
	s := v.scale
	w := float32(s.Width)
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
}
