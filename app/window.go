package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"peninsula/app/apptheme"
	"peninsula/app/internal/settings"
	"peninsula/app/mapview"
	"peninsula/assets"
	"peninsula/geo"
	"peninsula/link"
	"peninsula/story"
)

// Options are what the command line asks the window to open with.
type Options struct {
	StoryPath string       // a story file; "" for the last one opened, else the built-in Korea story
	Story     *story.Story // a story already loaded (Export's copy); nil opens StoryPath
	Place     string       // a place to select; "" for none
	At        string       // a date to open at; "" for where the user left off
	Compare   string       // a second date to compare the first with; "" for none (or as remembered)
	Watch     bool         // reload StoryPath whenever it is saved (--watch)
	Size      fyne.Size    // the window size; zero for the remembered one, fitted to Screen
	Screen    Screen       // the screen the window opens on (main reads it)
}

// Version is the app's version; main sets it from FyneApp.toml.
var Version = "dev"

// DefaultSize is the window's size on first start.
var DefaultSize = fyne.NewSize(1400, 900)

// Data is what start-up reads from the binary: the map and the built-in
// story (checked by the tests, so its problems are a build error).
type Data struct {
	Map   *geo.Map
	Story *story.Story
}

// LoadData reads the map and the built-in story and parses the map's label
// fonts. None of it touches Fyne objects, so it may run on any goroutine.
func LoadData() (*Data, error) {
	mapview.LoadFonts()
	m, err := link.LoadMap()
	if err != nil {
		return nil, err
	}
	s, ds := link.LoadStory("", m)
	if err := ds.Err(); err != nil {
		return nil, err
	}
	return &Data{Map: m, Story: s}, nil
}

// New builds Peninsula's window content as the user left it (prefs) and
// as the command line asks (opts): the story, the label language, theme,
// text size, split, map view and moment, then --at and --place. Problems
// that leave it usable (a story that did not open, a bad --at or --place)
// are returned for the caller to show; the built-in story stands in for a
// story that did not open. The window, `snapshot`, Export and the
// measurements all build their content here.
func New(d *Data, opts Options, prefs Prefs) (*UI, []error) {
	var problems []error
	u := NewUI(d.Map, nil)
	u.themeMode = prefs.Theme // the caller has set it on the app
	u.syncPalette()
	path, remembered := opts.StoryPath, false
	if path == "" && opts.Story == nil && prefs.StoryPath != "" {
		path, remembered = prefs.StoryPath, true
	}
	switch {
	case opts.Story != nil:
		u.SetStory(opts.Story)
		u.storyPath = prefs.StoryPath
	case path != "":
		opts.Watch = opts.Watch || remembered // opened from the window in an earlier session
		if err := u.OpenStory(path); err != nil {
			what := "The story " + path
			if remembered {
				what = "The story you opened last, " + path + ","
			}
			problems = append(problems, fmt.Errorf("%s could not be opened.\n\n%v\n\nShowing the built-in Korea story.", what, err))
		}
	}
	if u.Story() == nil {
		u.SetStory(d.Story)
	} else if opts.Watch && u.storyPath != "" {
		if err := u.Watch(); err != nil {
			problems = append(problems, err)
		}
	}
	u.ApplyPrefs(prefs)
	if opts.At != "" {
		if err := u.SelectTime(opts.At, FromCommandLine); err != nil {
			problems = append(problems, fmt.Errorf("--at: %v", err))
		}
	}
	if opts.Compare != "" {
		if err := u.SelectCompare(opts.Compare, FromCommandLine); err != nil {
			problems = append(problems, fmt.Errorf("--compare: %v", err))
		}
	}
	if opts.Place != "" {
		if err := u.SelectPlace(opts.Place, FromCommandLine); err != nil {
			problems = append(problems, err)
		}
	}
	return u, problems
}

// NewWindow opens Peninsula's window in app a: it loads the data while the
// window is created, builds the content with New from the remembered
// preferences and opts, and installs the menus, keys, file drop and saving
// of the preferences. Problems are shown in dialogs once it is shown.
func NewWindow(a fyne.App, opts Options) (fyne.Window, *UI, error) {
	loaded := make(chan error, 1)
	var d *Data
	go func() { // creating a GL window takes as long as loading
		var err error
		d, err = LoadData()
		loaded <- err
	}()
	store, prefs, storeErr := openSettings(a)
	a.Settings().SetTheme(apptheme.For(prefs.Theme))
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Peninsula")
	if err := <-loaded; err != nil {
		return nil, nil, err
	}
	u, problems := New(d, opts, prefs)
	u.window, u.lastOpened = w, prefs.StoryPath
	u.MapView.Async = true // the window's loop lands the map's renders (fyne.Do)
	w.SetContent(u.Content())
	size := opts.Size
	if size.IsZero() {
		size = FitSize(prefs.WindowSize, opts.Screen)
	}
	w.Resize(size)
	u.InstallShortcuts(w.Canvas())
	w.SetMainMenu(u.mainMenu())
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		for _, uri := range uris {
			if isStoryFile(uri.Name()) {
				u.openStoryIn(uri.Path(), w)
				return
			}
		}
		dialog.ShowInformation("Not a story", "Drop a .story.md file to open it.", w)
	})
	a.Settings().AddListener(func(fyne.Settings) { u.syncPalette() })
	u.notices.OnLineTapped = func(s string) { a.Clipboard().SetContent(s) }
	if storeErr != nil {
		u.settingsNotice(storeErr)
	}
	saver := newPrefsSaver(store, func() Prefs { return u.Prefs(w.Canvas().Size()) }, u.settingsNotice)
	w.SetCloseIntercept(func() { saver.save(); w.Close() })
	a.Lifecycle().SetOnStopped(saver.save)
	a.Lifecycle().SetOnStarted(saver.start)
	for _, p := range problems {
		dialog.ShowError(p, w)
	}
	return w, u, nil
}

// openSettings finds the settings file, checks that it can be written and
// reads the preferences from it (on a first start with this version, from
// where Fyne kept them before). The error says why settings cannot be
// saved or read; the app runs on with what it has.
func openSettings(a fyne.App) (PrefsStore, Prefs, error) {
	f, err := settings.Default("peninsula")
	if err != nil {
		return f, Prefs{}.WithDefaults(), err
	}
	b, loadErr := f.Load()
	if b == nil && loadErr == nil {
		b = []byte(a.Preferences().String(prefKey))
	}
	return f, decodePrefs(b), errors.Join(loadErr, f.Check())
}

// settingsNotice says once, quietly, that settings cannot be saved.
func (u *UI) settingsNotice(err error) {
	u.notices.Set("settings", "Settings can't be saved, so this session's changes will be forgotten when "+
		"Peninsula closes. Everything keeps working. ("+err.Error()+")", nil)
}

// Run opens Peninsula's window in app a and runs it until it is closed.
func Run(a fyne.App, opts Options) error {
	w, _, err := NewWindow(a, opts)
	if err != nil {
		return err
	}
	w.ShowAndRun()
	return nil
}
