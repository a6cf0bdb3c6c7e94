package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
)

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

// threadCPU returns the CPU time each thread of this process has used so
// far (from /proc/self/task/*/schedstat, in nanoseconds), by thread id, and
// each thread's name.
func threadCPU() (map[int]time.Duration, map[int]string, error) {
	dirs, err := filepath.Glob("/proc/self/task/*")
	if err != nil || len(dirs) == 0 {
		return nil, nil, fmt.Errorf("no /proc/self/task")
	}
	cpu, names := map[int]time.Duration{}, map[int]string{}
	for _, d := range dirs {
		tid, err := strconv.Atoi(filepath.Base(d))
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(d, "schedstat"))
		if err != nil {
			continue // the thread has ended
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			continue
		}
		ns, _ := strconv.ParseInt(f[0], 10, 64)
		cpu[tid] = time.Duration(ns)
		comm, _ := os.ReadFile(filepath.Join(d, "comm"))
		names[tid] = strings.TrimSpace(string(comm))
	}
	return cpu, names, nil
}

// cpuSplit is CPU time by kind of thread: the main thread (GLFW's, where
// Fyne paints and our code runs), Mesa's llvmpipe rasteriser threads, and
// the rest (Go's other threads: GC, timers).
type cpuSplit struct{ main, llvmpipe, other time.Duration }

// cpuSince returns the CPU used by each kind of thread since before.
func cpuSince(before map[int]time.Duration) (cpuSplit, error) {
	now, names, err := threadCPU()
	if err != nil {
		return cpuSplit{}, err
	}
	var s cpuSplit
	pid := os.Getpid()
	for tid, t := range now {
		d := t - before[tid]
		switch {
		case tid == pid:
			s.main += d
		case strings.HasPrefix(names[tid], "llvmpipe"):
			s.llvmpipe += d
		default:
			s.other += d
		}
	}
	return s, nil
}
