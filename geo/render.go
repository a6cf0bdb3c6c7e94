package geo

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
)

// Renderer draws a Map into RGBA images. It keeps scratch buffers between
// calls, so one Renderer renders one image at a time; it is not safe for
// concurrent use.
type Renderer struct {
	Map   *Map
	Style *Style
	// Visible, when set, decides which features are drawn (the timeline
	// uses it to show the map as it was at a date). Nil draws all but areas.
	Visible func(f *Feature) bool
	// Knockout are boxes in the viewport's pixels (the labels' boxes, see
	// Label.Rect) in which borders, coasts, the map's frame and Overlay's
	// outlines are not drawn, so that none runs through a label. Fills,
	// line features and markers are drawn there.
	Knockout []image.Rectangle

	c     canvas
	knock []image.Rectangle // Knockout in device pixels
	rings []orb.Point       // fillRings' projected rings, end to end
	ends  []int             // the end of each ring in rings
}

// NewRenderer returns a renderer of m in style s.
func NewRenderer(m *Map, s *Style) *Renderer {
	return &Renderer{Map: m, Style: s}
}

// Render draws the base map (sea, land, outlines, lines and place markers,
// but not labels) for the viewport into dst. dst may be larger than the
// viewport for high-density screens: everything is scaled by
// dst.Dx()/vp.Width.
func (r *Renderer) Render(dst *image.RGBA, vp Viewport) {
	tr, k := r.setup(dst, dst.Rect.Size(), vp)
	r.land(tr, k)
	r.lines(tr, k)
	r.frame(tr, k)
	r.markers(tr, k)
}

// RenderLayers draws the base map in two layers, for a view that draws
// outlines (the selection, highlighted places) between them: land gets the
// sea, the land, areas, borders, coasts and the map's frame; top is reset
// to a transparent image of land's size and gets the lines (the 38th
// Parallel, the Military Demarcation Line) and the place markers, so that
// no outline covers them. Draw the outlines onto a copy of land with
// Overlay, then composite top over it with its DrawOver.
func (r *Renderer) RenderLayers(land *image.RGBA, top *Layer, vp Viewport) {
	tr, k := r.setup(land, land.Rect.Size(), vp)
	r.land(tr, k)
	r.frame(tr, k)
	top.Reset(land.Rect.Dx(), land.Rect.Dy())
	r.c.dst, r.c.layer = top.Img, top
	r.lines(tr, k)
	r.markers(tr, k)
	r.c.layer = nil
}

// setup targets dst, a part of an image of size full showing vp (all of it
// but for OverlayPart), and returns the transform of the viewport scaled to
// full's pixels, and that scale.
func (r *Renderer) setup(dst *image.RGBA, full image.Point, vp Viewport) (transform, float64) {
	r.c.dst, r.c.layer = dst, nil
	tr, k := pixelTransform(full, vp)
	r.knock = r.knock[:0]
	for _, b := range r.Knockout {
		r.knock = append(r.knock, image.Rect(int(math.Floor(float64(b.Min.X)*k)), int(math.Floor(float64(b.Min.Y)*k)),
			int(math.Ceil(float64(b.Max.X)*k)), int(math.Ceil(float64(b.Max.Y)*k))))
	}
	return tr, k
}

// pixelTransform is the transform of vp scaled to an image of size full,
// and that scale.
func pixelTransform(full image.Point, vp Viewport) (transform, float64) {
	k := 1.0
	if vp.Width > 0 {
		k = float64(full.X) / vp.Width
	}
	pv := vp // pixel viewport: the same view in device pixels
	pv.Width, pv.Height = float64(full.X), float64(full.Y)
	pv.Zoom += math.Log2(k)
	return newTransform(pv), k
}

