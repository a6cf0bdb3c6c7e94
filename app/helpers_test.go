package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/link"
	"peninsula/story"
	"peninsula/timeline"
)

// newTestApp installs a headless Fyne app with Peninsula's theme.
func newTestApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.Default())
	return a
}

// sharedData is the built-in map and story, loaded once per test binary.
var sharedData *Data

func testData(t testing.TB) *Data {
	t.Helper()
	if sharedData == nil {
		d, err := LoadData()
		if err != nil {
			t.Fatal(err)
		}
		sharedData = d
	}
	return sharedData
}

// firstStart are the preferences of a first start in the light theme.
func firstStart() Prefs { return Prefs{Theme: apptheme.Light, Language: link.English}.WithDefaults() }

// newTestUI builds the window content as the app does (New, first start)
// and shows it in a test window of the size with the window's keys.
func newTestUI(t testing.TB, size fyne.Size) (*UI, fyne.Window) {
	t.Helper()
	newTestApp(t)
	u, problems := New(testData(t), Options{}, firstStart())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	w := test.NewWindow(u.Content())
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	u.InstallShortcuts(&desktopCanvas{Canvas: w.Canvas()})
	return u, w
}

// desktopCanvas is the test window's canvas with the key-down and key-up
// handlers of the GLFW window's canvas (desktop.Canvas), which Fyne's test
// canvas lacks.
type desktopCanvas struct {
	fyne.Canvas
	down, up func(*fyne.KeyEvent)
}

func (c *desktopCanvas) OnKeyDown() func(*fyne.KeyEvent)     { return c.down }
func (c *desktopCanvas) SetOnKeyDown(f func(*fyne.KeyEvent)) { c.down = f }
func (c *desktopCanvas) OnKeyUp() func(*fyne.KeyEvent)       { return c.up }
func (c *desktopCanvas) SetOnKeyUp(f func(*fyne.KeyEvent))   { c.up = f }

func dateOf(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d.Start()
}

// allPassages lists the story's passages in order.
func allPassages(s *story.Story) []*story.Passage {
	var out []*story.Passage
	for _, sec := range s.Sections {
		out = append(out, sec.Passages...)
	}
	return out
}

func passageIDs(ps []*story.Passage) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

// mapPos returns the window position of a lon/lat on the map (the map is
// at the window's top-left).
func mapPos(u *UI, lon, lat float64) fyne.Position {
	p := u.MapView.Viewport().ToPixel(orb.Point{lon, lat})
	return fyne.NewPos(float32(p[0]), float32(p[1]))
}

// tapMap taps the map at a lon/lat, zooming in around it first so that
// neighbouring markers are apart.
func tapMap(u *UI, lon, lat float64, zoom bool) {
	if zoom {
		vp := u.MapView.Viewport()
		p := vp.ToPixel(orb.Point{lon, lat})
		u.MapView.SetViewport(vp.ZoomAt(p, 3))
	}
	test.TapAt(u.MapView, mapPos(u, lon, lat))
}
