// Package assets holds the files Peninsula ships inside its binary: the map
// data (Natural Earth countries and the project's places and lines), the
// Korea explainer story and the app icon. See NOTICE for sources and
// licences.
package assets

import _ "embed"

// World holds the countries of the world at three levels of detail
// (Natural Earth 1:110m, 1:50m and 1:10m, the last simplified), written by
// geo/cmd/mapgen in the compact format geo reads lazily (geo.EncodeWorld).
//
//go:embed map/world.bin
var World []byte

// Features is the GeoJSON of the map's places, seas and the Military
// Demarcation Line.
//
//go:embed map/features.geojson
var Features []byte

// Icon is the app icon (512×512 PNG).
//
//go:embed icon.png
var Icon []byte

// Notice is the record of every data source and its licence.
//
//go:embed NOTICE
var Notice string

// StoryName is the file name of the embedded story, used in messages.
const StoryName = "korea.story.md"

// Story is the embedded Korea explainer (see docs/story-format.md).
//
//go:embed korea.story.md
var Story []byte

// FontRegular and FontBold are Noto Sans with the stories' and the
// gazetteer's Hangul, Kana and Kanji and the common Hangul syllables merged in (made by assets/fonts/build.py; OFL-1.1 and Apache-2.0).
//
//go:embed fonts/PeninsulaSans-Regular.ttf
var FontRegular []byte

//go:embed fonts/PeninsulaSans-Bold.ttf
var FontBold []byte
