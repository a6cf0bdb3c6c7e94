// Command measure is the real-window half of `make bench`: it opens
// Peninsula's window (or a bare Fyne window) in the real GLFW driver, under
// Xvfb in make bench, and prints one line of key=value pairs:
//
//	measure startup    process start → first frame of Peninsula's window
//	measure bare       process start → first frame of a bare Fyne window (a label)
//	measure rss        peak RSS (VmHWM) of Peninsula's window after N scrub steps
//	measure bare-rss   peak RSS of the bare window after N frames
//
// It is its own command so that none of it ships in the peninsula binary.
//
// "Process start" is the launcher's clock just before it started the
// process, passed in PENINSULA_MEASURE_T0 (Unix nanoseconds); without it,
// the kernel's start time of the process (/proc/self/stat, 10 ms ticks).
//
// "First frame" is the end of the first frame that paints the window's
// content: a 1×1 transparent probe raster sits on top of the content, so
// the GL painter calls its generator while it paints that frame, after
// everything under it; the generator queues a function on the main loop
// (fyne.Do), which runs once the frame is painted and its buffers swapped.
// The time is taken there. (Fyne's lifecycle OnStarted is no first-frame
// signal: in v2.7.1's GLFW driver it runs after the first frame.)
//
// PENINSULA_MEASURE_CPUPROFILE and PENINSULA_MEASURE_MEMPROFILE name files
// for a CPU profile of the whole measurement and a heap profile at its end.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"peninsula/app"
	"peninsula/app/display"
	_ "peninsula/app/startenv" // before Fyne reads the locale
)

// The real-window measurements behind `make bench` (the hidden command
// `peninsula measure KIND`). They run in the real GLFW window, under Xvfb
// in make bench, and each prints one line of key=value pairs:
//
//	startup     process start → first frame of Peninsula's window
//	bare        process start → first frame of a bare Fyne window (a label)
//	scrub       N scrub steps through the whole story (layer changes and
//	            reveals included): each step → its painted frame (p50, p99),
//	            CPU per step by thread (main, llvmpipe, other), peak RSS
//	bare-scrub  the same for a bare window whose label changes each step
//	pan         N drags of the map by 24 px, each → its painted frame
//	zoom        N wheel notches on the map, in and out in turn
//
// "Process start" is the launcher's clock just before it started the
// process, passed in MeasureT0Env (Unix nanoseconds); without it, the
// kernel's start time of the process (/proc/self/stat, 10 ms ticks).
//
// "First frame" is the end of the first frame that paints the window's
// content: a 1×1 transparent probe raster sits on top of the content, so
// the GL painter calls its generator while it paints that frame, after
// everything under it; the generator queues a function on the main loop
// (fyne.Do), which runs once the frame is painted and its buffers swapped.
// The time is taken there. (Fyne's lifecycle OnStarted is no first-frame
// signal: in v2.7.1's GLFW driver it runs after the first frame.)
//
// PENINSULA_MEASURE_CPUPROFILE and PENINSULA_MEASURE_MEMPROFILE name files
// for a CPU profile of the whole measurement and a heap profile at its end.
const MeasureT0Env = "PENINSULA_MEASURE_T0"

// appID keeps the measurement's preferences apart from the user's.
const appID = "org.peninsula.explainer.measure"

