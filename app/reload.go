package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"

	"peninsula/link"
	"peninsula/story"
)

// Watch reloads the story shown whenever its file is saved, until another
// story is opened: `--watch`, and every story opened from the window.
func (u *UI) Watch() error {
	u.unwatch()
	if u.storyPath == "" {
		return nil
	}
	post := u.post
	if post == nil {
		post = fyne.Do
	}
	w, err := link.Watch(u.storyPath, link.StoryOptions(u.base), post, u.reloaded)
	if err != nil {
		return err
	}
	u.watcher = w
	return nil
}

func (u *UI) unwatch() {
	if u.watcher != nil {
		u.watcher.Close()
		u.watcher = nil
	}
	u.notices.Clear("reload")
}

// reloaded shows a new version of the watched story: with errors it lists
// them in the notice bar and keeps the last good version on screen;
// otherwise it shows the new version where the reader was.
func (u *UI) reloaded(s *story.Story, ds story.Diagnostics) {
	if u.watcher == nil {
		return // stopped meanwhile
	}
	if ds.HasErrors() || s == nil {
		var lines []string
		n := 0
		for _, d := range ds {
			if !d.Warning {
				if n++; n <= 8 {
					lines = append(lines, d.String())
				}
			}
		}
		if n > 8 {
			lines = append(lines, fmt.Sprintf("… and %d more", n-8))
		}
		u.notices.Set("reload", fmt.Sprintf("%s has %s; the last version that worked stays on screen. Click a line to copy it.",
			filepath.Base(u.storyPath), plural(n, "problem")), lines)
		return
	}
	u.notices.Clear("reload")
	u.ReloadStory(s)
}

// ReloadStory shows a new version of the story shown, keeping the moment,
// the selection, the passage in focus, the compared moment, the text's
// scroll and the map's view where their ids still exist.
func (u *UI) ReloadStory(s *story.Story) {
	st := u.State
	place, passage, at, cmp := st.Place(), st.Passage(), st.Time(), st.Compare()
	offset := u.Reader.Offset()
	vp, moved := u.MapView.Viewport(), u.MapView.Moved()
	u.SetStory(s)
	if l := u.Explainer.Linker; l != nil {
		st.SetTime(l.Clamp(at), FromStory)
		if !cmp.IsZero() {
			st.SetCompare(l.Clamp(cmp), FromStory)
		}
	}
	if place != "" && u.Explainer.Has(place) {
		st.SelectPlace(place, FromReader) // the reader stays where it was
	}
	if passage != "" && s.Passage(passage) != nil {
		st.FocusPassage(passage, FromReader)
	}
	if moved {
		u.MapView.SetViewport(vp)
	}
	u.Reader.ScrollToOffset(offset)
}
