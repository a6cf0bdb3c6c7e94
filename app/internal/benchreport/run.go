package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Running the measurements: the measure command, the gg baseline, the
// snapshot command, and the profiles behind the notes. A failed run is
// kept with its reason; nothing here aborts the report.

// samples are the runs of one measurement: each run's key=value pairs, or
// why it failed.
type samples struct {
	runs []map[string]string
	errs []string
}

func (s *samples) add(kv map[string]string, err error) {
	if err != nil {
		s.errs = append(s.errs, err.Error())
		return
	}
	s.runs = append(s.runs, kv)
}

// median is the median of key over the runs that have it.
func (s *samples) median(key string) float64 {
	var v []float64
	if s == nil {
		return median(nil)
	}
	for _, kv := range s.runs {
		if x, err := strconv.ParseFloat(kv[key], 64); err == nil {
			v = append(v, x)
		}
	}
	return median(v)
}

// failure is "failed: reason" when no run succeeded, else "".
func (s *samples) failure() string {
	switch {
	case s == nil:
		return "failed: not run"
	case len(s.runs) > 0:
		return ""
	case len(s.errs) == 0:
		return "failed: not run"
	}
	return "failed: " + oneLine(s.errs[0])
}

// count is "3 runs", or "2 runs, 1 failed".
func (s *samples) count() string {
	if s == nil {
		return "0 runs"
	}
	c := plural(len(s.runs), "run")
	if len(s.errs) > 0 {
		c += fmt.Sprintf(", %d failed", len(s.errs))
	}
	return c
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// oneLine makes an error fit a table cell.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "|", "/")), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// execResult is what a finished command left.
type execResult struct {
	stdout, stderr string
	wall           time.Duration // exec to exit
}

// run runs a command with a timeout; env is added to this process's.
func run(timeout time.Duration, dir string, env []string, name string, args ...string) (execResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.WaitDelay = 10 * time.Second // if a child it left holds the output open
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = os.Environ()
	for _, e := range env {
		if e == t0Env {
			// The clock starts just before the process does.
			e = fmt.Sprintf("%s%d", t0Env, time.Now().UnixNano())
		}
		cmd.Env = append(cmd.Env, e)
	}
	start := time.Now()
	err := cmd.Run()
	res := execResult{stdout: stdout.String(), stderr: stderr.String(), wall: time.Since(start)}
	if ctx.Err() != nil {
		return res, fmt.Errorf("%s: timed out after %v", name, timeout)
	}
	if err != nil {
		var why string
		if tail := errorSummary(res.stderr); tail != "" {
			why = ": " + tail
		}
		return res, fmt.Errorf("%s %s: %v%s", filepath.Base(name), strings.Join(args, " "), err, why)
	}
	return res, nil
}

// errorSummary picks what tells why a command failed from its stderr: a
// panic's message and its top frames, or else the last lines.
func errorSummary(stderr string) string {
	lines := strings.Split(stderr, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic: ") && !strings.HasPrefix(l, "fatal error: ") {
			continue
		}
		var frames []string
		for _, f := range lines[i+1:] {
			if len(frames) == 3 {
				break
			}
			if f != "" && !strings.HasPrefix(f, "\t") && !strings.HasPrefix(f, "goroutine ") && !strings.HasPrefix(f, "[") {
				frames = append(frames, "`"+shortFunc(f[:max(strings.LastIndexByte(f, '('), 0)])+"`")
			}
		}
		if len(frames) == 0 {
			return l
		}
		return l + " in " + strings.Join(frames, " ← ")
	}
	return lastLines(stderr, 3)
}

// t0Env in a command's env becomes the launcher's clock at exec, in Unix
// nanoseconds (the measure command's PENINSULA_MEASURE_T0).
const t0Env = "PENINSULA_MEASURE_T0="

