package app

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// raceEnabled reports whether the test binary was built with -race (the
// build settings of the binary say so).
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// soakOps is how many state operations TestSoak drives: 100,000, or 5,000
// under the race detector, which slows the views and the software render
// ~10× (make test runs the suite with -race, and `make soak`, the full
// 100,000 without it, ~15 s on 2 cores).
func soakOps() int {
	if raceEnabled() {
		return 5_000
	}
	return 100_000
}

// TestSoak drives scrub steps, place selections and zooms through the
// app's State and UI as a user would, with a software render of the whole
// window every 1,000 operations, and checks that nothing accumulates: the
// live heap after a GC grows by less than 1 MB from after the warm-up to
// the end, and the number of goroutines does not grow.
//
// The operations cycle through a fixed set of moments (the whole story in
// 500 steps), places and zoom levels, so every cache (Fyne's text and
// texture caches, the map's base image and labels) is filled during the
// warm-up; anything that still grows afterwards is a leak.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: skipped in -short mode")
	}
	newTestApp(t)
	u, _ := New(testData(t), Options{}, firstStart())
	size := fyne.NewSize(1600, 1000)
	c := newSoftwareCanvas(u, size)
	c.Capture()

	l := u.Explainer.Linker
	start, end := l.Schedule.Start(), l.LastMoment()
	const scrubCycle = 500
	span := end.Sub(start)
	moment := func(i int) time.Time {
		return start.Add(time.Duration(int64(span) / scrubCycle * int64(i%scrubCycle)))
	}
	places := []string{"seoul", "dokdo", "kor", "yasukuni", "", "prk", "kaesong", "parallel-38", "usa", ""}
	// op does operation i: mostly scrub steps, every 10th a place
	// selection, every 25th a zoom (in, in, out, out, home).
	op := func(i int) {
		switch {
		case i%25 == 0:
			switch (i / 25) % 5 {
			case 0, 1:
				u.MapView.ZoomIn()
			case 2, 3:
				u.MapView.ZoomOut()
			default:
				u.MapView.Reset()
			}
		case i%10 == 0:
			if id := places[(i/10)%len(places)]; id == "" {
				u.State.SelectPlace("", FromKeyboard)
			} else if err := u.SelectPlace(id, FromMap); err != nil {
				t.Fatal(err)
			}
		default:
			u.State.SetTime(moment(i), FromTimeline)
		}
		if i%1000 == 999 {
			c.Capture()
		}
	}

	ops := soakOps()
	warm := max(ops/10, 1000) // one full cycle of moments, places and zooms, twice
	began := time.Now()
	for i := range warm {
		op(i)
	}
	heap0, gor0 := liveHeap(), runtime.NumGoroutine()
	for i := warm; i < warm+ops; i++ {
		op(i)
	}
	c.Capture()
	heap1, gor1 := liveHeap(), runtime.NumGoroutine()
	t.Logf("%d operations after %d of warm-up in %v (race detector: %v): live heap %.2f → %.2f MB, goroutines %d → %d",
		ops, warm, time.Since(began).Round(time.Millisecond), raceEnabled(), soakMB(heap0), soakMB(heap1), gor0, gor1)
	if grew := int64(heap1) - int64(heap0); grew >= 1<<20 {
		t.Errorf("live heap grew by %.2f MB over %d operations, want < 1 MB", soakMB(uint64(grew)), ops)
	}
	if gor1 > gor0 {
		t.Errorf("goroutines grew from %d to %d", gor0, gor1)
	}
}

// liveHeap returns the bytes of live heap objects after a full GC.
func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func soakMB(b uint64) float64 { return float64(b) / (1 << 20) }