// land draws the sea, the countries and visible areas, borders and coasts.
func (r *Renderer) land(tr transform, k float64) {
	st := r.Style
	r.c.clear(st.Sea)
	for _, f := range r.Map.Features {
		if (f.Kind != Country && f.Kind != Area) || !r.visible(f) {
			continue
		}
		if col, ok := st.fill(f); ok {
			r.fillRings(tr, f, col)
		}
	}
	r.c.knock = r.knock
	r.strokeAll(tr, r.Map.borders, st.Border, k)
	r.strokeAll(tr, r.Map.coast, st.Coast, k)
	r.c.knock = nil
}

// lines draws the visible line features in their styles.
func (r *Renderer) lines(tr transform, k float64) {
	for _, f := range r.Map.Features {
		if f.Kind == Line && r.visible(f) {
			r.strokeAll(tr, f.world, r.Style.lineStyle(f.ID), k)
		}
	}
}

// markers draws the visible places' markers.
func (r *Renderer) markers(tr transform, k float64) {
	for _, f := range r.Map.Features {
		if f.Kind == Point && r.visible(f) {
			r.marker(tr, f, k)
		}
	}
}

// frame greys out whatever lies beyond the map data (it is clipped to the
// region) and draws its edge, so the view's edge reads as the map's frame
// rather than as a straight coastline.
func (r *Renderer) frame(tr transform, k float64) {
	b := r.Map.Bound()
	if b.IsEmpty() {
		return
	}
	tl := tr.apply(Project(orb.Point{b.Min[0], b.Max[1]}))
	br := tr.apply(Project(orb.Point{b.Max[0], b.Min[1]}))
	x0, y0 := int(math.Round(tl[0])), int(math.Round(tl[1]))
	x1, y1 := int(math.Round(br[0])), int(math.Round(br[1]))
	img := r.c.dst.Rect
	if x0 <= img.Min.X && y0 <= img.Min.Y && x1 >= img.Max.X && y1 >= img.Max.Y {
		return
	}
	for _, rect := range []image.Rectangle{
		image.Rect(img.Min.X, img.Min.Y, img.Max.X, y0), // north
		image.Rect(img.Min.X, y1, img.Max.X, img.Max.Y), // south
		image.Rect(img.Min.X, y0, x0, y1),               // west
		image.Rect(x1, y0, img.Max.X, y1),               // east
	} {
		if rect = rect.Intersect(img); !rect.Empty() {
			draw.Draw(r.c.dst, rect, image.NewUniform(r.Style.Outside), image.Point{}, draw.Src)
		}
	}
	ring := []orb.Point{{float64(x0), float64(y0)}, {float64(x1), float64(y0)},
		{float64(x1), float64(y1)}, {float64(x0), float64(y1)}, {float64(x0), float64(y0)}}
	// Edge by edge: one shape round the whole view would be rasterized
	// over all of it.
	r.c.knock = r.knock
	for i := 1; i < len(ring); i++ {
		edge := ring[i-1 : i+1]
		if r.c.begin(pointsBox(edge, 2)) {
			r.c.stroke(edge, r.Style.Frame.Width*k, nil, 0)
			r.c.fill(r.Style.Frame.Color)
		}
	}
	r.c.knock = nil
}

// Outlined is a feature to draw on the overlay: its outline in Line and,
// for areas, a translucent Fill (zero for none).
type Outlined struct {
	Feature *Feature
	Line    LineStyle
	Fill    color.RGBA
}

// Overlay draws the given outlines onto dst: the selection, the hovered
// feature, highlighted places. dst is typically a copy of the cached base
// map (or a transparent image), so hover and selection never re-render the
// base.
func (r *Renderer) Overlay(dst *image.RGBA, vp Viewport, items ...Outlined) {
	r.OverlayPart(dst, dst.Rect.Size(), vp, items...)
}

