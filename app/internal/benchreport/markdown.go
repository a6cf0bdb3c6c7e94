package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Writing BENCHMARKS.md: the tables, the machine and number formatting.

func (r *report) write(w io.Writer) {
	rows := r.rows() // counts the misses
	fmt.Fprintln(w, "# Benchmarks")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Written by `make bench` (`app/internal/benchreport`); do not edit by hand. Each figure is the")
	fmt.Fprintln(w, "median of its runs: Go benchmarks with `-benchmem -count 5`; the real-window figures from")
	fmt.Fprintln(w, "the measure command (app/internal/measure) in the GLFW window under Xvfb, next to a bare Fyne window (one label) in")
	fmt.Fprintln(w, "the same binary and the same run.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Machine")
	fmt.Fprintln(w)
	for _, l := range machine(r.cpuLine) {
		fmt.Fprintf(w, "- %s\n", l)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Figures")
	fmt.Fprintln(w)
	if r.misses == 0 {
		fmt.Fprintln(w, "Every figure with a target meets it.")
	} else {
		fmt.Fprintf(w, "%d figure(s) miss their target; the note under the table says what the profile shows.\n", r.misses)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Figure | Median | Per op / difference | Target | Result |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	var notes []string
	for _, rw := range rows {
		res := rw.result
		if rw.note != "" {
			notes = append(notes, fmt.Sprintf("%d. %s — %s", len(notes)+1, rw.figure, rw.note))
			res += fmt.Sprintf(" (note %d)", len(notes))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", rw.figure, rw.median, orDash(rw.perOp), rw.target, res)
	}
	if len(notes) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "### Notes")
		fmt.Fprintln(w)
		for _, n := range notes {
			fmt.Fprintln(w, n)
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "How the real-window figures are taken (see `app/measure.go`): the clock starts in the")
	fmt.Fprintln(w, "launcher just before it starts the process (`PENINSULA_MEASURE_T0`) and stops when the")
	fmt.Fprintln(w, "first frame that paints the window's content has been drawn and its buffers swapped (a")
	fmt.Fprintln(w, "1×1 probe raster on top of the content signals from inside the GL paint; the time is")
	fmt.Fprintln(w, "taken on the main loop's next turn). Peak RSS is VmHWM from `/proc/self/status` after")
	fmt.Fprintln(w, "the scrub steps, each driven through the app's `State` with `fyne.DoAndWait` and followed")
	fmt.Fprintln(w, "by a painted frame; the bare window paints the same number of frames (its label changes).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## All benchmarks")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Package | Benchmark | Runs | Median time/op | B/op | allocs/op |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
	keys := make([]string, 0, len(r.bench))
	for k := range r.bench {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b := r.bench[k]
		fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s |\n", strings.TrimPrefix(b.pkg, "peninsula/"), b.name,
			len(b.ns), duration(median(b.ns)), bytesText(median(b.bytes)), count(median(b.all)))
	}
	if len(r.raw) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "<details><summary>Raw real-window measurements</summary>")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "```")
		for _, l := range r.raw {
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w, "```")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "</details>")
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// machine describes where the figures were taken.
func machine(cpu string) []string {
	if model := cpuModel(); model != "" {
		cpu = model
	}
	var l []string
	l = append(l, fmt.Sprintf("CPU: %s, %d cores (GOMAXPROCS %d)", orDash(cpu), runtime.NumCPU(), runtime.GOMAXPROCS(0)))
	if mem := memTotal(); mem != "" {
		l = append(l, "Memory: "+mem)
	}
	osName := runtime.GOOS + "/" + runtime.GOARCH
	if rel, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		osName += ", Linux " + strings.TrimSpace(string(rel))
	}
	if pretty := osRelease(); pretty != "" {
		osName += ", " + pretty
	}
	l = append(l, "OS: "+osName)
	l = append(l, "Go: "+runtime.Version())
	if rev, err := exec.Command("git", "describe", "--always", "--dirty").Output(); err == nil {
		l = append(l, "Commit: "+strings.TrimSpace(string(rev)))
	}
	if d := os.Getenv("DISPLAY"); d != "" {
		l = append(l, "Display: "+d+" (Xvfb under make bench; OpenGL is Mesa's software rasteriser)")
	}
	l = append(l, "Date: "+time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	return l
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func memTotal() string {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return fmt.Sprintf("%.1f GB", kb/1024/1024)
		}
	}
	return ""
}

func osRelease() string {
	data, err := os.ReadFile("/etc/os-release")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}

// duration formats nanoseconds.
func duration(ns float64) string {
	switch {
	case math.IsNaN(ns):
		return "—"
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.2f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func bytesText(b float64) string {
	switch {
	case math.IsNaN(b):
		return "—"
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}

func count(n float64) string {
	if math.IsNaN(n) {
		return "—"
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}
