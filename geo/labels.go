package geo

import (
	"image"
	"math"

	"github.com/paulmach/orb"
)

// Label is a placed map label: the text and the pixel rectangle it
// occupies (top-left X, Y and size W, H).
type Label struct {
	FeatureID string
	Text      string
	Kind      Kind
	Class     string
	X, Y      float64
	W, H      float64
	// Masked labels lie over coasts or borders: the renderer leaves those
	// out under the label (Renderer.Knockout).
	Masked bool
}

// Rect returns the pixel rectangle the label covers: its box rounded out
// to whole pixels.
func (l Label) Rect() image.Rectangle {
	return image.Rect(int(math.Floor(l.X)), int(math.Floor(l.Y)), int(math.Ceil(l.X+l.W)), int(math.Ceil(l.Y+l.H)))
}

// Measure returns the pixel size of a label's text for a feature of the
// given kind and class (country names may be larger than place names). The
// text may hold a line break ("\n"): a label wrapped onto two lines, which
// is drawn centred line by line.
type Measure func(text string, kind Kind, class string) (w, h float64)

// labelRank orders label candidates: areas, capitals, countries, other
// places, lines and seas. Lower ranks are placed first and win overlaps. A
// capital's label has a few spots beside its marker, a country's many, so
// capitals choose first (Seoul beside the armistice line was dropped when
// South Korea's label had taken its spots).
func labelRank(f *Feature) int {
	switch {
	case f.Kind == Area:
		return 0 // shown only at some dates, so named before the countries under them
	case f.Kind == Point && f.Class == "capital":
		return 1
	case f.Kind == Country:
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
// that no two overlap, every label lies wholly inside the view and on the
// map, and none covers a place's marker or the ring drawn round a selected
// or highlighted place, or meets a line feature (the 38th Parallel, the
// Military Demarcation Line). Labels keep off coasts, borders and the
// outlines of visible areas too where they can; where they cannot, a label
// lies over them at the position that hides the least of them (and keeps a
// country's, an area's or a sea's label most on its own ground or water),
// and is marked Masked: the renderer leaves those lines, and the outlines
// drawn along them, out under it (Renderer.Knockout).
//
// Features are tried in rank order (areas, countries, capitals, places,
// lines, seas), each at a few candidate positions, on one line and, for a
// long name, broken onto two; a country lying under a visible area is
// named by the area; a label that fits nowhere is dropped. name gives the
// text (an empty text means no label); visible may be nil.
func (m *Map) PlaceLabels(vp Viewport, name func(*Feature) string, measure Measure, visible func(*Feature) bool) []Label {
	return m.PlaceLabelsAvoiding(vp, name, measure, visible)
}

// PlaceLabelsAvoiding is PlaceLabels keeping the labels out of the keepout
// rectangles (pixels of the view) as well: controls drawn over the map,
// such as its legend.
func (m *Map) PlaceLabelsAvoiding(vp Viewport, name func(*Feature) string, measure Measure,
	visible func(*Feature) bool, keepout ...image.Rectangle) []Label {
	if vp.Width <= 0 || vp.Height <= 0 {
		return nil
	}
	type box struct{ x0, y0, x1, y1 float64 }
	var taken []box
	show := func(f *Feature) bool {
		if visible == nil {
			return f.Kind != Area
		}
		return visible(f)
	}
	lines := m.lineObstacles(vp, show)
	tr := newTransform(vp)
	level := LevelFor(vp.Zoom)
	// free reports whether a label fits in b; over coasts and borders too
	// when masked (the renderer leaves them out under the label).
	free := func(b box, masked bool) bool {
		if b.x0 < 2 || b.y0 < 2 || b.x1 > vp.Width-2 || b.y1 > vp.Height-2 {
			return false
		}
		for _, t := range taken {
			if b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1 {
				return false
			}
		}
		return !lines.hits(b.x0, b.y0, b.x1, b.y1, masked)
	}
	for _, k := range keepout {
		taken = append(taken, box{float64(k.Min.X), float64(k.Min.Y), float64(k.Max.X), float64(k.Max.Y)})
	}
	// Markers, with the ring drawn round a selected one, are obstacles for
	// every label.
	for _, f := range m.Features {
		if f.Kind == Point && show(f) {
			p := vp.ToPixel(f.Anchor)
			r := markerRadius(f) + ringClear
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
			if a.contains(level, w) {
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
			anchor, near := labelPoint(vp, f)
			if !near {
				continue // its label cannot lie in view
			}
			text := name(f)
			if text == "" {
				continue
			}
			texts := []string{text}
			if wrapped := wrapLabel(text); wrapped != "" {
				texts = append(texts, wrapped)
			}
			sizes := make([][2]float64, len(texts))
			reachX, reachY := 0.0, 0.0
			for i, t := range texts {
				w, h := measure(t, f.Kind, f.Class)
				sizes[i] = [2]float64{w, h}
				reachX, reachY = math.Max(reachX, 1.5*w), math.Max(reachY, 3*h)
			}
			if f.Kind != Line {
				// Every candidate box lies within 1.5 widths and 3
				// heights of the anchor (and a marker's radius).
				px, pad := vp.ToPixel(anchor), markerRadius(f)+ringClear+1
				if px[0] < -reachX-pad || px[0] > vp.Width+reachX+pad || px[1] < -reachY-pad || px[1] > vp.Height+reachY+pad {
					continue
				}
			}
			cands := make([][]orb.Point, len(texts))
			for i := range texts {
				cands[i] = candidates(vp, level, f, anchor, sizes[i][0], sizes[i][1])
			}
			place := func(i int, c orb.Point, masked bool) {
				w, h := sizes[i][0], sizes[i][1]
				taken = append(taken, box{c[0], c[1], c[0] + w, c[1] + h})
				out = append(out, Label{FeatureID: f.ID, Text: texts[i], Kind: f.Kind, Class: f.Class,
					X: c[0], Y: c[1], W: w, H: h, Masked: masked})
			}
			// Clear of every line if possible, on one line or two, at the
			// first position that fits.
			placed := false
		clear:
			for i := range texts {
				for _, c := range cands[i] {
					if free(box{c[0], c[1], c[0] + sizes[i][0], c[1] + sizes[i][1]}, false) {
						place(i, c, false)
						placed = true
						break clear
					}
				}
			}
			if placed {
				continue
			}
			// Else over coasts and borders, which are masked under the
			// label: where it hides the least of them (in pixels) and, for
			// a country, an area or a sea, lies most on its own ground or
			// water (40 px of line for each ninth of the label that does
			// not).
			bi, bc, best := -1, orb.Point{}, math.Inf(1)
			for i := range texts {
				w, h := sizes[i][0], sizes[i][1]
				for j, c := range cands[i] {
					b := box{c[0], c[1], c[0] + w, c[1] + h}
					if !free(b, true) {
						continue
					}
					cost := lines.hidden(b.x0, b.y0, b.x1, b.y1) + 0.25*float64(j) +
						40*float64(m.offGround(tr, level, f, b.x0, b.y0, b.x1, b.y1, show))
					if cost < best {
						bi, bc, best = i, c, cost
					}
				}
			}
			if bi >= 0 {
				place(bi, bc, true)
			}
		}
	}
	return out
}

// offGround counts the points of a 3×3 grid over the box (pixels) that lie
// off the feature's own ground: outside a country or an area, on land for
// a sea (at level l).
func (m *Map) offGround(tr transform, l Level, f *Feature, x0, y0, x1, y1 float64, show func(*Feature) bool) int {
	if f.Kind != Country && f.Kind != Area && f.Kind != Sea {
		return 0
	}
	n := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			w := tr.world(orb.Point{x0 + (x1-x0)*(0.1+0.4*float64(i)), y0 + (y1-y0)*(0.1+0.4*float64(j))})
			if f.Kind != Sea {
				if !f.contains(l, w) {
					n++
				}
				continue
			}
			for _, c := range m.Features {
				if c.Kind == Country && show(c) && c.contains(l, w) {
					n++
					break
				}
			}
		}
	}
	return n
}

// wrapLabel returns text broken onto two lines, at the space nearest its
// middle or, for text without spaces in Hangul, Kana or Han, after the
// middle character; "" when it cannot be broken.
func wrapLabel(text string) string {
	rs := []rune(text)
	best := -1
	for i, r := range rs {
		if r == ' ' && (best < 0 || abs(float64(2*i-len(rs))) < abs(float64(2*best-len(rs)))) {
			best = i
		}
	}
	if best > 0 && best < len(rs)-1 {
		return string(rs[:best]) + "\n" + string(rs[best+1:])
	}
	if best < 0 && len(rs) >= 4 && rs[0] >= 0x2E80 {
		mid := (len(rs) + 1) / 2
		return string(rs[:mid]) + "\n" + string(rs[mid:])
	}
	return ""
}

func (m *Map) firstOfKind(k Kind) *Feature {
	for _, f := range m.Features {
		if f.Kind == k {
			return f
		}
	}
	return nil
}
