package main

import (
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkSnapshotCommand is `peninsula snapshot --size 1600x1000` in
// process: the app, the data, the content, the software render and the
// PNG (the process start, and main's GC setting for the command, are what
// it leaves out).
func BenchmarkSnapshotCommand(b *testing.B) {
	out := filepath.Join(b.TempDir(), "x.png")
	for b.Loop() {
		if code := run([]string{"snapshot", "-o", out, "--size", "1600x1000"}, io.Discard, io.Discard); code != 0 {
			b.Fatal(code)
		}
	}
}
