package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Parsing: go test -bench output, the measure command's lines, the gg
// baseline's draw time and go tool pprof's -top listings.

// A result is one benchmark's runs.
type result struct {
	pkg, name      string
	ns, bytes, all []float64 // ns/op, B/op, allocs/op of each run
}

// parseBench reads go test -bench output: "pkg:" lines name the package of
// the Benchmark lines after them. Results are keyed "pkg.BenchmarkName"
// (with any sub-benchmark, without the GOMAXPROCS suffix).
func parseBench(data []byte) map[string]*result {
	res := map[string]*result{}
	pkg := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
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
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue // not a result line (e.g. a log line starting with the name)
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

// cpuLine is the "cpu:" line of go test -bench output.
func cpuLine(data []byte) string {
	for _, l := range strings.Split(string(data), "\n") {
		if c, ok := strings.CutPrefix(l, "cpu: "); ok {
			return strings.TrimSpace(c)
		}
	}
	return ""
}

// parseMeasure reads the line the measure command printed for kind:
// "measure KIND key=value ...". Other output around it is ignored.
func parseMeasure(out, kind string) (line string, kv map[string]string, err error) {
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "measure" && f[1] == kind {
			line = l
		}
	}
	if line == "" {
		return "", nil, fmt.Errorf("no %q line in its output %q", "measure "+kind, lastLines(out, 3))
	}
	kv = map[string]string{}
	for _, p := range strings.Fields(line)[2:] {
		if k, v, ok := strings.Cut(p, "="); ok {
			kv[k] = v
		}
	}
	if len(kv) == 0 {
		return "", nil, fmt.Errorf("no key=value pairs in %q", line)
	}
	return line, kv, nil
}

// parseDrawMS reads the "draw-ms N" line that ggbaseline prints on stderr.
func parseDrawMS(stderr string) (float64, error) {
	for _, l := range strings.Split(stderr, "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == "draw-ms" {
			return strconv.ParseFloat(f[1], 64)
		}
	}
	return 0, fmt.Errorf("no draw-ms line in %q", lastLines(stderr, 3))
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	}
	n := len(s)
	return (s[n/2-1] + s[n/2]) / 2
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}

// A pprofTop is a go tool pprof -top listing: the profile's total and its
// rows, in the listing's order.
type pprofTop struct {
	total    float64 // seconds or bytes: "of X total"
	duration float64 // seconds of wall time a CPU profile covers ("Duration:")
	rows     []pprofRow
}

// A pprofRow is one function: flat and cumulative seconds (or bytes).
type pprofRow struct {
	flat, cum float64
	fn        string
}

var (
	pprofRowRE   = regexp.MustCompile(`^\s*(\S+)\s+\S+%\s+\S+%\s+(\S+)\s+\S+%\s+(.+?)\s*$`)
	pprofTotalRE = regexp.MustCompile(`of (\S+) total`)
	pprofDurRE   = regexp.MustCompile(`Duration: (\S+),`)
)

// parsePprofTop reads the output of go tool pprof -top.
func parsePprofTop(out string) (pprofTop, error) {
	var t pprofTop
	table := false
	for _, l := range strings.Split(out, "\n") {
		if !table {
			if m := pprofTotalRE.FindStringSubmatch(l); m != nil {
				t.total, _ = pprofValue(m[1])
			}
			if m := pprofDurRE.FindStringSubmatch(l); m != nil {
				t.duration, _ = pprofValue(m[1])
			}
			if f := strings.Fields(l); len(f) == 5 && f[0] == "flat" && f[4] == "cum%" {
				table = true
			}
			continue
		}
		m := pprofRowRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		flat, err1 := pprofValue(m[1])
		cum, err2 := pprofValue(m[2])
		if err1 != nil || err2 != nil {
			continue
		}
		t.rows = append(t.rows, pprofRow{flat: flat, cum: cum, fn: strings.TrimSuffix(strings.TrimSuffix(m[3], " (inline)"), " (partial-inline)")})
	}
	if !table {
		return t, fmt.Errorf("no pprof -top table in %q", lastLines(out, 3))
	}
	return t, nil
}

// pprofValue reads one of pprof's amounts ("1.63s", "140ms", "12.5MB",
// "0") as seconds or bytes.
func pprofValue(s string) (float64, error) {
	if s == "0" {
		return 0, nil
	}
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i <= 0 {
		return strconv.ParseFloat(s, 64)
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return 0, err
	}
	scale, ok := map[string]float64{
		"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "mins": 60, "hrs": 3600,
		"B": 1, "kB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40,
	}[s[i:]]
	if !ok {
		return 0, fmt.Errorf("unknown pprof unit in %q", s)
	}
	return v * scale, nil
}

// cum is the cumulative amount of the function named fn (0 if absent).
func (t pprofTop) cum(fn string) float64 {
	for _, r := range t.rows {
		if r.fn == fn {
			return r.cum
		}
	}
	return 0
}

// largest is the row with the largest cumulative amount among the
// functions whose name starts with prefix (benchmark functions aside).
func (t pprofTop) largest(prefix string) pprofRow {
	var best pprofRow
	for _, r := range t.rows {
		if strings.HasPrefix(r.fn, prefix) && !strings.Contains(r.fn, ".Benchmark") && r.cum > best.cum {
			best = r
		}
	}
	return best
}

// cumPrefix is the largest cumulative amount of the functions whose name
// starts with prefix: the package's outermost entry point, which holds the
// time of all its callees.
func (t pprofTop) cumPrefix(prefix string) float64 { return t.largest(prefix).cum }

var typeArgsRE = regexp.MustCompile(`\[[^\[\]]*\]`)

// shortFunc shortens a function name for a note: type arguments become
// "[…]" and Fyne's module path is left out.
func shortFunc(fn string) string {
	for typeArgsRE.MatchString(fn) {
		fn = typeArgsRE.ReplaceAllString(fn, "\x00")
	}
	fn = strings.ReplaceAll(fn, "\x00", "[…]")
	return strings.ReplaceAll(fn, "fyne.io/fyne/v2/", "fyne/")
}
