package geo

import (
	"encoding/binary"
	"image"
	"image/color"

	"github.com/paulmach/orb"
)

// fillTile is the side of the tiles a fill is rasterized in. A tile that
// no edge of the shape crosses is wholly inside or outside it: it is
// painted, or skipped, without rasterizing. Edges left or right of a tile
// count there only as vertical edges on its sides (the rasterizer clamps
// them there anyway), so a tile costs the edges that cross it.
const fillTile = 64

// group is a run of up to groupEdges edges of a traced shape, with their
// pixel bound, so a tile skips or sums whole groups.
type group struct {
	lo, hi                 int // edges lo..hi-1: pts[i]–pts[i+1]
	minX, minY, maxX, maxY float64
}

const groupEdges = 16

// groups splits the traced pieces (closed rings) into groups.
func groups(pts []orb.Point, pieces []int, dst []group) []group {
	dst = dst[:0]
	for k, start := range pieces {
		end := len(pts)
		if k+1 < len(pieces) {
			end = pieces[k+1]
		}
		for lo := start; lo+1 < end; lo += groupEdges {
			hi := min(lo+groupEdges, end-1)
			g := group{lo: lo, hi: hi, minX: pts[lo][0], maxX: pts[lo][0], minY: pts[lo][1], maxY: pts[lo][1]}
			for _, p := range pts[lo+1 : hi+1] {
				// Comparisons: math.Min and Max are calls.
				if p[0] < g.minX {
					g.minX = p[0]
				} else if p[0] > g.maxX {
					g.maxX = p[0]
				}
				if p[1] < g.minY {
					g.minY = p[1]
				} else if p[1] > g.maxY {
					g.maxY = p[1]
				}
			}
			dst = append(dst, g)
		}
	}
	return dst
}

// fillShape fills the traced shape (closed rings pts, starting at pieces;
// nonzero winding) in colour col over the pixels b, a tile at a time.
func (r *Renderer) fillShape(b image.Rectangle, col color.RGBA, pts []orb.Point, pieces []int) {
	r.fpts = pts
	r.groups = groups(pts, pieces, r.groups)
	for y0 := b.Min.Y; y0 < b.Max.Y; y0 += fillTile {
		y1 := min(y0+fillTile, b.Max.Y)
		fy0, fy1 := float64(y0), float64(y1)
		band := r.band[:0]
		for i := range r.groups {
			if g := &r.groups[i]; g.maxY > fy0 && g.minY < fy1 {
				band = append(band, int32(i))
			}
		}
		r.band = band
		if len(band) == 0 {
			continue
		}
		yc := (fy0 + fy1) / 2
		for x0 := b.Min.X; x0 < b.Max.X; x0 += fillTile {
			tile := image.Rect(x0, y0, min(x0+fillTile, b.Max.X), y1)
			inside, wind := r.classify(tile, yc)
			switch {
			case inside || (wind != 0 && len(r.c.knock) > 0):
				r.c.beginTile(tile)
				r.emit(tile)
				r.c.fill(col)
			case wind != 0:
				r.c.solid(tile, col)
			}
		}
	}
}

// classify reports whether an edge of the band's groups crosses the tile
// and, if none does, the winding number at the tile's centre row.
func (r *Renderer) classify(t image.Rectangle, yc float64) (inside bool, wind int) {
	pts := r.fpts
	fx0, fy0, fx1, fy1 := float64(t.Min.X), float64(t.Min.Y), float64(t.Max.X), float64(t.Max.Y)
	cross := func(ay, by float64) int {
		switch {
		case ay <= yc && yc < by:
			return 1
		case by <= yc && yc < ay:
			return -1
		}
		return 0
	}
	for _, gi := range r.band {
		g := &r.groups[gi]
		switch {
		case g.minX >= fx1:
			continue // right of the tile: no coverage in it
		case g.maxX <= fx0:
			wind += cross(pts[g.lo][1], pts[g.hi][1])
			continue
		}
		for i := g.lo; i < g.hi; i++ {
			a, b := pts[i], pts[i+1]
			switch {
			case (a[1] <= fy0 && b[1] <= fy0) || (a[1] >= fy1 && b[1] >= fy1) || (a[0] >= fx1 && b[0] >= fx1):
			case a[0] <= fx0 && b[0] <= fx0:
				wind += cross(a[1], b[1])
			default:
				return true, 0
			}
		}
	}
	return false, wind
}

