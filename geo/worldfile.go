package geo

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// The world file holds the countries of the world at each level of detail
// in a compact form the map reads lazily: a country's geometry at a level
// is decoded the first time a view at that level reaches it.
//
// Positions lie on a grid of 1/GridScale degrees and are stored once, in
// arcs: a border two countries share is one arc that both use (forwards
// and backwards), as in TopoJSON, so shared borders stay closed at every
// level. An arc is a uvarint count of points, then the first point and the
// differences between points as zigzag varints. A country's polygons are a
// uvarint count of polygons, then for each its bound (four zigzag varints)
// and its rings, each a list of arc references (~i for arc i backwards).
//
// The fixed-size tables (countries, arc offsets, arc flags, the offset and
// bound of each country's polygons at each level) are little-endian and
// read in place, so loading costs the country table and nothing more.
//
//	header   magic "PNSLWRLD", version, countries, levels, strings offset,
//	         country table offset, then one offset per level
//	country  id and name (offset and length in the strings), anchor and
//	         second label point (float64 lon/lat), main bound (grid)
//	level    level, arc count, offsets of: arc offsets, arc flags,
//	         polygon offsets, country bounds

const (
	worldMagic   = "PNSLWRLD"
	worldVersion = 1
	headerSize   = 8 + 4*5               // magic, version, counts, two offsets
	countrySize  = 4*2 + 2*2 + 8*4 + 4*4 // strings, anchors, main bound
	levelSize    = 4 * 6
	// arcShared flags an arc used by more than one ring: a land border.
	arcShared = 1
)

// GridScale is the number of grid steps in a degree: world files store
// lon/lat rounded to 1/GridScale degrees (about 11 m).
const GridScale = 1e4

// GridPoint is a lon/lat position on the world file's grid.
type GridPoint [2]int32

// Point returns the position in degrees.
func (p GridPoint) Point() orb.Point {
	return orb.Point{float64(p[0]) / GridScale, float64(p[1]) / GridScale}
}

// ToGrid rounds a lon/lat position to the grid.
func ToGrid(p orb.Point) GridPoint {
	return GridPoint{int32(math.Round(p[0] * GridScale)), int32(math.Round(p[1] * GridScale))}
}

// WorldCountry is a country of a world file.
type WorldCountry struct {
	ID, Name string
	// Anchor is where the country's label goes; Alt is a second label
	// point (the same as Anchor when there is none): the label takes the
	// one in view, the nearer the view's centre when both are.
	Anchor, Alt orb.Point
	// Main is the bound of the country's main land, without far-flung
	// islands and territories (Map.BoundOf).
	Main orb.Bound
}

// WorldLevel is the geometry of one level of detail: its arcs and, for each
// country (in the order of the countries), its polygons as rings of arc
// references (i for arc i, ^i for arc i backwards). A country without
// polygons is not drawn at that level. Rings must be closed: each arc ends
// where the next begins and the last ends where the first begins.
type WorldLevel struct {
	Level     Level
	Arcs      [][]GridPoint
	Countries [][][][]int
}

// EncodeWorld writes a world file.
func EncodeWorld(cs []WorldCountry, levels []WorldLevel) ([]byte, error) {
	var strs []byte
	type strRef struct{ off, n int }
	addStr := func(s string) strRef {
		r := strRef{len(strs), len(s)}
		strs = append(strs, s...)
		return r
	}
	out := make([]byte, headerSize+4*len(levels))
	copy(out, worldMagic)
	le := binary.LittleEndian
	le.PutUint32(out[8:], worldVersion)
	le.PutUint32(out[12:], uint32(len(cs)))
	le.PutUint32(out[16:], uint32(len(levels)))

	table := make([]byte, countrySize*len(cs))
	for i, c := range cs {
		if len(c.ID) > math.MaxUint16 || len(c.Name) > math.MaxUint16 {
			return nil, fmt.Errorf("country %d: id or name too long", i)
		}
		id, name := addStr(c.ID), addStr(c.Name)
		rec := table[i*countrySize:]
		le.PutUint32(rec[0:], uint32(id.off))
		le.PutUint32(rec[4:], uint32(name.off))
		le.PutUint16(rec[8:], uint16(id.n))
		le.PutUint16(rec[10:], uint16(name.n))
		for k, v := range []float64{c.Anchor[0], c.Anchor[1], c.Alt[0], c.Alt[1]} {
			le.PutUint64(rec[12+8*k:], math.Float64bits(v))
		}
		putBound(rec[44:], gridBoundOf(c.Main))
	}
	le.PutUint32(out[20:], uint32(len(out)))
	out = append(out, strs...)
	le.PutUint32(out[24:], uint32(len(out)))
	out = append(out, table...)

	for li, l := range levels {
		if len(l.Countries) != len(cs) {
			return nil, fmt.Errorf("level %v: %d countries, want %d", l.Level, len(l.Countries), len(cs))
		}
		var err error
		le.PutUint32(out[headerSize+4*li:], uint32(len(out)))
		if out, err = encodeLevel(out, l); err != nil {
			return nil, fmt.Errorf("level %v: %v", l.Level, err)
		}
	}
	if len(out) > math.MaxUint32 {
		return nil, errors.New("world file over 4 GB")
	}
	return out, nil
}

