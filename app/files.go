package app

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"peninsula/app/pngfast"
	"peninsula/link"
	"peninsula/story"
)

// OpenStory reads the story at path and shows it. A story that does not
// load is returned as an error listing its problems, and the story shown
// before stays.
func (u *UI) OpenStory(path string) error {
	s, ds := story.Load(path, link.StoryOptions(u.base))
	if ds.HasErrors() {
		return errors.New(errorText(ds))
	}
	u.unwatch()
	u.SetStory(s)
	u.storyPath, u.lastOpened = path, path
	return nil
}

// openStoryIn opens a story from the window (File ▸ Open, a dropped file)
// and keeps watching its file (live reload): problems are shown in an error
// dialog on w.
func (u *UI) openStoryIn(path string, w fyne.Window) {
	if err := u.OpenStory(path); err != nil {
		dialog.ShowError(fmt.Errorf("%v\nThe story shown before stays open.", err), w)
		return
	}
	if err := u.Watch(); err != nil {
		dialog.ShowError(err, w)
	}
}

// StoryPath returns the file the story was opened from ("" for the
// built-in one).
func (u *UI) StoryPath() string { return u.storyPath }

// ExportPNG writes the window's view to path as a PNG, rendered at scale
// (1 or 2) as Snapshot renders it: a copy of the UI built by New in
// the same state, so the live window is untouched.
func (u *UI) ExportPNG(path string, size fyne.Size, scale float32) error {
	c, _ := New(&Data{Map: u.base, Story: u.Story()}, Options{Story: u.Story(), Place: u.State.Place()}, u.Prefs(size))
	c.State.FocusPassage(u.State.Passage(), FromPrefs)
	img := snapshotWith(c, size, scale, func() { // the views' own state: zoom and scroll
		if u.MapView.Moved() {
			c.MapView.SetViewport(u.MapView.Viewport())
		}
		c.Timeline.SetScale(u.Timeline.Scale())
		c.Reader.ScrollToOffset(u.Reader.Offset())
	})
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export: %v", err)
	}
	if err := pngfast.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("export: writing %s: %v", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %v", err)
	}
	return nil
}

// errorText formats diagnostics for a dialog: the errors, one a line.
func errorText(ds story.Diagnostics) string {
	var lines []string
	n := 0
	for _, d := range ds {
		if d.Warning {
			continue
		}
		if n++; n <= 12 {
			lines = append(lines, d.String())
		}
	}
	if n > 12 {
		lines = append(lines, "…")
	}
	what := "1 problem"
	if n != 1 {
		what = fmt.Sprintf("%d problems", n)
	}
	return fmt.Sprintf("The story has %s:\n\n%s\n", what, strings.Join(lines, "\n"))
}

// isStoryFile reports whether a dropped or chosen file looks like a story.
func isStoryFile(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".md") }
