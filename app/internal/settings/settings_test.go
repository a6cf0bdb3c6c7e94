package settings

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestRoundTrip: what is saved is loaded; no file loads as nothing.
func TestRoundTrip(t *testing.T) {
	f := File{Path: filepath.Join(t.TempDir(), "peninsula", FileName)}
	if b, err := f.Load(); b != nil || err != nil {
		t.Fatalf("before saving: %q, %v", b, err)
	}
	if err := f.Check(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`{"a":1}`, `{"a":2,"b":"longer than before"}`, `{}`} {
		if err := f.Save([]byte(want)); err != nil {
			t.Fatal(err)
		}
		if b, err := f.Load(); string(b) != want || err != nil {
			t.Errorf("loaded %q, %v; want %q", b, err, want)
		}
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(f.Path), ".settings-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestUnusableFolder: a read-only folder, a file where the folder should
// be, and no path are reported by Check and Save, with the path.
func TestUnusableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: the read-only case is skipped (root writes anyway)")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	blocker := filepath.Join(dir, "blocker")
	os.WriteFile(blocker, []byte("x"), 0o644)
	tests := []struct {
		name string
		f    File
		want string
		root bool // also fails as root
	}{
		{"read-only folder", File{Path: filepath.Join(ro, FileName)}, "permission denied", false},
		{"a file where the folder should be", File{Path: filepath.Join(blocker, "peninsula", FileName)}, "not a directory", true},
		{"no path", File{}, "no settings file", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if os.Geteuid() == 0 && !tc.root {
				t.Skip("root can write a read-only folder")
			}
			for what, err := range map[string]error{"Check": tc.f.Check(), "Save": tc.f.Save([]byte("{}"))} {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: error %v, want %q", what, err, tc.want)
				}
			}
		})
	}
}

// TestTwoWriters: two processes' worth of writers saving at once never
// leave a half-written file: every read is one writer's whole value.
func TestTwoWriters(t *testing.T) {
	f := File{Path: filepath.Join(t.TempDir(), FileName)}
	values := [2][]byte{
		bytes.Repeat([]byte("a"), 64<<10),
		bytes.Repeat([]byte("b"), 96<<10),
	}
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if err := f.Save(values[w]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 200 {
			b, err := f.Load()
			if err != nil {
				errs <- err
				return
			}
			if b != nil && !bytes.Equal(b, values[0]) && !bytes.Equal(b, values[1]) {
				errs <- fmt.Errorf("read a mixed or partial file of %d bytes", len(b))
				return
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
