package app

import (
	"encoding/json"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/geo"
	"peninsula/link"
)

// Prefs is what Peninsula remembers between runs, in the app's Fyne
// preferences (keyed by the app ID).
type Prefs struct {
	WindowSize  fyne.Size
	SplitOffset float64   // the map/reader split, 0..1
	Time        time.Time // the timeline's moment
	MapCenter   orb.Point // lon, lat
	MapZoom     float64   // 0 when the map was at its home view
	Language    string    // map labels: en, ko or ja
	Theme       string    // system, light or dark
	TextSize    float32   // reader text size; 0 for the theme's
	StoryPath   string    // the story last opened from a file; "" for the built-in one
}

// prefKey holds all of Prefs as one JSON value, so one change writes it
// all (Fyne debounces writes of quick successive changes).
const prefKey = "peninsula.state"

// LoadPrefs reads the preferences, with defaults for what is missing or
// unreadable.
func LoadPrefs(p fyne.Preferences) Prefs {
	var pr Prefs
	if s := p.String(prefKey); s != "" {
		_ = json.Unmarshal([]byte(s), &pr) // a damaged value falls back to defaults below
	}
	return pr.WithDefaults()
}

// WithDefaults returns the preferences with defaults for what is missing or
// out of range: the zero Prefs are a first start.
func (pr Prefs) WithDefaults() Prefs {
	if pr.SplitOffset <= 0.1 || pr.SplitOffset >= 0.9 {
		pr.SplitOffset = 0.6
	}
	if pr.WindowSize.Width < 400 || pr.WindowSize.Height < 300 {
		pr.WindowSize = DefaultSize
	}
	if pr.Language == "" {
		pr.Language = link.English
	}
	if pr.Theme == "" {
		pr.Theme = apptheme.System
	}
	return pr
}

// Save writes the preferences.
func (pr Prefs) Save(p fyne.Preferences) {
	b, err := json.Marshal(pr)
	if err != nil {
		return // Prefs holds only plain values; this cannot fail
	}
	p.SetString(prefKey, string(b))
}

// Prefs returns the UI's state to remember, for a window of the size.
func (u *UI) Prefs(size fyne.Size) Prefs {
	pr := Prefs{
		WindowSize:  size,
		SplitOffset: u.split.Offset,
		Time:        u.State.Time(),
		Language:    u.lang,
		Theme:       u.themeMode,
		TextSize:    u.Reader.TextSize,
		StoryPath:   u.storyPath,
	}
	if u.MapView.Moved() {
		vp := u.MapView.Viewport()
		pr.MapCenter, pr.MapZoom = vp.Center, vp.Zoom
	}
	return pr
}

// ApplyPrefs restores remembered state (the story is opened by the caller).
func (u *UI) ApplyPrefs(pr Prefs) {
	u.split.Offset = pr.SplitOffset
	u.split.Refresh()
	u.SetLabelLanguage(pr.Language)
	if pr.Theme != u.themeMode {
		u.ApplyTheme(pr.Theme)
	}
	if pr.TextSize > 0 {
		u.Reader.SetTextSize(pr.TextSize)
	}
	if pr.MapZoom > 0 {
		u.MapView.SetViewport(geo.Viewport{Center: pr.MapCenter, Zoom: pr.MapZoom,
			Width: u.MapView.Viewport().Width, Height: u.MapView.Viewport().Height})
	}
	if l := u.Explainer.Linker; !pr.Time.IsZero() && l != nil {
		u.State.SetTime(l.Clamp(pr.Time), FromPrefs)
	}
}

// prefsSaver saves the preferences as they change, so that a crash loses
// at most the last second or so: every second it compares what would be
// saved with what was saved last, and writes only a change (Fyne writes its
// file shortly after). It also saves on demand (quit, close).
type prefsSaver struct {
	store fyne.Preferences
	get   func() Prefs // read on the UI goroutine
	last  string
}

func newPrefsSaver(store fyne.Preferences, get func() Prefs) *prefsSaver {
	return &prefsSaver{store: store, get: get, last: store.String(prefKey)}
}

// start checks for changes every second until the app stops.
func (s *prefsSaver) start() {
	go func() {
		for range time.Tick(time.Second) {
			fyne.Do(s.save)
		}
	}()
}

// save writes the preferences if they changed. It runs on the UI
// goroutine.
func (s *prefsSaver) save() {
	b, err := json.Marshal(s.get())
	if err != nil || string(b) == s.last {
		return
	}
	s.last = string(b)
	s.store.SetString(prefKey, s.last)
}
