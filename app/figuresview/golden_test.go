package figuresview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
)

// TestGolden: the Korea story's figures at mid-2003, mid-2004 and mid-2005
// in both themes; and scrolled to the end with the economy's rank in focus.
func TestGolden(t *testing.T) {
	tests := []struct {
		golden string
		at     time.Time
		dark   bool
		focus  string
	}{
		{"figures_2003_light.png", day(2003, 7, 1), false, ""},
		{"figures_2004_light.png", day(2004, 7, 1), false, ""},
		{"figures_2005_light.png", day(2005, 7, 1), false, ""},
		{"figures_2003_dark.png", day(2003, 7, 1), true, ""},
		{"figures_2004_dark.png", day(2004, 7, 1), true, ""},
		{"figures_2005_dark.png", day(2005, 7, 1), true, ""},
		{"figures_focus_light.png", day(2006, 3, 1), false, "economy-rank"},
		{"figures_focus_dark.png", day(2006, 3, 1), true, "economy-rank"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			v, w := newTestStrip(t, stripSize, tt.dark, tt.at)
			if tt.focus != "" {
				v.SetFocus(tt.focus)
			}
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}

// TestGoldenHover: the tooltip of an expected range. (Not of a derived
// value: its "≈" is not in the app's fonts, and Fyne would draw it in
// whatever system font has it.)
func TestGoldenHover(t *testing.T) {
	v, w := newTestStrip(t, stripSize, false, day(2005, 7, 1))
	test.MoveMouse(w.Canvas(), pointPos(t, v, "china-investment-north", 0, 2))
	test.AssertImageMatches(t, "figures_hover.png", w.Canvas().Capture())
}

// TestGolden2x: the strip on a canvas at twice the scale; the charts'
// text is drawn at the pixel size, not scaled up.
func TestGolden2x(t *testing.T) {
	newTestApp(t, false)
	s := testStory(t)
	v := New()
	v.SetFigures(s.Figures)
	v.SetTime(day(2005, 7, 1))
	c := software.NewCanvas()
	c.SetScale(2)
	c.SetPadded(false)
	c.SetContent(v)
	c.Resize(fyne.NewSize(500, 160))
	img := c.Capture()
	if img.Bounds().Dx() != 1000 {
		t.Fatalf("captured %v at 2×", img.Bounds())
	}
	r := rendererOf(t, v)
	if o := r.charts[0]; o.img == nil || o.img.Rect.Dx() != int(2*v.chartSize.Width) {
		t.Errorf("chart image %v for a chart %v wide at 2×", o.img, v.chartSize.Width)
	}
	test.AssertImageMatches(t, "figures_2x.png", img)
}