// OverlayPart is Overlay for a part of the image: dst covers dst.Rect of an
// image of size full (from (0,0)) that shows vp, and gets there exactly
// the pixels Overlay would draw into the whole image, provided dst.Rect
// holds OverlayBounds (nothing is drawn outside dst). A view can so redraw
// the outlines over a small copy of its base map.
func (r *Renderer) OverlayPart(dst *image.RGBA, full image.Point, vp Viewport, items ...Outlined) {
	tr, k := r.setup(dst, full, vp)
	for _, it := range items {
		f := it.Feature
		if f == nil {
			continue
		}
		switch f.Kind {
		case Point:
			p := tr.apply(f.world[0][0])
			rad := (markerRadius(f) + 3) * k
			if it.Fill.A > 0 && r.c.begin(pixelBox(p, rad)) {
				r.c.circle(p, rad)
				r.c.fill(it.Fill)
			}
			if r.c.begin(pixelBox(p, rad+it.Line.Width*k)) {
				r.c.stroke(circlePoints(p, rad), it.Line.Width*k, nil, 0)
				r.c.knock = r.knock
				r.c.fill(it.Line.Color)
			}
		case Country, Area:
			if it.Fill.A > 0 {
				r.fillRings(tr, f, it.Fill)
			}
			r.c.knock = r.knock
			r.strokeAll(tr, f.world, it.Line, k)
		case Line:
			r.c.knock = r.knock
			r.strokeAll(tr, f.world, it.Line, k)
		}
		r.c.knock = nil
	}
}

// OverlayBounds returns the pixels that Overlay may draw the items into,
// in an image of size full showing vp: the union of the boxes it draws the
// items in, clipped to the image.
func (r *Renderer) OverlayBounds(full image.Point, vp Viewport, items ...Outlined) image.Rectangle {
	tr, k := pixelTransform(full, vp)
	var b image.Rectangle
	for _, it := range items {
		f := it.Feature
		if f == nil || len(f.world) == 0 {
			continue
		}
		w := math.Max(0, it.Line.Width) * k
		switch f.Kind {
		case Point:
			b = b.Union(pixelBox(tr.apply(f.world[0][0]), (markerRadius(f)+3)*k+w+1))
		case Country, Area, Line:
			b = b.Union(tr.box(f.worldBound, w+2))
		}
	}
	return b.Intersect(image.Rectangle{Max: full})
}

// fillTile is the largest side of the pieces a fill is rasterized in:
// x/image/vector switches to its floating-point path above 512 pixels,
// which is several times slower here (its accumulation loop reloads the
// MXCSR register twice a step) and costs the whole box.
const fillTile = 512

// fillRings fills the feature's polygons (even–odd over all rings), a tile
// of at most fillTile pixels square at a time.
func (r *Renderer) fillRings(tr transform, f *Feature, col color.RGBA) {
	b := tr.box(f.worldBound, 1).Intersect(r.c.dst.Rect)
	if b.Empty() {
		return
	}
	r.rings, r.ends = r.rings[:0], r.ends[:0]
	for _, ring := range f.world {
		r.rings = append(r.rings, r.project(tr, ring, 0.4)...)
		r.ends = append(r.ends, len(r.rings))
	}
	for y := b.Min.Y; y < b.Max.Y; y += fillTile {
		for x := b.Min.X; x < b.Max.X; x += fillTile {
			if !r.c.begin(image.Rect(x, y, min(x+fillTile, b.Max.X), min(y+fillTile, b.Max.Y))) {
				continue
			}
			start := 0
			for _, end := range r.ends {
				r.c.poly(r.rings[start:end])
				start = end
			}
			r.c.fill(col)
		}
	}
}

// visible applies the Visible filter; without one, everything but areas
// (which belong to particular dates) is drawn.
func (r *Renderer) visible(f *Feature) bool {
	if r.Visible == nil {
		return f.Kind != Area
	}
	return r.Visible(f)
}

