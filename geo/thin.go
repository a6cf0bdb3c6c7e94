package geo

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// thinMax is the widest stroke, in pixels, drawn as a thin line: straight
// into a coverage mask, from each pixel's distance to the line, rather
// than by building the stroke's outline and rasterizing it. Coasts and
// borders (a pixel or two wide) are drawn so; wider lines keep their
// outlines.
const thinMax = 2.0

// coverage is the anti-aliased coverage of one thin stroke over the image:
// each segment of a line gives the pixels near it the coverage of their
// distance from it, and a pixel keeps the most any segment gave it, so the
// segments join round, without seams or overlaps. It is kept in tiles,
// allocated as segments reach them (a line then touches a few compact
// tiles rather than rows of a whole image), and blended onto the image at
// once.
type coverage struct {
	org  image.Point // the image's top-left pixel
	w, h int
	cols int     // tiles per row
	tile []int32 // index in used of each tile, -1 for none
	used []int32 // the tiles drawn into, in order
	// The tiles' pixels, covTile² each, in rows of covTile: the coverage
	// of the current run (cur), the sum of those before (acc), and where
	// along the line the current run began (tag). See put.
	cur, acc []uint8
	tag      []float32
	arc      float64 // where along the stroke's lines the current segment starts
	window   float32 // see put
	hw       float64 // the half width lut is for
	lut      []uint8 // coverage by squared distance, see profile
}

// covTile is the side, in pixels, of coverage's tiles.
const covTile = 16

// reset empties the coverage for the image rectangle b.
func (cv *coverage) reset(b image.Rectangle) {
	cv.clear()
	cv.org = b.Min
	if cv.w == b.Dx() && cv.h == b.Dy() {
		return
	}
	cv.w, cv.h = b.Dx(), b.Dy()
	cv.cols = (cv.w + covTile - 1) / covTile
	cv.tile = make([]int32, cv.cols*((cv.h+covTile-1)/covTile))
	for i := range cv.tile {
		cv.tile[i] = -1
	}
}

// clear empties the tiles drawn into.
func (cv *coverage) clear() {
	for _, t := range cv.used {
		cv.tile[t] = -1
	}
	clear(cv.cur)
	clear(cv.acc)
	clear(cv.tag)
	cv.used, cv.cur, cv.acc, cv.tag = cv.used[:0], cv.cur[:0], cv.acc[:0], cv.tag[:0]
	cv.arc = 0
}

// mark allocates the tiles of pixels x0..x1, y0..y1 (inclusive, within the
// mask).
func (cv *coverage) mark(x0, y0, x1, y1 int) {
	for ty := y0 / covTile; ty <= y1/covTile; ty++ {
		for tx := x0 / covTile; tx <= x1/covTile; tx++ {
			if t := ty*cv.cols + tx; cv.tile[t] < 0 {
				cv.tile[t] = int32(len(cv.used))
				cv.used = append(cv.used, int32(t))
				cv.cur = append(cv.cur, make([]uint8, covTile*covTile)...)
				cv.acc = append(cv.acc, make([]uint8, covTile*covTile)...)
				cv.tag = append(cv.tag, make([]float32, covTile*covTile)...)
			}
		}
	}
}

// off returns the index in the tiles' pixels of pixel x of row y, in a
// tile allocated by mark; those up to the tile's edge follow it.
func (cv *coverage) off(y, x int) int {
	i := int(cv.tile[y/covTile*cv.cols+x/covTile])
	return i*covTile*covTile + y%covTile*covTile + x%covTile
}

// put gives the pixel at o coverage q by the line at arc along it. The
// coverage of one run of the line, from where it first reaches a pixel to
// window further along, is the most any of its segments gives: the
// segments of a line join without seams or overlaps. Runs further on
// (the line coming back, as round a small island) and other lines add
// their coverage to it, as overlapping parts of one outline would.
func (cv *coverage) put(o int, arc float32, q uint8) {
	if arc-cv.tag[o] < cv.window {
		if q > cv.cur[o] {
			cv.cur[o] = q
		}
		return
	}
	cv.acc[o] = uint8(min(int(cv.acc[o])+int(cv.cur[o]), 255))
	cv.cur[o], cv.tag[o] = q, arc
}