// emit adds the band's edges to the current shape for the tile: those left
// or right of it as vertical edges on its sides (clamped to its rows, and
// those that follow on from each other as one), those above or below not
// at all.
func (r *Renderer) emit(t image.Rectangle) {
	pts := r.fpts
	fx0, fy0, fx1, fy1 := float64(t.Min.X), float64(t.Min.Y), float64(t.Max.X), float64(t.Max.Y)
	left, right := fx0-1, fx1+1
	var vx, vy0, vy1 float64
	pending := false
	flush := func() {
		if pending && vy0 != vy1 {
			r.edge(orb.Point{vx, vy0}, orb.Point{vx, vy1})
		}
		pending = false
	}
	vertical := func(x, ay, by float64) {
		ay, by = clampTo(ay, fy0, fy1), clampTo(by, fy0, fy1)
		if pending && x == vx && ay == vy1 {
			vy1 = by
			return
		}
		flush()
		vx, vy0, vy1, pending = x, ay, by, true
	}
	for _, gi := range r.band {
		g := &r.groups[gi]
		switch {
		case g.minX >= fx1:
			vertical(right, pts[g.lo][1], pts[g.hi][1])
			continue
		case g.maxX <= fx0:
			vertical(left, pts[g.lo][1], pts[g.hi][1])
			continue
		}
		for i := g.lo; i < g.hi; i++ {
			a, b := pts[i], pts[i+1]
			switch {
			case (a[1] <= fy0 && b[1] <= fy0) || (a[1] >= fy1 && b[1] >= fy1):
			case a[0] <= fx0 && b[0] <= fx0:
				vertical(left, a[1], b[1])
			case a[0] >= fx1 && b[0] >= fx1:
				vertical(right, a[1], b[1])
			default:
				flush()
				r.edge(a, b)
			}
		}
	}
	flush()
}

// clampTo is v limited to lo..hi.
func clampTo(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// edge adds one edge (image pixels) to the current shape.
func (r *Renderer) edge(a, b orb.Point) {
	c := &r.c
	ox, oy := float64(c.box.Min.X), float64(c.box.Min.Y)
	if !c.dense {
		c.s.line(a[0]-ox, a[1]-oy, b[0]-ox, b[1]-oy)
		return
	}
	ax, ay := float32(a[0]-ox), float32(a[1]-oy)
	if px, py := c.r.Pen(); px != ax || py != ay {
		c.r.MoveTo(ax, ay)
	}
	c.r.LineTo(float32(b[0]-ox), float32(b[1]-oy))
}

// solid paints the rectangle (within the image) in colour col, as fill
// does where the shape covers a pixel wholly.
func (c *canvas) solid(t image.Rectangle, col color.RGBA) {
	t = t.Intersect(c.dst.Rect)
	if t.Empty() {
		return
	}
	if c.layer != nil {
		c.layer.Mark(t)
	}
	w := t.Dx()
	if col.A == 255 {
		px := uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24
		off := c.dst.PixOffset(t.Min.X, t.Min.Y)
		row := c.dst.Pix[off : off+4*w]
		for i := 0; i < len(row); i += 4 {
			binary.LittleEndian.PutUint32(row[i:], px)
		}
		for y := t.Min.Y + 1; y < t.Max.Y; y++ {
			o := c.dst.PixOffset(t.Min.X, y)
			copy(c.dst.Pix[o:o+4*w], row)
		}
		return
	}
	a := uint32(col.A)
	ia := 255 - a
	sr, sg, sb := uint32(col.R)*a, uint32(col.G)*a, uint32(col.B)*a
	for y := t.Min.Y; y < t.Max.Y; y++ {
		o := c.dst.PixOffset(t.Min.X, y)
		d := c.dst.Pix[o : o+4*w]
		for i := 0; i < len(d); i += 4 {
			d[i] = uint8((sr + uint32(d[i])*ia) / 255)
			d[i+1] = uint8((sg + uint32(d[i+1])*ia) / 255)
			d[i+2] = uint8((sb + uint32(d[i+2])*ia) / 255)
			d[i+3] = uint8(a + uint32(d[i+3])*ia/255)
		}
	}
}
