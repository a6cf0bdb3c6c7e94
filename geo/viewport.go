package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// TileSize is the width in pixels of the whole world at zoom 0.
const TileSize = 256

// Zoom limits: from the whole world in a window of about 800×600 pixels
// down to a few kilometres (Panmunjom, Dokdo).
const (
	MinZoom = 1.0
	MaxZoom = 11.0
)

// Viewport maps lon/lat to pixel positions for a view of Width×Height
// pixels centred on Center (lon/lat) at a zoom level where the world is
// TileSize·2^Zoom pixels wide. Pixel (0,0) is the top-left corner.
// The zero value is not useful; build one with NewViewport or Fit.
type Viewport struct {
	Width, Height float64
	Center        orb.Point // lon, lat
	Zoom          float64
}

// NewViewport returns a viewport of the given size, centre and zoom; the
// zoom is clamped to [MinZoom, MaxZoom].
func NewViewport(width, height float64, center orb.Point, zoom float64) Viewport {
	return Viewport{Width: width, Height: height, Center: center, Zoom: clampZoom(zoom)}
}

// Fit returns the viewport of the given size that shows the whole bound
// (lon/lat), centred, at the largest zoom that fits.
func Fit(width, height float64, b orb.Bound) Viewport {
	tl := Project(orb.Point{b.Min[0], b.Max[1]})
	br := Project(orb.Point{b.Max[0], b.Min[1]})
	dx, dy := br[0]-tl[0], br[1]-tl[1]
	zoom := MaxZoom
	if dx > 0 && dy > 0 && width > 0 && height > 0 {
		zoom = math.Log2(math.Min(width/dx, height/dy) / TileSize)
	}
	c := Unproject(orb.Point{(tl[0] + br[0]) / 2, (tl[1] + br[1]) / 2})
	return NewViewport(width, height, c, zoom)
}

// Scale is the number of pixels per world unit.
func (v Viewport) Scale() float64 { return TileSize * math.Exp2(v.Zoom) }

// origin is the world coordinate of pixel (0,0).
func (v Viewport) origin() (float64, float64) {
	c := Project(v.Center)
	s := v.Scale()
	return c[0] - v.Width/2/s, c[1] - v.Height/2/s
}

// ToPixel returns the pixel position of a lon/lat point.
func (v Viewport) ToPixel(p orb.Point) orb.Point {
	return v.WorldToPixel(Project(p))
}

// WorldToPixel returns the pixel position of a projected (world) point.
func (v Viewport) WorldToPixel(w orb.Point) orb.Point {
	ox, oy := v.origin()
	s := v.Scale()
	return orb.Point{(w[0] - ox) * s, (w[1] - oy) * s}
}

// FromPixel returns the lon/lat point at a pixel position.
func (v Viewport) FromPixel(px orb.Point) orb.Point {
	ox, oy := v.origin()
	s := v.Scale()
	return Unproject(orb.Point{ox + px[0]/s, oy + px[1]/s})
}

// Bound returns the lon/lat bound that the viewport shows.
func (v Viewport) Bound() orb.Bound {
	tl := v.FromPixel(orb.Point{0, 0})
	br := v.FromPixel(orb.Point{v.Width, v.Height})
	return orb.Bound{Min: orb.Point{tl[0], br[1]}, Max: orb.Point{br[0], tl[1]}}
}

// Pan moves the view so that the content follows a drag of (dx, dy) pixels.
func (v Viewport) Pan(dx, dy float64) Viewport {
	c := v.ToPixel(v.Center)
	v.Center = v.FromPixel(orb.Point{c[0] - dx, c[1] - dy})
	v.Center[1] = math.Max(-MaxLatitude, math.Min(MaxLatitude, v.Center[1]))
	return v
}

// ZoomAt changes the zoom by delta levels (clamped to the limits) keeping the
// lon/lat under pixel p where it is, as a scroll wheel zoom should.
func (v Viewport) ZoomAt(p orb.Point, delta float64) Viewport {
	anchor := v.FromPixel(p)
	v.Zoom = clampZoom(v.Zoom + delta)
	moved := v.ToPixel(anchor)
	return v.Pan(p[0]-moved[0], p[1]-moved[1])
}

// MapTo returns where the pixels of v lie in the view to: pixel p of v is
// at p·scale + offset in to. A cached image of v drawn at that offset and
// scale shows what to would, until it is rendered again.
func (v Viewport) MapTo(to Viewport) (scale float64, offset orb.Point) {
	vx, vy := v.origin()
	tx, ty := to.origin()
	s := to.Scale()
	return s / v.Scale(), orb.Point{(vx - tx) * s, (vy - ty) * s}
}

// Resize returns the viewport with a new pixel size and the same centre
// and zoom.
func (v Viewport) Resize(width, height float64) Viewport {
	v.Width, v.Height = width, height
	return v
}

func clampZoom(z float64) float64 {
	return math.Max(MinZoom, math.Min(MaxZoom, z))
}

// CoverZoom is the smallest zoom at which a width×height view fits inside
// the bound b, so that nothing outside b need be shown.
func CoverZoom(width, height float64, b orb.Bound) float64 {
	tl := Project(orb.Point{b.Min[0], b.Max[1]})
	br := Project(orb.Point{b.Max[0], b.Min[1]})
	dx, dy := br[0]-tl[0], br[1]-tl[1]
	if dx <= 0 || dy <= 0 {
		return MinZoom
	}
	return math.Log2(math.Max(width/dx, height/dy) / TileSize)
}

// ClampTo keeps the view over the lon/lat bound b: the zoom is kept at
// least at the level where b just fits, and the view is moved so that no edge
// lies outside b — or, where the view is larger than b in a direction, so
// that b is centred in that direction.
func (v Viewport) ClampTo(b orb.Bound) Viewport {
	if z := Fit(v.Width, v.Height, b).Zoom; v.Zoom < z {
		v.Zoom = z
	}
	tl := Project(orb.Point{b.Min[0], b.Max[1]})
	br := Project(orb.Point{b.Max[0], b.Min[1]})
	c := Project(v.Center)
	s := v.Scale()
	hw, hh := v.Width/2/s, v.Height/2/s
	c[0] = clampRange(c[0], tl[0]+hw, br[0]-hw)
	c[1] = clampRange(c[1], tl[1]+hh, br[1]-hh)
	v.Center = Unproject(c)
	return v
}

// clampRange clamps x to [lo, hi], or returns their middle when lo > hi.
func clampRange(x, lo, hi float64) float64 {
	if lo > hi {
		return (lo + hi) / 2
	}
	return math.Max(lo, math.Min(hi, x))
}
