package geo

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// TestOverlayPart: the outlines drawn into a part of the image that holds
// OverlayBounds are exactly those drawn into the whole image, and Overlay
// draws nothing outside OverlayBounds — for places, lines, countries and
// areas, with knockouts, at scale 1 and 2, with the view partly off the
// features.
func TestOverlayPart(t *testing.T) {
	m := loadTestMap(t)
	st := LightStyle()
	hl := color.RGBA{0xb0, 0x60, 0x00, 0xb0}
	items := func(ids ...string) []Outlined {
		var out []Outlined
		for _, id := range ids {
			it := Outlined{Feature: m.Feature(id), Line: LineStyle{Color: hl, Width: 3}}
			if it.Feature.Kind != Line {
				it.Fill = color.RGBA{0x30, 0x18, 0, 0x30}
			}
			out = append(out, it)
		}
		return out
	}
	for _, tt := range []struct {
		name  string
		vp    Viewport
		full  image.Point
		items []Outlined
	}{
		{"seoul", Fit(800, 500, regionBound), image.Pt(800, 500), items("seoul")},
		{"places and a line", NewViewport(640, 400, orb.Point{127.0, 38.0}, 8), image.Pt(640, 400), items("seoul", "panmunjom", "mdl")},
		{"south korea at 2x", NewViewport(320, 200, orb.Point{127.5, 36.5}, 6), image.Pt(640, 400), items("kor")},
		{"china beyond the view", NewViewport(600, 400, orb.Point{124, 38}, 6), image.Pt(600, 400), items("chn", "zone-us")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRenderer(m, st)
			r.Knockout = []image.Rectangle{image.Rect(100, 100, 160, 120), image.Rect(300, 150, 380, 170)}
			base := image.NewRGBA(image.Rectangle{Max: tt.full})
			r.RenderLayers(base, &Layer{}, tt.vp)
			whole := image.NewRGBA(base.Rect)
			copy(whole.Pix, base.Pix)
			r.Overlay(whole, tt.vp, tt.items...)
			b := r.OverlayBounds(tt.full, tt.vp, tt.items...)
			if b.Empty() {
				t.Fatal("empty bounds")
			}
			// Nothing changed outside the bounds.
			for y := 0; y < tt.full.Y; y++ {
				for x := 0; x < tt.full.X; x++ {
					if !(image.Point{x, y}).In(b) && whole.RGBAAt(x, y) != base.RGBAAt(x, y) {
						t.Fatalf("Overlay drew at %d,%d, outside its bounds %v", x, y, b)
					}
				}
			}
			// The part, over a copy of the base there, matches.
			for _, part := range []image.Rectangle{b, b.Inset(-7).Intersect(base.Rect)} {
				dst := image.NewRGBA(part)
				for y := part.Min.Y; y < part.Max.Y; y++ {
					copy(dst.Pix[dst.PixOffset(part.Min.X, y):], base.Pix[base.PixOffset(part.Min.X, y):base.PixOffset(part.Max.X, y)])
				}
				r.OverlayPart(dst, tt.full, tt.vp, tt.items...)
				for y := part.Min.Y; y < part.Max.Y; y++ {
					got := dst.Pix[dst.PixOffset(part.Min.X, y) : dst.PixOffset(part.Max.X-1, y)+4]
					want := whole.Pix[whole.PixOffset(part.Min.X, y) : whole.PixOffset(part.Max.X-1, y)+4]
					if !bytes.Equal(got, want) {
						t.Fatalf("part %v: row %d differs from the whole image", part, y)
					}
				}
			}
		})
	}
}

// TestLayerDrawOverPart: compositing a part equals compositing the whole
// image there.
func TestLayerDrawOverPart(t *testing.T) {
	m := loadTestMap(t)
	vp := NewViewport(640, 400, orb.Point{127.0, 38.0}, 8)
	land := image.NewRGBA(image.Rect(0, 0, 640, 400))
	var top Layer
	NewRenderer(m, LightStyle()).RenderLayers(land, &top, vp)
	whole := image.NewRGBA(land.Rect)
	copy(whole.Pix, land.Pix)
	top.DrawOver(whole)
	for _, part := range []image.Rectangle{image.Rect(0, 0, 640, 400), image.Rect(13, 7, 301, 255), image.Rect(600, 390, 640, 400)} {
		dst := image.NewRGBA(part)
		for y := part.Min.Y; y < part.Max.Y; y++ {
			copy(dst.Pix[dst.PixOffset(part.Min.X, y):], land.Pix[land.PixOffset(part.Min.X, y):land.PixOffset(part.Max.X, y)])
		}
		top.DrawOverPart(dst)
		for y := part.Min.Y; y < part.Max.Y; y++ {
			if !bytes.Equal(dst.Pix[dst.PixOffset(part.Min.X, y):dst.PixOffset(part.Max.X-1, y)+4],
				whole.Pix[whole.PixOffset(part.Min.X, y):whole.PixOffset(part.Max.X-1, y)+4]) {
				t.Fatalf("part %v: row %d differs", part, y)
			}
		}
	}
}

// TestViewportMapTo: a point's pixel in one view, mapped, is its pixel in
// the other — across a pan, a zoom and a resize.
func TestViewportMapTo(t *testing.T) {
	a := NewViewport(800, 600, orb.Point{127, 37}, 6)
	for _, b := range []Viewport{a, a.Pan(24, -8), a.ZoomAt(orb.Point{300, 200}, 0.5), a.Resize(1000, 500).ZoomAt(orb.Point{10, 10}, -1)} {
		s, off := a.MapTo(b)
		for _, p := range []orb.Point{{126.978, 37.5665}, {139.7671, 35.6812}, {120, 30}} {
			pa, pb := a.ToPixel(p), b.ToPixel(p)
			got := orb.Point{pa[0]*s + off[0], pa[1]*s + off[1]}
			if math.Abs(got[0]-pb[0]) > 1e-6 || math.Abs(got[1]-pb[1]) > 1e-6 {
				t.Errorf("%v → %+v: mapped %v, want %v", p, b, got, pb)
			}
		}
	}
	// A view grown by a margin lies at minus the margin.
	grown := a.Resize(a.Width+2*256, a.Height+2*256)
	if s, off := grown.MapTo(a); math.Abs(s-1) > 1e-12 || math.Abs(off[0]+256) > 1e-6 || math.Abs(off[1]+256) > 1e-6 {
		t.Errorf("grown view maps at %v, scale %v; want (-256,-256), 1", off, s)
	}
}
