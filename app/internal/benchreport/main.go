// Command benchreport writes BENCHMARKS.md from `go test -bench` output and
// from measurements it takes itself, as `make bench` runs it:
//
//	go test -run '^$' -bench . -benchmem -count 5 ./... > bench.txt
//	go build -o measure ./app/internal/measure
//	xvfb-run -a -s '-screen 0 1600x1000x24' go run ./app/internal/benchreport \
//	    -bench bench.txt -bin ./measure -peninsula ./peninsula -gg ../shared/tools/ggbaseline -o BENCHMARKS.md
//
// What it measures, in this order:
//
//   - the gg baseline (a plain Go map renderer, built from -gg in a
//     temporary directory): its draw-ms 5 times, the yardstick of the map's
//     base render (geo.BenchmarkRender/1600x1000 from bench.txt);
//   - `peninsula snapshot` and the gg process, alternately, 7 times each,
//     exec to exit;
//   - with -bin, the real window (app/internal/measure) under the display:
//     start-up and the bare window alternately (5 each); scrub and
//     bare-scrub alternately (3 each, 1,000 steps); one scrub at --gc 100;
//     pan and zoom (3 each, 400 steps). The first scrub, pan and zoom runs
//     write CPU profiles, the first scrub a heap profile too;
//   - the notes: those profiles read with go tool pprof, and for each
//     missed target a new profile (the benchmark again with -cpuprofile,
//     or one more profiled start-up).
//
// Figures are medians over runs. A run that fails is reported in its row as
// "failed: reason"; the report is written all the same.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type options struct {
	bench, bin, peninsula, gg, out, profiles string
	startRuns, scrubRuns, scrubSteps         int
	moveRuns, moveSteps, ggRuns, procRuns    int
}

// report collects the figures.
type report struct {
	opt      options
	bench    map[string]*result
	cpuLine  string
	measured map[string]*samples // by label: "scrub", "bare", "gg-draw", …
	notes    map[string]string   // by key: "scrub", "heap", "bench:KEY", …
	raw      []string            // the measurement lines, in order
	tmp      string
	ggBin    string
	ggErr    error
	took     time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.bench, "bench", "", "`file` of go test -bench -benchmem output (required)")
	flag.StringVar(&o.bin, "bin", "", "the measure command's `binary` (app/internal/measure) for the real-window figures (needs a display)")
	flag.StringVar(&o.peninsula, "peninsula", "", "the peninsula `binary`, for the snapshot process")
	flag.StringVar(&o.gg, "gg", "../shared/tools/ggbaseline", "the ggbaseline `folder` (read-only; built in a temporary copy)")
	flag.StringVar(&o.out, "o", "BENCHMARKS.md", "write the report to this `file`")
	flag.StringVar(&o.profiles, "profiles", ".cache/bench-profiles", "keep the profiles behind the notes in this `folder`")
	flag.IntVar(&o.startRuns, "startup-runs", 5, "start-up runs of each window")
	flag.IntVar(&o.scrubRuns, "scrub-runs", 3, "scrub runs of each window")
	flag.IntVar(&o.scrubSteps, "steps", 1000, "steps of each scrub run")
	flag.IntVar(&o.moveRuns, "move-runs", 3, "pan and zoom runs each")
	flag.IntVar(&o.moveSteps, "move-steps", 400, "steps of each pan and zoom run")
	flag.IntVar(&o.ggRuns, "gg-runs", 5, "gg draw-ms runs")
	flag.IntVar(&o.procRuns, "process-runs", 7, "runs each of the snapshot and gg processes")
	flag.Parse()
	if o.bench == "" {
		fmt.Fprintln(os.Stderr, "benchreport: -bench FILE is required")
		os.Exit(2)
	}
	data, err := os.ReadFile(o.bench)
	if err != nil {
		fatal(err)
	}
	r := &report{opt: o, bench: parseBench(data), cpuLine: cpuLine(data),
		measured: map[string]*samples{}, notes: map[string]string{}}
	began := time.Now()
	if err := r.measureAll(); err != nil {
		fatal(err)
	}
	r.took = time.Since(began)
	var buf bytes.Buffer
	misses, failures := r.write(&buf)
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("benchreport: wrote %s in %v (%d misses, %d failed measurements)\n", o.out, r.took.Round(time.Second), misses, failures)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchreport:", err)
	os.Exit(1)
}

func step(what string) {
	fmt.Fprintf(os.Stderr, "benchreport: %s (%s)\n", what, time.Now().Format("15:04:05"))
}

