package app

import (
	"encoding/json"
	"os"
	"strings"
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
	Compare     time.Time // the second moment compared with it; zero when not comparing
	MapCenter   orb.Point // lon, lat
	MapZoom     float64   // 0 when the map was at its home view
	Language    string    // map labels: en, ko or ja; "" until the user chooses (the locale's)
	Names       string    // whose names for disputed places: "" for both, else a party such as "kor"
	Theme       string    // system, light or dark
	TextSize    float32   // reader text size; 0 for the theme's
	StoryPath   string    // the story last opened from a file; "" for the built-in one
}

// PrefsStore is where the preferences are kept between runs: a file of
// their own (settings.File), written whole and atomically.
type PrefsStore interface {
	Load() ([]byte, error)
	Save([]byte) error
}

// prefKey is the key under which Fyne's preferences held all of Prefs as
// one JSON value, before Peninsula kept its own settings file; a first start
// with this version reads it from there (NewWindow).
const prefKey = "peninsula.state"

// LoadPrefs reads the preferences, with defaults for what is missing or
// unreadable. The error says why the store could not be read; the defaults
// are returned with it.
func LoadPrefs(st PrefsStore) (Prefs, error) {
	b, err := st.Load()
	return decodePrefs(b), err
}

// decodePrefs reads preferences saved as JSON, with defaults for what is
// missing or damaged.
func decodePrefs(b []byte) Prefs {
	var pr Prefs
	if len(b) > 0 {
		_ = json.Unmarshal(b, &pr) // a damaged value falls back to defaults below
	}
	return pr.WithDefaults()
}

// WithDefaults returns the preferences with defaults for what is missing or
// out of range: the zero Prefs are a first start. An empty Language stays
// empty: the labels follow the locale until the user chooses (NewWindow).
func (pr Prefs) WithDefaults() Prefs {
	if pr.SplitOffset <= 0.1 || pr.SplitOffset >= 0.9 {
		pr.SplitOffset = 0.6
	}
	if pr.WindowSize.Width < 400 || pr.WindowSize.Height < 300 {
		pr.WindowSize = DefaultSize
	}
	if pr.Theme == "" {
		pr.Theme = apptheme.System
	}
	return pr
}

// Save writes the preferences to the store.
func (pr Prefs) Save(st PrefsStore) error {
	b, err := json.Marshal(pr)
	if err != nil {
		return err // Prefs holds only plain values; this cannot fail
	}
	return st.Save(b)
}

// Prefs returns the UI's state to remember, for a window of the size.
func (u *UI) Prefs(size fyne.Size) Prefs {
	pr := Prefs{
		WindowSize:  size,
		SplitOffset: u.split.Offset,
		Time:        u.State.Time(),
		Compare:     u.State.Compare(),
		Language:    u.langChosen,
		Names:       u.party,
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
	if pr.Language != "" {
		u.SetLabelLanguage(pr.Language)
	} else {
		u.setLanguage(LocaleLanguage(os.Getenv))
	}
	u.SetNames(pr.Names)
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
	if l := u.Explainer.Linker; !pr.Compare.IsZero() && l != nil {
		u.State.SetCompare(l.Clamp(pr.Compare), FromPrefs)
	}
}

// prefsSaver saves the preferences as they change, so that a crash loses
// at most the last second or so: every second it compares what would be
// saved with what was saved last, and writes only a change. It also saves
// on demand (quit, close). When the store cannot be written it calls
// onError once, and tries again at the next change.
type prefsSaver struct {
	store   PrefsStore
	get     func() Prefs // read on the UI goroutine
	last    string
	onError func(error) // on the UI goroutine, the first failure only
	failed  bool
}

func newPrefsSaver(store PrefsStore, get func() Prefs, onError func(error)) *prefsSaver {
	b, _ := store.Load()
	return &prefsSaver{store: store, get: get, last: string(b), onError: onError}
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
	if err := s.store.Save(b); err != nil {
		if !s.failed && s.onError != nil {
			s.onError(err)
		}
		s.failed = true
		return
	}
	s.last = string(b)
}

// LocaleLanguage is the map's label language for the user's locale
// (LC_ALL, LC_MESSAGES, then LANG, as read by getenv): Korean for ko_*,
// Japanese for ja_*, else English.
func LocaleLanguage(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		switch {
		case strings.HasPrefix(v, "ko"):
			return link.Korean
		case strings.HasPrefix(v, "ja"):
			return link.Japanese
		}
		return link.English
	}
	return link.English
}
