// Command benchreport writes BENCHMARKS.md from `go test -bench` output and
// from the real-window measurements of the measure command
// (app/internal/measure: start-up to first frame and peak RSS, next to a
// bare Fyne window), as `make bench` runs it:
//
//	go test -run '^$' -bench . -benchmem -count 5 ./... > bench.txt
//	go build -o measure ./app/internal/measure
//	xvfb-run -a -s '-screen 0 1600x1000x24' \
//	    go run ./app/internal/benchreport -bench bench.txt -bin ./measure -o BENCHMARKS.md
//
// Every figure is the median of its runs. Without -bin the real-window rows
// are left out.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	benchFile := flag.String("bench", "", "`file` of go test -bench -benchmem output (required)")
	bin := flag.String("bin", "", "the measure command's `binary` (app/internal/measure) for the real-window measurements (needs a display)")
	runs := flag.Int("runs", 5, "start-up runs of each window")
	rssRuns := flag.Int("rss-runs", 3, "peak-RSS runs of each window")
	steps := flag.Int("steps", 1000, "scrub steps in each peak-RSS run")
	out := flag.String("o", "BENCHMARKS.md", "write the report to this `file`")
	flag.Parse()
	if *benchFile == "" {
		fmt.Fprintln(os.Stderr, "benchreport: -bench FILE is required")
		os.Exit(2)
	}
	data, err := os.ReadFile(*benchFile)
	if err != nil {
		fatal(err)
	}
	r := &report{bench: parseBench(data), cpuLine: cpuLine(data)}
	if *bin != "" {
		if err := r.measure(*bin, *runs, *rssRuns, *steps); err != nil {
			fatal(err)
		}
	}
	var buf bytes.Buffer
	r.write(&buf)
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("benchreport: wrote %s (%d misses)\n", *out, r.misses)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchreport:", err)
	os.Exit(1)
}

// A result is one benchmark's runs.
type result struct {
	pkg, name      string
	ns, bytes, all []float64 // ns/op, B/op, allocs/op of each run
	runs           int
}

// parseBench reads go test -bench output: "pkg:" lines name the package of
// the Benchmark lines after them.
func parseBench(data []byte) map[string]*result {
	res := map[string]*result{}
	pkg := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // the GOMAXPROCS suffix
			}
		}
		key := pkg + "." + name
		r := res[key]
		if r == nil {
			r = &result{pkg: pkg, name: name}
			res[key] = r
		}
		r.runs++
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				r.ns = append(r.ns, v)
			case "B/op":
				r.bytes = append(r.bytes, v)
			case "allocs/op":
				r.all = append(r.all, v)
			}
		}
	}
	return res
}

func cpuLine(data []byte) string {
	for _, l := range strings.Split(string(data), "\n") {
		if c, ok := strings.CutPrefix(l, "cpu: "); ok {
			return strings.TrimSpace(c)
		}
	}
	return ""
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// report collects the figures.
type report struct {
	bench   map[string]*result
	cpuLine string
	// Real-window measurements: each kind's parsed lines.
	measured map[string][]map[string]string
	raw      []string
	steps    int
	misses   int
}

// measure runs the binary's measurements, interleaving the app and the bare
// window so that drift on the machine hits both alike.
func (r *report) measure(bin string, runs, rssRuns, steps int) error {
	r.measured = map[string][]map[string]string{}
	r.steps = steps
	for i := range runs {
		for _, kind := range []string{"startup", "bare"} {
			if err := r.run(bin, kind, nil); err != nil {
				return fmt.Errorf("start-up run %d: %v", i+1, err)
			}
		}
	}
	for i := range rssRuns {
		for _, kind := range []string{"rss", "bare-rss"} {
			if err := r.run(bin, kind, []string{"--steps", strconv.Itoa(steps)}); err != nil {
				return fmt.Errorf("RSS run %d: %v", i+1, err)
			}
		}
	}
	return nil
}

func (r *report) run(bin, kind string, args []string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{kind}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// The clock starts just before the process does (see app.Measure).
	cmd.Env = append(os.Environ(), fmt.Sprintf("PENINSULA_MEASURE_T0=%d", time.Now().UnixNano()))
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %v\n%s", bin, kind, err, lastLines(stderr.String(), 10))
	}
	line := strings.TrimSpace(stdout.String())
	f := strings.Fields(line)
	if len(f) < 3 || f[0] != "measure" || f[1] != kind {
		return fmt.Errorf("%s %s printed %q", bin, kind, line)
	}
	kv := map[string]string{}
	for _, p := range f[2:] {
		if k, v, ok := strings.Cut(p, "="); ok {
			kv[k] = v
		}
	}
	r.measured[kind] = append(r.measured[kind], kv)
	r.raw = append(r.raw, line)
	fmt.Fprintln(os.Stderr, line)
	return nil
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}

