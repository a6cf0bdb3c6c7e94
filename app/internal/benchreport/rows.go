package main

import (
	"fmt"
	"math"
	"strings"
)

// The rows of the figures table, with issue 11's targets. Every timing
// that has a yardstick (the bare Fyne window, the gg baseline) is compared
// with it as measured in the same run.

// A row of the figures table.
type row struct {
	figure, value, beside, target, result string
	note                                  string // key of the note under the table (r.notes), if any
	profile                               string // on a miss: the note key to make from a new profile
}

const (
	pass    = "✅ pass"
	miss    = "❌ miss"
	failed  = "⚠️ failed"
	noCheck = "—"
)

func verdict(ok bool) string {
	if ok {
		return pass
	}
	return miss
}

func (r *report) rows() []row {
	var rows []row
	if r.opt.bin == "" {
		rows = append(rows, row{figure: "Real-window figures", value: "not measured (no -bin)", target: noCheck, result: noCheck})
	} else {
		rows = append(rows,
			r.windowRow("Scrub step → painted frame, p50 (real window)", "scrub", "p50-ms", 16.7, "scrub"),
			r.windowRow("Scrub step → painted frame, p99 (real window)", "scrub", "p99-ms", 33, "scrub"),
			r.windowRow("Scrub step: main-thread CPU per step", "scrub", "main-cpu-ms", 3, "scrub"),
			r.threadsRow(),
			r.moveRow("Map drag (pan) step → painted frame, p50", "pan"),
			r.moveRow("Wheel (zoom) step → painted frame, p50", "zoom"),
			r.startupRow(),
			r.rssRow(),
			r.gcRow(),
		)
	}
	rows = append(rows,
		r.mapRenderRow(),
		r.snapshotProcessRow(),
		r.benchRow("Snapshot's in-process render: the whole window software-rendered at 1600×1000 once",
			"peninsula/app.BenchmarkWindowRender", 40e6, "≤ 40 ms"),
		r.benchRow("`peninsula snapshot` in process (app, data, render, PNG)", "peninsula.BenchmarkSnapshotCommand", 0, ""),
		r.benchRow("Snapshot to PNG 1600×1000 (software render + png.Encode)", "peninsula/app.BenchmarkSnapshotPNG", 0, ""),
		r.benchRow("Scrub step with Fyne's software painter at 1600×1000 (headless worst case, not the window's frame)",
			"peninsula/app.BenchmarkScrubStep", 0, ""),
		r.benchRow("Scrub step, the views' update only (no render)", "peninsula/app.BenchmarkScrubViews", 0, ""),
		r.benchRow("Story parse + validate (korea.story.md)", "peninsula/story.BenchmarkParse", 5e6, "≤ 5 ms"),
		r.benchRow("Link resolution (a moment → events, passages, places)", "peninsula/link.BenchmarkResolve", 50e3, "≤ 50 µs"),
		r.benchRow("Map base render as the map widget draws it (land and top layer apart), 1600×1000",
			"peninsula/geo.BenchmarkRenderLayers/1600x1000", 0, ""),
		r.benchRow("Map frame after a selection change (copy, outlines, top layer)", "peninsula/geo.BenchmarkFrame", 0, ""),
		r.benchRow("Place labels", "peninsula/geo.BenchmarkPlaceLabels", 0, ""),
		r.benchRow("Hit test", "peninsula/geo.BenchmarkHitTest", 0, ""),
	)
	return rows
}

// failedRow is a row whose measurement did not run.
func failedRow(figure, why, target string) row {
	return row{figure: figure, value: why, target: target, result: failed}
}

// windowRow is one key of the real window's runs (label) in ms, beside the
// bare window's, against limit.
func (r *report) windowRow(figure, label, key string, limit float64, note string) row {
	s := r.measured[label]
	target := fmt.Sprintf("≤ %g ms", limit)
	if f := s.failure(); f != "" {
		return failedRow(figure, f, target)
	}
	v := s.median(key)
	rw := row{figure: figure, target: target, note: note, result: verdict(v <= limit),
		value: fmt.Sprintf("%.2f ms (%s × %s steps)", v, s.count(), s.runs[0]["steps"])}
	rw.beside = r.bareText(key, v)
	return rw
}

