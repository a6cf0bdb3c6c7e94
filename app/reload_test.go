package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"peninsula/assets"
)

// uiQueue stands for the app's main loop: the watcher posts functions,
// the test runs them on its own goroutine.
type uiQueue chan func()

func (q uiQueue) post(f func()) { q <- f }

// waitFor runs what is posted until cond holds, for up to limit, and
// reports how long it took.
func (q uiQueue) waitFor(t *testing.T, limit time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		select {
		case f := <-q:
			f()
		case <-time.After(limit - time.Since(start)):
			t.Fatalf("%s: not within %v", what, limit)
		}
	}
	return time.Since(start)
}

// TestLiveReload: saving the watched story reloads it within 300 ms,
// keeping the moment, the selection and the passage in focus; a broken
// save lists its problems in the notice bar and keeps the last good
// version; fixing it reloads and clears the bar. Editors that replace the
// file (write a temporary, rename it over) are followed too.
func TestLiveReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "korea.story.md")
	orig := string(assets.Story)
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUI(t, fyne.NewSize(1400, 900))
	q := make(uiQueue, 16)
	u.post = q.post
	if err := u.OpenStory(path); err != nil {
		t.Fatal(err)
	}
	if err := u.Watch(); err != nil {
		t.Fatal(err)
	}
	defer u.unwatch()
	u.State.SetTime(dateOf(t, "1950-06-25"), FromTimeline)
	u.State.SelectPlace("dokdo", FromMap)
	before := u.Story()

	edited := strings.Replace(orig, "## What is South Korea's strategic position in East Asia?", "## Where does South Korea stand in East Asia?", 1)
	if edited == orig {
		t.Fatal("the edit changed nothing")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	took := q.waitFor(t, 2*time.Second, "the edit", func() bool { return u.Story() != before })
	t.Logf("saved → reloaded in %v", took)
	if took > 300*time.Millisecond {
		t.Errorf("reload took %v, want ≤ 300 ms", took)
	}
	found := false
	for _, sec := range u.Story().Sections {
		found = found || sec.Title == "Where does South Korea stand in East Asia?"
	}
	if !found || u.State.Place() != "dokdo" || !u.State.Time().Equal(dateOf(t, "1950-06-25")) {
		t.Errorf("after reload: new heading %v, place %q, moment %v", found, u.State.Place(), u.State.Time())
	}

	good := u.Story()
	broken := strings.Replace(edited, "(place:seoul)", "(place:atlantis)", 1)
	os.WriteFile(path, []byte(broken), 0o644)
	q.waitFor(t, 2*time.Second, "the problem bar", func() bool { _, _, ok := u.notices.Get("reload"); return ok })
	title, lines, _ := u.notices.Get("reload")
	if u.Story() != good || !strings.Contains(title, "korea.story.md has 1 problem") ||
		len(lines) != 1 || !strings.Contains(lines[0], `unknown place "atlantis"`) || !strings.HasPrefix(lines[0], path+":") {
		t.Errorf("broken save: story kept %v, bar %q %q", u.Story() == good, title, lines)
	}

	// An editor's save: a temporary file renamed over the story.
	tmp := filepath.Join(dir, ".korea.story.md.swp")
	os.WriteFile(tmp, []byte(orig), 0o644)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	q.waitFor(t, 2*time.Second, "the fix", func() bool { return u.Story() != good })
	if _, _, ok := u.notices.Get("reload"); ok {
		t.Error("the problem bar stayed after the fix")
	}
	if u.State.Place() != "dokdo" {
		t.Errorf("after the fix the selection is %q", u.State.Place())
	}
}

// TestReloadDropsWhatIsGone: a reload keeps the selection only if its
// place still exists.
func TestReloadDropsWhatIsGone(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1400, 900))
	u.State.SelectPlace("panmunjom", FromMap)
	u.ReloadStory(testData(t).Story)
	if u.State.Place() != "panmunjom" {
		t.Errorf("kept place %q", u.State.Place())
	}
}
