package timelineview

import (
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// The raster: what regenerates it, and what it saves.

// rasterCounts are a renderer's counts of scene renders and of refreshes
// of its raster and of the whole widget.
type rasterCounts struct{ renders, rasterRefreshes, widgetRefreshes, scenes int }

func countsOf(r *renderer) rasterCounts {
	return rasterCounts{r.renders, r.rasterRefreshes, r.widgetRefreshes, r.sceneGen}
}

// TestTimelineScrubLeavesRaster scrubs with SetTime alone: the scene is
// neither rebuilt nor drawn again, and neither the raster nor the widget
// is refreshed (in the GL painter either would re-upload the raster's
// texture); only the cursor moves. A change of the active events then
// draws the raster once.
func TestTimelineScrubLeavesRaster(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(1950, 6, 25))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	before := countsOf(r)
	if before.renders == 0 {
		t.Fatal("the raster was never drawn")
	}
	knob := r.knob.Position()
	for step := range 40 {
		v.SetTime(day(1950, 6, 25).AddDate(0, 0, 3*step+1))
		v.SetActive(v.Active) // as the app does on each step: the same events
		w.Canvas().Capture()
	}
	if got := countsOf(r); got != before {
		t.Errorf("scrubbing changed the raster's counts from %+v to %+v", before, got)
	}
	if r.knob.Position() == knob {
		t.Error("the knob did not move")
	}

	// The Korean War ends: the active events change.
	at := day(1953, 8, 1)
	v.SetTime(at)
	active := v.Schedule.Active(at, nil)
	v.SetActive(active)
	w.Canvas().Capture()
	w.Canvas().Capture()
	got := countsOf(r)
	want := before
	want.renders++
	want.rasterRefreshes++
	want.scenes++
	if got != want {
		t.Errorf("a change of the active events changed the counts from %+v to %+v, want %+v", before, got, want)
	}
}

// TestTimelineVisibleObjects counts the canvas objects drawn for the Korea
// story at the window's default size: the raster and the live objects
// over it. Each costs a paint walk and a GL draw call on every frame.
func TestTimelineVisibleObjects(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	r := test.TempWidgetRenderer(t, v).(*renderer)
	for _, at := range []time.Time{day(1950, 6, 25), day(2004, 6, 1), day(1919, 3, 1)} {
		setMoment(v, at)
		w.Canvas().Capture()
		n := 0
		for _, o := range r.Objects() {
			if o.Visible() {
				n++
			}
		}
		if n > 40 {
			t.Errorf("at %s %d canvas objects are drawn; want at most 40", at.Format("2006-01-02"), n)
		}
		t.Logf("at %s: %d visible canvas objects of %d, %d shapes in the raster", at.Format("2006-01-02"), n,
			len(r.Objects()), len(r.scene.shapes))
	}
}

// TestTimelineRasterScale draws the scene at twice the pixels: the texts
// are set at twice the size, not scaled up.
func TestTimelineRasterScale(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(1950, 6, 25))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	img := r.generate(int(defaultSize.Width*2), int(defaultSize.Height*2)).(*image.RGBA)
	if b := img.Bounds(); b.Dx() != int(defaultSize.Width*2) || b.Dy() != int(defaultSize.Height*2) {
		t.Fatalf("the raster is %v, want twice %v", b, defaultSize)
	}
	// A title's text has pixels in its box at the doubled scale.
	i := v.Schedule.Index("korean-war")
	sh := r.scene.find(roleTitle, i)
	if sh == nil {
		t.Fatal("the Korean War has no title")
	}
	box := sh.inkBox()
	ink := 0
	for y := int(box.y0 * 2); y < int(box.y1*2); y++ {
		for x := int(box.x0 * 2); x < int(box.x1*2); x++ {
			if img.RGBAAt(x, y).A > 0xc0 {
				ink++
			}
		}
	}
	if ink < 100 {
		t.Errorf("the title %q has %d inked pixels at scale 2", sh.text, ink)
	}
	glyphs.mu.Lock()
	_, big := glyphs.faces[fontKey{sh.bold, titleSize * 2}]
	glyphs.mu.Unlock()
	if !big {
		t.Errorf("no face of %v px for the title at scale 2", titleSize*2)
	}
}

// BenchmarkTimelineRaster is what a change of the active events costs the
// raster at the window's default size: the scene built and drawn.
func BenchmarkTimelineRaster(b *testing.B) {
	for _, sc := range []struct {
		name  string
		scale float32
	}{{"1x", 1}, {"2x", 2}} {
		b.Run(sc.name, func(b *testing.B) {
			v, w := newTestTimeline(b, defaultSize)
			setMoment(v, day(1950, 6, 25))
			w.Canvas().Capture()
			r := test.WidgetRenderer(v).(*renderer)
			g := v.geometry()
			pw, ph := int(defaultSize.Width*sc.scale), int(defaultSize.Height*sc.scale)
			b.ReportAllocs()
			for b.Loop() {
				r.buildScene(g, noTarget)
				r.sceneGen++
				r.generate(pw, ph)
			}
		})
	}
}
