package link

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"peninsula/story"
)

// reloadDelay is how long the watcher waits after the last change to the
// file before reading it: editors write a file in several steps (truncate,
// write, rename a temporary over it), and the story is read once they are
// done.
const reloadDelay = 60 * time.Millisecond

// Watcher watches a story file and reads it again whenever it is saved
// (live reload): it watches the file's folder, since many editors replace a
// file rather than write it in place, reads and checks the story on its own
// goroutine, and hands each new version to the caller through post (the
// app's fyne.Do, so the UI takes it on its own goroutine).
type Watcher struct {
	path string
	w    *fsnotify.Watcher
	stop chan struct{}
	once sync.Once
}

// Watch starts watching path; each change that alters the file's content
// re-reads it and calls deliver with the story and its diagnostics (a nil
// story when the file could not be read) by way of post. Close stops it.
func Watch(path string, opts story.Options, post func(func()), deliver func(*story.Story, story.Diagnostics)) (*Watcher, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", path, err)
	}
	if err := w.Add(filepath.Dir(abs)); err != nil {
		w.Close()
		return nil, fmt.Errorf("watching %s: %w", path, err)
	}
	sw := &Watcher{path: abs, w: w, stop: make(chan struct{})}
	go sw.run(path, opts, post, deliver)
	return sw, nil
}

// run waits for changes to the file, reading it once they have settled.
func (sw *Watcher) run(path string, opts story.Options, post func(func()), deliver func(*story.Story, story.Diagnostics)) {
	var timer <-chan time.Time
	var last []byte
	for {
		select {
		case <-sw.stop:
			return
		case ev, ok := <-sw.w.Events:
			if !ok {
				return
			}
			if filepath.Clean(ev.Name) == sw.path && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename) != 0 {
				timer = time.After(reloadDelay)
			}
		case <-sw.w.Errors:
		case <-timer:
			timer = nil
			data, err := os.ReadFile(sw.path)
			if err != nil {
				if os.IsNotExist(err) {
					continue // being replaced; a Create follows
				}
				ds := story.Diagnostics{{File: path, Msg: fmt.Sprintf("cannot read story: %v", err)}}
				post(func() { deliver(nil, ds) })
				continue
			}
			if string(data) == string(last) {
				continue
			}
			last = data
			s, ds := story.Parse(path, data, opts)
			post(func() { deliver(s, ds) })
		}
	}
}

// Close stops watching.
func (sw *Watcher) Close() {
	sw.once.Do(func() {
		close(sw.stop)
		sw.w.Close()
	})
}
