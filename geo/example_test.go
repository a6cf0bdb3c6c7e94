package geo_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"peninsula/geo"
)

// A viewport fits a region to a window; pixels and lon/lat convert both
// ways, and zooming at a point keeps that point where it is.
func ExampleViewport() {
	korea := orb.Bound{Min: orb.Point{124, 33}, Max: orb.Point{131, 43}}
	vp := geo.Fit(800, 600, korea)
	seoul := orb.Point{126.978, 37.5665}
	px := vp.ToPixel(seoul)
	fmt.Printf("Seoul at (%.0f, %.0f), zoom %.2f\n", px[0], px[1], vp.Zoom)

	in := vp.ZoomAt(px, 1) // one step in, around Seoul
	px2 := in.ToPixel(seoul)
	fmt.Printf("after zooming in: (%.0f, %.0f), zoom %.2f\n", px2[0], px2[1], in.Zoom)
	back := in.FromPixel(px2)
	fmt.Printf("back to lon/lat: %.3f, %.3f\n", back[0], back[1])
	// Output:
	// Seoul at (375, 336), zoom 6.05
	// after zooming in: (375, 336), zoom 7.05
	// back to lon/lat: 126.978, 37.566
}
