package geo

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// world is a world file opened for lazy reading: only its header and
// tables have been checked; arcs and polygons are read when needed.
type world struct {
	data   []byte
	n      int // countries
	levels [NumLevels]worldLevel
}

// worldLevel locates one level's tables in the file.
type worldLevel struct {
	ok                             bool
	arcs                           int
	arcOff, flags, polyOff, bounds int
}

// openWorld checks a world file's header and tables and returns it with
// its countries as features (geometry not decoded).
func openWorld(name string, data []byte) (*world, []*Feature, error) {
	fail := func(format string, args ...any) (*world, []*Feature, error) {
		return nil, nil, fmt.Errorf("geo: %s: "+format, append([]any{name}, args...)...)
	}
	le := binary.LittleEndian
	if len(data) < headerSize || string(data[:8]) != worldMagic {
		return fail("not a world file")
	}
	if v := le.Uint32(data[8:]); v != worldVersion {
		return fail("world file version %d, want %d", v, worldVersion)
	}
	w := &world{data: data, n: int(le.Uint32(data[12:]))}
	nl := int(le.Uint32(data[16:]))
	strs, table := int(le.Uint32(data[20:])), int(le.Uint32(data[24:]))
	if nl > int(NumLevels) || len(data) < headerSize+4*nl || !fits(data, table, countrySize*w.n) {
		return fail("truncated header or country table")
	}
	for i := 0; i < nl; i++ {
		sec := int(le.Uint32(data[headerSize+4*i:]))
		if !fits(data, sec, levelSize) {
			return fail("truncated level %d", i)
		}
		lv := int(le.Uint32(data[sec:]))
		l := worldLevel{ok: true, arcs: int(le.Uint32(data[sec+4:])),
			arcOff: int(le.Uint32(data[sec+8:])), flags: int(le.Uint32(data[sec+12:])),
			polyOff: int(le.Uint32(data[sec+16:])), bounds: int(le.Uint32(data[sec+20:]))}
		if lv < 0 || lv >= int(NumLevels) || !fits(data, l.arcOff, 4*(l.arcs+1)) || !fits(data, l.flags, l.arcs) ||
			!fits(data, l.polyOff, 4*(w.n+1)) || !fits(data, l.bounds, 16*w.n) {
			return fail("bad tables of level %d", i)
		}
		w.levels[lv] = l
	}
	fs := make([]*Feature, w.n)
	for i := range fs {
		rec := data[table+countrySize*i:]
		idOff, nameOff := int(le.Uint32(rec)), int(le.Uint32(rec[4:]))
		idLen, nameLen := int(le.Uint16(rec[8:])), int(le.Uint16(rec[10:]))
		if !fits(data, strs+idOff, idLen) || !fits(data, strs+nameOff, nameLen) {
			return fail("country %d: bad strings", i)
		}
		var v [4]float64
		for k := range v {
			v[k] = math.Float64frombits(le.Uint64(rec[12+8*k:]))
		}
		f := &Feature{ID: string(data[strs+idOff : strs+idOff+idLen]), Name: string(data[strs+nameOff : strs+nameOff+nameLen]),
			Kind: Country, Anchor: orb.Point{v[0], v[1]}}
		if !idPattern.MatchString(f.ID) {
			return fail("country %d: bad id %q", i, f.ID)
		}
		f.alt = orb.Point{v[2], v[3]}
		f.land = &land{w: w, c: i, main: getBound(rec[44:]).bound()}
		var b gridBound
		first := true
		for lv := range w.levels {
			if lb, ok := w.countryBound(Level(lv), i); ok {
				f.land.lv[lv] = &landLevel{src: Level(lv), bound: lb.world()}
				if first {
					b, first = lb, false
				} else {
					b = b.union(lb)
				}
			} else if lv > 0 {
				// Too small for this level: the coarser one's land.
				f.land.lv[lv] = f.land.lv[lv-1]
			}
		}
		if first {
			return fail("country %s has no geometry", f.ID)
		}
		f.Bound = b.bound()
		f.worldBound = b.world()
		fs[i] = f
	}
	return w, fs, nil
}

// fits reports whether n bytes from off lie within data.
func fits(data []byte, off, n int) bool {
	return off >= 0 && n >= 0 && off <= len(data) && n <= len(data)-off
}

// countryBound returns the bound of country c at level l, if it has
// polygons there.
func (w *world) countryBound(l Level, c int) (gridBound, bool) {
	lv := &w.levels[l]
	if !lv.ok {
		return gridBound{}, false
	}
	le := binary.LittleEndian
	a, b := le.Uint32(w.data[lv.polyOff+4*c:]), le.Uint32(w.data[lv.polyOff+4*c+4:])
	if a == b {
		return gridBound{}, false
	}
	return getBound(w.data[lv.bounds+16*c:]), true
}

