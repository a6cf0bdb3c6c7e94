package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// MaxLatitude is the latitude where Web Mercator's square world ends.
const MaxLatitude = 85.05112877980659

// Project maps a lon/lat point to Web Mercator "world" coordinates: the
// whole world is the unit square, x grows east from the antimeridian and y
// grows south from the top edge, as on screen.
//
// Web Mercator is used because it is conformal: the shape of the peninsula,
// its coastline and the angle of the armistice line look right at every zoom,
// and it is the projection readers know from web maps. Between 21°N and 48°N
// its area exaggeration differs by about 1.4×, which is acceptable for a
// regional map. The formula is the one of orb/project (and of every slippy
// map) scaled to the unit square, so no allocation is made per point.
func Project(p orb.Point) orb.Point {
	lat := math.Max(-MaxLatitude, math.Min(MaxLatitude, p[1]))
	x := p[0]/360 + 0.5
	s := math.Sin(lat * math.Pi / 180)
	y := 0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)
	return orb.Point{x, y}
}

// Unproject is the inverse of Project: world coordinates to lon/lat.
func Unproject(w orb.Point) orb.Point {
	lon := (w[0] - 0.5) * 360
	n := math.Pi * (1 - 2*w[1])
	lat := math.Atan(math.Sinh(n)) * 180 / math.Pi
	return orb.Point{lon, lat}
}
