package timelineview

// Matched events (a search's hits) are drawn with a halo: a highlighter
// yellow behind the diamond, the cluster's pill or the bar, and behind the
// event's tick in the overview, so hits outside the detail view show too.
// The bars' halos are drawn before the bars, the markers' after the bars
// and before the markers: a neighbouring marker is never covered by them,
// and a bar does not hide a cluster's halo.

// Halo sizes, in px beyond the marker or bar.
const (
	haloR   = 10 // a diamond's halo is a disc this wide from its centre
	haloPad = 5  // a pill's or bar's halo reaches this far beyond it
)

// sceneMarkerHalos adds the halos of the markers in view that hold a
// matched event: a disc round a diamond, a wider pill round a cluster's.
func (r *renderer) sceneMarkerHalos(g *geom) {
	sc, col := &r.scene, r.col
	y := g.bands.laneY(0)
	for k := range g.pack.markers {
		m := &g.pack.markers[k]
		if !m.visible || !r.holdsMatch(g, m) {
			continue
		}
		if m.n() == 1 {
			sc.round(roleHalo, k, rect{m.cx - haloR, y - haloR, m.cx + haloR, y + haloR}, haloR,
				col.match, col.matchEdge, 1)
			continue
		}
		hw, hh := m.halfW()+haloPad, float32(pillH/2+haloPad)
		sc.round(roleHalo, k, rect{m.cx - hw, y - hh, m.cx + hw, y + hh}, hh, col.match, col.matchEdge, 1)
	}
}

// sceneBarHalos adds the halos of the matched bars in view.
func (r *renderer) sceneBarHalos(g *geom) {
	sc, col := &r.scene, r.col
	w := float32(g.scale.Width)
	for i := range g.ev {
		eg := &g.ev[i]
		if eg.point || !eg.visible || r.flags[i]&stateMatched == 0 {
			continue
		}
		ly := g.bands.laneY(eg.lane)
		x0, x1 := max(eg.x0-haloPad, 0), min(eg.x1+haloPad, w)
		sc.round(roleHalo, -1, rect{x0, ly - 3 - haloPad, x1, ly + 3 + haloPad}, 3+haloPad,
			col.match, col.matchEdge, 1)
	}
}

// holdsMatch reports whether one of marker m's events is matched.
func (r *renderer) holdsMatch(g *geom, m *marker) bool {
	for _, i := range g.pack.pts[m.a:m.b] {
		if r.flags[i]&stateMatched != 0 {
			return true
		}
	}
	return false
}

// sceneOverviewHalos adds a halo behind each matched event's tick in the
// overview (drawn under the ticks).
func (r *renderer) sceneOverviewHalos(g *geom) {
	if len(g.matchIdx) == 0 {
		return
	}
	sc, b, ov := &r.scene, g.bands, r.v.overview()
	for i, e := range g.events {
		if r.flags[i]&stateMatched == 0 {
			continue
		}
		x0 := float32(ov.X(e.start))
		x1 := x0
		if !e.point {
			x1 = max(float32(ov.X(e.end)), x0+2)
		}
		sc.round(roleOvHalo, i, rect{round(x0) - 2, b.ovTop + 2, round(x1) + 3, b.ovTop + 12}, 2,
			r.col.match, transparent, 0)
	}
}