// strokeAll strokes world-coordinate polylines. Long lines are cut into
// chunks of at most chunkPoints points, each rasterized in its own small
// pixel box: a coastline then costs the area around it rather than the
// whole image, and chunks off screen cost nothing.
func (r *Renderer) strokeAll(tr transform, lines []orb.Ring, ls LineStyle, k float64) {
	if ls.Width <= 0 {
		return
	}
	w := ls.Width * k
	dash := ls.Dash
	if k != 1 && dash != nil {
		dash = make([]float64, len(ls.Dash))
		for i, d := range ls.Dash {
			dash[i] = d * k
		}
	}
	const chunkPoints = 48
	for _, l := range lines {
		pts := r.project(tr, l, 0.6)
		for start := 0; start+1 < len(pts); start += chunkPoints - 1 {
			end := min(start+chunkPoints, len(pts))
			chunk := pts[start:end]
			if !r.c.begin(pointsBox(chunk, w+1)) {
				continue
			}
			if dash != nil {
				// Keep the dash phase continuous across chunks.
				r.c.stroke(pts[:end], w, dash, start)
			} else {
				r.c.stroke(chunk, w, nil, 0)
			}
			r.c.fill(ls.Color)
		}
	}
}

// pointsBox is the pixel rectangle around points, grown by pad.
func pointsBox(pts []orb.Point, pad float64) image.Rectangle {
	minX, minY, maxX, maxY := pts[0][0], pts[0][1], pts[0][0], pts[0][1]
	for _, p := range pts[1:] {
		minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	return image.Rect(int(math.Floor(minX-pad)), int(math.Floor(minY-pad)),
		int(math.Ceil(maxX+pad)), int(math.Ceil(maxY+pad)))
}

// marker draws a place's dot with a white ring.
func (r *Renderer) marker(tr transform, f *Feature, k float64) {
	p := tr.apply(f.world[0][0])
	rad := markerRadius(f) * k
	if !r.c.begin(pixelBox(p, rad+2*k)) {
		return
	}
	r.c.circle(p, rad+1.5*k)
	r.c.fill(r.Style.PointRing)
	r.c.begin(pixelBox(p, rad+2*k))
	r.c.circle(p, rad)
	r.c.fill(r.Style.Point)
}

// markerRadius is the radius in pixels of a place's marker.
func markerRadius(f *Feature) float64 {
	if f.Class == "capital" {
		return 4.5
	}
	return 3.5
}

// project turns world points into pixel points, dropping points closer than
// tol pixels to the last kept one (the last point is always kept).
func (r *Renderer) project(tr transform, ring orb.Ring, tol float64) []orb.Point {
	out := r.c.path[:0]
	var last orb.Point
	for i, w := range ring {
		p := tr.apply(w)
		if i > 0 && i < len(ring)-1 && math.Abs(p[0]-last[0]) < tol && math.Abs(p[1]-last[1]) < tol {
			continue
		}
		out = append(out, p)
		last = p
	}
	r.c.path = out
	return out
}

// transform is a viewport reduced to scale and offset: world → pixel.
type transform struct{ s, ox, oy float64 }

func newTransform(v Viewport) transform {
	ox, oy := v.origin()
	return transform{s: v.Scale(), ox: ox, oy: oy}
}

func (t transform) apply(w orb.Point) orb.Point {
	return orb.Point{(w[0] - t.ox) * t.s, (w[1] - t.oy) * t.s}
}

// world is the inverse of apply: pixel → world.
func (t transform) world(p orb.Point) orb.Point {
	return orb.Point{p[0]/t.s + t.ox, p[1]/t.s + t.oy}
}

// box returns the pixel rectangle of a world bound, grown by pad pixels.
func (t transform) box(b orb.Bound, pad float64) image.Rectangle {
	a, c := t.apply(b.Min), t.apply(b.Max)
	return image.Rect(int(math.Floor(a[0]-pad)), int(math.Floor(a[1]-pad)),
		int(math.Ceil(c[0]+pad)), int(math.Ceil(c[1]+pad)))
}

func pixelBox(p orb.Point, rad float64) image.Rectangle {
	return image.Rect(int(p[0]-rad-1), int(p[1]-rad-1), int(p[0]+rad+2), int(p[1]+rad+2))
}

func circlePoints(p orb.Point, rad float64) []orb.Point {
	const n = 24
	pts := make([]orb.Point, n+1)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / n
		pts[i] = orb.Point{p[0] + rad*math.Cos(a), p[1] + rad*math.Sin(a)}
	}
	return pts
}