// measure runs the measure command once and records its line under label.
// cpuProf and memProf, if set, are where it writes its profiles.
func (r *report) measure(label, kind string, args []string, cpuProf, memProf string) {
	env := []string{t0Env}
	for _, p := range []string{cpuProf, memProf} {
		if p != "" {
			os.Remove(p) // no stale profile from an earlier report
		}
	}
	if cpuProf != "" {
		env = append(env, "PENINSULA_MEASURE_CPUPROFILE="+cpuProf)
	}
	if memProf != "" {
		env = append(env, "PENINSULA_MEASURE_MEMPROFILE="+memProf)
	}
	res, err := run(3*time.Minute, "", env, r.opt.bin, append([]string{kind}, args...)...)
	var (
		line string
		kv   map[string]string
	)
	if err == nil {
		line, kv, err = parseMeasure(res.stdout, kind)
	}
	if err != nil {
		line = fmt.Sprintf("# %s: failed: %s", label, strings.Join(strings.Fields(err.Error()), " "))
	} else if label != kind {
		line += "  # " + label
	}
	r.sample(label).add(kv, err)
	r.raw = append(r.raw, line)
	fmt.Fprintln(os.Stderr, line)
}

func (r *report) sample(label string) *samples {
	if r.measured[label] == nil {
		r.measured[label] = &samples{}
	}
	return r.measured[label]
}

// buildGG copies the ggbaseline folder (read-only, with its own go.mod) to
// a temporary directory and builds it there.
func buildGG(src, tmp string) (string, error) {
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		return "", fmt.Errorf("no ggbaseline at %s: %v", src, err)
	}
	dir := filepath.Join(tmp, "ggbaseline")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		return "", err
	}
	bin := filepath.Join(tmp, "gg")
	if _, err := run(5*time.Minute, dir, []string{"GOWORK=off", "GOFLAGS="}, "go", "build", "-o", bin, "."); err != nil {
		return "", err
	}
	return bin, nil
}

// ggArgs draws the region at -w 1600 as the README says, from its folder.
func (r *report) ggArgs() []string {
	return []string{"-in", "korea-region-10m.geojson", "-places", "places.geojson",
		"-out", filepath.Join(r.tmp, "gg.png"), "-w", "1600"}
}

// measureGG runs gg n times for its drawing time (draw-ms).
func (r *report) measureGG(n int) {
	s := r.sample("gg-draw")
	if r.ggErr != nil {
		s.add(nil, r.ggErr)
		return
	}
	for range n {
		res, err := run(time.Minute, r.opt.gg, nil, r.ggBin, r.ggArgs()...)
		var ms float64
		if err == nil {
			ms, err = parseDrawMS(res.stderr)
		}
		s.add(map[string]string{"ms": fmt.Sprint(ms)}, err)
		if err == nil {
			r.raw = append(r.raw, fmt.Sprintf("gg -w 1600 draw-ms=%.2f", ms))
		}
	}
}

// measureProcesses times gg and `peninsula snapshot` as whole processes,
// alternately, n times each.
func (r *report) measureProcesses(n int) {
	snapArgs := []string{"snapshot", "-o", filepath.Join(r.tmp, "snapshot.png"), "--size", "1600x1000"}
	for range n {
		s := r.sample("gg-process")
		if r.ggErr != nil {
			s.add(nil, r.ggErr)
		} else {
			res, err := run(time.Minute, r.opt.gg, nil, r.ggBin, r.ggArgs()...)
			s.add(map[string]string{"ms": fmt.Sprint(millis(res.wall))}, err)
			if err == nil {
				r.raw = append(r.raw, fmt.Sprintf("gg process wall-ms=%.1f", millis(res.wall)))
			}
		}
		s = r.sample("snapshot-process")
		if r.opt.peninsula == "" {
			s.add(nil, errors.New("no -peninsula binary given"))
			continue
		}
		res, err := run(time.Minute, "", nil, r.opt.peninsula, snapArgs...)
		s.add(map[string]string{"ms": fmt.Sprint(millis(res.wall))}, err)
		if err == nil {
			r.raw = append(r.raw, fmt.Sprintf("peninsula snapshot process wall-ms=%.1f", millis(res.wall)))
		}
	}
}

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// pprofTop runs go tool pprof -top with args and parses it.
func pprofRun(args ...string) (pprofTop, error) {
	res, err := run(2*time.Minute, "", nil, "go", append([]string{"tool", "pprof", "-top"}, args...)...)
	if err != nil {
		return pprofTop{}, err
	}
	return parsePprofTop(res.stdout)
}

