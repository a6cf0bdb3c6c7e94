package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/assets"
)

// peninsulaTheme is Fyne's default theme in the light variant with a calm
// blue primary colour and a tint for highlighted passages. Its fonts are the
// ones Fyne embeds, so screenshots do not depend on the machine's fonts.
type peninsulaTheme struct{}

var _ fyne.Theme = peninsulaTheme{}

// Theme returns the app's theme.
func Theme() fyne.Theme { return peninsulaTheme{} }

// Colour names of our own.
const (
	colorPassageHighlight fyne.ThemeColorName = "passageHighlight"
	colorPassageFocus     fyne.ThemeColorName = "passageFocus"
	colorActiveLink       fyne.ThemeColorName = "activeLink"
)

func (peninsulaTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return color.NRGBA{0x1f, 0x5f, 0xa8, 0xff}
	case colorPassageHighlight:
		return color.NRGBA{0xff, 0xc8, 0x66, 0x40}
	case colorPassageFocus:
		return color.NRGBA{0xe0, 0x6c, 0x00, 0xff}
	case colorActiveLink:
		return color.NRGBA{0xb3, 0x4d, 0x00, 0xff}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
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
