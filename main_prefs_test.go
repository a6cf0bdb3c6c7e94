package main

import (
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/paulmach/orb"

	"peninsula/app"
	"peninsula/app/apptheme"
	"peninsula/link"
)

// TestPrefsRoundTrip: preferences saved by one run are read by the next
// (a new app with the same ID, storing in a temporary config folder).
func TestPrefsRoundTrip(t *testing.T) {
	// Fyne keeps watching the preferences file after the test, so the
	// folder is removed on a best-effort basis rather than with t.TempDir.
	dir, err := os.MkdirTemp("", "peninsula-prefs")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	t.Setenv("XDG_CONFIG_HOME", dir)
	const id = "org.peninsula.explainer.test"
	want := app.Prefs{
		WindowSize:  fyne.NewSize(1234, 777),
		SplitOffset: 0.55,
		Time:        time.Date(1950, 6, 25, 0, 0, 0, 0, time.UTC),
		MapCenter:   orb.Point{127.5, 37.9},
		MapZoom:     7.5,
		Language:    link.Korean,
		Theme:       apptheme.Dark,
		TextSize:    17,
		StoryPath:   "/tmp/some.story.md",
	}
	a := fyneapp.NewWithID(id)
	want.Save(a.Preferences())
	time.Sleep(300 * time.Millisecond) // Fyne writes preferences shortly after a change
	b := fyneapp.NewWithID(id)
	got := app.LoadPrefs(b.Preferences())
	if got != want {
		t.Errorf("read back %+v\nwant         %+v", got, want)
	}
}
