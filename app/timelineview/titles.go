package timelineview

// placeTitles puts titles in rows greedily, the active events first (the
// most recently started first) and then the others by start, each beside a
// pole rising from its marker or the start of its bar (see placeTitle),
// then lets them widen into the room left (see widenTitles). A cluster
// shows the titles of its active events, or else its first event's.
func (v *TimelineView) placeTitles(g *geom) {
	w := float32(g.scale.Width)
	for r := range g.occ {
		g.occ[r] = g.occ[r][:0]
	}
	for i := range g.ev {
		g.ev[i].row, g.ev[i].text = -1, ""
	}
	g.shown = g.shown[:0]
	g.order = g.order[:0]
	active := make(map[int]bool, len(v.Active))
	activeMarker := make(map[int]bool, len(v.Active))
	for _, i := range v.Active {
		if i >= 0 && i < len(g.ev) {
			active[i] = true
			activeMarker[g.ev[i].marker] = true
		}
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
		eg := &g.ev[i]
		if !eg.visible {
			continue
		}
		var fx float32
		if m := g.markerOf(i); m != nil {
			if m.n() > 1 && !active[i] && (activeMarker[eg.marker] || g.pack.pts[m.a] != i) {
				continue
			}
			fx = m.cx
		} else {
			fx = eg.x0
			if fx < 3 {
				if eg.x1 < 24 {
					continue
				}
				fx = 3
			}
		}
		if fx < 1 || fx > w-1 {
			continue
		}
		g.placeTitle(i, fx)
	}
	g.widenTitles()
}

// widenTitles lets each placed title, in the order placed, take the room
// its row has beyond it: the longest cut (or the whole title) that ends
// short of the next title or pole.
func (g *geom) widenTitles() {
	w := float32(g.scale.Width)
	for _, i := range g.shown {
		eg, cuts := &g.ev[i], g.events[i].cuts
		room := g.roomRight(eg.row, eg.title.x0, w, i)
		if eg.left {
			room = g.roomLeft(eg.row, eg.title.x1, i)
		}
		c := 0
		for c < len(cuts)-1 && cuts[c].w > room {
			c++
		}
		if cuts[c].w <= eg.title.x1-eg.title.x0 {
			continue
		}
		if eg.left {
			eg.title.x0 = eg.title.x1 - cuts[c].w
		} else {
			eg.title.x1 = eg.title.x0 + cuts[c].w
		}
		eg.text = cuts[c].text
		for k := range g.occ[eg.row] {
			if o := &g.occ[eg.row][k]; o.event == i && !o.pole {
				o.a, o.b = eg.title.x0, eg.title.x1
			}
		}
	}
}

// placeTitle places event i's title beside a pole at fx. The title, cut
// to at most baseTitleW, goes where it overlaps no other title or pole and
// its pole crosses no title in the rows below: right of the pole in the
// lowest row where it fits, else left of it; where it fits nowhere, its
// longest shorter cut that fits somewhere is shown; a title whose shortest
// cut fits nowhere is left out.
func (g *geom) placeTitle(i int, fx float32) {
	cuts := g.events[i].cuts
	w := float32(g.scale.Width)
	var room [titleRows][2]float32 // right, left
	rows := 0
	for ; rows < titleRows; rows++ {
		if rows > 0 && g.titleCrosses(rows-1, fx) {
			break // the pole would cross it, here and above
		}
		room[rows] = [2]float32{g.roomRight(rows, fx+flagGap, w, -1), g.roomLeft(rows, fx-flagGap, -1)}
	}
	base := 0 // the widest cut of at most baseTitleW: what the rows are chosen for
	for base < len(cuts)-1 && cuts[base].w > baseTitleW {
		base++
	}
	bestRow, bestSide, bestCut := -1, 0, len(cuts)
	for side := range 2 {
		for r := range rows {
			c := base
			for c < len(cuts) && cuts[c].w > room[r][side] {
				c++
			}
			if c == base {
				g.setTitle(i, r, fx, side == 1, cuts[c])
				return
			}
			if c < bestCut {
				bestRow, bestSide, bestCut = r, side, c
			}
		}
	}
	if bestRow >= 0 {
		g.setTitle(i, bestRow, fx, bestSide == 1, cuts[bestCut])
	}
}

// titleCrosses reports whether a title in row r covers a pole at fx.
func (g *geom) titleCrosses(r int, fx float32) bool {
	for _, o := range g.occ[r] {
		if !o.pole && fx-3 < o.b && o.a < fx+3 {
			return true
		}
	}
	return false
}

// gap is the room kept between a title and o.
func (o occupied) gap() float32 {
	if o.pole {
		return 3
	}
	return titleGap
}

// roomRight is the width a title starting at a in row r may take (-1 when
// none), leaving aside event self's own title.
func (g *geom) roomRight(r int, a, w float32, self int) float32 {
	room := w - 2 - a
	for _, o := range g.occ[r] {
		if o.event != self && o.b+o.gap() > a {
			room = min(room, o.a-o.gap()-a)
		}
	}
	return max(room, -1)
}

// roomLeft is the width a title ending at b in row r may take (-1 when
// none), leaving aside event self's own title.
func (g *geom) roomLeft(r int, b float32, self int) float32 {
	room := b - 2
	for _, o := range g.occ[r] {
		if o.event != self && o.a < b+o.gap() {
			room = min(room, b-o.b-o.gap())
		}
	}
	return max(room, -1)
}

// setTitle shows event i's title as c in row r beside a pole at fx, and
// marks the row taken and the pole's way down through the rows below.
func (g *geom) setTitle(i, r int, fx float32, left bool, c cut) {
	eg := &g.ev[i]
	a, b := fx+flagGap, fx+flagGap+c.w
	if left {
		a, b = fx-flagGap-c.w, fx-flagGap
	}
	top := g.bands.rows[r]
	eg.row, eg.flagX, eg.left, eg.text = r, fx, left, c.text
	eg.title = rect{a, top, b, top + rowPitch}
	g.occ[r] = append(g.occ[r], occupied{a: a, b: b, event: i}, occupied{a: fx - 1, b: fx + 1, pole: true, event: i})
	for rr := 0; rr < r; rr++ {
		g.occ[rr] = append(g.occ[rr], occupied{a: fx - 1, b: fx + 1, pole: true, event: i})
	}
	g.shown = append(g.shown, i)
}
