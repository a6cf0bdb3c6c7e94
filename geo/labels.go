package geo

import "github.com/paulmach/orb"

// Label is a placed map label: the text and the pixel rectangle it
// occupies (top-left X, Y and size W, H).
type Label struct {
	FeatureID string
	Text      string
	Kind      Kind
	Class     string
	X, Y      float64
	W, H      float64
}

// Measure returns the pixel size of a label's text for a feature of the
// given kind and class (country names may be larger than place names).
type Measure func(text string, kind Kind, class string) (w, h float64)

// labelRank orders label candidates: areas, countries, capitals, other
// places, lines and seas. Lower ranks are placed first and win overlaps.
func labelRank(f *Feature) int {
	switch {
	case f.Kind == Area:
		return 0 // shown only at some dates, so named before the countries under them
	case f.Kind == Country:
		return 1
	case f.Kind == Point && f.Class == "capital":
		return 2
	case f.Kind == Point:
		return 3
	case f.Kind == Line:
		return 4
	case f.Kind == Sea:
		return 5
	}
	return -1
}

// PlaceLabels places the labels of the visible features in the viewport so
// that no two overlap, no label covers a place's marker, and every label
// lies wholly inside the view. Features are tried in rank order (areas,
// countries, capitals, places, lines, seas), each at a few candidate
// positions; a country lying under a visible area is named by the area; a label
// that fits nowhere is dropped. name gives the text (an empty text means no
// label); visible may be nil.
func (m *Map) PlaceLabels(vp Viewport, name func(*Feature) string, measure Measure, visible func(*Feature) bool) []Label {
	type box struct{ x0, y0, x1, y1 float64 }
	var taken []box
	free := func(b box) bool {
		if b.x0 < 2 || b.y0 < 2 || b.x1 > vp.Width-2 || b.y1 > vp.Height-2 {
			return false
		}
		for _, t := range taken {
			if b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1 {
				return false
			}
		}
		return true
	}
	show := func(f *Feature) bool {
		if visible == nil {
			return f.Kind != Area
		}
		return visible(f)
	}
	// Markers are obstacles for every label.
	for _, f := range m.Features {
		if f.Kind == Point && show(f) {
			p := vp.ToPixel(f.Anchor)
			r := markerRadius(f) + 2
			taken = append(taken, box{p[0] - r, p[1] - r, p[0] + r, p[1] + r})
		}
	}
	if vp.Width > BadgeWidth+2*BadgeMargin {
		if b := m.firstOfKind(Badge); b != nil && show(b) {
			x, y, w, h := BadgeRect(vp)
			taken = append(taken, box{x, y, x + w, y + h})
		}
	}
	// A country whose label point lies in a visible area (an occupation
	// zone, a colony) is named by the area instead.
	var areas []*Feature
	for _, f := range m.Features {
		if f.Kind == Area && show(f) {
			areas = append(areas, f)
		}
	}
	covered := func(f *Feature) bool {
		if f.Kind != Country {
			return false
		}
		w := Project(f.Anchor)
		for _, a := range areas {
			if a.contains(w) {
				return true
			}
		}
		return false
	}
	var out []Label
	for rank := 0; rank <= 5; rank++ {
		for _, f := range m.Features {
			if labelRank(f) != rank || !show(f) || covered(f) {
				continue
			}
			text := name(f)
			if text == "" {
				continue
			}
			w, h := measure(text, f.Kind, f.Class)
			for _, c := range candidates(vp, f, w, h) {
				b := box{c[0], c[1], c[0] + w, c[1] + h}
				if free(b) {
					taken = append(taken, b)
					out = append(out, Label{FeatureID: f.ID, Text: text, Kind: f.Kind, Class: f.Class,
						X: c[0], Y: c[1], W: w, H: h})
					break
				}
			}
		}
	}
	return out
}

func (m *Map) firstOfKind(k Kind) *Feature {
	for _, f := range m.Features {
		if f.Kind == k {
			return f
		}
	}
	return nil
}

// candidates returns top-left corners to try for a w×h label of f.
func candidates(vp Viewport, f *Feature, w, h float64) []orb.Point {
	const gap = 4
	switch f.Kind {
	case Point:
		p := vp.ToPixel(f.Anchor)
		r := markerRadius(f) + gap
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
		return []orb.Point{
			{e[0] + gap*2, e[1] - h/2},     // beyond the east end
			{e[0] + gap*2, e[1] - h - gap}, // above it
			{e[0] + gap*2, e[1] + gap},     // below it
			{s[0] - w - gap*2, s[1] - h/2}, // beyond the west end
		}
	default: // countries and seas: centred on the anchor, then nudged
		p := vp.ToPixel(f.Anchor)
		x, y := p[0]-w/2, p[1]-h/2
		return []orb.Point{{x, y}, {x, y - h}, {x, y + h}, {x - w/3, y}, {x + w/3, y}}
	}
}
