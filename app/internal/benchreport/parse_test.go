package main

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

const benchOut = `goos: linux
goarch: amd64
pkg: peninsula
cpu: AMD EPYC
BenchmarkSnapshotCommand-2   	       7	 162763409 ns/op	70431144 B/op	  309786 allocs/op
BenchmarkSnapshotCommand-2   	       8	 139906763 ns/op	58920904 B/op	  186540 allocs/op
BenchmarkSnapshotCommand-2   	       8	 144874434 ns/op	58914913 B/op	  186538 allocs/op
PASS
ok  	peninsula	5.850s
?   	peninsula/app/internal/benchreport	[no test files]
goos: linux
goarch: amd64
pkg: peninsula/geo
cpu: AMD EPYC
BenchmarkRender/1600x1000-2         	     222	   5340000 ns/op	   77412 B/op	       6 allocs/op
BenchmarkRender/1600x1000-2         	     230	   5120000 ns/op	   77412 B/op	       6 allocs/op
BenchmarkRender/3840x2160-2         	      37	  30100000 ns/op	 1450000 B/op	       6 allocs/op
BenchmarkRender/3840x2160-2         	      38	  29900000 ns/op	 1450000 B/op	       6 allocs/op
BenchmarkHitTest-2   	 2469136	       485.2 ns/op	       0 B/op	       0 allocs/op
BenchmarkHitTest-2   	 2469136	       491.0 ns/op	       0 B/op	       0 allocs/op
BenchmarkHitTest-2 logged something
PASS
ok  	peninsula/geo	47.006s
`

func TestParseBench(t *testing.T) {
	res := parseBench([]byte(benchOut))
	if len(res) != 4 {
		t.Fatalf("%d benchmarks, want 4: %v", len(res), res)
	}
	snap := res["peninsula.BenchmarkSnapshotCommand"]
	if snap == nil || len(snap.ns) != 3 || snap.ns[1] != 139906763 || snap.bytes[0] != 70431144 || snap.all[2] != 186538 {
		t.Errorf("snapshot command: %+v", snap)
	}
	if got := median(snap.ns); got != 144874434 {
		t.Errorf("median of the snapshot runs = %v", got)
	}
	r := res["peninsula/geo.BenchmarkRender/1600x1000"]
	if r == nil || r.pkg != "peninsula/geo" || r.name != "BenchmarkRender/1600x1000" || median(r.ns) != 5230000 {
		t.Errorf("render 1600x1000: %+v", r)
	}
	if h := res["peninsula/geo.BenchmarkHitTest"]; h == nil || len(h.ns) != 2 || h.ns[0] != 485.2 {
		t.Errorf("hit test (the log line is no run): %+v", h)
	}
	if c := cpuLine([]byte(benchOut)); c != "AMD EPYC" {
		t.Errorf("cpu line %q", c)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{16.89, 16.62, 17.01}, 16.89},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		in := append([]float64(nil), tc.in...)
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		if !slices.Equal(in, tc.in) {
			t.Errorf("median sorted its argument: %v", tc.in)
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Errorf("median of nothing is not NaN")
	}
}

