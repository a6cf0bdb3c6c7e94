package geo

import (
	"math"
	"slices"
)

// scanner is a sparse anti-aliasing rasterizer: each edge leaves, in each
// pixel it crosses, the area of that pixel to its right and its height
// (the coverage it adds to every pixel further right); a row is then
// swept from left to right, so a shape costs the pixels its edges cross
// plus a run of equal coverage between them, not its bounding box. The
// coverage is the exact area (nonzero winding, clamped at full), so
// overlapping pieces of one shape, such as the segments of a stroke,
// cover a pixel once.
type scanner struct {
	w, h       int
	rows       [][]cell // per row, in the order the edges left them
	minY, maxY int      // rows touched
	penX, penY float64
	startX     float64
	startY     float64
	// dense, when set, keeps a small box's coverage in deltas rather than
	// cells (see resetDense).
	dense  bool
	deltas []float32 // w+1 to a row
	lo, hi []int     // the columns of deltas touched in each row: lo..hi-1
}

// cell is what edges left in pixel x of a row: area, the coverage of the
// pixel itself, and cover, the coverage added to the pixels to its right.
type cell struct {
	x           int32
	area, cover float32
}

// reset empties the scanner for a w×h box.
func (s *scanner) reset(w, h int) {
	s.dense = false
	for y := s.minY; y < s.maxY && y < len(s.rows); y++ {
		s.rows[y] = s.rows[y][:0]
	}
	if cap(s.rows) < h {
		s.rows = append(s.rows[:cap(s.rows)], make([][]cell, h-cap(s.rows))...)
	}
	s.rows = s.rows[:h]
	s.w, s.h = w, h
	s.minY, s.maxY = h, 0
}

func (s *scanner) moveTo(x, y float64) {
	s.penX, s.penY, s.startX, s.startY = x, y, x, y
}

func (s *scanner) lineTo(x, y float64) {
	s.line(s.penX, s.penY, x, y)
	s.penX, s.penY = x, y
}

func (s *scanner) closePath() {
	s.lineTo(s.startX, s.startY)
}

// line adds the edge from (x0, y0) to (x1, y1), in pixels of the box.
// Parts above or below the box add nothing, parts right of it nothing
// visible; parts left of it add their height to the box's first column.
func (s *scanner) line(x0, y0, x1, y1 float64) {
	if y0 == y1 || y0 != y0 || y1 != y1 {
		return
	}
	dir := float32(1)
	if y0 > y1 {
		x0, y0, x1, y1, dir = x1, y1, x0, y0, -1
	}
	h, w := float64(s.h), float64(s.w)
	if y1 <= 0 || y0 >= h || (x0 >= w && x1 >= w) {
		return
	}
	dxdy := (x1 - x0) / (y1 - y0)
	if y0 < 0 {
		x0, y0 = x0-y0*dxdy, 0
	}
	if y1 > h {
		x1, y1 = x1-(y1-h)*dxdy, h
	}
	r0, r1 := int(y0), int(math.Ceil(y1))
	s.minY, s.maxY = min(s.minY, r0), max(s.maxY, r1)
	if x0 <= 0 && x1 <= 0 {
		// Wholly left of the box: a vertical edge on its left side.
		for r := r0; r < r1; r++ {
			dy := min(y1, float64(r+1)) - max(y0, float64(r))
			s.add(r, 0, float32(dy)*dir, float32(dy)*dir)
		}
		return
	}
	for r := r0; r < r1; r++ {
		ya, yb := max(y0, float64(r)), min(y1, float64(r+1))
		if yb <= ya {
			continue
		}
		xa, xb := x0+(ya-y0)*dxdy, x0+(yb-y0)*dxdy
		if xa >= 0 && xb >= 0 && xa < w && xb < w {
			if cx := int(xa); cx == int(xb) {
				// Within one pixel: the area right of the edge.
				dy := float32(yb-ya) * dir
				s.add(r, cx, dy*float32(1-((xa+xb)/2-float64(cx))), dy)
				continue
			}
		}
		s.row(r, xa, ya, xb, yb, dir)
	}
}

