package geo

import "github.com/paulmach/orb"

// geoJSONCountries returns the rings of the countries read from GeoJSON.
func geoJSONCountries(fs []*Feature) [][]orb.Ring {
	var out [][]orb.Ring
	for _, f := range fs {
		if f.Kind != Country || f.land == nil || f.land.w != nil {
			continue
		}
		var rings []orb.Ring
		for _, p := range f.land.at(0) {
			rings = append(rings, p.rings...)
		}
		out = append(out, rings)
	}
	return out
}

// outlines splits the rings of the countries read from GeoJSON into coast
// and land borders: an edge that two countries share is a border, an edge
// on the edge of the data's box is neither (it is where the data was
// clipped), any other edge is coast. Runs of edges of one class become one
// polyline in world coordinates. (Countries of a world file know their
// borders from the arcs they share: see poly.)
func outlines(fs []*Feature) (coast, borders []orb.Ring) {
	type key struct{ a, b orb.Point }
	count := map[key]int{}
	countries := geoJSONCountries(fs)
	if len(countries) == 0 {
		return nil, nil
	}
	for _, rings := range countries {
		for _, r := range rings {
			for i := 1; i < len(r); i++ {
				a, b := r[i-1], r[i]
				if b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]) {
					a, b = b, a
				}
				count[key{a, b}]++
			}
		}
	}
	box := orb.Bound{Min: orb.Point{1, 1}, Max: orb.Point{0, 0}}
	for _, rings := range countries {
		for _, r := range rings {
			if box.Min[0] > box.Max[0] {
				box = r.Bound()
			} else {
				box = box.Union(r.Bound())
			}
		}
	}
	onBox := func(a, b orb.Point) bool {
		const eps = 1e-9
		same := func(x, y, v float64) bool { return abs(x-v) < eps && abs(y-v) < eps }
		return same(a[0], b[0], box.Min[0]) || same(a[0], b[0], box.Max[0]) ||
			same(a[1], b[1], box.Min[1]) || same(a[1], b[1], box.Max[1])
	}
	const none, isCoast, isBorder = 0, 1, 2
	for _, rings := range countries {
		for _, r := range rings {
			var run orb.Ring
			class := none
			flush := func() {
				if len(run) > 1 {
					switch class {
					case isCoast:
						coast = append(coast, run)
					case isBorder:
						borders = append(borders, run)
					}
				}
				run = nil
			}
			for i := 1; i < len(r); i++ {
				a, b := r[i-1], r[i]
				k := key{a, b}
				if b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]) {
					k = key{b, a}
				}
				c := isCoast
				switch {
				case onBox(a, b):
					c = none
				case count[k] > 1:
					c = isBorder
				}
				if c != class {
					flush()
					class = c
				}
				if len(run) == 0 {
					run = append(run, a)
				}
				run = append(run, b)
			}
			flush()
		}
	}
	return coast, borders
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
