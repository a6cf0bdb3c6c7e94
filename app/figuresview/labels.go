package figuresview

// A point's label is its value with unit and scale ("$63.4 bn") and, for
// a qualified value, the qualifier in small italics over it ("derived").
// Labels never overlap: each in turn takes the first place that is free,
// trying above its bar or dot, then under a dot, then the value alone
// ("63.4", the axis saying "$ … bn"), then without the qualifier word; a
// label with no room is left out (the tooltip still has it).

// labelBox is where a label with its word would go: the box it covers and
// its anchor.
type labelBox struct {
	box    rect
	lx, ly float32
	align  int // 0 left, 1 centred on lx
}

// placeLabels places the labels of all points of the chart, then sets
// each point's hit area: its ring and its label, at least minHit square.
func (g *chartGeom) placeLabels() {
	// Labels keep off every bar and dot, then off each other.
	var placed []rect
	for _, sg := range g.series {
		for _, pg := range sg.pts {
			placed = append(placed, pg.ring.outset(-ringMargin))
		}
	}
	f := g.fig
	for si := range g.series {
		for pi := range g.series[si].pts {
			pg := &g.series[si].pts[pi]
			full, short := pointLabel(f, pg.p), compactLabel(f, pg.p)
			word := qualifierWord(pg.p.Qualifier)
			sides := []bool{pg.below}
			if pg.dot {
				sides = append(sides, !pg.below)
			}
			pg.label, pg.word = "", ""
			words := []string{word}
			if word != "" {
				words = append(words, "")
			}
		search:
			for _, w := range words {
				for _, text := range []string{full, short} {
					for _, below := range sides {
						lb, ok := g.labelAt(pg, text, w, below)
						if !ok || overlaps(lb.box, placed) {
							continue
						}
						pg.label, pg.word, pg.below = text, w, below
						pg.lx, pg.ly, pg.lalign = lb.lx, lb.ly, lb.align
						placed = append(placed, lb.box)
						break search
					}
				}
			}
			pg.hit = pg.ring
			if pg.label != "" {
				lb, _ := g.labelAt(pg, pg.label, pg.word, pg.below)
				pg.hit = pg.hit.union(lb.box)
			}
			if pg.hit.w() < minHit {
				pg.hit.x0, pg.hit.x1 = pg.cx-minHit/2, pg.cx+minHit/2
			}
			if pg.hit.h() < minHit {
				pg.hit.y1 = pg.hit.y0 + minHit
			}
		}
	}
}

// labelAt is where a point's label (and word) would go, above it or
// below it, kept inside the chart sideways; ok is false when it would
// leave the room between the title and the time axis.
func (g *chartGeom) labelAt(pg *pointGeom, text, word string, below bool) (labelBox, bool) {
	w := textWidth(text, bold, labelSize)
	h := float32(labelLine)
	if word != "" {
		w = max(w, textWidth(word, italic, wordSize))
		h += wordLine
	}
	lb := labelBox{align: 1}
	left := pg.cx - w/2
	if g.fig.Kind == "step" && pg.dot {
		lb.align, left = 0, pg.cx+2
	}
	left = min(max(left, chartPad/2), g.w-chartPad/2-w)
	lb.lx = left + w*float32(lb.align)/2
	if below {
		lb.box = rect{left, pg.under, left + w, pg.under + h}
		lb.ly = pg.under
	} else {
		lb.box = rect{left, pg.above - h, left + w, pg.above}
		lb.ly = pg.above - labelLine
	}
	return lb, lb.box.y0 >= g.top && lb.box.y1 <= g.plot.y1+1
}

// overlaps reports whether r, with a pixel's gap, meets any of rs.
func overlaps(r rect, rs []rect) bool {
	r = r.outset(1)
	for _, o := range rs {
		if r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1 {
			return true
		}
	}
	return false
}