// reader reads varints from the file; past a bad or truncated value it
// returns zeros and remembers the failure.
type reader struct {
	b   []byte
	i   int
	bad bool
}

func (r *reader) uvarint() int {
	v, n := binary.Uvarint(r.b[min(r.i, len(r.b)):])
	if n <= 0 || v > math.MaxInt32 {
		r.bad = true
		return 0
	}
	r.i += n
	return int(v)
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b[min(r.i, len(r.b)):])
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.i += n
	return v
}

// polys reads the polygon table of country c at level l: each polygon's
// bound and where its rings start. Nothing is decoded yet.
func (w *world) polys(l Level, c int) []*poly {
	lv := &w.levels[l]
	le := binary.LittleEndian
	start, end := int(le.Uint32(w.data[lv.polyOff+4*c:])), int(le.Uint32(w.data[lv.polyOff+4*c+4:]))
	if start >= end || !fits(w.data, start, end-start) {
		return nil
	}
	r := &reader{b: w.data[:end], i: start}
	n := r.uvarint()
	out := make([]*poly, 0, min(n, end-start))
	for k := 0; k < n && !r.bad; k++ {
		var b gridBound
		for j := range b {
			b[j] = int32(r.varint())
		}
		p := &poly{w: w, level: l, off: r.i, bound: b.world()}
		// Skip the rings.
		for rings := r.uvarint(); rings > 0 && !r.bad; rings-- {
			for refs := r.uvarint(); refs > 0 && !r.bad; refs-- {
				r.varint()
			}
		}
		if !r.bad {
			out = append(out, p)
		}
	}
	return out
}

// arc appends the points of arc ref (backwards for ^i) to dst.
func (w *world) arc(dst []GridPoint, l Level, ref int) ([]GridPoint, bool) {
	lv := &w.levels[l]
	i := arcOf(ref)
	if i >= lv.arcs {
		return dst, false
	}
	le := binary.LittleEndian
	start, end := int(le.Uint32(w.data[lv.arcOff+4*i:])), int(le.Uint32(w.data[lv.arcOff+4*i+4:]))
	if start > end || !fits(w.data, start, end-start) {
		return dst, false
	}
	r := &reader{b: w.data[:end], i: start}
	n := r.uvarint()
	from := len(dst)
	var x, y int64
	for k := 0; k < n && !r.bad; k++ {
		x += r.varint()
		y += r.varint()
		dst = append(dst, GridPoint{int32(x), int32(y)})
	}
	if r.bad {
		return dst[:from], false
	}
	if ref < 0 {
		s := dst[from:]
		for a, b := 0, len(s)-1; a < b; a, b = a+1, b-1 {
			s[a], s[b] = s[b], s[a]
		}
	}
	return dst, true
}

// shared reports whether arc ref is used by more than one ring.
func (w *world) shared(l Level, ref int) bool {
	lv := &w.levels[l]
	i := arcOf(ref)
	return i < lv.arcs && w.data[lv.flags+i]&arcShared != 0
}

// rings decodes the rings of the polygon whose ring list starts at off:
// each ring as grid points, and for each edge (from point i-1 to i, stored
// at i) whether it lies on a border. A ring across the antimeridian comes
// as its pieces on either side (splitRing); the first ext rings are the
// pieces of the outer ring.
func (w *world) rings(l Level, off int, scratch []GridPoint) (rings [][]GridPoint, border [][]bool, ext int) {
	r := &reader{b: w.data, i: off}
	n := r.uvarint()
	for k := 0; k < n && !r.bad; k++ {
		refs := r.uvarint()
		var ring []GridPoint
		var onBorder []bool
		for j := 0; j < refs && !r.bad; j++ {
			ref := int(r.varint())
			var ok bool
			scratch, ok = w.arc(scratch[:0], l, ref)
			if !ok {
				r.bad = true
				break
			}
			sh := w.shared(l, ref)
			for _, p := range scratch {
				if len(ring) > 0 && ring[len(ring)-1] == p {
					continue // the joint with the arc before, or a duplicate
				}
				ring = append(ring, p)
				onBorder = append(onBorder, sh)
			}
		}
		if len(ring) >= 4 && !r.bad {
			pieces, flags := splitRing(ring, onBorder)
			if k == 0 {
				ext = len(pieces)
			}
			rings, border = append(rings, pieces...), append(border, flags...)
		}
	}
	return rings, border, ext
}