const mainRoot = "main.main" // the main goroutine, locked to the main (GLFW) thread

// cpuNote summarises a CPU profile of bin under the function root; made
// says what produced the profile.
func cpuNote(made, bin, prof, root string) string {
	focus := "-focus=^" + regexpQuote(root) + "$"
	flatCmd := []string{"-nodecount=12", focus, bin, prof}
	cumCmd := []string{"-cum", focus, bin, prof}
	cmds := fmt.Sprintf("%s; read with `go tool pprof -top %s` (and `-top -cum` for the cumulative figures)", made, shellJoin(flatCmd))
	flat, err := pprofRun(flatCmd...)
	if err != nil {
		return cmds + ": failed: " + oneLine(err.Error())
	}
	cum, err := pprofRun(cumCmd...)
	if err != nil {
		return cmds + ": failed: " + oneLine(err.Error())
	}
	return cmds + ": " + cpuSummary(flat, cum, root)
}

// heapNote summarises a heap profile (live bytes at the end of the run).
func heapNote(made, bin, prof string) string {
	args := []string{"-nodecount=12", "-sample_index=inuse_space", bin, prof}
	cmds := fmt.Sprintf("%s; read with `go tool pprof -top %s`", made, shellJoin(args))
	t, err := pprofRun(args...)
	if err != nil {
		return cmds + ": failed: " + oneLine(err.Error())
	}
	return cmds + ": " + heapSummary(t)
}

// benchNote runs benchmark key (pkg.BenchmarkName[/sub]) once more with a
// CPU profile and summarises it. The test binary goes to the profiles'
// folder (-o), not the package's.
func (r *report) benchNote(key string) string {
	b := r.bench[key]
	if b == nil {
		return "no profile: `" + key + "` is not in the benchmark output"
	}
	pkgDir := "." + strings.TrimPrefix(b.pkg, modulePath)
	if pkgDir != "." && !strings.HasPrefix(pkgDir, "./") {
		return "no profile: " + b.pkg + " is not in module " + modulePath
	}
	var re []string
	for _, part := range strings.Split(b.name, "/") {
		re = append(re, "^"+regexpQuote(part)+"$")
	}
	base := strings.ReplaceAll(strings.TrimPrefix(key, modulePath+"/"), "/", "_")
	prof := filepath.Join(r.opt.profiles, base+".cpu.prof")
	testBin := filepath.Join(r.opt.profiles, base+".test")
	// At least 20 iterations, and enough for about 2 s of samples.
	n := 20
	if m := median(b.ns); m > 0 && 2e9/m > 20 {
		n = int(2e9 / m)
	}
	args := []string{"test", "-run", "^$", "-bench", strings.Join(re, "/"), "-benchtime", fmt.Sprintf("%dx", n),
		"-cpuprofile", prof, "-o", testBin, pkgDir}
	made := "`go " + shellJoin(args) + "`"
	if _, err := run(10*time.Minute, "", nil, "go", args...); err != nil {
		return made + ": failed: " + oneLine(err.Error())
	}
	return cpuNote(made, testBin, prof, "testing.(*B).runN")
}

const modulePath = "peninsula"

func regexpQuote(s string) string {
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// shellJoin quotes the arguments that need it, for a command in a note.
func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " '\"$*?()[]{}|\\^;&<>") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		q[i] = a
	}
	return strings.Join(q, " ")
}
