package app

import (
	"errors"
	"fmt"
	"image/png"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"peninsula/story"
)

// OpenStory reads the story at path and shows it. A story that does not
// load is reported in an error dialog on w (when w is not nil) and the story
// shown before stays, with the app as it was.
func (u *UI) OpenStory(path string, w fyne.Window) error {
	s, ds := story.Load(path, StoryOptions(u.Base))
	if ds.HasErrors() {
		err := errors.New(errorText(ds))
		if w != nil {
			dialog.ShowError(fmt.Errorf("%s\nThe story shown before stays open.", err), w)
		}
		return err
	}
	u.SetStory(s)
	u.storyPath = path
	return nil
}

// StoryPath returns the file the story was opened from ("" for the
// built-in one).
func (u *UI) StoryPath() string { return u.storyPath }

// ExportPNG writes the window's view to path as a PNG, rendered at scale
// (1 or 2) with the software renderer: a copy of the UI in the same state,
// so the live window is untouched.
func (u *UI) ExportPNG(path string, size fyne.Size, scale float32) error {
	c := u.clone()
	img := snapshotWith(c, size, scale, func() { c.copyView(u) })
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export: %v", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("export: writing %s: %v", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %v", err)
	}
	return nil
}

// clone returns a new UI over the same map and story in the same state.
func (u *UI) clone() *UI {
	c := NewUI(u.Base, u.Story)
	c.storyPath = u.storyPath
	c.SetLabelLanguage(u.lang)
	c.themeMode = u.themeMode
	c.syncPalette()
	c.Reader.SetTextSize(u.Reader.TextSize())
	c.split.Offset = u.split.Offset
	if !u.State.Time().IsZero() {
		c.State.SetTime(u.State.Time())
	}
	c.State.SetPlace(u.State.Place())
	return c
}

// copyView moves the clone's map and reader to where u's are (after the
// clone has been laid out once).
func (c *UI) copyView(u *UI) {
	if u.MapView.moved {
		c.MapView.SetViewport(u.MapView.Viewport())
	}
	c.Reader.programmatic = true
	c.Reader.scroll.ScrollToOffset(u.Reader.scroll.Offset)
	c.Reader.programmatic = false
	c.Reader.cull()
}

// isStoryFile reports whether a dropped or chosen file looks like a story.
func isStoryFile(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".md") }