func TestParseMeasure(t *testing.T) {
	out := "2026/11/30 04:07:04 Fyne error:  Error parsing user locale C\n" +
		"measure scrub steps=1000 p50-ms=16.89 p99-ms=31.77 max-ms=82.27 main-cpu-ms=3.56 llvmpipe-cpu-ms=15.49 other-cpu-ms=0.54 vmhwm-kb=203948 vmrss-kb=203948 go-sys-kb=51882 seconds=18.1 first-frame-ms=289.0\n"
	line, kv, err := parseMeasure(out, "scrub")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(line, "measure scrub steps=1000") || kv["p50-ms"] != "16.89" || kv["vmhwm-kb"] != "203948" || kv["first-frame-ms"] != "289.0" {
		t.Errorf("line %q, pairs %v", line, kv)
	}
	if _, _, err := parseMeasure("measure bare first-frame-ms=94.3 clock=proc\n", "startup"); err == nil {
		t.Errorf("another kind's line was taken")
	}
	s := &samples{}
	s.add(kv, nil)
	s.add(map[string]string{"p50-ms": "17.01"}, nil)
	s.add(map[string]string{"p50-ms": "16.62"}, nil)
	s.add(nil, errors.New("measure: step 12: no frame within 10 s"))
	if got := s.median("p50-ms"); got != 16.89 {
		t.Errorf("median p50 = %v", got)
	}
	if s.count() != "3 runs, 1 failed" || s.failure() != "" {
		t.Errorf("count %q, failure %q", s.count(), s.failure())
	}
	bad := &samples{}
	bad.add(nil, errors.New("exit status 2:\nmeasure: no frame | within 60 s"))
	if got := bad.failure(); got != "failed: exit status 2: measure: no frame / within 60 s" {
		t.Errorf("failure %q", got)
	}
	var none *samples
	if none.failure() != "failed: not run" || !math.IsNaN(none.median("p50-ms")) {
		t.Errorf("no samples: %q", none.failure())
	}
}

func TestParseDrawMS(t *testing.T) {
	if ms, err := parseDrawMS("draw-ms 16.52\n"); err != nil || ms != 16.52 {
		t.Errorf("draw-ms: %v %v", ms, err)
	}
	if _, err := parseDrawMS("panic: open korea-region-10m.geojson: no such file"); err == nil {
		t.Errorf("no draw-ms line, no error")
	}
}

const flatTop = `File: peninsula-measure
Build ID: 01191288a1763bb72b94555bce9fb9f8fe051423
Type: cpu
Time: 2026-11-30 04:00:27 UTC
Duration: 18.87s, Total samples = 4130ms (21.89%)
Active filters:
   focus=^main\.main$
Showing nodes accounting for 2090ms, 50.61% of 4130ms total
Dropped 236 nodes (cum <= 20.65ms)
Showing top 6 nodes out of 356
      flat  flat%   sum%        cum   cum%
    1630ms 39.47% 39.47%     1730ms 41.89%  runtime.cgocall
     140ms  3.39% 42.86%      140ms  3.39%  time.runtimeNow
     120ms  2.91% 45.76%      230ms  5.57%  internal/sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Load
      70ms  1.69% 47.46%       70ms  1.69%  internal/runtime/atomic.(*Uint32).CompareAndSwap (inline)
      60ms  1.45% 50.61%       60ms  1.45%  fyne.io/fyne/v2/internal/cache.RangeExpiredTexturesFor.(*Map[go.shape.struct { fyne.io/fyne/v2/internal/cache.fontSizeEntry; Canvas fyne.io/fyne/v2.Canvas; Color image/color.Color },go.shape.*uint8]).Range.func3
         0     0% 50.61%       60ms  1.45%  main.Measure
`

const cumTop = `File: peninsula-measure
Type: cpu
Duration: 18.87s, Total samples = 4.13s (21.89%)
Active filters:
   focus=^main\.main$
Showing nodes accounting for 3.26s, 78.93% of 4.13s total
Dropped 236 nodes (cum <= 0.02s)
      flat  flat%   sum%        cum   cum%
         0     0%     0%      3.72s 90.07%  main.main
         0     0%     0%      3.72s 90.07%  runtime.main
     0.01s  0.24%  0.24%      2.25s 54.48%  fyne.io/fyne/v2/internal/painter/gl.(*painter).Paint
         0     0%  2.18%      2.24s 54.24%  fyne.io/fyne/v2/internal/painter/gl.(*painter).drawObject
     1.63s 39.47% 41.65%      1.73s 41.89%  runtime.cgocall
         0     0% 41.65%      1.52s 36.80%  fyne.io/fyne/v2/internal/painter/gl.(*painter).drawTextureWithDetails
     0.02s  0.48% 42.13%      0.05s  1.21%  runtime.cgocallbackg
`

