package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/assets"
)

// Theme modes the View menu offers.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// peninsulaTheme is Fyne's default theme with a calm blue primary colour,
// tints for highlighted passages and fonts that carry the story's Hangul
// and Kanji. Mode "light" or "dark" forces that variant; "system" follows
// the desktop's.
type peninsulaTheme struct{ mode string }

var _ fyne.Theme = peninsulaTheme{}

// Theme returns the app's theme in the light variant (tests and snapshots
// use it so images do not depend on the desktop).
func Theme() fyne.Theme { return peninsulaTheme{mode: ThemeLight} }

// ThemeFor returns the app's theme for a mode: system, light or dark.
func ThemeFor(mode string) fyne.Theme {
	if mode != ThemeLight && mode != ThemeDark {
		mode = ThemeSystem
	}
	return peninsulaTheme{mode: mode}
}

// Colour names of our own.
const (
	colorPassageHighlight fyne.ThemeColorName = "passageHighlight"
	colorPassageFocus     fyne.ThemeColorName = "passageFocus"
	colorActiveLink       fyne.ThemeColorName = "activeLink"
	colorPanel            fyne.ThemeColorName = "panel" // cards over the map
)

func (t peninsulaTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
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
	case colorPassageHighlight:
		// Amber tints: text on a tinted passage keeps 6.6:1 (light) and
		// 10.8:1 (dark), links 5.8:1 and 5.4:1 (TestHighlightContrast).
		if dark {
			return color.NRGBA{0xff, 0xb0, 0x40, 0x30}
		}
		return color.NRGBA{0xff, 0xc8, 0x66, 0x40}
	case colorPassageFocus:
		return color.NRGBA{0xe0, 0x6c, 0x00, 0xff}
	case colorActiveLink:
		if dark {
			return color.NRGBA{0xff, 0xb8, 0x70, 0xff}
		}
		return color.NRGBA{0xb3, 0x4d, 0x00, 0xff}
	case colorPanel:
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

// isDark reports whether the current app theme draws dark.
func isDark() bool {
	app := fyne.CurrentApp()
	if app == nil {
		return false
	}
	th := app.Settings().Theme()
	bg := th.Color(theme.ColorNameBackground, app.Settings().ThemeVariant())
	r, g, b, _ := bg.RGBA()
	return r+g+b < 3*0x8000
}
