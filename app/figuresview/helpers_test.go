package figuresview

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/apptheme"
	"peninsula/link"
	"peninsula/story"
)

// newTestApp is a test app with Peninsula's theme, light or dark.
func newTestApp(t testing.TB, dark bool) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	th := apptheme.Default()
	if dark {
		th = apptheme.For(apptheme.Dark)
	}
	a.Settings().SetTheme(th)
	return a
}

// The built-in Korea story, loaded once per test binary.
var (
	storyOnce   sync.Once
	sharedStory *story.Story
	storyErr    error
)

func testStory(t testing.TB) *story.Story {
	t.Helper()
	storyOnce.Do(func() {
		m, err := link.LoadMap()
		if err != nil {
			storyErr = err
			return
		}
		s, ds := link.LoadStory("", m)
		if err := ds.Err(); err != nil {
			storyErr = err
			return
		}
		sharedStory = s
	})
	if storyErr != nil {
		t.Fatal(storyErr)
	}
	return sharedStory
}

// testSources are the source texts the app would give: each event's title
// and each passage's first words.
func testSources(s *story.Story) map[string]string {
	m := map[string]string{}
	for _, f := range s.Figures {
		for _, se := range f.Series {
			for _, p := range se.Points {
				if ev := s.Event(p.Source); ev != nil {
					m[p.Source] = ev.Title
				} else if ps := s.Passage(p.Source); ps != nil {
					words := strings.Fields(ps.Text())
					m[p.Source] = strings.Join(words[:min(8, len(words))], " ") + "…"
				}
			}
		}
	}
	return m
}

// stripSize is the strip in most tests: a window's width, the strip's
// usual height.
var stripSize = fyne.NewSize(1000, 160)

// newTestStrip shows the Korea story's figures in a test window at t.
func newTestStrip(t testing.TB, size fyne.Size, dark bool, at time.Time) (*FiguresView, fyne.Window) {
	t.Helper()
	newTestApp(t, dark)
	s := testStory(t)
	v := New()
	v.SetFigures(s.Figures)
	v.SetSources(testSources(s))
	v.SetTime(at)
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

// day is midnight UTC of a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// rendererOf is the strip's renderer.
func rendererOf(t testing.TB, v *FiguresView) *renderer {
	t.Helper()
	return test.WidgetRenderer(v).(*renderer)
}

// pointPos is the centre of a point of figure id in the widget's
// coordinates: a bar's middle or a dot.
func pointPos(t testing.TB, v *FiguresView, id string, series, point int) fyne.Position {
	t.Helper()
	i := v.index(id)
	if i < 0 {
		t.Fatalf("no figure %q", id)
	}
	pg := &v.charts[i].series[series].pts[point]
	o := v.chartPos(i)
	y := pg.cy
	if !pg.dot {
		b := pg.bar
		if pg.band.h() > 0 {
			b = b.union(pg.band)
		}
		y = (b.y0 + b.y1) / 2
	}
	return fyne.NewPos(o.X-v.offset+pg.cx, o.Y+y)
}