// measureAll takes every measurement and profile; only a missing folder
// for the profiles stops it.
func (r *report) measureAll() error {
	var err error
	if r.tmp, err = os.MkdirTemp("", "benchreport-"); err != nil {
		return err
	}
	defer os.RemoveAll(r.tmp)
	if err := os.MkdirAll(r.opt.profiles, 0o755); err != nil {
		return err
	}
	step("building and running the gg baseline")
	r.ggBin, r.ggErr = buildGG(r.opt.gg, r.tmp)
	r.measureGG(r.opt.ggRuns)
	step("timing the snapshot and gg processes")
	r.measureProcesses(r.opt.procRuns)
	if r.opt.bin != "" {
		r.measureWindow()
	}
	step("profiles for missed targets")
	for _, rw := range r.rows() {
		if rw.result != miss || rw.profile == "" || r.notes[rw.profile] != "" {
			continue
		}
		switch key := rw.profile; {
		case strings.HasPrefix(key, "bench:"):
			r.notes[key] = r.benchNote(strings.TrimPrefix(key, "bench:"))
		case key == "startup":
			prof := r.profilePath("startup.cpu.prof")
			r.measure("startup-profiled", "startup", nil, prof, "")
			r.notes[key] = cpuNote(r.madeBy(prof, "", "startup", nil, "one more run, not in the medians"), r.opt.bin, prof, mainRoot)
		case key == "heap":
			heap := r.profilePath("scrub.heap.prof")
			r.notes[key] = heapNote(r.madeBy(r.profilePath("scrub.cpu.prof"), heap, "scrub", r.scrubArgs(30), "run 1; the heap profile is written at its end"),
				r.opt.bin, heap)
		}
	}
	return nil
}

func (r *report) scrubArgs(gc int) []string {
	return []string{"--steps", strconv.Itoa(r.opt.scrubSteps), "--gc", strconv.Itoa(gc)}
}

func (r *report) profilePath(name string) string { return filepath.Join(r.opt.profiles, name) }

// madeBy names the measure command that wrote a profile.
func (r *report) madeBy(cpuProf, memProf, kind string, args []string, which string) string {
	var env []string
	if cpuProf != "" {
		env = append(env, "PENINSULA_MEASURE_CPUPROFILE="+cpuProf)
	}
	if memProf != "" {
		env = append(env, "PENINSULA_MEASURE_MEMPROFILE="+memProf)
	}
	return fmt.Sprintf("`%s` (%s)", shellJoin(append(append(env, r.opt.bin, kind), args...)), which)
}

// measureWindow runs the real-window measurements, the app and the bare
// window alternately so that drift on the machine hits both alike.
func (r *report) measureWindow() {
	step("start-up, the app and the bare window alternately")
	for range r.opt.startRuns {
		r.measure("startup", "startup", nil, "", "")
		r.measure("bare", "bare", nil, "", "")
	}
	step("scrub steps, the app and the bare window alternately")
	scrubCPU, scrubHeap := r.profilePath("scrub.cpu.prof"), r.profilePath("scrub.heap.prof")
	for i := range r.opt.scrubRuns {
		if i == 0 {
			r.measure("scrub", "scrub", r.scrubArgs(30), scrubCPU, scrubHeap)
		} else {
			r.measure("scrub", "scrub", r.scrubArgs(30), "", "")
		}
		r.measure("bare-scrub", "bare-scrub", r.scrubArgs(30), "", "")
	}
	step("scrub steps at --gc 100")
	r.measure("scrub-gc100", "scrub", r.scrubArgs(100), "", "")
	moves := []string{"--steps", strconv.Itoa(r.opt.moveSteps)}
	for _, kind := range []string{"pan", "zoom"} {
		step(kind + " steps")
		for i := range r.opt.moveRuns {
			prof := ""
			if i == 0 {
				prof = r.profilePath(kind + ".cpu.prof")
			}
			r.measure(kind, kind, moves, prof, "")
		}
	}
	step("reading the window profiles")
	r.notes["scrub"] = r.windowNote("scrub", scrubCPU, scrubHeap, r.scrubArgs(30), r.opt.scrubRuns)
	for _, kind := range []string{"pan", "zoom"} {
		r.notes[kind] = r.windowNote(kind, r.profilePath(kind+".cpu.prof"), "", moves, r.opt.moveRuns)
	}
}

// windowNote reads the CPU profile of the first run of kind.
func (r *report) windowNote(kind, prof, memProf string, args []string, runs int) string {
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		return "no profile: the profiled run wrote none (see the raw lines)"
	}
	made := r.madeBy(prof, memProf, kind, args, fmt.Sprintf("run 1 of %d; the profile covers the whole run, start-up included", runs))
	return cpuNote(made, r.opt.bin, prof, mainRoot)
}
