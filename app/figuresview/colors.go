package figuresview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
)

// colors are the theme colours the strip is drawn with.
type colors struct {
	fg, bg  color.NRGBA
	paper   color.NRGBA // a chart's card
	edge    color.NRGBA // a card's outline
	primary color.NRGBA // the first series
	moment  color.NRGBA // the marker line and the current point's ring
	focus   color.NRGBA // the outline of the chart in focus
}

// Fallbacks for a theme without Peninsula's colours (Fyne's own).
var (
	momentFallback = color.NRGBA{0xb3, 0x4d, 0x00, 0xff}
	focusFallback  = color.NRGBA{0xe0, 0x6c, 0x00, 0xff}
)

// tooltipBg and tooltipInk are the hover tooltip's box and text: dark in
// either theme, like the map's and the timeline's.
var (
	tooltipBg  = color.NRGBA{0x22, 0x26, 0x2e, 0xf2}
	tooltipInk = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	tooltipDim = color.NRGBA{0xc8, 0xcd, 0xd6, 0xff}
)

// seriesHues colour the second and later series of a figure; the first
// is drawn in the theme's primary colour.
var seriesHues = []color.NRGBA{
	{0x2f, 0x9a, 0x73, 0xff}, // green
	{0xb5, 0x5d, 0x3c, 0xff}, // brick
	{0x8a, 0x63, 0xb8, 0xff}, // violet
}

// themeColors reads the colours from the widget's theme: the strip's
// background and text, Peninsula's current-moment colour
// (apptheme.ColorNameActiveLink) for the moment and its focus colour
// (apptheme.ColorNameFocus) for the chart in focus.
func themeColors(w fyne.Widget) colors {
	c := func(n fyne.ThemeColorName) color.NRGBA { return nrgba(theme.ColorForWidget(n, w)) }
	col := colors{fg: c(theme.ColorNameForeground), bg: c(theme.ColorNameBackground),
		primary: c(theme.ColorNamePrimary), moment: c(apptheme.ColorNameActiveLink),
		focus: c(apptheme.ColorNameFocus)}
	if col.moment.A == 0 {
		col.moment = momentFallback
	}
	if col.focus.A == 0 {
		col.focus = focusFallback
	}
	col.paper = blend(col.bg, col.fg, 0x0a)
	col.edge = fade(col.fg, 0x30)
	return col
}

// ink is the colour of series i.
func (c *colors) ink(i int) color.NRGBA {
	if i == 0 {
		return c.primary
	}
	return seriesHues[(i-1)%len(seriesHues)]
}

// nrgba converts c to non-premultiplied RGBA.
func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// fade scales c's alpha by a/255.
func fade(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint32(c.A) * uint32(a) / 255)
	return c
}

// blend mixes b into a by t/255, opaque.
func blend(a, b color.NRGBA, t uint8) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8((int(x)*(255-int(t)) + int(y)*int(t) + 127) / 255) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}
