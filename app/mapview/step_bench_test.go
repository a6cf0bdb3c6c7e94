package mapview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// The steps of `measure pan` and `measure zoom` at the app's map size, as
// the UI thread does them: the event, what lands from the render
// goroutine and the timers that come due (Async), and what the painter
// asks of the map's rasters for the next frame (their generators:
// synchronously, the render). Run with -bench 'Step'. renders/op counts
// the base maps rendered and shown; ui-ns/op is the UI thread's time per
// step. Async, the clock moves on by the step's interval (16 ms a drag
// step, 30 ms a notch, as in the window), each step waits (not timed) for
// the renders it started, and they land with the next step; ns/op then
// includes the render goroutine's time, ui-ns/op does not.

// benchSteps runs step on a map at the 1955 moment, rendering
// synchronously or Async (renders on their own goroutines, landing on this
// one between steps).
func benchSteps(b *testing.B, async bool, zoomIn bool, interval time.Duration, step func(v *MapView, i int)) {
	v, _, r := newMomentView(b, fyne.NewSize(830, 720), "1955-06-01", "en")
	if zoomIn {
		v.ZoomIn()
	}
	var h *asyncHarness
	if async {
		h = setAsync(v, r, true)
	}
	paint := func() {
		s := r.base.Size()
		r.generateBase(int(s.Width+0.5), int(s.Height+0.5))
		if r.patch.Visible() {
			r.generatePatch(0, 0)
		}
		if r.preview.Visible() {
			r.generatePreview(0, 0)
		}
	}
	paint()
	n := r.renders
	var ui time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if h != nil {
			h.land()
			h.advance(interval)
		}
		step(v, i)
		i++
		paint()
		ui += time.Since(t0)
		if h != nil {
			h.wg.Wait()
		}
	}
	b.StopTimer()
	if h != nil {
		h.wg.Wait()
		h.land()
	}
	b.ReportMetric(float64(r.renders-n)/float64(b.N), "renders/op")
	b.ReportMetric(float64(ui.Nanoseconds())/float64(b.N), "ui-ns/op")
}

// BenchmarkPanStep is a drag step of `measure pan`: 24 px right and 8 px
// down, 20 steps each way.
func BenchmarkPanStep(b *testing.B) {
	for _, async := range []bool{false, true} {
		b.Run(map[bool]string{false: "sync", true: "async"}[async], func(b *testing.B) {
			benchSteps(b, async, true, 16*time.Millisecond, func(v *MapView, i int) {
				d := float32(24)
				if (i/20)%2 == 1 {
					d = -d
				}
				v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: d, DY: d / 3}})
			})
		})
	}
}

// BenchmarkWheelStep is a wheel notch of `measure zoom` at the map's
// centre: four in, four out. Async, the wheel never rests: a render starts
// every wheelMaxWait.
func BenchmarkWheelStep(b *testing.B) {
	for _, async := range []bool{false, true} {
		b.Run(map[bool]string{false: "sync", true: "async"}[async], func(b *testing.B) {
			benchSteps(b, async, false, 30*time.Millisecond, func(v *MapView, i int) {
				d := float32(25)
				if (i/4)%2 == 1 {
					d = -d
				}
				v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(415, 360)},
					Scrolled: fyne.Delta{DY: d}})
			})
		})
	}
}
