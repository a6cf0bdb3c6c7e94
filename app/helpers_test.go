package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/geo"
	"peninsula/story"
)

// newTestApp installs a headless Fyne app with Peninsula's theme.
func newTestApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(Theme())
	return a
}

// testMap and testStory load the embedded data once per test binary.
var (
	sharedMap   *geo.Map
	sharedStory *story.Story
)

func testData(t testing.TB) (*geo.Map, *story.Story) {
	t.Helper()
	if sharedMap == nil {
		m, err := LoadMap()
		if err != nil {
			t.Fatal(err)
		}
		s, ds := LoadStory("", m)
		if err := ds.Err(); err != nil {
			t.Fatal(err)
		}
		sharedMap, sharedStory = m, s
	}
	return sharedMap, sharedStory
}
