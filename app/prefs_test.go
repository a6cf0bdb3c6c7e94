package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/app/internal/settings"
	"peninsula/link"
)

// TestPrefsRoundTrip: preferences saved by one run are read by the next,
// through the real settings file in a temporary configuration folder.
func TestPrefsRoundTrip(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	a := newTestApp(t)
	want := Prefs{
		WindowSize:  fyne.NewSize(1234, 777),
		SplitOffset: 0.55,
		Time:        time.Date(1950, 6, 25, 0, 0, 0, 0, time.UTC),
		MapCenter:   orb.Point{127.5, 37.9},
		MapZoom:     7.5,
		Language:    link.Korean,
		Names:       "jpn",
		Theme:       apptheme.Dark,
		TextSize:    17,
		StoryPath:   "/tmp/some.story.md",
	}
	store, _, err := openSettings(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := want.Save(store); err != nil {
		t.Fatal(err)
	}
	_, got, err := openSettings(newTestApp(t))
	if err != nil || got != want {
		t.Errorf("read back %+v (%v)\nwant         %+v", got, err, want)
	}
	if _, err := os.Stat(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "peninsula", settings.FileName)); err != nil {
		t.Errorf("no settings file: %v", err)
	}
}

// TestPrefsFromFyne: a first start with this version takes the settings
// Fyne's preferences kept before.
func TestPrefsFromFyne(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	a := newTestApp(t)
	a.Preferences().SetString(prefKey, `{"Language":"ja","TextSize":19}`)
	_, got, err := openSettings(a)
	if err != nil || got.Language != link.Japanese || got.TextSize != 19 {
		t.Errorf("got %+v, %v", got, err)
	}
}

// TestPrefsSavedAsTheyChange: the saver writes the preferences when they
// change (and only then), so a crash loses nothing older than its tick.
func TestPrefsSavedAsTheyChange(t *testing.T) {
	newTestApp(t)
	u, _ := New(testData(t), Options{}, firstStart())
	size := fyne.NewSize(1200, 800)
	store := &countingStore{File: settings.File{Path: filepath.Join(t.TempDir(), settings.FileName)}}
	s := newPrefsSaver(store, func() Prefs { return u.Prefs(size) }, nil)
	s.save()
	s.save()
	if store.saves != 1 {
		t.Fatalf("%d saves without a change, want 1", store.saves)
	}
	u.SetLabelLanguage("ko")
	s.save()
	if got, _ := LoadPrefs(store); got.Language != "ko" {
		t.Errorf("after changing the labels the saved language is %q", got.Language)
	}
	u.State.SetTime(dateOf(t, "1950-06-25"), FromTimeline)
	s.save()
	if got, _ := LoadPrefs(store); !got.Time.Equal(dateOf(t, "1950-06-25")) {
		t.Errorf("after moving time the saved time is %v", got.Time)
	}
}

type countingStore struct {
	settings.File
	saves int
}

func (c *countingStore) Save(b []byte) error { c.saves++; return c.File.Save(b) }

// TestSettingsUnusable: with a file where the settings folder should be,
// the window opens with a quiet notice (once), keeps its state in memory,
// and the saver keeps trying without repeating the notice.
func TestSettingsUnusable(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(blocker, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CONFIG_HOME", blocker)
	a := newTestApp(t)
	w, u, err := NewWindow(a, Options{Size: fyne.NewSize(1200, 800)})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	title, _, ok := u.notices.Get("settings")
	if !ok || !strings.Contains(title, "Settings can't be saved") || !strings.Contains(title, "not a directory") {
		t.Fatalf("notice %q (%v)", title, ok)
	}
	if got := strings.Join(texts(w.Content()), "|"); !strings.Contains(got, "Settings can't be saved") {
		t.Errorf("the notice is not on screen: %q", got)
	}
	u.notices.Clear("settings")
	calls := 0
	s := newPrefsSaver(settings.File{Path: filepath.Join(blocker, "peninsula", settings.FileName)},
		func() Prefs { return u.Prefs(fyne.NewSize(1200, 800)) }, func(error) { calls++ })
	u.SetLabelLanguage("ja")
	s.save()
	u.SetLabelLanguage("ko")
	s.save()
	if calls != 1 || u.LabelLanguage() != "ko" {
		t.Errorf("%d notices for two failed saves; language %q", calls, u.LabelLanguage())
	}
}

// TestLocaleLanguage: the labels follow the locale until the user chooses.
func TestLocaleLanguage(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, link.English},
		{map[string]string{"LANG": "C"}, link.English},
		{map[string]string{"LANG": "ko_KR.UTF-8"}, link.Korean},
		{map[string]string{"LANG": "ja_JP.UTF-8"}, link.Japanese},
		{map[string]string{"LANG": "ko_KR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, link.English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.eucJP"}, link.Japanese},
	}
	for _, tc := range tests {
		if got := LocaleLanguage(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("LocaleLanguage(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
	t.Setenv("LANG", "ko_KR.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	newTestApp(t)
	first := Prefs{Theme: apptheme.Light}.WithDefaults()
	u, _ := New(testData(t), Options{}, first)
	if u.LabelLanguage() != link.Korean || u.Prefs(DefaultSize).Language != "" {
		t.Errorf("first start in a Korean locale: labels %q, saved %q", u.LabelLanguage(), u.Prefs(DefaultSize).Language)
	}
	u.SetLabelLanguage(link.English)
	if u.Prefs(DefaultSize).Language != link.English {
		t.Errorf("after choosing English the saved language is %q", u.Prefs(DefaultSize).Language)
	}
}
