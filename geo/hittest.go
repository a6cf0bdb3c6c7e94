package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// Hit-test tolerances in pixels.
const (
	PointHitRadius = 10.0 // a place within this distance of the pointer is hit
	LineHitRadius  = 5.0  // a line within this distance is hit
)

// Badge geometry in pixels: the United States sits off the map, so it is a
// button at the map's east edge, at the latitude of Korea where possible.
const (
	BadgeWidth  = 150.0
	BadgeHeight = 30.0
	BadgeMargin = 12.0
	badgeLat    = 30.5
)

// BadgeRect returns the top-left corner and size of the badge feature in
// the viewport.
func BadgeRect(vp Viewport) (x, y, w, h float64) {
	x = vp.Width - BadgeWidth - BadgeMargin
	y = vp.ToPixel(orb.Point{0, badgeLat})[1] - BadgeHeight/2
	y = math.Max(BadgeMargin, math.Min(vp.Height-BadgeHeight-BadgeMargin, y))
	return x, y, BadgeWidth, BadgeHeight
}

// HitTest returns the feature under pixel px, or nil for the sea. Places
// win over everything within PointHitRadius (the nearest one: Dokdo is a
// speck), then the badge, then lines within LineHitRadius, then areas and
// countries containing the point (at the level of detail of the view's
// zoom), then the badge's land. visible filters features as in rendering;
// nil means all are visible. Areas are only hit when visible is given and
// says so (by default they are not drawn).
func (m *Map) HitTest(vp Viewport, px orb.Point, visible func(*Feature) bool) *Feature {
	show := func(f *Feature) bool {
		if visible == nil {
			return f.Kind != Area
		}
		return visible(f)
	}
	tr := newTransform(vp)
	var best *Feature
	bestD := PointHitRadius * PointHitRadius
	for _, f := range m.Features {
		if f.Kind != Point || !show(f) {
			continue
		}
		p := tr.apply(f.world[0][0])
		if d := (p[0]-px[0])*(p[0]-px[0]) + (p[1]-px[1])*(p[1]-px[1]); d <= bestD {
			best, bestD = f, d
		}
	}
	if best != nil {
		return best
	}
	for _, f := range m.Features {
		if f.Kind == Badge && show(f) {
			x, y, w, h := BadgeRect(vp)
			if px[0] >= x && px[0] <= x+w && px[1] >= y && px[1] <= y+h {
				return f
			}
		}
	}
	// World coordinates of the pointer, and the line tolerance in world units.
	w := orb.Point{px[0]/tr.s + tr.ox, px[1]/tr.s + tr.oy}
	tol := LineHitRadius / tr.s
	for _, f := range m.Features {
		if f.Kind != Line || !show(f) || !grow(f.worldBound, tol).Contains(w) {
			continue
		}
		for i, l := range f.world {
			if !grow(f.worldBounds[i], tol).Contains(w) {
				continue
			}
			for j := 1; j < len(l); j++ {
				if segmentDistance(w, l[j-1], l[j]) <= tol {
					return f
				}
			}
		}
	}
	// Areas are drawn over countries, so they are hit first; then the
	// countries and the badge's land, at the view's level of detail.
	level := LevelFor(vp.Zoom)
	for _, kind := range []Kind{Area, Country, Badge} {
		for _, f := range m.Features {
			if f.Kind == kind && show(f) && f.contains(level, w) {
				return f
			}
		}
	}
	return nil
}

// contains reports whether the world point lies on the feature's land at
// level l (even–odd over all rings, so holes work).
func (f *Feature) contains(l Level, w orb.Point) bool {
	return f.land != nil && f.land.contains(l, w)
}

func grow(b orb.Bound, d float64) orb.Bound {
	return orb.Bound{Min: orb.Point{b.Min[0] - d, b.Min[1] - d}, Max: orb.Point{b.Max[0] + d, b.Max[1] + d}}
}
