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

// Writing BENCHMARKS.md: the tables, the notes, the machine and number
// formatting.

// write writes the report and returns how many targets were missed and how
// many figures failed to be measured.
func (r *report) write(w io.Writer) (misses, failures int) {
	rows := r.rows()
	for _, rw := range rows {
		switch rw.result {
		case miss:
			misses++
		case failed:
			failures++
		}
	}
	fmt.Fprintln(w, "# Benchmarks")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Written by `make bench` (`app/internal/benchreport`); do not edit by hand. Each figure is the")
	fmt.Fprintln(w, "median of its runs: Go benchmarks with `-benchmem -count 5`; the real-window figures from the")
	fmt.Fprintln(w, "measure command (`app/internal/measure`) in the GLFW window under Xvfb. Absolute times drift on")
	fmt.Fprintln(w, "this machine, so every timing with a yardstick is taken beside it in the same run (the app and a")
	fmt.Fprintln(w, "bare Fyne window alternately; `peninsula snapshot` and the gg baseline alternately) and compared")
	fmt.Fprintln(w, "as a ratio or a difference.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Machine")
	fmt.Fprintln(w)
	for _, l := range machine(r.cpuLine) {
		fmt.Fprintf(w, "- %s\n", l)
	}
	if r.took > 0 {
		fmt.Fprintf(w, "- Measurements and profiles after the Go benchmarks: %v\n", r.took.Round(time.Second))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Figures")
	fmt.Fprintln(w)
	switch {
	case misses == 0 && failures == 0:
		fmt.Fprintln(w, "Every figure with a target meets it.")
	default:
		fmt.Fprintf(w, "%d figure(s) miss their target and %d could not be measured.\n", misses, failures)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Figure | This build | Beside it, same run | Target | Result |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	var order []string // note keys in order of first use
	number := map[string]int{}
	for _, rw := range rows {
		res := rw.result
		key := rw.note
		if key == "" && rw.result == miss {
			key = rw.profile
		}
		if key != "" && r.notes[key] != "" {
			if number[key] == 0 {
				order = append(order, key)
				number[key] = len(order)
			}
			res += fmt.Sprintf(" (note %d)", number[key])
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", rw.figure, rw.value, orDash(rw.beside), rw.target, res)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "How the real-window figures are taken (`app/internal/measure`): a 1×1 transparent probe raster")
	fmt.Fprintln(w, "on top of the content is painted last in every frame; its generator queues a call on the main")
	fmt.Fprintln(w, "loop, which runs once the frame is drawn and swapped. Each step (a scrub to the next moment, a")
	fmt.Fprintln(w, "24 px map drag, a wheel notch; for the bare window a label change) runs on the main loop with")
	fmt.Fprintln(w, "`fyne.DoAndWait`, refreshes the probe and waits for that call: step → painted frame. CPU per")
	fmt.Fprintln(w, "step is read per thread from `/proc/self/task/*/schedstat` (the main thread, Mesa's llvmpipe")
	fmt.Fprintln(w, "threads, the others); peak RSS is VmHWM from `/proc/self/status` after the steps. First frame")
	fmt.Fprintln(w, "is timed from the launcher's clock at exec (`PENINSULA_MEASURE_T0`) to the first painted frame.")
	if len(order) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "### Notes (from this run's profiles)")
		fmt.Fprintln(w)
		for i, key := range order {
			fmt.Fprintf(w, "%d. **%s** — %s\n\n", i+1, noteTitle(key), r.notes[key])
		}
	}
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
		fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s |\n", b.pkg, b.name,
			len(b.ns), duration(median(b.ns)), bytesText(median(b.bytes)), count(median(b.all)))
	}
	if len(r.raw) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "## Raw measurements")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "```")
		for _, l := range r.raw {
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w, "```")
	}
	return misses, failures
}

// noteTitle names what a note's profile is of.
func noteTitle(key string) string {
	switch key {
	case "scrub", "pan", "zoom":
		return "Real window, " + key + " (CPU profile)"
	case "startup":
		return "Start-up (CPU profile)"
	case "heap":
		return "Peak RSS (heap profile)"
	}
	return "`" + strings.TrimPrefix(strings.TrimPrefix(key, "bench:"), modulePath+"/") + "` (CPU profile)"
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
