package geo

import "image/color"

// LineStyle is how a line feature or an outline is stroked.
type LineStyle struct {
	Color color.RGBA
	Width float64   // pixels at scale 1
	Dash  []float64 // on/off pattern in pixels; nil for solid
}

// Style holds the colours of a map. Fills and lines are looked up by
// feature id; areas without a fill are not drawn. The renderer reads the
// color.RGBA values as straight (not premultiplied) alpha.
type Style struct {
	Sea         color.RGBA
	Land        color.RGBA            // countries without their own fill
	Fill        map[string]color.RGBA // by feature id (countries and areas)
	Coast       LineStyle
	Border      LineStyle
	Lines       map[string]LineStyle // by feature id; others use DefaultLine
	DefaultLine LineStyle
	Point       color.RGBA // marker fill
	PointRing   color.RGBA // marker outline
	Outside     color.RGBA // beyond the edge of the map data
	Frame       LineStyle  // the edge of the map data
	Highlight   color.RGBA // outline of the selected feature
	Hover       color.RGBA // outline of the feature under the pointer
	// Labels are the label colours by kind (lines use their own colour) and
	// Halo the outline that keeps labels readable on any fill.
	Labels map[Kind]color.RGBA
	Halo   color.NRGBA
}

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 255} }

// LightStyle is the calm default palette: pale, distinct land colours on a
// soft blue sea, with the two Korean lines in strong colours.
func LightStyle() *Style {
	return &Style{
		Sea:  rgb(0xc9, 0xdf, 0xec),
		Land: rgb(0xee, 0xea, 0xe0),
		Fill: map[string]color.RGBA{
			"kor": rgb(0xd8, 0xe9, 0xc9), // soft green
			"prk": rgb(0xf3, 0xdd, 0xc2), // soft apricot
			"chn": rgb(0xf1, 0xe8, 0xc4), // sand
			"jpn": rgb(0xec, 0xd7, 0xdf), // rose grey
			"rus": rgb(0xe2, 0xe0, 0xee), // lavender grey
			"twn": rgb(0xe6, 0xef, 0xd0), // pale lime
			"mng": rgb(0xe9, 0xdf, 0xd0), // pale clay
			// Areas shown at some dates only.
			"korea":       rgb(0xe6, 0xcc, 0xd7), // Japan's rose, a shade deeper: Korea under Japanese rule
			"zone-us":     rgb(0xcf, 0xdc, 0xf0), // pale blue
			"zone-soviet": rgb(0xf0, 0xd0, 0xcc), // pale red
		},
		Coast:  LineStyle{Color: rgb(0x6f, 0x93, 0xab), Width: 1},
		Border: LineStyle{Color: rgb(0x8c, 0x84, 0x7a), Width: 1, Dash: []float64{5, 3}},
		Lines: map[string]LineStyle{
			"mdl":         {Color: rgb(0xb0, 0x2e, 0x26), Width: 2.5},
			"parallel-38": {Color: rgb(0x1f, 0x4e, 0x8c), Width: 2, Dash: []float64{8, 5}},
		},
		DefaultLine: LineStyle{Color: rgb(0x55, 0x55, 0x55), Width: 1.5},
		Outside:     rgb(0xe8, 0xea, 0xec),
		Frame:       LineStyle{Color: rgb(0x9a, 0xa5, 0xb1), Width: 1},
		Point:       rgb(0x33, 0x33, 0x3d),
		PointRing:   rgb(0xff, 0xff, 0xff),
		Highlight:   rgb(0xe0, 0x6c, 0x00),
		Hover:       color.RGBA{0x30, 0x30, 0x30, 0xa0},
		Labels: map[Kind]color.RGBA{
			Country: rgb(0x4a, 0x45, 0x3e),
			Area:    rgb(0x6e, 0x2e, 0x4a),
			Point:   rgb(0x22, 0x22, 0x28),
			Sea:     rgb(0x3b, 0x6a, 0x8c),
		},
		Halo: color.NRGBA{0xff, 0xff, 0xff, 0xc8},
	}
}

// lineStyle returns the style of the line feature with the id.
func (s *Style) lineStyle(id string) LineStyle {
	if ls, ok := s.Lines[id]; ok {
		return ls
	}
	return s.DefaultLine
}

// fill returns the fill of the country, area or badge's land with the
// id: its own, or Land for a country or the badge (areas without a fill of
// their own are not drawn).
func (s *Style) fill(f *Feature) (color.RGBA, bool) {
	if c, ok := s.Fill[f.ID]; ok {
		return c, true
	}
	return s.Land, f.Kind == Country || f.Kind == Badge
}

// DarkStyle is the palette for a dark theme: deep sea, muted land colours
// kept apart by hue, and the Korean lines in lighter tones.
func DarkStyle() *Style {
	return &Style{
		Sea:  rgb(0x17, 0x25, 0x31),
		Land: rgb(0x3a, 0x3a, 0x36),
		Fill: map[string]color.RGBA{
			"kor":         rgb(0x3d, 0x55, 0x3a),
			"prk":         rgb(0x5e, 0x48, 0x33),
			"chn":         rgb(0x52, 0x4a, 0x33),
			"jpn":         rgb(0x58, 0x3d, 0x4a),
			"rus":         rgb(0x42, 0x40, 0x55),
			"twn":         rgb(0x4a, 0x56, 0x33),
			"mng":         rgb(0x4e, 0x45, 0x39),
			"korea":       rgb(0x66, 0x43, 0x55),
			"zone-us":     rgb(0x2f, 0x4b, 0x70),
			"zone-soviet": rgb(0x70, 0x3b, 0x37),
		},
		Coast:  LineStyle{Color: rgb(0x6f, 0x93, 0xb0), Width: 1},
		Border: LineStyle{Color: rgb(0x9a, 0x92, 0x86), Width: 1, Dash: []float64{5, 3}},
		Lines: map[string]LineStyle{
			"mdl":         {Color: rgb(0xff, 0x6f, 0x5e), Width: 2.5},
			"parallel-38": {Color: rgb(0x8f, 0xbc, 0xff), Width: 2, Dash: []float64{8, 5}},
		},
		DefaultLine: LineStyle{Color: rgb(0xbb, 0xbb, 0xbb), Width: 1.5},
		Outside:     rgb(0x24, 0x27, 0x2b),
		Frame:       LineStyle{Color: rgb(0x55, 0x60, 0x6b), Width: 1},
		Point:       rgb(0xee, 0xee, 0xf0),
		PointRing:   rgb(0x17, 0x25, 0x31),
		Highlight:   rgb(0xff, 0xa0, 0x40),
		Hover:       color.RGBA{0xe0, 0xe0, 0xe0, 0xa0},
		Labels: map[Kind]color.RGBA{
			Country: rgb(0xe6, 0xe0, 0xd6),
			Area:    rgb(0xf4, 0xc6, 0xda),
			Point:   rgb(0xf2, 0xf2, 0xf4),
			Sea:     rgb(0x9c, 0xc4, 0xe0),
		},
		Halo: color.NRGBA{0x10, 0x16, 0x1c, 0xc8},
	}
}
