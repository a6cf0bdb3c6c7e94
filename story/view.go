package story

import (
	"github.com/goccy/go-yaml/ast"
	"github.com/paulmach/orb"
)

var viewKeys = []string{"bbox", "center", "zoom"}

// MaxZoom is the largest zoom a story's view may ask for.
const MaxZoom = 12

// View is where a story's map opens (the front matter's "view"): either a
// box to fit, or a centre and a zoom level.
type View struct {
	// Bound is the box to fit, [west, south] to [east, north]; zero when
	// the view is given by Center and Zoom.
	Bound orb.Bound
	// Center and Zoom: the map centred on Center at Zoom, a web map zoom
	// level (0 shows the whole world in 256 pixels, each step doubles).
	Center orb.Point
	Zoom   float64
	Line   int // line of the view in the file
}

// Fits reports whether the view is a box to fit rather than a centre and
// zoom.
func (v *View) Fits() bool { return v.Bound != (orb.Bound{}) }

// view reads `view: {bbox: [w, s, e, n]}` or `view: {center: [lon, lat],
// zoom: z}`.
func (p *parser) view(n ast.Node) {
	m, ok := p.fields(n, "view", viewKeys)
	if !ok {
		return
	}
	v := &View{Line: p.pos(n).line}
	switch {
	case m["bbox"] != nil && (m["center"] != nil || m["zoom"] != nil):
		p.errorf(p.pos(n), "view has both bbox and center/zoom: give one")
		return
	case m["bbox"] != nil:
		vs := p.seq(m["bbox"], "view bbox")
		if len(vs) != 4 {
			p.errorf(p.pos(m["bbox"]), "view bbox must be [west, south, east, north]")
			return
		}
		var c [4]float64
		lims := [4]float64{180, 90, 180, 90}
		names := [4]string{"west", "south", "east", "north"}
		for i, e := range vs {
			f, isNum := number(unwrap(e))
			if !isNum {
				p.errorf(p.pos(e), "view bbox %s must be a number, not %s", names[i], kindName(e))
				return
			}
			if f < -lims[i] || f > lims[i] {
				p.errorf(p.pos(e), "view bbox %s %v out of range -%v..%v", names[i], f, lims[i], lims[i])
				return
			}
			c[i] = f
		}
		if c[0] >= c[2] || c[1] >= c[3] {
			p.errorf(p.pos(m["bbox"]), "view bbox [%v, %v, %v, %v] is empty: west must be less than east and south less than north",
				c[0], c[1], c[2], c[3])
			return
		}
		v.Bound = orb.Bound{Min: orb.Point{c[0], c[1]}, Max: orb.Point{c[2], c[3]}}
	case m["center"] != nil || m["zoom"] != nil:
		if m["center"] == nil || m["zoom"] == nil {
			p.errorf(p.pos(n), "view needs both center and zoom")
			return
		}
		pt, ok := p.point(m["center"], "view center")
		if !ok {
			return
		}
		z, isNum := number(unwrap(m["zoom"]))
		if !isNum {
			p.errorf(p.pos(m["zoom"]), "view zoom must be a number, not %s", kindName(m["zoom"]))
			return
		}
		if z < 0 || z > MaxZoom {
			p.errorf(p.pos(m["zoom"]), "view zoom %v out of range 0..%d", z, MaxZoom)
			return
		}
		v.Center, v.Zoom = pt, z
	default:
		p.errorf(p.pos(n), "view needs bbox: [west, south, east, north], or center: [lon, lat] and zoom")
		return
	}
	p.st.View = v
}
