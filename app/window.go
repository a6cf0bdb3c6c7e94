package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"peninsula/assets"
)

// Options are what the command line asks the window to open with.
type Options struct {
	StoryPath string    // a story file; "" for the last one opened, else the built-in Korea story
	Place     string    // a place to select; "" for none
	At        string    // a date to open at; "" for where the user left off
	Size      fyne.Size // the window size; zero for the remembered one
}

// Version is the app's version; main sets it from FyneApp.toml.
var Version = "dev"

// DefaultSize is the window's size on first start.
var DefaultSize = fyne.NewSize(1400, 900)

// Run opens Peninsula's window in app a and runs it until it is closed. It
// restores what the user had (window size, split, time, map view, label
// language, theme, text size, last story) and saves it on quit. A story that
// fails to load is reported in a dialog and the built-in story is shown
// instead, so the app stays usable.
func Run(a fyne.App, opts Options) error {
	wait := loadAsync()
	prefs := LoadPrefs(a.Preferences())
	a.Settings().SetTheme(ThemeFor(prefs.Theme))
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Peninsula")
	l := wait()
	if l.err != nil {
		return l.err
	}
	m := l.m
	u := NewUI(m, nil)
	u.themeMode = prefs.Theme // set on the app above
	u.syncPalette()
	var problems []string
	path, remembered := opts.StoryPath, false
	if path == "" && prefs.StoryPath != "" {
		path, remembered = prefs.StoryPath, true
	}
	if path != "" {
		if err := u.OpenStory(path, nil); err != nil {
			what := "The story " + path
			if remembered {
				what = "The story you opened last, " + path + ","
			}
			problems = append(problems, fmt.Sprintf("%s could not be opened.\n\n%v", what, err))
		}
	}
	if u.Story == nil {
		if l.ds.HasErrors() {
			return l.ds.Err() // the built-in story is checked by the tests; this is a build error
		}
		u.SetStory(l.s)
	}

	w.SetContent(u.Content())
	size := opts.Size
	if size.IsZero() {
		size = prefs.WindowSize
	}
	w.Resize(size)
	u.InstallShortcuts(w.Canvas())
	u.ApplyPrefs(prefs)
	w.SetMainMenu(u.mainMenu(w))
	if opts.At != "" {
		if err := u.SelectTime(opts.At); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if opts.Place != "" {
		if err := u.SelectPlace(opts.Place); err != nil {
			problems = append(problems, err.Error())
		}
	}
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		for _, uri := range uris {
			if isStoryFile(uri.Name()) {
				u.OpenStory(uri.Path(), w)
				return
			}
		}
		dialog.ShowInformation("Not a story", "Drop a .story.md file to open it.", w)
	})
	a.Settings().AddListener(func(fyne.Settings) { u.syncPalette() })
	w.SetCloseIntercept(func() {
		u.Prefs(w.Canvas().Size()).Save(a.Preferences())
		w.Close()
	})
	a.Lifecycle().SetOnStopped(func() { u.Prefs(w.Canvas().Size()).Save(a.Preferences()) })
	for _, p := range problems {
		dialog.ShowError(fmt.Errorf("%s\n\nShowing the built-in Korea story where needed.", p), w)
	}
	w.ShowAndRun()
	return nil
}
