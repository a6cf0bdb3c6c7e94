package geo

import (
	"image"
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

	c       canvas
	knock   []image.Rectangle // Knockout in device pixels
	level   Level             // the level of detail of the view
	zoom    float64           // the view's zoom
	trc     tracer            // lines traced to the view's pixels
	cache   traceCache        // and kept for the view
	rings   ringTraces        // the land's rings traced in this render
	scratch traced            // a tracing being built

	fpts   []orb.Point // the points of the shape fillShape fills
	groups []group     // fillShape's edge groups, reused
	band   []int32     // the groups of the current row of tiles, reused
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
// full's pixels, and that scale. The level of detail is the view's (so a
// view drawn at twice the pixels shows the same land).
func (r *Renderer) setup(dst *image.RGBA, full image.Point, vp Viewport) (transform, float64) {
	r.c.dst, r.c.layer = dst, nil
	r.level, r.zoom = LevelFor(vp.Zoom), vp.Zoom
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
// Only the polygons in view are decoded and drawn.
func (r *Renderer) land(tr transform, k float64) {
	st := r.Style
	r.rings.reset(tr, r.viewRect(0), r.zoom)
	r.c.clear(st.Sea)
	for _, f := range r.Map.Features {
		if f.land == nil || !r.visible(f) {
			continue
		}
		if col, ok := st.fill(f); ok {
			r.fillLand(tr, f, col)
		}
	}
	r.c.knock = r.knock
	r.strokeAll(tr, r.Map.borders, st.Border, k)
	r.strokeRuns(tr, true, st.Border, k)
	r.strokeAll(tr, r.Map.coast, st.Coast, k)
	r.strokeRuns(tr, false, st.Coast, k)
	r.c.knock = nil
}

// strokeRuns strokes the land borders (or the coasts) of the world
// countries in view, polygon by polygon, each run of a ring from its
// start as a walk round the ring meets it, so the dashes of a border run
// on where the view cuts it.
func (r *Renderer) strokeRuns(tr transform, border bool, ls LineStyle, k float64) {
	w, dash, ok := scaledStyle(ls, k)
	if !ok {
		return
	}
	pad := w + 1
	id := traceID{kind: traceCoasts}
	if border {
		id.kind = traceBorders
	}
	e, ok := r.tracing(tr, id)
	if !ok {
		for _, f := range r.Map.Features {
			if f.land == nil || f.land.w == nil {
				continue
			}
			if b, ok := f.land.bound(r.level); !ok || !r.inView(tr, b, pad) {
				continue
			}
			for _, p := range f.land.at(r.level) {
				if !r.inView(tr, p.bound, pad) {
					continue
				}
				rings := r.rings.of(p)
				runs := p.coast
				if border {
					runs = p.border
				}
				for _, s := range runs {
					r.rings.run(e, rings[s.ring], s)
				}
			}
		}
		e = r.keep(id)
	}
	r.strokeLines(*e, w, dash, ls.Color)
}

// inView reports whether the world bound, grown by pad pixels, reaches the
// image being drawn.
func (r *Renderer) inView(tr transform, b orb.Bound, pad float64) bool {
	return tr.box(b, pad).Overlaps(r.c.dst.Rect)
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
			r.c.stroke(edge, nil, r.Style.Frame.Width*k, nil)
			r.c.fill(r.Style.Frame.Color)
		}
	}
	r.c.knock = nil
}

// visible applies the Visible filter; without one, everything but areas
// (which belong to particular dates) is drawn.
func (r *Renderer) visible(f *Feature) bool {
	if r.Visible == nil {
		return f.Kind != Area
	}
	return r.Visible(f)
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