// bareText is the bare window's median of key (ms) and the ratio of v to it.
func (r *report) bareText(key string, v float64) string {
	bare := r.measured["bare-scrub"]
	if f := bare.failure(); f != "" {
		return "bare window " + f
	}
	b := bare.median(key)
	return fmt.Sprintf("bare window %.2f ms (%s); ×%.2f", b, bare.count(), v/b)
}

func (r *report) threadsRow() row {
	const figure = "Scrub step: CPU per step on llvmpipe's threads / other threads"
	s, bare := r.measured["scrub"], r.measured["bare-scrub"]
	if f := s.failure(); f != "" {
		return failedRow(figure, f, noCheck)
	}
	rw := row{figure: figure, target: noCheck, result: noCheck, note: "scrub",
		value: fmt.Sprintf("%.2f ms / %.2f ms", s.median("llvmpipe-cpu-ms"), s.median("other-cpu-ms"))}
	if f := bare.failure(); f != "" {
		rw.beside = "bare window " + f
	} else {
		rw.beside = fmt.Sprintf("bare window %.2f ms / %.2f ms", bare.median("llvmpipe-cpu-ms"), bare.median("other-cpu-ms"))
	}
	return rw
}

// moveRow is a map interaction's p50, with its p99 and main-thread CPU.
func (r *report) moveRow(figure, kind string) row {
	s := r.measured[kind]
	if f := s.failure(); f != "" {
		return failedRow(figure, f, "≤ 16.7 ms")
	}
	v := s.median("p50-ms")
	rw := row{figure: figure, target: "≤ 16.7 ms", result: verdict(v <= 16.7), note: kind,
		value: fmt.Sprintf("%.2f ms (p99 %.2f ms, main CPU %.2f ms/step; %s × %s steps)",
			v, s.median("p99-ms"), s.median("main-cpu-ms"), s.count(), s.runs[0]["steps"])}
	if bare := r.measured["bare-scrub"]; bare.failure() == "" {
		rw.beside = fmt.Sprintf("bare window %.2f ms (p99 %.2f ms, main CPU %.2f ms/step); ×%.2f",
			bare.median("p50-ms"), bare.median("p99-ms"), bare.median("main-cpu-ms"), v/bare.median("p50-ms"))
	} else {
		rw.beside = "bare window " + bare.failure()
	}
	return rw
}

func (r *report) startupRow() row {
	const figure = "Start-up to first frame (real window)"
	s, bare := r.measured["startup"], r.measured["bare"]
	if f := s.failure(); f != "" {
		return failedRow(figure, f, "≤ bare + 0.15 s")
	}
	if f := bare.failure(); f != "" {
		return failedRow(figure, "bare window "+f, "≤ bare + 0.15 s")
	}
	app, b := s.median("first-frame-ms")/1000, bare.median("first-frame-ms")/1000
	return row{figure: figure, value: fmt.Sprintf("%.2f s (%s)", app, s.count()),
		beside: fmt.Sprintf("bare window %.2f s (%s); +%.2f s", b, bare.count(), app-b),
		target: fmt.Sprintf("≤ bare + 0.15 s = %.2f s", b+0.15), result: verdict(app <= b+0.15),
		profile: "startup"}
}

func (r *report) rssRow() row {
	s, bare := r.measured["scrub"], r.measured["bare-scrub"]
	figure := fmt.Sprintf("Peak RSS (VmHWM) after %d scrub steps (real window)", r.opt.scrubSteps)
	if f := s.failure(); f != "" {
		return failedRow(figure, f, "≤ bare + 40 MB")
	}
	if f := bare.failure(); f != "" {
		return failedRow(figure, "bare window "+f, "≤ bare + 40 MB")
	}
	app, b := s.median("vmhwm-kb")/1024, bare.median("vmhwm-kb")/1024
	return row{figure: figure, value: fmt.Sprintf("%.0f MB (%s)", app, s.count()),
		beside: fmt.Sprintf("bare window %.0f MB (%s); +%.0f MB", b, bare.count(), app-b),
		target: fmt.Sprintf("≤ bare + 40 MB = %.0f MB", b+40), result: verdict(app <= b+40),
		profile: "heap"}
}

