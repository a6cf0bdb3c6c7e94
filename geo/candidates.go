package geo

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
)

// labelPoint returns where the label of f goes in the view: its Anchor or,
// for a world country with a second label point, the one of the two in
// view (the nearer the view's centre when both are; Russia is named in the
// Far East on a map of Korea and in Siberia on a map of the world). near
// is false when the label could not lie in the view from there: every
// candidate position lies within three label sizes of the point, and no
// label is that large.
func labelPoint(vp Viewport, f *Feature) (p orb.Point, near bool) {
	p = f.Anchor
	if f.land != nil && f.land.w != nil && f.alt != f.Anchor {
		in := func(q orb.Point) bool {
			px := vp.ToPixel(q)
			return px[0] >= 0 && px[1] >= 0 && px[0] <= vp.Width && px[1] <= vp.Height
		}
		switch a, b := in(f.Anchor), in(f.alt); {
		case a && b:
			c := orb.Point{vp.Width / 2, vp.Height / 2}
			pa, pb := vp.ToPixel(f.Anchor), vp.ToPixel(f.alt)
			if math.Hypot(pb[0]-c[0], pb[1]-c[1]) < math.Hypot(pa[0]-c[0], pa[1]-c[1]) {
				p = f.alt
			}
		case b:
			p = f.alt
		}
	}
	if f.Kind == Line {
		return p, true
	}
	const reach = 1200 // pixels: three times a wide label
	px := vp.ToPixel(p)
	return p, px[0] > -reach && px[1] > -reach && px[0] < vp.Width+reach && px[1] < vp.Height+reach
}

// candidates returns top-left corners to try for a w×h label of f at the
// anchor, best first; land is tested at level l.
func candidates(vp Viewport, l Level, f *Feature, anchor orb.Point, w, h float64) []orb.Point {
	const gap = 4
	switch f.Kind {
	case Point:
		p := vp.ToPixel(anchor)
		// Clear of the marker and of the ring round a selected one.
		r := markerRadius(f) + ringClear + 0.5
		return []orb.Point{
			{p[0] + r, p[1] - h/2},           // right
			{p[0] - r - w, p[1] - h/2},       // left
			{p[0] - w/2, p[1] - r - h},       // above
			{p[0] - w/2, p[1] + r},           // below
			{p[0] + r, p[1] - r - h + 2},     // above right
			{p[0] + r, p[1] + r - 2},         // below right
			{p[0] - r - w, p[1] - r - h + 2}, // above left
			{p[0] - r - w, p[1] + r - 2},     // below left
		}
	case Line:
		var first, last orb.Point
		if ml, ok := f.Geometry.(orb.MultiLineString); ok && len(ml) > 0 {
			first, last = ml[0][0], ml[len(ml)-1][len(ml[len(ml)-1])-1]
		}
		e, s := vp.ToPixel(last), vp.ToPixel(first)
		out := []orb.Point{
			{e[0] + gap*2, e[1] - h/2},     // beyond the east end
			{e[0] + gap*2, e[1] - h - gap}, // above it
			{e[0] + gap*2, e[1] + gap},     // below it
			{s[0] - w - gap*2, s[1] - h/2}, // beyond the west end
			{s[0] - w - gap*2, s[1] - h - gap},
			{s[0] - w - gap*2, s[1] + gap},
		}
		// Then above and below points along the line where it crosses the
		// view (zoomed in, its ends lie beyond it).
		tr := newTransform(vp)
		const step = 60.0
		for _, l := range f.world {
			run := step / 2
			for i := 1; i < len(l) && len(out) < 40; i++ {
				a, b := tr.apply(l[i-1]), tr.apply(l[i])
				d := math.Hypot(b[0]-a[0], b[1]-a[1])
				for ; run <= d && len(out) < 40; run += step {
					p := orb.Point{a[0] + (b[0]-a[0])*run/d, a[1] + (b[1]-a[1])*run/d}
					if p[0] >= 0 && p[1] >= 0 && p[0] <= vp.Width && p[1] <= vp.Height {
						out = append(out, orb.Point{p[0] - w/2, p[1] - h - gap}, orb.Point{p[0] - w/2, p[1] + gap})
					}
				}
				run -= d
			}
		}
		return out
	}
	// Countries, areas and seas: centred on the anchor, then nudged, then
	// moved step by step farther away, nearest first. A country's or
	// area's label keeps its centre on the feature.
	p := vp.ToPixel(anchor)
	x, y := p[0]-w/2, p[1]-h/2
	out := []orb.Point{{x, y}, {x, y - h}, {x, y + h}, {x - w/3, y}, {x + w/3, y}}
	far := make([]orb.Point, 0, len(nudges))
	for _, n := range nudges {
		far = append(far, orb.Point{n[0] * w, n[1] * h})
	}
	sort.SliceStable(far, func(i, j int) bool {
		return math.Hypot(far[i][0], far[i][1]) < math.Hypot(far[j][0], far[j][1])
	})
	tr := newTransform(vp)
	for _, d := range far {
		c := orb.Point{x + d[0], y + d[1]}
		if f.Kind == Country || f.Kind == Area {
			if !f.contains(l, tr.world(orb.Point{c[0] + w/2, c[1] + h/2})) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// nudges are the offsets, in label widths and heights, at which a label of
// an area, a country or a sea is tried beyond the first five positions.
var nudges = func() []orb.Point {
	var out []orb.Point
	for _, dx := range []float64{0, -1.0 / 6, 1.0 / 6, -1.0 / 3, 1.0 / 3, -0.5, 0.5, -2.0 / 3, 2.0 / 3, -1, 1} {
		for _, dy := range []float64{0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -2.5, 2.5} {
			if (dx == 0 && (dy == 0 || dy == -1 || dy == 1)) || (dy == 0 && (dx == -1.0/3 || dx == 1.0/3)) {
				continue // the first five
			}
			out = append(out, orb.Point{dx, dy})
		}
	}
	return out
}()
