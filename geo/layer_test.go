package geo

import (
	"image"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// TestLayerDrawOver: the top layer composites only the tiles drawn into,
// source-over with premultiplied colours, and Reset clears them.
func TestLayerDrawOver(t *testing.T) {
	var l Layer
	l.Reset(100, 80)
	dst := image.NewRGBA(image.Rect(0, 0, 100, 80))
	for i := range dst.Pix {
		dst.Pix[i] = 200
		if i%4 == 3 {
			dst.Pix[i] = 255
		}
	}
	l.Img.Pix[l.Img.PixOffset(40, 40)+3] = 128 // half-transparent black
	l.Img.Pix[l.Img.PixOffset(90, 5)+3] = 255  // opaque black, not marked
	l.Mark(image.Rect(35, 35, 45, 45))
	l.DrawOver(dst)
	if got := dst.RGBAAt(40, 40); got.R != 100 || got.A != 255 {
		t.Errorf("half-transparent black over grey = %v, want R 100", got)
	}
	if got := dst.RGBAAt(90, 5); got.R != 200 {
		t.Errorf("an unmarked tile was composited: %v", got)
	}
	l.Reset(100, 80)
	if l.Img.Pix[l.Img.PixOffset(40, 40)+3] != 0 {
		t.Error("Reset left a marked tile drawn")
	}
}

// TestRenderLayers: the land with the top layer composited over it is the
// map Render draws in one image.
func TestRenderLayers(t *testing.T) {
	m := loadTestMap(t)
	for _, vp := range []Viewport{Fit(800, 500, regionBound), NewViewport(640, 400, orb.Point{127.0, 38.0}, 8)} {
		r := NewRenderer(m, LightStyle())
		want := image.NewRGBA(image.Rect(0, 0, int(vp.Width), int(vp.Height)))
		r.Render(want, vp)
		got := image.NewRGBA(want.Rect)
		var top Layer
		r.RenderLayers(got, &top, vp)
		top.DrawOver(got)
		if d := diffPixels(want, got); d > 0 {
			t.Errorf("zoom %.1f: %d pixels differ", vp.Zoom, d)
		}
	}
}

// TestKnockout: borders, coasts and outlines are left out in the knockout
// boxes; fills are not.
func TestKnockout(t *testing.T) {
	m := loadTestMap(t)
	vp := NewViewport(640, 400, orb.Point{127.0, 38.0}, 8)
	r := NewRenderer(m, LightStyle())
	plain := image.NewRGBA(image.Rect(0, 0, 640, 400))
	r.Render(plain, vp)
	// A box over the west coast and the Military Demarcation Line's
	// country border.
	box := image.Rect(150, 150, 450, 260)
	r.Knockout = []image.Rectangle{box}
	st := *r.Style
	st.Coast.Width, st.Border.Width = 0, 0
	fills := image.NewRGBA(plain.Rect)
	var top, top2 Layer
	NewRenderer(m, &st).RenderLayers(fills, &top2, vp)
	land := image.NewRGBA(plain.Rect)
	r.RenderLayers(land, &top, vp)
	r.Overlay(land, vp, Outlined{Feature: m.Feature("kor"), Line: LineStyle{Color: rgb(0xe0, 0x6c, 0), Width: 3}})
	if d := diffPixels(land.SubImage(box), fills.SubImage(box)); d > 0 {
		t.Errorf("%d pixels of the knockout box show a line or an outline", d)
	}
	if d := diffPixels(plain.SubImage(box), fills.SubImage(box)); d == 0 {
		t.Error("the box shows no line without the knockout: the test proves nothing")
	}
}

// TestPlaceLabelsClearOfLines: labels keep off line features and the rings
// round places everywhere, off coasts and borders unless masked, and out
// of the keepout boxes.
func TestPlaceLabelsClearOfLines(t *testing.T) {
	m := loadTestMap(t)
	name := func(f *Feature) string { return f.Name }
	for _, vp := range []Viewport{
		Fit(900, 600, regionBound),
		Fit(1600, 1000, regionBound),
		NewViewport(900, 600, orb.Point{126.7, 37.95}, 10),
		NewViewport(900, 600, orb.Point{127.5, 38}, 7),
	} {
		keepout := image.Rect(0, 0, 240, 140)
		labels := m.PlaceLabelsAvoiding(vp, name, fixedMeasure, nil, keepout)
		if len(labels) < 4 {
			t.Errorf("zoom %.1f: only %d labels", vp.Zoom, len(labels))
		}
		for _, l := range labels {
			x0, y0, x1, y1 := l.X, l.Y, l.X+l.W, l.Y+l.H
			if l.Rect().Overlaps(keepout) {
				t.Errorf("zoom %.1f: label %q in the keepout box", vp.Zoom, l.Text)
			}
			for _, f := range m.Features {
				var rings []orb.Ring
				switch g := f.Geometry.(type) {
				case orb.MultiLineString:
					for _, ls := range g {
						rings = append(rings, orb.Ring(ls))
					}
				case orb.MultiPolygon:
					if !l.Masked && f.Kind == Country {
						for _, p := range g {
							rings = append(rings, p...)
						}
					}
				case orb.Point:
					if f.Kind != Point {
						continue
					}
					p := vp.ToPixel(g)
					dx := max(0, x0-p[0], p[0]-x1)
					dy := max(0, y0-p[1], p[1]-y1)
					if dx*dx+dy*dy <= (markerRadius(f)+4.5)*(markerRadius(f)+4.5) {
						t.Errorf("zoom %.1f: label %q within the ring round %s", vp.Zoom, l.Text, f.ID)
					}
				}
				for _, r := range rings {
					for i := 1; i < len(r); i++ {
						a, b := vp.ToPixel(r[i-1]), vp.ToPixel(r[i])
						if segmentMeetsBox(a[0], a[1], b[0], b[1], x0, y0, x1, y1) {
							t.Errorf("zoom %.1f: %s runs through label %q (masked %v)", vp.Zoom, f.ID, l.Text, l.Masked)
							break
						}
					}
				}
			}
		}
	}
}

func TestWrapLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Kaesong Industrial Complex": "Kaesong Industrial\nComplex",
		"Dokdo / Takeshima":          "Dokdo /\nTakeshima",
		"조선민주주의인민공화국":                "조선민주주의\n인민공화국",
		"소련군 점령 지역":                  "소련군\n점령 지역",
		"Seoul":                      "",
		"서울":                         "",
	} {
		if got := wrapLabel(in); got != want {
			t.Errorf("wrapLabel(%q) = %q, want %q", in, got, want)
		}
		if got := wrapLabel(in); got != "" && strings.Count(got, "\n") != 1 {
			t.Errorf("wrapLabel(%q) = %q: not two lines", in, got)
		}
	}
}
