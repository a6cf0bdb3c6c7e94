package figuresview

import (
	"image"
	"peninsula/app/internal/paint"
	"testing"
	"time"
)

// BenchmarkSetTime is the strip's work on a scrub step: SetTime across
// 2003–2006, a day a step, with the Korea story's nine charts (the rings
// move when a point begins; nothing is drawn again).
func BenchmarkSetTime(b *testing.B) {
	v, w := newTestStrip(b, stripSize, false, day(2003, 1, 1))
	w.Canvas().Capture()
	var times []time.Time
	for at := day(2003, 1, 1); at.Before(day(2007, 1, 1)); at = at.AddDate(0, 0, 1) {
		times = append(times, at)
	}
	r := rendererOf(b, v)
	renders := r.renders
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		v.SetTime(times[i%len(times)])
	}
	b.StopTimer()
	if r.renders != renders {
		b.Fatal("SetTime drew a chart")
	}
}

// BenchmarkChartRaster draws one chart's image (South Korea–China trade:
// a derived and a plain bar, labels and axes) at 1× and 2×.
func BenchmarkChartRaster(b *testing.B) {
	v, _ := newTestStrip(b, stripSize, false, day(2004, 7, 1))
	col := themeColors(v)
	g := v.charts[v.index("korea-china-trade")]
	for _, sc := range []struct {
		name  string
		scale float32
	}{{"1x", 1}, {"2x", 2}} {
		b.Run(sc.name, func(b *testing.B) {
			w, h := int(g.w*sc.scale), int(g.h*sc.scale)
			img := image.NewRGBA(image.Rect(0, 0, w, h))
			b.ReportAllocs()
			for b.Loop() {
				clear(img.Pix)
				paintChart(&pixels{paint.Pixels{Img: img, W: w, H: h, S: sc.scale}}, g, &col)
			}
		})
	}
}