func TestParsePprofAndSummarise(t *testing.T) {
	flat, err := parsePprofTop(flatTop)
	if err != nil {
		t.Fatal(err)
	}
	if flat.total != 4.13 || flat.duration != 18.87 || len(flat.rows) != 6 {
		t.Fatalf("total %v, duration %v, %d rows", flat.total, flat.duration, len(flat.rows))
	}
	if r := flat.rows[3]; r.fn != "internal/runtime/atomic.(*Uint32).CompareAndSwap" || math.Abs(r.flat-0.07) > 1e-9 {
		t.Errorf("row 4: %+v", r)
	}
	if r := flat.rows[4]; !strings.HasSuffix(r.fn, "go.shape.*uint8]).Range.func3") {
		t.Errorf("a function name with spaces: %q", r.fn)
	}
	cum, err := parsePprofTop(cumTop)
	if err != nil {
		t.Fatal(err)
	}
	if cum.cum("main.main") != 3.72 || cum.cumPrefix("fyne.io/fyne/v2/internal/painter/gl.") != 2.25 || cum.cum("runtime.cgocall") != 1.73 {
		t.Errorf("cumulative: %+v", cum.rows)
	}
	note := cpuSummary(flat, cum, "main.main")
	for _, want := range []string{
		"`main.main` 3.72 s of the 4.13 s sampled over 18.87 s",
		"Fyne's GL paint (`painter/gl`) 2.25 s (60%)",
		"cgo calls (`runtime.cgocall`: C code such as Mesa's GL and GLFW) 1.73 s (47%)",
		"`time.runtimeNow` 3.8%, `internal/sync.(*HashTrieMap[…]).Load` 3.2%",
		"`fyne/internal/cache.RangeExpiredTexturesFor.(*Map[…]).Range.func3` 1.6%.",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("note lacks %q:\n%s", want, note)
		}
	}
	if strings.Contains(note, "`runtime.cgocall` 4") || strings.Contains(note, "software painter") || strings.Contains(note, "main.Measure") {
		t.Errorf("the Go side's list holds cgo calls, an absent painter or a function without flat time:\n%s", note)
	}
	if _, err := parsePprofTop("go tool pprof: open x.prof: no such file or directory"); err == nil {
		t.Errorf("no table, no error")
	}
}

func TestHeapSummary(t *testing.T) {
	top, err := parsePprofTop(`Type: inuse_space
Showing nodes accounting for 13.65MB, 53.71% of 25.42MB total
      flat  flat%   sum%        cum   cum%
    6.85MB 26.95% 26.95%     6.85MB 26.95%  image.NewRGBA
  512.01kB  1.97% 28.92%   512.01kB  1.97%  github.com/go-text/typesetting/font.newPostNames20
`)
	if err != nil {
		t.Fatal(err)
	}
	got := heapSummary(top)
	want := "live Go heap after the steps 25.4 MB; top by live bytes allocated: `image.NewRGBA` 6.8 MB (27%), `github.com/go-text/typesetting/font.newPostNames20` 512.0 KB (2%)."
	if got != want {
		t.Errorf("heap note\n got %s\nwant %s", got, want)
	}
}

