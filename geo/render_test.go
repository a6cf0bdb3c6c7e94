package geo

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
)

var update = flag.Bool("update", false, "rewrite golden images in testdata/")

// regionBound is the whole region Peninsula's data covers.
var regionBound = orb.Bound{Min: orb.Point{112, 21}, Max: orb.Point{146, 48}}

func TestRenderGolden(t *testing.T) {
	m := loadTestMap(t)
	tests := []struct {
		name string
		vp   Viewport
		size image.Point
	}{
		{"region.png", Fit(800, 500, regionBound), image.Pt(800, 500)},
		{"dmz.png", NewViewport(640, 400, orb.Point{127.0, 38.0}, 8), image.Pt(640, 400)},
		{"dmz-2x.png", NewViewport(320, 200, orb.Point{127.0, 38.0}, 7), image.Pt(640, 400)},
		// Far from Korea: the Balkans at 1:10m, Europe at 1:50m, the world
		// at 1:110m.
		{"balkans.png", balkansView(t), image.Pt(800, 600)},
		{"europe.png", NewViewport(800, 600, orb.Point{15, 50}, 3), image.Pt(800, 600)},
		{"world.png", Fit(640, 400, worldBound), image.Pt(640, 400)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rectangle{Max: tt.size})
			NewRenderer(m, LightStyle()).Render(img, tt.vp)
			assertGolden(t, tt.name, img)
		})
	}
}

func TestOutline(t *testing.T) {
	m := loadTestMap(t)
	vp := Fit(400, 300, regionBound)
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	r := NewRenderer(m, LightStyle())
	r.Overlay(img, vp, Outlined{Feature: m.Feature("kor"), Line: LineStyle{Color: rgb(255, 0, 0), Width: 2}})
	seoul := vp.ToPixel(orb.Point{126.978, 37.5665})
	tokyo := vp.ToPixel(orb.Point{139.7671, 35.6812})
	// The outline is drawn near Korea's coast but nowhere near Tokyo.
	if n := opaqueAround(img, seoul, 40); n == 0 {
		t.Errorf("no outline pixels within 40 px of Seoul")
	}
	if n := opaqueAround(img, tokyo, 20); n != 0 {
		t.Errorf("%d outline pixels near Tokyo; want 0", n)
	}
	before := append([]uint8(nil), img.Pix...)
	r.Overlay(img, vp)
	if !bytes.Equal(before, img.Pix) {
		t.Errorf("an empty overlay changed the image")
	}
}

func opaqueAround(img *image.RGBA, p orb.Point, rad int) int {
	n := 0
	for y := int(p[1]) - rad; y <= int(p[1])+rad; y++ {
		for x := int(p[0]) - rad; x <= int(p[0])+rad; x++ {
			if image.Pt(x, y).In(img.Rect) && img.RGBAAt(x, y).A > 0 {
				n++
			}
		}
	}
	return n
}

// assertGolden compares img with testdata/name. With -update, or when the
// golden file is missing, it writes it. On a mismatch it writes
// testdata/failed/name so the difference can be looked at.
func assertGolden(t *testing.T, name string, img image.Image) {
	t.Helper()
	path := filepath.Join("testdata", name)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(path)
	if *update || os.IsNotExist(err) {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if !*update {
			t.Errorf("golden %s was missing; wrote it", path)
		}
		return
	}
	wimg, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if d := diffPixels(wimg, img); d > 0 {
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		os.WriteFile(filepath.Join("testdata", "failed", name), buf.Bytes(), 0o644)
		t.Errorf("%s: %d pixels differ from the golden image (see testdata/failed/%s)", name, d, name)
	}
}

// diffPixels counts the pixels that differ by more than a rounding step.
func diffPixels(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) || far(a1, a2) {
				n++
			}
		}
	}
	return n
}

func far(x, y uint32) bool {
	if x > y {
		x, y = y, x
	}
	return y-x > 2*0x101
}

// BenchmarkRenderViews is the base map of views far from Korea, at each
// level of detail, at 1600×1000.
func BenchmarkRenderViews(b *testing.B) {
	m := loadTestMap(b)
	for _, tt := range []struct {
		name string
		vp   Viewport
	}{
		{"balkans-10m", balkansView(b).Resize(1600, 1000)},
		{"europe-50m", NewViewport(1600, 1000, orb.Point{15, 50}, 3)},
		{"world-110m", Fit(1600, 1000, worldBound)},
	} {
		b.Run(tt.name, func(b *testing.B) {
			img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
			r := NewRenderer(m, LightStyle())
			b.ReportAllocs()
			for b.Loop() {
				r.Render(img, tt.vp)
			}
		})
	}
}

// BenchmarkRender is a render of a view drawn for the first time (its lines
// traced anew: the cache of traced lines is emptied each time), as the
// yardstick draws it; BenchmarkRenderSameView is the same view again, as
// when the timeline changes the map's layers.
func BenchmarkRender(b *testing.B) {
	m := loadTestMap(b)
	for _, sz := range []image.Point{{1600, 1000}, {3840, 2160}} {
		b.Run(fmt.Sprintf("%dx%d", sz.X, sz.Y), func(b *testing.B) {
			vp := Fit(float64(sz.X), float64(sz.Y), regionBound)
			img := image.NewRGBA(image.Rectangle{Max: sz})
			r := NewRenderer(m, LightStyle())
			b.ReportAllocs()
			for b.Loop() {
				r.cache = traceCache{}
				r.Render(img, vp)
			}
		})
	}
}

func BenchmarkRenderSameView(b *testing.B) {
	m := loadTestMap(b)
	vp := Fit(1600, 1000, regionBound)
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	r := NewRenderer(m, LightStyle())
	b.ReportAllocs()
	for b.Loop() {
		r.Render(img, vp)
	}
}

// BenchmarkRenderLayers is the base map as the map widget draws it: land
// and the top layer of lines and markers apart.
func BenchmarkRenderLayers(b *testing.B) {
	m := loadTestMap(b)
	for _, sz := range []image.Point{{1600, 1000}, {3840, 2160}} {
		b.Run(fmt.Sprintf("%dx%d", sz.X, sz.Y), func(b *testing.B) {
			vp := Fit(float64(sz.X), float64(sz.Y), regionBound)
			img := image.NewRGBA(image.Rectangle{Max: sz})
			var top Layer
			r := NewRenderer(m, LightStyle())
			b.ReportAllocs()
			for b.Loop() {
				r.RenderLayers(img, &top, vp)
			}
		})
	}
}

// BenchmarkFrame is what a change of selection or highlight costs: a copy
// of the land, the outlines, and the top layer composited over them.
func BenchmarkFrame(b *testing.B) {
	m := loadTestMap(b)
	vp := Fit(1600, 1000, regionBound)
	land := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	frame := image.NewRGBA(land.Rect)
	var top Layer
	r := NewRenderer(m, LightStyle())
	r.RenderLayers(land, &top, vp)
	items := []Outlined{
		{Feature: m.Feature("kor"), Line: LineStyle{Color: rgb(0xe0, 0x6c, 0), Width: 3}},
		{Feature: m.Feature("mdl"), Line: LineStyle{Color: color.RGBA{0x54, 0x28, 0, 0x60}, Width: 8}},
		{Feature: m.Feature("seoul"), Line: LineStyle{Color: rgb(0xe0, 0x6c, 0), Width: 3}},
	}
	b.ReportAllocs()
	for b.Loop() {
		copy(frame.Pix, land.Pix)
		r.Overlay(frame, vp, items...)
		top.DrawOver(frame)
	}
}
