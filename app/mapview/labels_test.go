package mapview

import (
	"fmt"
	"image"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"peninsula/geo"
)

// TestLabelsClearOfLines: no line runs through a map label (issue 10,
// item 11) — at the app's map size, at home and zoomed in on Panmunjom, in
// English and in Korean, with Panmunjom selected and the moment's places
// highlighted:
//   - no segment of a line feature (the Military Demarcation Line, the 38th
//     Parallel) meets a label's box, nor does the ring round a selected or
//     highlighted place;
//   - a label placed clear of all lines meets no coast or border either;
//   - inside every label's box, the map shows no coast, border or outline:
//     where the label's text and halo leave it bare, it is the land and sea
//     alone.
func TestLabelsClearOfLines(t *testing.T) {
	for _, date := range []string{"", "1953-08-15", "1955-06-01"} {
		for _, zoomed := range []bool{false, true} {
			for _, lang := range []string{"en", "ko"} {
				name := fmt.Sprintf("%s/zoomed=%v/%s", date, zoomed, lang)
				t.Run(name, func(t *testing.T) { checkLabelsClear(t, date, zoomed, lang) })
			}
		}
	}
}

func checkLabelsClear(t *testing.T, date string, zoomed bool, lang string) {
	v, w, r := newMomentView(t, fyne.NewSize(900, 600), date, lang)
	if zoomed {
		p := at(v, 126.6775, 37.9556)
		v.SetViewport(v.Viewport().ZoomAt(toPoint(p), 10-v.Viewport().Zoom))
	}
	v.SetSelected("panmunjom")
	img := frame(t, w, r)
	vp := v.Viewport()

	placed := map[string]bool{}
	for _, l := range r.placed() {
		placed[l.FeatureID] = true
	}
	want := []string{"kor", "prk", "chn", "jpn", "seoul", "pyongyang", "tokyo"}
	if zoomed {
		want = []string{"panmunjom", "mdl"}
		if date == "" {
			want = append(want, "kaesong", "parallel-38")
		}
	}
	for _, id := range want {
		if !placed[id] {
			t.Errorf("no label for %s", id)
		}
	}

	var hard, soft [][2]orb.Point // line features; coasts and borders
	addLines := func(dst *[][2]orb.Point, ls []orb.LineString) {
		for _, l := range ls {
			for i := 1; i < len(l); i++ {
				*dst = append(*dst, [2]orb.Point{vp.ToPixel(l[i-1]), vp.ToPixel(l[i])})
			}
		}
	}
	for _, f := range v.Map.Features {
		if !v.shown(f) {
			continue
		}
		switch g := f.Geometry.(type) {
		case orb.MultiLineString:
			addLines(&hard, g)
		case orb.MultiPolygon:
			for _, poly := range g {
				for _, ring := range poly {
					addLines(&soft, []orb.LineString{orb.LineString(ring)})
				}
			}
		}
	}
	type ring struct {
		id     string
		at     orb.Point
		radius float64
	}
	var rings []ring
	for _, id := range append(slices.Clone(v.Highlighted), v.Selected) {
		if f := v.Map.Feature(id); f != nil && f.Kind == geo.Point && v.shown(f) {
			rings = append(rings, ring{id, vp.ToPixel(f.Anchor), ringReach(f, id == v.Selected)})
		}
	}

	fills := fillsOnly(v, img.Rect)
	for _, l := range r.placed() {
		x0, y0, x1, y1 := l.X, l.Y, l.X+l.W, l.Y+l.H
		for _, s := range hard {
			if segmentCrossesRect(s[0], s[1], x0, y0, x1, y1) {
				t.Errorf("label %q: a line runs through it from %.1f,%.1f to %.1f,%.1f", l.Text, s[0][0], s[0][1], s[1][0], s[1][1])
				break
			}
		}
		for _, rg := range rings {
			if d := rectDistance(rg.at, l); d <= rg.radius {
				t.Errorf("label %q lies %.1f px from %s, inside the ring round it (%.1f px)", l.Text, d, rg.id, rg.radius)
			}
		}
		if !l.Masked {
			for _, s := range soft {
				if segmentCrossesRect(s[0], s[1], x0, y0, x1, y1) {
					t.Errorf("label %q is not masked but a coast or border runs through it", l.Text)
					break
				}
			}
		}
		// Where the label leaves the map bare, the map is its fills alone.
		bad := 0
		rect := l.Rect().Intersect(img.Rect)
		for y := rect.Min.Y; y < rect.Max.Y; y++ {
			for x := rect.Min.X; x < rect.Max.X; x++ {
				if r.shown.top.Img.RGBAAt(x, y).A != 0 {
					continue // the text, its halo, a marker
				}
				if !near(img.RGBAAt(x, y), fills.RGBAAt(x, y), 2) {
					bad++
				}
			}
		}
		if bad > 0 {
			t.Errorf("label %q: %d pixels of its box show a line or an outline", l.Text, bad)
		}
	}
}

// fillsOnly renders the view's sea, land and areas without any stroke.
func fillsOnly(v *MapView, rect image.Rectangle) *image.RGBA {
	st := *v.Style
	st.Coast.Width, st.Border.Width, st.Frame.Width = 0, 0, 0
	gr := geo.NewRenderer(v.Map, &st)
	gr.Visible = v.shown
	img := image.NewRGBA(rect)
	var top geo.Layer
	gr.RenderLayers(img, &top, v.Viewport())
	return img
}

// TestSelectionRingClearOfOwnLabel: the ring round selected Tokyo (and any
// selected place) stays off the place's own label.
func TestSelectionRingClearOfOwnLabel(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 900, Height: 600}, {Width: 800, Height: 600}} {
		for _, lang := range []string{"en", "ko", "ja"} {
			t.Run(fmt.Sprintf("%vx%v/%s", size.Width, size.Height, lang), func(t *testing.T) {
				v, w, r := newMomentView(t, size, "", lang)
				v.SetSelected("tokyo")
				img := frame(t, w, r)
				f := v.Map.Feature("tokyo")
				c := v.Viewport().ToPixel(f.Anchor)
				var label *geo.Label
				placed := r.placed()
				for i := range placed {
					if placed[i].FeatureID == "tokyo" {
						label = &placed[i]
					}
				}
				if label == nil {
					t.Fatal("Tokyo has no label")
				}
				if d := rectDistance(c, *label); d <= ringReach(f, true) {
					t.Errorf("Tokyo's label lies %.1f px from its centre, inside its ring (%.1f px)", d, ringReach(f, true))
				}
				orange, n := v.Style.Highlight, 0
				rect := label.Rect()
				for y := rect.Min.Y; y < rect.Max.Y; y++ {
					for x := rect.Min.X; x < rect.Max.X; x++ {
						if p := img.RGBAAt(x, y); math.Abs(float64(p.R)-float64(orange.R)) < 30 &&
							math.Abs(float64(p.G)-float64(orange.G)) < 30 && p.B < 60 {
							n++
						}
					}
				}
				if n > 0 {
					t.Errorf("%d orange pixels in Tokyo's label", n)
				}
			})
		}
	}
}
