// Package apptheme is Peninsula's Fyne theme: Fyne's default look with a
// calm blue primary colour, the tints the reader and the timeline draw with,
// light and dark variants, and fonts that carry the story's Hangul and
// Kanji. The widgets under app/ name its colours; the app installs it.
package apptheme

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/assets"
)

// Modes the View menu offers.
const (
	System = "system"
	Light  = "light"
	Dark   = "dark"
)

// peninsulaTheme is Fyne's default theme with a calm blue primary colour,
// tints for highlighted passages and fonts that carry the story's Hangul
// and Kanji. Mode "light" or "dark" forces that variant; "system" follows
// the desktop's.
type peninsulaTheme struct{ mode string }

var _ fyne.Theme = peninsulaTheme{}

// Default returns the theme in the light variant (tests and snapshots use
// it so images do not depend on the desktop).
func Default() fyne.Theme { return peninsulaTheme{mode: Light} }

// For returns the theme for a mode: system, light or dark.
func For(mode string) fyne.Theme {
	if mode != Light && mode != Dark {
		mode = System
	}
	return peninsulaTheme{mode: mode}
}

// Colour names of our own, for theme.Color and theme.ColorForWidget.
const (
	// ColorNamePassageCurrent tints the passages of the current moment.
	ColorNamePassageCurrent fyne.ThemeColorName = "passageHighlight"
	// ColorNamePassageSelected tints the passages about the selected place.
	ColorNamePassageSelected fyne.ThemeColorName = "passageSelected"
	// ColorNameFocus marks the passage in focus and the events of the
	// selected place on the timeline.
	ColorNameFocus fyne.ThemeColorName = "passageFocus"
	// ColorNameActiveLink draws links to the events of the current moment.
	ColorNameActiveLink fyne.ThemeColorName = "activeLink"
	// ColorNamePanel is the background of cards over the map.
	ColorNamePanel fyne.ThemeColorName = "panel"
)

func (t peninsulaTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case Light:
		return theme.VariantLight
	case Dark:
		return theme.VariantDark
	}
	return v
}

func (t peninsulaTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	dark := v == theme.VariantDark
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if dark {
			return color.NRGBA{0x7c, 0xb2, 0xf0, 0xff}
		}
		return color.NRGBA{0x1f, 0x5f, 0xa8, 0xff}
	case ColorNamePassageCurrent:
		// Amber tints: text on a tinted passage keeps 6.6:1 (light) and
		// 10.8:1 (dark), links 5.8:1 and 5.4:1 (TestHighlightContrast).
		if dark {
			return color.NRGBA{0xff, 0xb0, 0x40, 0x30}
		}
		return color.NRGBA{0xff, 0xc8, 0x66, 0x40}
	case ColorNamePassageSelected:
		// Blue tints, apart from the moment's amber (TestHighlightContrast).
		if dark {
			return color.NRGBA{0x7c, 0xb2, 0xf0, 0x30}
		}
		return color.NRGBA{0x4a, 0x8e, 0xdc, 0x24}
	case ColorNameFocus:
		return color.NRGBA{0xe0, 0x6c, 0x00, 0xff}
	case ColorNameActiveLink:
		if dark {
			return color.NRGBA{0xff, 0xb8, 0x70, 0xff}
		}
		return color.NRGBA{0xb3, 0x4d, 0x00, 0xff}
	case ColorNamePanel:
		if dark {
			return color.NRGBA{0x23, 0x27, 0x2e, 0xec}
		}
		return color.NRGBA{0xff, 0xff, 0xff, 0xe8}
	}
	return theme.DefaultTheme().Color(n, v)
}

var (
	fontRegular = fyne.NewStaticResource("PeninsulaSans-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("PeninsulaSans-Bold.ttf", assets.FontBold)
)

// Font returns Noto Sans with Hangul and Kanji merged in for upright text,
// so Korean and Japanese names render without any system font; italic,
// monospace and symbols are Fyne's own.
func (peninsulaTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace || s.Symbol || s.Italic:
		return theme.DefaultTheme().Font(s)
	case s.Bold:
		return fontBold
	}
	return fontRegular
}

func (peninsulaTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (peninsulaTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// IsDark reports whether the current app theme draws dark.
func IsDark() bool {
	app := fyne.CurrentApp()
	if app == nil {
		return false
	}
	th := app.Settings().Theme()
	bg := th.Color(theme.ColorNameBackground, app.Settings().ThemeVariant())
	r, g, b, _ := bg.RGBA()
	return r+g+b < 3*0x8000
}
