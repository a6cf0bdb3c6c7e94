package apptheme

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func lum(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	f := func(v uint32) float64 {
		x := float64(v) / 65535
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(b)
}

func blend(bg, over color.NRGBA) color.NRGBA {
	a := float64(over.A) / 255
	m := func(b, o uint8) uint8 { return uint8(float64(b)*(1-a) + float64(o)*a + 0.5) }
	return color.NRGBA{m(bg.R, over.R), m(bg.G, over.G), m(bg.B, over.B), 255}
}

// TestHighlightContrast: text, links and active links on a highlighted
// passage keep at least WCAG AA contrast (4.5:1) in both themes.
func TestHighlightContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range []string{Light, Dark} {
		th := For(v)
		bg := color.NRGBAModel.Convert(th.Color(theme.ColorNameBackground, 0)).(color.NRGBA)
		fg := th.Color(theme.ColorNameForeground, 0)
		link := th.Color(theme.ColorNameHyperlink, 0)
		act := th.Color(ColorNameActiveLink, 0)
		for _, tint := range []fyne.ThemeColorName{ColorNamePassageCurrent, ColorNamePassageSelected} {
			tinted := blend(bg, th.Color(tint, 0).(color.NRGBA))
			ratio := func(a, b color.Color) float64 {
				l1, l2 := lum(a), lum(b)
				if l1 < l2 {
					l1, l2 = l2, l1
				}
				return (l1 + 0.05) / (l2 + 0.05)
			}
			for _, c := range []struct {
				what string
				fg   color.Color
			}{{"text", fg}, {"link", link}, {"active link", act}} {
				if r := ratio(c.fg, tinted); r < 4.5 {
					t.Errorf("%s theme: %s on a %s passage has contrast %.1f:1, want ≥ 4.5", v, c.what, tint, r)
				}
			}
		}
	}
}