// measuredMedian is the median of key over kind's runs.
func (r *report) measuredMedian(kind, key string) float64 {
	var v []float64
	for _, kv := range r.measured[kind] {
		if x, err := strconv.ParseFloat(kv[key], 64); err == nil {
			v = append(v, x)
		}
	}
	return median(v)
}

// A row of the main table.
type row struct {
	figure, median, perOp, target, result, note string
}

// benchRow is the row of one Go benchmark with a target in ns (0: none).
func (r *report) benchRow(figure, key string, target float64, targetText, missNote string) row {
	b := r.bench[key]
	if b == nil || len(b.ns) == 0 {
		return row{figure: figure, median: "not run", target: targetText, result: "—",
			note: fmt.Sprintf("`%s` is missing from the benchmark output", key)}
	}
	m := median(b.ns)
	rw := row{figure: figure, median: fmt.Sprintf("%s (%d runs)", duration(m), len(b.ns)),
		perOp:  fmt.Sprintf("%s, %s allocs", bytesText(median(b.bytes)), count(median(b.all))),
		target: targetText, result: "—"}
	if target > 0 {
		rw.result = r.verdict(m <= target)
		if m > target {
			rw.note = missNote
		}
	}
	return rw
}

func (r *report) verdict(ok bool) string {
	if ok {
		return "✅ pass"
	}
	r.misses++
	return "❌ miss"
}

const (
	scrubNote = "**Profile** (`go test -run '^$' -bench ScrubStep -cpuprofile cpu.prof ./app`): the views' own " +
		"update is the next row (microseconds); over 90% is `test.(*canvas).Capture`, Fyne's software " +
		"painter (`driver/software`), which rebuilds the whole frame every time. About 40% is text: " +
		"every text object is re-shaped with HarfBuzz each frame (`painter.walkString` → " +
		"`HarfbuzzShaper.Shape`, with a new `harfbuzz.Font` per call) and its glyphs rasterised again " +
		"(`go-text/render`, `rasterx`). About half is compositing with the generic `image/draw` path " +
		"(`DrawMask` through `NRGBA.RGBA64At`/`SetRGBA64`: Go's fast paths are for `*image.RGBA` " +
		"destinations, the painter draws into `*image.NRGBA`); a third of the total is the two " +
		"full-frame composites in `Capture` itself (the background fill, then the painted frame " +
		"drawn over it). In the real window the GL painter caches a texture per " +
		"text object and redraws only what changed, so this figure is the headless worst case, " +
		"not the window's frame time. What stands in the way is in Fyne, not here: a software " +
		"painter that caches rendered text (or draws only dirty regions)."
	startupNote = "**Profile** (`PENINSULA_MEASURE_CPUPROFILE=cpu.prof measure startup` under Xvfb): " +
		"the gap to the bare window is building the UI (`NewUI`: the reader lays out the whole " +
		"story, so Fyne measures every word — HarfBuzz shaping and, the first time each text style " +
		"is used, parsing the theme font, Fyne's fallback Noto Sans, its 4 MB emoji font and a " +
		"system fallback font from disk), loading the map (GeoJSON decoding) and painting the " +
		"larger first frame (text textures, the map raster)."
	rssNote = "**Profile** (heap profile after 1,000 scrub steps): about two-thirds of the live Go heap " +
		"is Fyne's parsed fonts — for each text style (regular, bold, italic, bold italic, " +
		"symbol) Fyne parses the theme font, its fallback Noto Sans, its bundled 4.2 MB " +
		"EmojiOneColor font and a system font (go-text `opentype.Loader.findTableBuffer`, " +
		"`tables.ParseGlyf`); the bare window uses one style. Most of the rest of the difference " +
		"is GC headroom (GOGC=100 lets the heap reach twice the live set while start-up's " +
		"text measuring makes garbage) and the map's images and their GL textures. Building " +
		"with `-tags no_emoji` (no emoji in the story or UI) removes ~14 MB of live heap."
)