func TestPprofValue(t *testing.T) {
	for in, want := range map[string]float64{"0": 0, "1.63s": 1.63, "140ms": 0.14, "250us": 250e-6, "1.5mins": 90, "2kB": 2048, "1.5MB": 1.5 * (1 << 20)} {
		if got, err := pprofValue(in); err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("pprofValue(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := pprofValue("3furlongs"); err == nil {
		t.Errorf("an unknown unit was read")
	}
}

func TestShellJoin(t *testing.T) {
	got := shellJoin([]string{"go", "tool", "pprof", "-focus=^main\\.main$", "it's"})
	if want := `go tool pprof '-focus=^main\.main$' 'it'\''s'`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := regexpQuote("testing.(*B).runN"); got != `testing\.\(\*B\)\.runN` {
		t.Errorf("regexpQuote: %s", got)
	}
}

// TestReportWithoutMeasurements writes the report from benchmarks alone,
// with the gg baseline missing: rows say what failed; nothing panics.
func TestReportWithoutMeasurements(t *testing.T) {
	r := &report{bench: parseBench([]byte(benchOut)), measured: map[string]*samples{}, notes: map[string]string{}}
	r.sample("gg-draw").add(nil, errors.New("no ggbaseline at /nowhere"))
	var buf bytes.Buffer
	misses, failures := r.write(&buf)
	out := buf.String()
	for _, want := range []string{
		"| Real-window figures | not measured (no -bin) |",
		"| 5.23 ms (2 runs) | gg failed: no ggbaseline at /nowhere | ≤ 0.15× gg | ⚠️ failed |",
		"failed: `peninsula/app.BenchmarkWindowRender` is missing from the benchmark output",
		"| peninsula/geo | BenchmarkRender/1600x1000 | 2 | 5.23 ms | 75.6 KB | 6 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if misses != 0 || failures == 0 {
		t.Errorf("%d misses, %d failures", misses, failures)
	}
}

func TestErrorSummary(t *testing.T) {
	stderr := `2026/11/30 04:19:45 Fyne error:  Error parsing user locale C
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xa2da5c]

goroutine 1 [running, locked to thread]:
github.com/go-gl/glfw/v3.3/glfw.(*Window).SetInputMode.func1(...)
	/root/go/pkg/mod/github.com/go-gl/glfw/v3.3/glfw@v0.0.0-20240506104042-037f3cc74f2a/input.go:394
github.com/go-gl/glfw/v3.3/glfw.(*Window).SetInputMode(0xe63200?, 0x33001, 0x34001)
	/root/go/pkg/mod/github.com/go-gl/glfw/v3.3/glfw@v0.0.0-20240506104042-037f3cc74f2a/input.go:394 +0x1c
fyne.io/fyne/v2/internal/driver/glfw.(*window).processMouseMoved(0xbcfe5b5e000, 0x1a1eee0?, 0xbcfe5afb8b0?)
	/root/go/pkg/mod/fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/window.go:353 +0x217
main.Measure({0xe7a880, 0xbcfe5df09a0}, {0x7ffed4ae29bb, 0x4}, 0x3e8, {0xe62d80, 0xbcfe5ab0060})
	/work/main/app/internal/measure/measure.go:179 +0xacb
`
	want := "panic: runtime error: invalid memory address or nil pointer dereference in " +
		"`github.com/go-gl/glfw/v3.3/glfw.(*Window).SetInputMode.func1` ← `github.com/go-gl/glfw/v3.3/glfw.(*Window).SetInputMode` ← " +
		"`fyne/internal/driver/glfw.(*window).processMouseMoved`"
	if got := errorSummary(stderr); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := errorSummary("measure: no frame within 60 s\n"); got != "measure: no frame within 60 s" {
		t.Errorf("no panic: %q", got)
	}
}

func TestLargestOwnFunction(t *testing.T) {
	top, err := parsePprofTop(`Duration: 11.80s, Total samples = 3.31s (28.05%)
Showing nodes accounting for 3.10s, 93.66% of 3.31s total
      flat  flat%   sum%        cum   cum%
         0     0%     0%      3.10s 93.66%  main.main
         0     0%     0%      2.77s 83.69%  fyne.io/fyne/v2/internal/painter/gl.(*painter).Paint
     0.01s   0.3%   0.3%      1.90s 57.40%  peninsula/app/mapview.(*mapRaster).draw
     0.23s  6.95%  7.25%      0.61s 18.43%  peninsula/geo.(*canvas).fill
     0.29s  8.76% 16.01%      0.29s  8.76%  image/color.NRGBA.RGBA (partial-inline)
`)
	if err != nil {
		t.Fatal(err)
	}
	if own := top.largest("peninsula/"); own.fn != "peninsula/app/mapview.(*mapRaster).draw" || own.cum != 1.9 {
		t.Errorf("largest: %+v", own)
	}
	if fn := top.rows[4].fn; fn != "image/color.NRGBA.RGBA" {
		t.Errorf("partial-inline suffix kept: %q", fn)
	}
	note := cpuSummary(top, top, "main.main")
	if !strings.Contains(note, "Peninsula's largest cumulative function: `peninsula/app/mapview.(*mapRaster).draw` 1.90 s (61%)") {
		t.Errorf("note: %s", note)
	}
}
