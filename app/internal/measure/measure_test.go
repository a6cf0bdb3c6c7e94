package main

import (
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func TestProcessStart(t *testing.T) {
	want := time.Now().Add(-1500 * time.Millisecond).Truncate(time.Nanosecond)
	t.Setenv(MeasureT0Env, strconv.FormatInt(want.UnixNano(), 10))
	got, clock, err := processStart()
	if err != nil || clock != "env" || !got.Equal(want) {
		t.Errorf("with %s: %v %q %v, want %v env", MeasureT0Env, got, clock, err, want)
	}
	t.Setenv(MeasureT0Env, "soon")
	if _, _, err := processStart(); err == nil || !strings.Contains(err.Error(), "want Unix nanoseconds") {
		t.Errorf("bad %s: err = %v", MeasureT0Env, err)
	}
	t.Setenv(MeasureT0Env, "")
	got, clock, err = processStart()
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	// The test binary started before this test and, surely, within the
	// last ten minutes; the kernel's clock ticks are 10 ms.
	if age := time.Since(got); clock != "proc" || age < 0 || age > 10*time.Minute {
		t.Errorf("from /proc: started %v ago (%s)", age, clock)
	}
}

func TestProcMemory(t *testing.T) {
	hwm, rss, err := procMemory()
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	if hwm < rss || rss < 1024 {
		t.Errorf("VmHWM %d kB, VmRSS %d kB", hwm, rss)
	}
}

func TestMeasureRejectsBadArguments(t *testing.T) {
	a := test.NewTempApp(t)
	for _, tc := range []struct {
		kind  string
		steps int
		want  string
	}{
		{"speed", 1000, `unknown measurement "speed" (want startup, bare, scrub, bare-scrub, pan, zoom)`},
		{"scrub", 0, "--steps 0: want at least 1"},
	} {
		err := Measure(a, tc.kind, tc.steps, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Measure(%q, %d) = %v, want %q", tc.kind, tc.steps, err, tc.want)
		}
	}
}