// thinLine adds a polyline (image pixels) hw pixels either side of its
// centre, its ends drawn on by half that and cut square. Its segments
// join round: each covers the pixels near it by their distance from it.
func (cv *coverage) thinLine(pts []orb.Point, hw float64) {
	ox, oy := float64(cv.org.X), float64(cv.org.Y)
	ext := hw * 0.5
	if cv.hw != hw {
		cv.profile(hw)
	}
	cv.window = float32(2*hw + 1.25) // two reaches, and a little
	cv.arc += float64(cv.window) + 1 // another line
	first := true
	for i := 0; i+1 < len(pts); {
		a := pts[i]
		j := i + 1
		for j < len(pts) && pts[j] == a {
			j++
		}
		if j == len(pts) {
			return
		}
		b := pts[j]
		last := true // whether a–b ends the line
		for k := j + 1; k < len(pts); k++ {
			if pts[k] != b {
				last = false
				break
			}
		}
		ax, ay, bx, by := a[0]-ox, a[1]-oy, b[0]-ox, b[1]-oy
		l := hypot(bx-ax, by-ay)
		if first || last {
			capA, capB := -1.0, -1.0
			if first {
				capA = ext
			}
			if last {
				capB = ext
			}
			cv.capped(ax, ay, bx, by, l, hw, capA, capB)
		} else {
			cv.segment(ax, ay, bx, by, l, hw)
		}
		cv.arc += l
		first = false
		i = j
	}
}

// lutScale is the steps per square pixel of coverage's profile.
const lutScale = 1024

// profile tabulates the coverage of a pixel by a line hw pixels either
// side of its centre, by the square of the distance of the pixel's centre
// from the line's: the line's width, at most a pixel, less the distance
// beyond its side of half a pixel.
func (cv *coverage) profile(hw float64) {
	reach := hw + 0.5
	peak := min(2*hw, 1)
	n := int(reach * reach * lutScale)
	cv.lut = cv.lut[:0]
	for i := range n {
		d := math.Sqrt(float64(i) / lutScale)
		cv.lut = append(cv.lut, uint8(max(min(reach-d, peak), 0)*255+0.5))
	}
	cv.hw = hw
}

// rows returns the rows (y0..y1) and a box of columns (x0..x1, inclusive)
// of the pixels whose centres may lie within reach of the segment a–b,
// clipped to the mask, and marks them drawn into; ok is false when there
// are none.
func (cv *coverage) box(ax, ay, bx, by, reach float64) (x0, y0, x1, y1 int, ok bool) {
	// Comparisons rather than min and max, which care for -0 and NaN: a
	// NaN fails the test below either way.
	lx, hx, ly, hy := ax, bx, ay, by
	if bx < ax {
		lx, hx = bx, ax
	}
	if by < ay {
		ly, hy = by, ay
	}
	fx0, fx1 := lx-reach-0.5, hx+reach-0.5
	fy0, fy1 := ly-reach-0.5, hy+reach-0.5
	if !(fx1 >= 0 && fy1 >= 0 && fx0 < float64(cv.w) && fy0 < float64(cv.h)) {
		return 0, 0, 0, 0, false // off the mask, or not a number
	}
	x0, y0, x1, y1 = 0, 0, cv.w-1, cv.h-1
	if fx0 > -1 {
		x0 = int(fx0 + 1) // ceil, or one more where whole
	}
	if fy0 > -1 {
		y0 = int(fy0 + 1)
	}
	if fx1 < float64(x1) {
		x1 = int(fx1)
	}
	if fy1 < float64(y1) {
		y1 = int(fy1)
	}
	if x0 > x1 || y0 > y1 {
		return 0, 0, 0, 0, false
	}
	if tx, ty := x0/covTile, y0/covTile; tx == x1/covTile && ty == y1/covTile && cv.tile[ty*cv.cols+tx] >= 0 {
		return x0, y0, x1, y1, true // in one tile, drawn into already
	}
	cv.mark(x0, y0, x1, y1)
	return x0, y0, x1, y1, true
}

// segment adds the segment a–b (mask pixels) of a line hw pixels either
// side of its centre, with round ends: each pixel within reach gets the
// coverage of its distance from the segment.
func (cv *coverage) segment(ax, ay, bx, by, l, hw float64) {
	reach := hw + 0.5
	x0, y0, x1, y1, ok := cv.box(ax, ay, bx, by, reach)
	if !ok {
		return
	}
	ex, ey := bx-ax, by-ay
	if l == 0 {
		return
	}
	dx, dy := ex/l, ey/l
	lut := cv.lut
	n := float64(len(lut))
	long := l > 3 // then only the pixels near the line, row by row
	var inv float64
	if long && math.Abs(ey) > 1e-6 {
		inv = 1 / ey
	}
	for y := y0; y <= y1; y++ {
		qy := float64(y) + 0.5 - ay
		c0, c1 := x0, x1
		if long && inv != 0 {
			t0, t1 := (qy-reach)*inv, (qy+reach)*inv
			t0, t1 = max(min(t0, t1), 0), min(max(t0, t1), 1)
			xa, xb := ax+ex*t0, ax+ex*t1
			c0 = max(c0, int(min(xa, xb)-reach+0.5))
			c1 = min(c1, int(max(xa, xb)+reach-0.5))
			if c0 > c1 {
				continue
			}
		}
		qx := float64(c0) + 0.5 - ax
		u, v := qx*dx+qy*dy, qx*dy-qy*dx // along the segment from a, and across
		for c0 <= c1 {
			te := min(c1, c0|(covTile-1))
			o := cv.off(y, c0)
			for i := 0; i <= te-c0; i++ {
				k, at := v*v, u // the squared distance from the segment; the nearest point
				if u < 0 {
					k, at = k+u*u, 0
				} else if u > l {
					k, at = k+(u-l)*(u-l), l
				}
				if k *= lutScale; k < n {
					cv.put(o+i, float32(cv.arc+at), lut[int(k)])
				}
				u += dx
				v += dy
			}
			c0 = te + 1
		}
	}
}