func main() {
	if len(os.Args) < 2 || strings.HasPrefix(os.Args[1], "-") {
		fmt.Fprintf(os.Stderr, "usage: measure KIND [--steps N] [--gc PERCENT]\nKIND is one of %s\n", strings.Join(MeasureKinds, ", "))
		os.Exit(2)
	}
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	steps := fs.Int("steps", 1000, "steps (scrub, pan, zoom) or frames (bare-scrub)")
	gc := fs.Int("gc", 30, "the Go GC percent (debug.SetGCPercent); 30 as in the app")
	if err := fs.Parse(os.Args[2:]); err != nil {
		os.Exit(2)
	}
	debug.SetGCPercent(*gc)
	if err := display.Reachable(); err != nil {
		fmt.Fprintf(os.Stderr, "measure: no display found (%v); run it under Xvfb (make bench does)\n", err)
		os.Exit(2)
	}
	// Start from a first start every time: the app remembers the moment
	// and the map's view, which would make each run begin elsewhere.
	cfg, err := os.MkdirTemp("", "peninsula-measure")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Setenv("XDG_CONFIG_HOME", cfg)
	err = Measure(fyneapp.NewWithID(appID), os.Args[1], *steps, os.Stdout)
	os.RemoveAll(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// MeasureKinds are the measurements Measure knows.
var MeasureKinds = []string{"startup", "bare", "scrub", "bare-scrub", "pan", "zoom"}

// Measure runs measurement kind in app a (a real, GLFW app), printing its
// line to out. It blocks until the window has closed.
func Measure(a fyne.App, kind string, steps int, out io.Writer) error {
	t0, clock, err := processStart()
	if err != nil {
		return fmt.Errorf("measure: %v", err)
	}
	if steps < 1 {
		return fmt.Errorf("measure: --steps %d: want at least 1", steps)
	}
	if !slices.Contains(MeasureKinds, kind) {
		return fmt.Errorf("measure: unknown measurement %q (want %s)", kind, strings.Join(MeasureKinds, ", "))
	}
	bare := kind == "bare" || kind == "bare-scrub"
	if path := os.Getenv("PENINSULA_MEASURE_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("measure: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("measure: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	probe := newFrameProbe()
	var (
		w     fyne.Window
		u     *app.UI
		label *widget.Label
	)
	if bare {
		w = a.NewWindow("Bare")
		label = widget.NewLabel("Peninsula")
		w.SetContent(container.NewStack(label, probe.layer))
	} else {
		// Peninsula's window as the app opens it, with the probe on top.
		if w, u, err = app.NewWindow(a, app.Options{}); err != nil {
			return err
		}
		w.SetContent(container.NewStack(u.Content(), probe.layer))
	}
	w.Resize(app.DefaultSize)

	var (
		result  string
		failure error
		once    sync.Once
	)
	finish := func(line string, err error) {
		once.Do(func() {
			if path := os.Getenv("PENINSULA_MEASURE_MEMPROFILE"); path != "" && err == nil {
				err = writeHeapProfile(path)
			}
			result, failure = line, err
			fyne.Do(a.Quit)
		})
	}
	go func() {
		if !probe.wait(60 * time.Second) {
			finish("", fmt.Errorf("measure: no frame within 60 s"))
			return
		}
		first := probe.first.Sub(t0)
		if kind == "startup" || kind == "bare" {
			// Quitting at once sometimes crashed GLFW on an input event
			// still queued for the window; let the loop drain first (the
			// time was taken above).
			time.Sleep(300 * time.Millisecond)
			finish(fmt.Sprintf("measure %s first-frame-ms=%.1f clock=%s", kind, millis(first), clock), nil)
			return
		}
		time.Sleep(500 * time.Millisecond) // let start-up settle
		line, err := runSteps(kind, steps, stepper(kind, steps, u, label), probe)
		if err == nil {
			line += fmt.Sprintf(" first-frame-ms=%.1f", millis(first))
		}
		finish(line, err)
	}()
	w.ShowAndRun()
	if failure != nil {
		return failure
	}
	if result == "" {
		return fmt.Errorf("measure: the window closed before the measurement")
	}
	_, err = fmt.Fprintln(out, result)
	return err
}

// stepper returns step i of a measurement: what the user (or the player)
// does between two frames.
func stepper(kind string, steps int, u *app.UI, label *widget.Label) func(i int) {
	switch kind {
	case "bare-scrub":
		return func(i int) { label.SetText("Peninsula " + strconv.Itoa(i)) }
	case "pan":
		return func(i int) {
			d := float32(24)
			if (i/20)%2 == 1 {
				d = -d // back and forth, 20 steps each way
			}
			u.MapView.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: d, DY: d / 3}})
		}
	case "zoom":
		return func(i int) {
			d := float32(25) // a wheel notch
			if (i/4)%2 == 1 {
				d = -d
			}
			c := u.MapView.Size()
			u.MapView.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(c.Width/2, c.Height/2)},
				Scrolled: fyne.Delta{DY: d}})
		}
	}
	l := u.Explainer.Linker
	start, end := l.Schedule.Start(), l.LastMoment()
	span := end.Sub(start)
	return func(i int) {
		u.State.SetTime(start.Add(time.Duration(int64(span)/int64(steps)*int64(i))), app.FromTimeline)
	}
}

// runSteps does the steps, each on the main loop, each waiting for the
// frame that shows it (the probe is refreshed with the step), and reports
// the step → painted frame times, the CPU per step of each kind of thread
// and the peak RSS.
func runSteps(kind string, steps int, step func(int), probe *frameProbe) (string, error) {
	cpu0, _, err := threadCPU()
	if err != nil {
		return "", fmt.Errorf("measure: %v", err)
	}
	lat := make([]time.Duration, 0, steps)
	began := time.Now()
	for i := range steps {
		t := time.Now()
		fyne.DoAndWait(func() {
			step(i)
			probe.raster.Refresh()
		})
		if !probe.wait(10 * time.Second) {
			return "", fmt.Errorf("measure: step %d: no frame within 10 s", i)
		}
		lat = append(lat, probe.last.Sub(t))
	}
	elapsed := time.Since(began)
	split, err := cpuSince(cpu0)
	if err != nil {
		return "", fmt.Errorf("measure: %v", err)
	}
	hwm, cur, err := procMemory()
	if err != nil {
		return "", fmt.Errorf("measure: %v", err)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return millis(lat[min(len(lat)-1, int(p*float64(len(lat))))]) }
	per := func(d time.Duration) float64 { return millis(d) / float64(steps) }
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	return fmt.Sprintf("measure %s steps=%d p50-ms=%.2f p99-ms=%.2f max-ms=%.2f main-cpu-ms=%.2f llvmpipe-cpu-ms=%.2f other-cpu-ms=%.2f"+
		" vmhwm-kb=%d vmrss-kb=%d go-sys-kb=%d seconds=%.1f",
		kind, steps, pct(0.5), pct(0.99), millis(lat[len(lat)-1]), per(split.main), per(split.llvmpipe), per(split.other),
		hwm, cur, mem.Sys>>10, elapsed.Seconds()), nil
}

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