// row adds the part of an edge within row r, going down from (xa, ya) to
// (xb, yb), split at pixel boundaries.
func (s *scanner) row(r int, xa, ya, xb, yb float64, dir float32) {
	w := float64(s.w)
	if xa > xb {
		// Walk from left to right; the height is the same.
		xa, ya, xb, yb = xb, yb, xa, ya
	}
	// Left of the box: the part there is a vertical edge at its left side.
	if xb <= 0 {
		dy := float32(math.Abs(yb-ya)) * dir
		s.add(r, 0, dy, dy)
		return
	}
	dydx := (yb - ya) / (xb - xa)
	if xa < 0 {
		yc := ya - xa*dydx
		dy := float32(math.Abs(yc-ya)) * dir
		s.add(r, 0, dy, dy)
		xa, ya = 0, yc
	}
	if xb > w {
		if xa >= w {
			return
		}
		yb = ya + (w-xa)*dydx
		xb = w
	}
	cx := int(xa)
	for {
		next := float64(cx + 1)
		if xb <= next || cx >= s.w-1 {
			dy := float32(math.Abs(yb-ya)) * dir
			s.add(r, cx, dy*float32(1-((xa+xb)/2-float64(cx))), dy)
			return
		}
		yc := ya + (next-xa)*dydx
		dy := float32(math.Abs(yc-ya)) * dir
		s.add(r, cx, dy*float32(1-((xa+next)/2-float64(cx))), dy)
		xa, ya, cx = next, yc, cx+1
	}
}

// resetDense empties the scanner for a small w×h box whose coverage is
// kept densely: each edge leaves in deltas, at pixel x of a row, its area
// there and, at x+1, its cover less that area, so that the sum of a row's
// deltas up to a pixel is the pixel's coverage. The deltas are zero again
// once fillDeltas has read them.
func (s *scanner) resetDense(w, h int) {
	if !s.dense {
		s.reset(0, 0) // empties the rows of a sparse shape
	}
	s.dense = true
	s.w, s.h = w, h
	s.minY, s.maxY = h, 0
	if n := (w + 1) * h; len(s.deltas) < n {
		s.deltas = make([]float32, n)
	}
	if len(s.lo) < h {
		s.lo, s.hi = make([]int, h), make([]int, h)
	}
	for r := range h {
		s.lo[r], s.hi[r] = w+1, 0
	}
}

// add records, in pixel x of row r, the coverage area of the pixel itself
// and cover, that of each pixel to its right, of a piece of edge.
func (s *scanner) add(r, x int, area, cover float32) {
	if s.dense {
		i := r*(s.w+1) + x
		d := s.deltas[i : i+2 : i+2]
		d[0] += area
		d[1] += cover - area
		s.lo[r], s.hi[r] = min(s.lo[r], x), max(s.hi[r], x+2)
		return
	}
	row := s.rows[r]
	if n := len(row); n > 0 && row[n-1].x == int32(x) {
		row[n-1].area += area
		row[n-1].cover += cover
		return
	}
	s.rows[r] = append(row, cell{int32(x), area, cover})
}

// sweep calls span for each run of pixels of equal coverage in row r:
// from x0 to x1 (exclusive) with coverage m (0..255), m > 0 only.
func (s *scanner) sweep(r int, span func(x0, x1 int, m uint8)) {
	row := s.rows[r]
	if len(row) == 0 {
		return
	}
	sortCells(row)
	acc := float32(0)
	for i := 0; i < len(row); {
		x := row[i].x
		area, cover := float32(0), float32(0)
		for ; i < len(row) && row[i].x == x; i++ {
			area += row[i].area
			cover += row[i].cover
		}
		if m := alpha(acc + area); m > 0 {
			span(int(x), int(x)+1, m)
		}
		acc += cover
		end := int32(s.w)
		if i < len(row) {
			end = row[i].x
		}
		if m := alpha(acc); m > 0 && end > x+1 {
			span(int(x)+1, int(end), m)
		}
	}
}

// alpha turns a winding coverage into 0..255: its magnitude, at most one.
func alpha(v float32) uint8 {
	if v < 0 {
		v = -v
	}
	if v >= 1 {
		return 255
	}
	return uint8(v*255 + 0.5)
}

// sortCells sorts a row's cells by x: by insertion, as rows hold few cells
// and those mostly in order, else by slices.SortFunc.
func sortCells(row []cell) {
	if len(row) > 48 {
		slices.SortFunc(row, func(a, b cell) int { return int(a.x - b.x) })
		return
	}
	for i := 1; i < len(row); i++ {
		c := row[i]
		j := i
		for ; j > 0 && row[j-1].x > c.x; j-- {
			row[j] = row[j-1]
		}
		row[j] = c
	}
}
