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
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"image"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"peninsula/app"
)

// The real-window measurements behind `make bench` (the hidden command
// `peninsula measure KIND`). They run in the real GLFW window, under Xvfb
// in make bench, and each prints one line of key=value pairs:
//
//	startup    process start → first frame of Peninsula's window
//	bare       process start → first frame of a bare Fyne window (a label)
//	rss        peak RSS (VmHWM) of Peninsula's window after N scrub steps
//	bare-rss   peak RSS of the bare window after N frames
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
	steps := fs.Int("steps", 1000, "scrub steps (rss) or frames (bare-rss)")
	gc := fs.Int("gc", 30, "the Go GC percent (debug.SetGCPercent); 30 as in the app")
	if err := fs.Parse(os.Args[2:]); err != nil {
		os.Exit(2)
	}
	debug.SetGCPercent(*gc)
	if err := Measure(fyneapp.NewWithID(appID), os.Args[1], *steps, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// MeasureKinds are the measurements Measure knows.
var MeasureKinds = []string{"startup", "bare", "rss", "bare-rss"}

// Measure runs measurement kind in app a (a real, GLFW app), printing its line to out. It blocks until the window has closed.
// steps is the number of scrub steps (or bare frames) for rss and bare-rss.
func Measure(a fyne.App, kind string, steps int, out io.Writer) error {
	t0, clock, err := processStart()
	if err != nil {
		return fmt.Errorf("measure: %v", err)
	}
	if steps < 1 {
		return fmt.Errorf("measure: --steps %d: want at least 1", steps)
	}
	bare := kind == "bare" || kind == "bare-rss"
	rss := kind == "rss" || kind == "bare-rss"
	if !bare && !rss && kind != "startup" {
		return fmt.Errorf("measure: unknown measurement %q (want %s)", kind, strings.Join(MeasureKinds, ", "))
	}

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
		if !rss {
			finish(fmt.Sprintf("measure %s first-frame-ms=%.1f clock=%s", kind, millis(first), clock), nil)
			return
		}
		// N steps, each on the main loop, each waiting for the frame
		// that shows it (the probe is refreshed with the step).
		step := func(i int) {}
		if u != nil {
			l := u.Explainer.Linker
			start, end := l.Schedule.Start(), l.LastMoment()
			span := end.Sub(start)
			step = func(i int) {
				u.State.SetTime(start.Add(time.Duration(int64(span)/int64(steps)*int64(i))), app.FromTimeline)
			}
		} else {
			step = func(i int) { label.SetText("Peninsula " + strconv.Itoa(i)) }
		}
		began := time.Now()
		for i := range steps {
			fyne.DoAndWait(func() {
				step(i)
				probe.raster.Refresh()
			})
			if !probe.wait(10 * time.Second) {
				finish("", fmt.Errorf("measure: step %d: no frame within 10 s", i))
				return
			}
		}
		elapsed := time.Since(began)
		hwm, cur, err := procMemory()
		if err != nil {
			finish("", fmt.Errorf("measure: %v", err))
			return
		}
		var mem runtime.MemStats
		runtime.ReadMemStats(&mem)
		finish(fmt.Sprintf("measure %s steps=%d vmhwm-kb=%d vmrss-kb=%d go-sys-kb=%d seconds=%.1f first-frame-ms=%.1f",
			kind, steps, hwm, cur, mem.Sys>>10, elapsed.Seconds(), millis(first)), nil)
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

// frameProbe tells when a frame that shows it has been painted.
type frameProbe struct {
	raster *canvas.Raster
	layer  fyne.CanvasObject // the raster at the top-left, 1×1
	frames chan time.Time
	first  time.Time
}

func newFrameProbe() *frameProbe {
	p := &frameProbe{frames: make(chan time.Time, 1)}
	pixel := image.NewNRGBA(image.Rect(0, 0, 1, 1)) // transparent
	p.raster = canvas.NewRaster(func(int, int) image.Image {
		// The painter is inside the frame: report once it has finished
		// and swapped buffers, from the main loop's next turn.
		fyne.Do(func() {
			select {
			case p.frames <- time.Now():
			default:
			}
		})
		return pixel
	})
	p.raster.Resize(fyne.NewSize(1, 1))
	p.layer = container.NewWithoutLayout(p.raster)
	return p
}

// wait waits up to d for the next painted frame; the first is remembered.
func (p *frameProbe) wait(d time.Duration) bool {
	select {
	case t := <-p.frames:
		if p.first.IsZero() {
			p.first = t
		}
		return true
	case <-time.After(d):
		return false
	}
}

// processStart returns when this process started: from MeasureT0Env if the
// launcher set it, else from the kernel.
func processStart() (time.Time, string, error) {
	if v := os.Getenv(MeasureT0Env); v != "" {
		ns, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return time.Time{}, "", fmt.Errorf("%s=%q: want Unix nanoseconds", MeasureT0Env, v)
		}
		return time.Unix(0, ns), "env", nil
	}
	// /proc/self/stat field 22 is the start time in clock ticks (100 a
	// second on Linux) since boot; /proc/uptime is now since boot.
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return time.Time{}, "", fmt.Errorf("no %s and no /proc: %v", MeasureT0Env, err)
	}
	up, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return time.Time{}, "", err
	}
	now := time.Now()
	// The command name (field 2) may hold spaces: count from its ')'.
	rest := stat[bytes.LastIndexByte(stat, ')')+1:]
	fields := strings.Fields(string(rest))
	if len(fields) < 20 {
		return time.Time{}, "", fmt.Errorf("cannot read /proc/self/stat")
	}
	ticks, err1 := strconv.ParseInt(fields[19], 10, 64)
	upSecs, err2 := strconv.ParseFloat(strings.Fields(string(up))[0], 64)
	if err1 != nil || err2 != nil {
		return time.Time{}, "", fmt.Errorf("cannot read the process start time")
	}
	since := time.Duration(upSecs*float64(time.Second)) - time.Duration(ticks)*(time.Second/100)
	return now.Add(-since), "proc", nil
}

// procMemory returns VmHWM (peak resident set) and VmRSS in kB.
func procMemory() (hwm, rss int64, err error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmHWM":
			hwm = n
		case "VmRSS":
			rss = n
		}
	}
	if hwm == 0 {
		return 0, 0, fmt.Errorf("no VmHWM in /proc/self/status")
	}
	return hwm, rss, sc.Err()
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("measure: %v", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("measure: %v", err)
	}
	return f.Close()
}

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