// gcRow sets the app's GC percent (30) beside Go's default (100).
func (r *report) gcRow() row {
	const figure = "GC setting: peak RSS and main + other CPU per step at `--gc 30` (the app's) and `--gc 100`"
	s, g := r.measured["scrub"], r.measured["scrub-gc100"]
	text := func(s *samples) string {
		return fmt.Sprintf("peak %.0f MB, CPU %.2f + %.2f = %.2f ms/step (%s)", s.median("vmhwm-kb")/1024,
			s.median("main-cpu-ms"), s.median("other-cpu-ms"), s.median("main-cpu-ms")+s.median("other-cpu-ms"), s.count())
	}
	if f := s.failure(); f != "" {
		return failedRow(figure, f, noCheck)
	}
	rw := row{figure: figure, value: "--gc 30: " + text(s), target: noCheck, result: noCheck}
	if f := g.failure(); f != "" {
		rw.beside = "--gc 100: " + f
		return rw
	}
	cpu := func(s *samples) float64 { return s.median("main-cpu-ms") + s.median("other-cpu-ms") }
	rw.beside = fmt.Sprintf("--gc 100: %s; 30 saves %.0f MB for %+.2f ms/step", text(g),
		(g.median("vmhwm-kb")-s.median("vmhwm-kb"))/1024, cpu(s)-cpu(g))
	return rw
}

const renderKey = "peninsula/geo.BenchmarkRender/1600x1000"

// mapRenderRow is the map's base render against gg's drawing of the same
// region, both from this run.
func (r *report) mapRenderRow() row {
	const figure = "Map base render 1600×1000 (`geo.BenchmarkRender/1600x1000`) vs gg's drawing (-w 1600)"
	b, gg := r.bench[renderKey], r.measured["gg-draw"]
	if b == nil || len(b.ns) == 0 {
		return failedRow(figure, "failed: `"+renderKey+"` is missing from the benchmark output", "≤ 0.15× gg")
	}
	v := median(b.ns) / 1e6
	rw := row{figure: figure, value: fmt.Sprintf("%.2f ms (%s)", v, plural(len(b.ns), "run")), target: "≤ 0.15× gg"}
	if f := gg.failure(); f != "" {
		rw.beside, rw.result = "gg "+f, failed
		return rw
	}
	g := gg.median("ms")
	rw.beside = fmt.Sprintf("gg draw-ms %.2f ms (%s); ×%.3f", g, gg.count(), v/g)
	rw.target = fmt.Sprintf("≤ 0.15× gg = %.2f ms", 0.15*g)
	rw.result = verdict(v <= 0.15*g)
	rw.profile = "bench:" + renderKey
	return rw
}

// snapshotProcessRow is `peninsula snapshot` against the gg process, run
// alternately.
func (r *report) snapshotProcessRow() row {
	const figure = "`peninsula snapshot -o X.png --size 1600x1000` as a process (exec → exit) vs the gg process"
	s, gg := r.measured["snapshot-process"], r.measured["gg-process"]
	if f := s.failure(); f != "" {
		return failedRow(figure, f, "≤ 0.5× gg")
	}
	v := s.median("ms")
	rw := row{figure: figure, value: fmt.Sprintf("%.0f ms (%s)", v, s.count()), target: "≤ 0.5× gg"}
	if f := gg.failure(); f != "" {
		rw.beside, rw.result = "gg "+f, failed
		return rw
	}
	g := gg.median("ms")
	rw.beside = fmt.Sprintf("gg process %.0f ms (%s, alternating); ×%.2f", g, gg.count(), v/g)
	rw.target = fmt.Sprintf("≤ 0.5× gg = %.0f ms", 0.5*g)
	rw.result = verdict(v <= 0.5*g)
	rw.profile = "bench:peninsula.BenchmarkSnapshotCommand"
	return rw
}

