package app

import (
	"bytes"
	"testing"

	"peninsula/app/internal/compose"
	"peninsula/app/pngfast"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
)

// BenchmarkWindowRender paints the whole window at 1600×1000 as Snapshot
// does (app/internal/compose) after a selection change, as one frame of
// the app.
func BenchmarkWindowRender(b *testing.B) {
	benchWindowRender(b, func(c fyne.Canvas) { compose.Capture(c) })
}

// BenchmarkWindowRenderFyne is BenchmarkWindowRender with Fyne's software
// painter, which Snapshot used before, for comparison.
func BenchmarkWindowRenderFyne(b *testing.B) {
	benchWindowRender(b, func(c fyne.Canvas) { c.(test.WindowlessCanvas).Capture() })
}

func benchWindowRender(b *testing.B, capture func(fyne.Canvas)) {
	u, c := newBenchUI(b)
	places := []string{"seoul", "dokdo", "kor", "yasukuni"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		u.State.SelectPlace(places[i%len(places)], FromMap)
		capture(c)
		i++
	}
}

// BenchmarkScrubStep is one scrub step: set the time, resolve the moment,
// update the three views and software-render the whole window at
// 1600×1000.
func BenchmarkScrubStep(b *testing.B) { benchScrub(b, true) }

// BenchmarkScrubViews is the scrub step without the software render: what
// the app does per step before the GPU draws.
func BenchmarkScrubViews(b *testing.B) { benchScrub(b, false) }

func benchScrub(b *testing.B, render bool) {
	u, c := newBenchUI(b)
	t0 := dateOf(b, "1950-06-25")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		u.State.SetTime(t0.AddDate(0, 0, 7*(i%150)), FromTimeline)
		if render {
			c.Capture()
		}
		i++
	}
}

// newBenchUI shows the Korea story's UI on a 1600×1000 software canvas,
// rendered once.
func newBenchUI(b *testing.B) (*UI, test.WindowlessCanvas) {
	newTestApp(b)
	u, _ := New(testData(b), Options{}, firstStart())
	c := newSoftwareCanvas(u, fyne.NewSize(1600, 1000))
	c.Capture()
	return u, c
}

// newSoftwareCanvas shows the UI on a software canvas of the size.
func newSoftwareCanvas(u *UI, size fyne.Size) test.WindowlessCanvas {
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(u.Content())
	c.Resize(size)
	return c
}

// BenchmarkSnapshotPNG is `peninsula snapshot`'s work after loading: the
// UI software-rendered at 1600×1000 on a new canvas, then PNG-encoded.
func BenchmarkSnapshotPNG(b *testing.B) {
	newTestApp(b)
	u, _ := New(testData(b), Options{}, firstStart())
	size := fyne.NewSize(1600, 1000)
	Snapshot(u, size, 1) // warm the text and map caches as a second snapshot would find them
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := pngfast.Encode(&buf, Snapshot(u, size, 1)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/png")
}