// capped is segment for a segment that ends a line: cut square capA
// beyond a, or capB beyond b, where they are not negative.
func (cv *coverage) capped(ax, ay, bx, by, l, hw, capA, capB float64) {
	reach := hw + 0.5
	x0, y0, x1, y1, ok := cv.box(ax, ay, bx, by, reach)
	if !ok {
		return
	}
	if l == 0 {
		return
	}
	dx, dy := (bx-ax)/l, (by-ay)/l
	lut := cv.lut
	n := float64(len(lut))
	for y := y0; y <= y1; y++ {
		qy := float64(y) + 0.5 - ay
		for x := x0; x <= x1; x++ {
			qx := float64(x) + 0.5 - ax
			u, v := qx*dx+qy*dy, qx*dy-qy*dx
			e, f := 0.0, 1.0 // beyond a round end; along, at a square one
			switch {
			case capA >= 0:
				f = clamp01(capA + 0.5 + u)
			case u < 0:
				e = -u
			}
			switch {
			case capB >= 0:
				f *= clamp01(capB + 0.5 + l - u)
			case u > l:
				e = u - l
			}
			if k := (e*e + v*v) * lutScale; k < n && f > 0 {
				q := uint8(float64(lut[int(k)])*f + 0.5)
				cv.put(cv.off(y, x), float32(cv.arc+min(max(u, 0), l)), q)
			}
		}
	}
}

// clamp01 is v limited to 0..1.
func clamp01(v float64) float64 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// blend draws the coverage onto dst in colour col, leaving the knockout
// rectangles untouched and marking what it draws on the layer, if any,
// then empties it.
func (cv *coverage) blend(dst *image.RGBA, col color.RGBA, knock []image.Rectangle, layer *Layer) {
	sr, sg, sb, sa := uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)
	opaque := sa == 255
	px := uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24
	for i, t := range cv.used {
		m := cv.cur[i*covTile*covTile : (i+1)*covTile*covTile]
		acc := cv.acc[i*covTile*covTile : (i+1)*covTile*covTile]
		for j0 := 0; j0 < len(acc); j0 += 8 {
			if binary.LittleEndian.Uint64(acc[j0:]) == 0 {
				continue // most pixels: one run of one line
			}
			for j, a := range acc[j0 : j0+8] {
				m[j0+j] = uint8(min(int(m[j0+j])+int(a), 255))
			}
		}
		tx, ty := int(t)%cv.cols*covTile, int(t)/cv.cols*covTile
		r := image.Rect(tx, ty, min(tx+covTile, cv.w), min(ty+covTile, cv.h))
		for _, k := range knock {
			k = k.Sub(cv.org).Intersect(r).Sub(r.Min)
			for y := k.Min.Y; y < k.Max.Y; y++ {
				clear(m[y*covTile+k.Min.X : y*covTile+k.Max.X])
			}
		}
		if layer != nil {
			layer.Mark(r.Add(cv.org))
		}
		for y := 0; y < r.Dy(); y++ {
			mrow := m[y*covTile : y*covTile+covTile]
			off := dst.PixOffset(cv.org.X+r.Min.X, cv.org.Y+r.Min.Y+y)
			drow := dst.Pix[off : off+4*r.Dx()]
			for x0 := 0; x0 < r.Dx(); x0 += 8 {
				if binary.LittleEndian.Uint64(mrow[x0:]) == 0 {
					continue
				}
				for x := x0; x < min(x0+8, r.Dx()); x++ {
					m := mrow[x]
					if m == 0 {
						continue
					}
					d := drow[4*x : 4*x+4 : 4*x+4]
					if m == 255 && opaque {
						binary.LittleEndian.PutUint32(d, px)
						continue
					}
					// Straight-alpha source over premultiplied destination.
					a := sa * uint32(m) / 255
					ia := 255 - a
					d[0] = uint8((sr*a + uint32(d[0])*ia) / 255)
					d[1] = uint8((sg*a + uint32(d[1])*ia) / 255)
					d[2] = uint8((sb*a + uint32(d[2])*ia) / 255)
					d[3] = uint8(a + uint32(d[3])*ia/255)
				}
			}
		}
	}
	cv.clear()
}
