package link

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"peninsula/story"
)

// TestWatch: a save is delivered once settled, a replaced file too, and a
// save that changes nothing is not delivered again.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.story.md")
	v1 := "---\ntitle: One\n---\n\nText.\n"
	os.WriteFile(path, []byte(v1), 0o644)
	got := make(chan string, 8)
	w, err := Watch(path, story.Options{}, func(f func()) { f() }, func(s *story.Story, ds story.Diagnostics) {
		if s == nil {
			got <- "unreadable"
			return
		}
		got <- s.Title
	})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	next := func(want string) {
		t.Helper()
		select {
		case title := <-got:
			if title != want {
				t.Errorf("delivered %q, want %q", title, want)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("nothing delivered, want %q", want)
		}
	}
	os.WriteFile(path, []byte("---\ntitle: Two\n---\n\nText.\n"), 0o644)
	next("Two")
	tmp := filepath.Join(dir, "tmp")
	os.WriteFile(tmp, []byte("---\ntitle: Three\n---\n\nText.\n"), 0o644)
	os.Rename(tmp, path)
	next("Three")
	os.WriteFile(filepath.Join(dir, "other.md"), []byte("x"), 0o644) // another file: nothing
	os.WriteFile(path, []byte("---\ntitle: Three\n---\n\nText.\n"), 0o644)
	select {
	case title := <-got:
		t.Errorf("delivered %q for no change", title)
	case <-time.After(300 * time.Millisecond):
	}
	if _, err := Watch(filepath.Join(dir, "no", "such.md"), story.Options{}, nil, nil); err == nil {
		t.Error("watching a file in a missing folder: no error")
	}
}
