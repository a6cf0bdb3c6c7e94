package geo

// Level is a level of detail of the world's countries: Natural Earth at
// 1:110m, 1:50m or 1:10m. The map draws, hit-tests and labels a view with
// the level of its zoom (LevelFor), and decodes a country's geometry at a
// level only when a view at that level reaches it.
type Level int

// The levels of detail, coarse to fine.
const (
	Level110m Level = iota // the whole world: 1:110m
	Level50m               // a large part of the world: 1:50m
	Level10m               // a region or closer: 1:10m, simplified
	NumLevels
)

// Zooms at which a finer level takes over: below Zoom50m the map shows
// 1:110m, below Zoom10m 1:50m, from Zoom10m on 1:10m. At Zoom10m the whole
// of the Korea region (lon 112..146, lat 21..48) fits in about 270×220
// pixels; the map shows it at 10m from there on, as it always has.
const (
	Zoom50m = 2.0
	Zoom10m = 3.5
)

var levelNames = [...]string{"110m", "50m", "10m"}

// String returns the level's scale: "110m", "50m" or "10m".
func (l Level) String() string {
	if l < 0 || l >= NumLevels {
		return "unknown"
	}
	return levelNames[l]
}

// LevelFor returns the level of detail for a view at the zoom (see
// Viewport.Zoom): the one whose detail is about a pixel at that scale.
func LevelFor(zoom float64) Level {
	switch {
	case zoom < Zoom50m:
		return Level110m
	case zoom < Zoom10m:
		return Level50m
	}
	return Level10m
}