// encodeLevel appends a level's section to out.
func encodeLevel(out []byte, l WorldLevel) ([]byte, error) {
	le := binary.LittleEndian
	n, nc := len(l.Arcs), len(l.Countries)
	sec := len(out)
	out = append(out, make([]byte, levelSize)...)
	le.PutUint32(out[sec:], uint32(l.Level))
	le.PutUint32(out[sec+4:], uint32(n))
	tables := len(out)
	out = append(out, make([]byte, 4*(n+1)+n+4*(nc+1)+16*nc)...)
	arcOff, flags := tables, tables+4*(n+1)
	polyOff, bounds := flags+n, flags+n+4*(nc+1)
	for k, v := range []int{arcOff, flags, polyOff, bounds} {
		le.PutUint32(out[sec+8+4*k:], uint32(v))
	}

	uses := make([]int, n)
	for ci, polys := range l.Countries {
		for pi, poly := range polys {
			for ri, ring := range poly {
				if err := checkRing(l.Arcs, ring); err != nil {
					return nil, fmt.Errorf("country %d polygon %d ring %d: %v", ci, pi, ri, err)
				}
				for _, ref := range ring {
					uses[arcOf(ref)]++
				}
			}
		}
	}
	for i, arc := range l.Arcs {
		le.PutUint32(out[arcOff+4*i:], uint32(len(out)))
		if uses[i] > 1 {
			out[flags+i] = arcShared
		}
		out = binary.AppendUvarint(out, uint64(len(arc)))
		var last GridPoint
		for _, p := range arc {
			out = binary.AppendVarint(out, int64(p[0])-int64(last[0]))
			out = binary.AppendVarint(out, int64(p[1])-int64(last[1]))
			last = p
		}
	}
	le.PutUint32(out[arcOff+4*n:], uint32(len(out)))
	for ci, polys := range l.Countries {
		le.PutUint32(out[polyOff+4*ci:], uint32(len(out)))
		if len(polys) == 0 {
			continue
		}
		cb := emptyGridBound
		out = binary.AppendUvarint(out, uint64(len(polys)))
		for _, poly := range polys {
			pb := emptyGridBound
			for _, ref := range poly[0] {
				for _, p := range l.Arcs[arcOf(ref)] {
					pb = pb.extend(p)
				}
			}
			cb = cb.union(pb)
			for _, v := range pb {
				out = binary.AppendVarint(out, int64(v))
			}
			out = binary.AppendUvarint(out, uint64(len(poly)))
			for _, ring := range poly {
				out = binary.AppendUvarint(out, uint64(len(ring)))
				for _, ref := range ring {
					out = binary.AppendVarint(out, int64(ref))
				}
			}
		}
		putBound(out[bounds+16*ci:], cb)
	}
	le.PutUint32(out[polyOff+4*nc:], uint32(len(out)))
	return out, nil
}

// checkRing reports whether the arcs of a ring exist and join up.
func checkRing(arcs [][]GridPoint, ring []int) error {
	if len(ring) == 0 {
		return errors.New("no arcs")
	}
	ends := func(ref int) (GridPoint, GridPoint, error) {
		i := arcOf(ref)
		if i < 0 || i >= len(arcs) || len(arcs[i]) < 2 {
			return GridPoint{}, GridPoint{}, fmt.Errorf("bad arc reference %d", ref)
		}
		a, b := arcs[i][0], arcs[i][len(arcs[i])-1]
		if ref < 0 {
			a, b = b, a
		}
		return a, b, nil
	}
	first, last, err := ends(ring[0])
	if err != nil {
		return err
	}
	for _, ref := range ring[1:] {
		a, b, err := ends(ref)
		if err != nil {
			return err
		}
		if a != last {
			return fmt.Errorf("arc %d does not start where the one before ends", ref)
		}
		last = b
	}
	if last != first {
		return errors.New("ring not closed")
	}
	return nil
}

// arcOf returns the arc index of a reference.
func arcOf(ref int) int {
	if ref < 0 {
		return ^ref
	}
	return ref
}

// gridBound is a bound on the grid: min lon, min lat, max lon, max lat.
type gridBound [4]int32

var emptyGridBound = gridBound{math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32}

func (b gridBound) extend(p GridPoint) gridBound {
	return gridBound{min(b[0], p[0]), min(b[1], p[1]), max(b[2], p[0]), max(b[3], p[1])}
}

func (b gridBound) union(o gridBound) gridBound {
	return gridBound{min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3])}
}

func (b gridBound) bound() orb.Bound {
	return orb.Bound{Min: GridPoint{b[0], b[1]}.Point(), Max: GridPoint{b[2], b[3]}.Point()}
}

// world returns the bound in world (projected) coordinates.
func (b gridBound) world() orb.Bound {
	tl, br := Project(GridPoint{b[0], b[3]}.Point()), Project(GridPoint{b[2], b[1]}.Point())
	return orb.Bound{Min: tl, Max: br}
}

func gridBoundOf(b orb.Bound) gridBound {
	lo, hi := ToGrid(b.Min), ToGrid(b.Max)
	return gridBound{lo[0], lo[1], hi[0], hi[1]}
}

func putBound(dst []byte, b gridBound) {
	for k, v := range b {
		binary.LittleEndian.PutUint32(dst[4*k:], uint32(v))
	}
}

func getBound(src []byte) gridBound {
	var b gridBound
	for k := range b {
		b[k] = int32(binary.LittleEndian.Uint32(src[4*k:]))
	}
	return b
}
