package link

import (
	"github.com/paulmach/orb"

	"peninsula/geo"
)

// homeSize is the window size, in pixels, at which a story's view given by
// centre and zoom is turned into the box the map fits: the map shows that
// box, centred, at whatever size it has.
const homeWidth, homeHeight = 1000, 700

// Home returns the region the map opens on for the story: its `view`
// (a box, or a centre and zoom seen at 1000×700 pixels), else the box of
// its places with a margin (points and lines, and the countries and areas
// no larger than twice their span; without points or lines, the countries'
// and areas' label points), else fallback (no story, or no place on the
// map).
func (e *Explainer) Home(fallback orb.Bound) orb.Bound {
	s := e.Story
	if s == nil {
		return fallback
	}
	if v := s.View; v != nil {
		if v.Fits() {
			return v.Bound
		}
		return geo.NewViewport(homeWidth, homeHeight, v.Center, v.Zoom).Bound()
	}
	// Points and lines first; then the countries and areas that are small
	// beside them (so a story of Baltic towns that also names Russia is
	// not fitted to Siberia); with no point or line, the label points of
	// the countries and areas.
	var b orb.Bound
	n := 0
	add := func(p orb.Point) {
		if n == 0 {
			b = orb.Bound{Min: p, Max: p}
		} else {
			b = b.Extend(p)
		}
		n++
	}
	var regions []*geo.Feature
	for _, p := range s.Places {
		f := e.Map.Feature(e.Feature(p.ID))
		if f == nil {
			continue
		}
		switch f.Kind {
		case geo.Point, geo.Sea:
			add(f.Anchor)
		case geo.Line:
			add(f.Bound.Min)
			add(f.Bound.Max)
		case geo.Country, geo.Area:
			regions = append(regions, f)
		}
	}
	if n == 0 {
		for _, f := range regions {
			add(f.Anchor)
		}
	} else {
		w, h := max(b.Max[0]-b.Min[0], 4), max(b.Max[1]-b.Min[1], 4)
		for _, f := range regions {
			if fb := f.Bound; fb.Max[0]-fb.Min[0] <= 2*w && fb.Max[1]-fb.Min[1] <= 2*h {
				add(fb.Min)
				add(fb.Max)
			}
		}
	}
	if n == 0 {
		return fallback
	}
	const minSpan = 4.0 // degrees: a story of one town still shows its surroundings
	padX := max((b.Max[0]-b.Min[0])*0.15, (minSpan-(b.Max[0]-b.Min[0]))/2)
	padY := max((b.Max[1]-b.Min[1])*0.15, (minSpan-(b.Max[1]-b.Min[1]))/2)
	b.Min = orb.Point{max(-180, b.Min[0]-padX), max(-85, b.Min[1]-padY)}
	b.Max = orb.Point{min(180, b.Max[0]+padX), min(85, b.Max[1]+padY)}
	return b
}
