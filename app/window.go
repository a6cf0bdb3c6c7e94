package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"peninsula/assets"
)

// Options are what the command line asks the window to open with.
type Options struct {
	StoryPath string    // a story file; "" for the embedded Korea story
	Place     string    // a place to select; "" for none
	At        string    // a date to open at; "" for the story's publication
	Size      fyne.Size // the window size; zero for the default
}

// Version is the app's version; main sets it from FyneApp.toml.
var Version = "dev"

// DefaultSize is the window's size on first start.
var DefaultSize = fyne.NewSize(1400, 900)

// Run opens Peninsula's window in app a and runs it until it is closed.
// A story that fails to load is reported in a dialog and the embedded story
// is shown instead, so the app stays usable.
func Run(a fyne.App, opts Options) error {
	a.Settings().SetTheme(Theme())
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	m, err := LoadMap()
	if err != nil {
		return err
	}
	s, ds := LoadStory(opts.StoryPath, m)
	var problem string
	if ds.HasErrors() {
		problem = errorText(ds)
		s, _ = LoadStory("", m)
	}
	u := NewUI(m, s)
	w := a.NewWindow("Peninsula")
	w.SetContent(u.Content())
	size := opts.Size
	if size.IsZero() {
		size = DefaultSize
	}
	w.Resize(size)
	u.InstallShortcuts(w.Canvas())
	w.SetMainMenu(u.mainMenu(w))
	if opts.At != "" {
		if err := u.SelectTime(opts.At); err != nil {
			problem += err.Error() + "\n"
		}
	}
	if opts.Place != "" {
		if err := u.SelectPlace(opts.Place); err != nil {
			problem += err.Error() + "\n"
		}
	}
	if problem != "" {
		dialog.ShowError(fmt.Errorf("%s\nShowing the built-in Korea story instead.", problem), w)
	}
	w.ShowAndRun()
	return nil
}
