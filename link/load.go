package link

import (
	"github.com/paulmach/orb"

	"peninsula/assets"
	"peninsula/geo"
	"peninsula/story"
)

// LoadMap builds the map from the data built into the binary: the world's
// countries, whose geometry is decoded as views need it, and the places and
// lines of features.geojson.
func LoadMap() (*geo.Map, error) {
	return geo.LoadWorld("world.bin", assets.World,
		geo.Source{Name: "features.geojson", Data: assets.Features})
}

// StoryOptions are the parse options that check a story against map m:
// its feature ids, and whether its own points lie within the map's data.
func StoryOptions(m *geo.Map) story.Options {
	b := m.Bound()
	return story.Options{KnownFeature: m.Has, MapBound: &b}
}

// LoadStory reads the story at path, or the built-in Korea story when path
// is empty, and checks it against map m.
func LoadStory(path string, m *geo.Map) (*story.Story, story.Diagnostics) {
	if path == "" {
		return story.Parse(assets.StoryName, assets.Story, StoryOptions(m))
	}
	return story.Load(path, StoryOptions(m))
}

// WithStory returns a map with the story's own places added: the points and
// lines a story defines by coordinates rather than by a map feature id. The
// base map is not changed.
func WithStory(base *geo.Map, s *story.Story) *geo.Map {
	var extra []*geo.Feature
	for _, p := range s.Places {
		switch {
		case p.Map.Point != nil:
			extra = append(extra, &geo.Feature{ID: p.ID, Name: p.Name("en"), Kind: geo.Point,
				Class: "place", Geometry: *p.Map.Point})
		case len(p.Map.Line) > 1:
			extra = append(extra, &geo.Feature{ID: p.ID, Name: p.Name("en"), Kind: geo.Line,
				Geometry: orb.MultiLineString{p.Map.Line}})
		}
	}
	if len(extra) == 0 {
		return base
	}
	all := append(append([]*geo.Feature{}, base.Features...), extra...)
	return geo.NewMap(all)
}