func (r *report) rows() []row {
	rows := []row{
		r.benchRow("Map render 1600×1000", "peninsula/geo.BenchmarkRender/1600x1000", 12e6, "≤ 12 ms", ""),
		r.benchRow("Map render 3840×2160", "peninsula/geo.BenchmarkRender/3840x2160", 0, "—", ""),
		r.benchRow("Hit test", "peninsula/geo.BenchmarkHitTest", 0, "—", ""),
		r.benchRow("Story parse + validate (korea.story.md)", "peninsula/story.BenchmarkParse", 5e6, "≤ 5 ms", ""),
		r.benchRow("Link resolution (a moment → events, passages, places)", "peninsula/app.BenchmarkResolve", 50e3, "≤ 50 µs", ""),
		r.benchRow("Scrub step, window software-rendered at 1600×1000", "peninsula/app.BenchmarkScrubStep", 16e6, "≤ 16 ms", scrubNote),
		r.benchRow("Scrub step, the views' update only (no render)", "peninsula/app.BenchmarkScrubViews", 0, "—", ""),
		r.benchRow("Snapshot to PNG 1600×1000 (software render + png.Encode)", "peninsula/app.BenchmarkSnapshotPNG", 0, "—", ""),
	}
	if r.measured == nil {
		return append(rows,
			row{figure: "Start-up to first frame (real window)", median: "not measured", target: "≤ bare + 0.3 s", result: "—", note: "run `make bench` (needs Xvfb)"},
			row{figure: "Peak RSS after scrub steps (real window)", median: "not measured", target: "≤ bare + 60 MB", result: "—", note: "run `make bench` (needs Xvfb)"})
	}
	app, bare := r.measuredMedian("startup", "first-frame-ms"), r.measuredMedian("bare", "first-frame-ms")
	st := row{figure: "Start-up to first frame (real window, Xvfb)",
		median: fmt.Sprintf("%.2f s; bare Fyne window %.2f s (%d runs each)", app/1000, bare/1000, len(r.measured["startup"])),
		perOp:  fmt.Sprintf("+%.2f s", (app-bare)/1000),
		target: fmt.Sprintf("≤ bare + 0.3 s = %.2f s", bare/1000+0.3)}
	st.result = r.verdict(app <= bare+300)
	if app > bare+300 {
		st.note = startupNote
	}
	rows = append(rows, st)
	appKB, bareKB := r.measuredMedian("rss", "vmhwm-kb"), r.measuredMedian("bare-rss", "vmhwm-kb")
	m := row{figure: fmt.Sprintf("Peak RSS (VmHWM) after %d scrub steps (real window, Xvfb)", r.steps),
		median: fmt.Sprintf("%.0f MB; bare Fyne window %.0f MB (%d runs each)", appKB/1024, bareKB/1024, len(r.measured["rss"])),
		perOp:  fmt.Sprintf("+%.0f MB", (appKB-bareKB)/1024),
		target: fmt.Sprintf("≤ bare + 60 MB = %.0f MB", bareKB/1024+60)}
	m.result = r.verdict(appKB <= bareKB+60*1024)
	if appKB > bareKB+60*1024 {
		m.note = rssNote
	}
	appStep := r.measuredMedian("rss", "seconds") / float64(r.steps) * 1e9
	bareStep := r.measuredMedian("bare-rss", "seconds") / float64(r.steps) * 1e9
	frame := row{figure: "Scrub step in the real window: step → painted frame (Xvfb, Mesa llvmpipe, 60 Hz loop)",
		median: fmt.Sprintf("%s; bare window (label change) %s", duration(appStep), duration(bareStep)),
		target: "—", result: "—"}
	return append(rows, m, frame)
}
