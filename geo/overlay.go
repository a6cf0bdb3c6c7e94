package geo

import (
	"image"
	"image/color"
	"math"
)

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
				r.c.stroke(circlePoints(p, rad), nil, it.Line.Width*k, nil)
				r.c.knock = r.knock
				r.c.fill(it.Line.Color)
			}
		case Country, Area, Badge:
			if f.land == nil {
				break
			}
			if it.Fill.A > 0 {
				r.fillLand(tr, f, it.Fill)
			}
			r.c.knock = r.knock
			r.strokeOutline(tr, f, it.Line, k)
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
	level, img := LevelFor(vp.Zoom), image.Rectangle{Max: full}
	var b image.Rectangle
	for _, it := range items {
		f := it.Feature
		if f == nil {
			continue
		}
		w := math.Max(0, it.Line.Width) * k
		switch {
		case f.land != nil:
			if lb, ok := f.land.bound(level); !ok || !tr.box(lb, w+2).Overlaps(img) {
				continue
			}
			for _, p := range f.land.at(level) {
				if pb := tr.box(p.bound, w+2); pb.Overlaps(img) {
					b = b.Union(pb)
				}
			}
		case len(f.world) == 0:
		case f.Kind == Point:
			b = b.Union(pixelBox(tr.apply(f.world[0][0]), (markerRadius(f)+3)*k+w+1))
		case f.Kind == Line:
			b = b.Union(tr.box(f.worldBound, w+2))
		}
	}
	return b.Intersect(img)
}
