package mapview

import (
	"image"
	"image/color"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"peninsula/geo"
	"peninsula/link"
)

// The map at a date as the app shows it: the story's map, the features
// hidden then and the places of that moment highlighted.

var testExplainer *link.Explainer

// explainer is the built-in story on its map, loaded once.
func explainer(t testing.TB) *link.Explainer {
	t.Helper()
	if testExplainer == nil {
		m, err := link.LoadMap()
		if err != nil {
			t.Fatal(err)
		}
		s, _ := link.LoadStory("", m)
		testExplainer = link.New(m, s)
	}
	return testExplainer
}

// moment returns what the app gives the map at a date ("1953-08-15"): the
// hidden features and the highlighted ones.
func moment(t testing.TB, date string) (hidden, highlighted []string) {
	t.Helper()
	e := explainer(t)
	at, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	hidden = e.Layers.Hidden(at, nil)
	highlighted = e.Features(e.Linker.At(at).Places, nil)
	return hidden, highlighted
}

// newMomentView shows the story's map at a date in a test window of the
// size, labelled in the language ("en" or "ko"); date "" shows every
// feature but the areas, as the other tests do, with the places of
// 1953-08-15 highlighted.
func newMomentView(t testing.TB, size fyne.Size, date, lang string) (*MapView, fyne.Window, *renderer) {
	t.Helper()
	v, w := newTestMapView(t, size)
	e := explainer(t)
	v.SetMap(e.Map)
	if date == "" {
		_, high := moment(t, "1953-08-15")
		v.SetHighlighted(high)
	} else {
		hidden, high := moment(t, date)
		v.SetHidden(hidden)
		v.SetHighlighted(high)
	}
	labels, notes := e.Labels(lang, "")
	v.Notes = notes
	v.SetLabels(labels, e.Tooltips())
	w.Canvas().Capture()
	return v, w, test.WidgetRenderer(v).(*renderer)
}

// frame draws the view and returns the image the map shows.
func frame(t testing.TB, w fyne.Window, r *renderer) *image.RGBA {
	t.Helper()
	w.Canvas().Capture()
	img := r.viewImage()
	if img == nil {
		t.Fatal("the map drew nothing")
	}
	return img
}

// placed returns the labels of the base map shown, in the view's pixels.
func (r *renderer) placed() []geo.Label {
	if r.shown == nil {
		return nil
	}
	return r.shown.labels
}

// viewImage is the map as the widget shows it at rest, in the view's
// pixels: the base map's image, within its margin, with the patch over it
// (Async).
func (r *renderer) viewImage() *image.RGBA {
	f := r.shown
	if f == nil || f.img == nil {
		return nil
	}
	m := pixels(f.key.margin, f.scale())
	w, h := f.pw-2*m, f.ph-2*m
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		copy(out.Pix[out.PixOffset(0, y):out.PixOffset(0, y)+4*w], f.img.Pix[f.img.PixOffset(m, y+m):])
	}
	if r.v.Async && r.patch.Visible() {
		r.generatePatch(0, 0)
		b := r.patchBox
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if (image.Point{x - m, y - m}).In(out.Rect) {
					o := r.patchImg.PixOffset(x-b.Min.X, y-b.Min.Y)
					copy(out.Pix[out.PixOffset(x-m, y-m):][:4], r.patchImg.Pix[o:o+4])
				}
			}
		}
	}
	return out
}

// linePixels returns pixel points every pixel along the visible line
// feature, leaving out those near a visible place's marker (Panmunjom lies
// on the Military Demarcation Line), near the line's ends and near the
// view's edge.
func linePixels(v *MapView, id string) []orb.Point {
	vp := v.Viewport()
	var markers []orb.Point
	for _, f := range v.Map.Features {
		if f.Kind == geo.Point && v.shown(f) {
			markers = append(markers, vp.ToPixel(f.Anchor))
		}
	}
	var out []orb.Point
	for _, l := range v.Map.Feature(id).Geometry.(orb.MultiLineString) {
		ends := []orb.Point{vp.ToPixel(l[0]), vp.ToPixel(l[len(l)-1])}
		markers := append(markers[:len(markers):len(markers)], ends...)
		for i := 1; i < len(l); i++ {
			a, b := vp.ToPixel(l[i-1]), vp.ToPixel(l[i])
			n := int(math.Hypot(b[0]-a[0], b[1]-a[1]))
			for k := 0; k < n; k++ {
				p := orb.Point{a[0] + (b[0]-a[0])*float64(k)/float64(n), a[1] + (b[1]-a[1])*float64(k)/float64(n)}
				if p[0] < 4 || p[1] < 4 || p[0] > vp.Width-4 || p[1] > vp.Height-4 {
					continue
				}
				near := false
				for i, m := range markers {
					d := 12.0 // a marker and the ring round it
					if i >= len(markers)-2 {
						d = 3 // the line's end
					}
					near = near || math.Hypot(p[0]-m[0], p[1]-m[1]) < d
				}
				if !near {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// pixelAt is the colour of the pixel under a point of the view.
func pixelAt(img *image.RGBA, p orb.Point) color.RGBA {
	return img.RGBAAt(int(math.Floor(p[0])), int(math.Floor(p[1])))
}

// near reports whether two colours differ by at most tol in every channel.
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return math.Abs(float64(x)-float64(y)) <= float64(tol) }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

// segmentCrossesRect reports whether the segment a–b has a point inside or
// on the edge of the rectangle (x0,y0)–(x1,y1).
func segmentCrossesRect(a, b orb.Point, x0, y0, x1, y1 float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := b[0]-a[0], b[1]-a[1]
	for _, e := range [4][2]float64{{-dx, a[0] - x0}, {dx, x1 - a[0]}, {-dy, a[1] - y0}, {dy, y1 - a[1]}} {
		if e[0] == 0 {
			if e[1] < 0 {
				return false
			}
			continue
		}
		r := e[1] / e[0]
		if e[0] < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
	}
	return t0 <= t1
}

// rectDistance is the distance from p to the nearest point of the
// label's box.
func rectDistance(p orb.Point, l geo.Label) float64 {
	dx := math.Max(0, math.Max(l.X-p[0], p[0]-(l.X+l.W)))
	dy := math.Max(0, math.Max(l.Y-p[1], p[1]-(l.Y+l.H)))
	return math.Hypot(dx, dy)
}

// ringReach is how far from a place's centre the ring round it reaches
// when it is selected (3 px out from the marker, 3 px wide) or highlighted
// (2 px wide).
func ringReach(f *geo.Feature, selected bool) float64 {
	r := 3.5
	if f.Class == "capital" {
		r = 4.5
	}
	if selected {
		return r + 3 + 1.5
	}
	return r + 3 + 1
}