// benchRow is the row of one Go benchmark with a target in ns (0: none).
func (r *report) benchRow(figure, key string, limit float64, targetText string) row {
	if targetText == "" {
		targetText = noCheck
	}
	b := r.bench[key]
	if b == nil || len(b.ns) == 0 {
		return failedRow(figure, "failed: `"+key+"` is missing from the benchmark output", targetText)
	}
	m := median(b.ns)
	rw := row{figure: figure, value: fmt.Sprintf("%s (%s)", duration(m), plural(len(b.ns), "run")),
		beside: fmt.Sprintf("%s, %s allocs per op", bytesText(median(b.bytes)), count(median(b.all))),
		target: targetText, result: noCheck}
	if limit > 0 {
		rw.result = verdict(m <= limit)
		rw.profile = "bench:" + key
	}
	return rw
}

// cpuSummary summarises a CPU profile: the share of the root function
// (main.main: the main thread), Fyne's GL and software painters and cgo
// calls in it (cumulative), and the top functions by flat time without the
// cgo calls (the Go side).
func cpuSummary(flat, cum pprofTop, root string) string {
	base := cum.cum(root)
	if base == 0 {
		return fmt.Sprintf("no samples under `%s` (%s sampled in all)", root, secs(cum.total))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "`%s` %s of the %s sampled", root, secs(base), secs(cum.total))
	if cum.duration > 0 {
		fmt.Fprintf(&b, " over %s", secs(cum.duration))
	}
	pct := func(v float64) string { return fmt.Sprintf("%.0f%%", 100*v/base) }
	var groups []string
	for _, g := range []struct{ name, prefix string }{
		{"Fyne's GL paint (`painter/gl`)", "fyne.io/fyne/v2/internal/painter/gl."},
		{"Fyne's software painter (`painter/software`)", "fyne.io/fyne/v2/internal/painter/software."},
		{"cgo calls (`runtime.cgocall`: C code such as Mesa's GL and GLFW)", "runtime.cgocall"},
	} {
		v := cum.cumPrefix(g.prefix)
		if g.prefix == "runtime.cgocall" {
			v = cum.cum(g.prefix) // not runtime.cgocallback…
		}
		if v > 0 {
			groups = append(groups, fmt.Sprintf("%s %s (%s)", g.name, secs(v), pct(v)))
		}
	}
	if len(groups) > 0 {
		fmt.Fprintf(&b, "; in it, cumulative: %s", strings.Join(groups, ", "))
	}
	if own := cum.largest("peninsula/"); own.cum > 0 {
		// The GL paint calls the app's raster generators (the map), so
		// this may lie inside it.
		fmt.Fprintf(&b, "; Peninsula's largest cumulative function: `%s` %s (%s)", shortFunc(own.fn), secs(own.cum), pct(own.cum))
	}
	var top []string
	for _, rw := range flat.rows {
		if rw.flat > 0 && rw.fn != "runtime.cgocall" {
			top = append(top, fmt.Sprintf("`%s` %.1f%%", shortFunc(rw.fn), 100*rw.flat/base))
		}
	}
	if len(top) > 0 {
		fmt.Fprintf(&b, "; the Go side's top functions by flat time (share of `%s`): %s", root, strings.Join(top, ", "))
	}
	return b.String() + "."
}

// heapSummary summarises a heap profile's live bytes.
func heapSummary(t pprofTop) string {
	var top []string
	for _, rw := range t.rows {
		if rw.flat > 0 && !strings.HasPrefix(rw.fn, "runtime/pprof.") { // the CPU profile's own buffers
			top = append(top, fmt.Sprintf("`%s` %s (%.0f%%)", shortFunc(rw.fn), bytesText(rw.flat), 100*rw.flat/t.total))
		}
	}
	return fmt.Sprintf("live Go heap after the steps %s; top by live bytes allocated: %s.", bytesText(t.total), strings.Join(top, ", "))
}

// secs formats seconds.
func secs(s float64) string {
	switch {
	case math.IsNaN(s):
		return "—"
	case s < 1:
		return fmt.Sprintf("%.0f ms", s*1000)
	}
	return fmt.Sprintf("%.2f s", s)
}
