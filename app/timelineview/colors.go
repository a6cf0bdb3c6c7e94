package timelineview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
)

// eraHues tint the era bands in turn; translucent, so they suit a light
// or a dark background.
var eraHues = []color.NRGBA{
	{0xb5, 0x5d, 0x3c, 0xff}, // brick
	{0xd1, 0x9a, 0x2a, 0xff}, // amber
	{0xc8, 0x3c, 0x3c, 0xff}, // red
	{0x3f, 0x6f, 0xb5, 0xff}, // blue
	{0x2f, 0x9a, 0x73, 0xff}, // green
	{0x8a, 0x63, 0xb8, 0xff}, // violet
}

// tooltipBg and tooltipInk are the hover tooltip's box and text: dark in
// either theme, like the map's tooltip.
var (
	tooltipBg  = color.NRGBA{0x22, 0x26, 0x2e, 0xff}
	tooltipInk = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// ringFallback rings marked events when the theme has no
// apptheme.ColorNameFocus: the same orange as Peninsula's theme.
var ringFallback = color.NRGBA{0xe0, 0x6c, 0x00, 0xff}

// The second handle, when comparing two moments: a plum that stands apart
// from the primary blue of the main cursor, the orange ring of marked
// events and the eras' tints; lighter on a dark background.
var (
	compareLight = color.NRGBA{0xa3, 0x2a, 0x7c, 0xff}
	compareDark  = color.NRGBA{0xe8, 0x8a, 0xcc, 0xff}
)

// The halo of events a search matched: a highlighter yellow behind the
// marker, edged in a darker amber so it holds on a light background.
var (
	matchFill = color.NRGBA{0xff, 0xd2, 0x1f, 0xe8}
	matchEdge = color.NRGBA{0xc9, 0x8e, 0x00, 0xff}
)

// colors are the theme colours the timeline is drawn with, and the
// second handle's and the search halo's, picked for the background.
type colors struct {
	fg, bg, primary, onPrimary, ring color.NRGBA
	compare, onCompare               color.NRGBA // the second handle and its readout's text
	match, matchEdge                 color.NRGBA // the halo of matched events
}

// themeColors reads the colours the timeline is drawn with from the theme.
// A theme without Peninsula's focus colour (Fyne's own) rings marked
// events in ringFallback.
func (r *renderer) themeColors() colors {
	c := func(n fyne.ThemeColorName) color.NRGBA { return nrgba(theme.ColorForWidget(n, r.v)) }
	col := colors{fg: c(theme.ColorNameForeground), bg: c(theme.ColorNameBackground),
		primary: c(theme.ColorNamePrimary), onPrimary: c(theme.ColorNameForegroundOnPrimary),
		ring: c(apptheme.ColorNameFocus)}
	if col.ring.A == 0 {
		col.ring = ringFallback
	}
	col.compare, col.onCompare = compareLight, color.NRGBA{0xff, 0xff, 0xff, 0xff}
	if dark(col.bg) {
		col.compare, col.onCompare = compareDark, col.bg
	}
	col.match, col.matchEdge = matchFill, matchEdge
	return col
}

// dark reports whether c is a dark background.
func dark(c color.NRGBA) bool {
	return 299*int(c.R)+587*int(c.G)+114*int(c.B) < 128*1000
}

// nrgba converts c to non-premultiplied RGBA.
func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// fade scales c's alpha by a/255.
func fade(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint32(c.A) * uint32(a) / 255)
	return c
}

// mix is the colour halfway between a and b, opaque.
func mix(a, b color.NRGBA) color.NRGBA {
	return color.NRGBA{uint8((int(a.R) + int(b.R)) / 2), uint8((int(a.G) + int(b.G)) / 2),
		uint8((int(a.B) + int(b.B)) / 2), 0xff}
}
