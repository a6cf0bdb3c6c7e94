package app

import (
	"fmt"

	"github.com/paulmach/orb"

	"peninsula/assets"
	"peninsula/geo"
	"peninsula/story"
)

// LoadMap builds the map from the embedded data.
func LoadMap() (*geo.Map, error) {
	return geo.Load(
		geo.Source{Name: "countries.geojson", Data: assets.Countries},
		geo.Source{Name: "features.geojson", Data: assets.Features},
	)
}

// StoryOptions are the parse options that check a story against map m.
func StoryOptions(m *geo.Map) story.Options {
	return story.Options{KnownFeature: m.Has}
}

// LoadStory reads the story at path, or the embedded Korea story when path
// is empty, and checks it against the map.
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
				Geometry: orbLines(p.Map.Line)})
		}
	}
	if len(extra) == 0 {
		return base
	}
	all := append(append([]*geo.Feature{}, base.Features...), extra...)
	return geo.NewMap(all)
}

// placeFor returns the story place shown as map feature id, or nil.
func placeFor(s *story.Story, featureID string) *story.Place {
	if s == nil {
		return nil
	}
	if p := s.Place(featureID); p != nil && (p.Map.Feature == featureID || p.Map.Feature == "") {
		return p
	}
	for _, p := range s.Places {
		if p.Map.Feature == featureID {
			return p
		}
	}
	return nil
}

// featureFor returns the map feature id that shows story place id.
func featureFor(s *story.Story, placeID string) string {
	if s == nil {
		return placeID
	}
	if p := s.Place(placeID); p != nil && p.Map.Feature != "" {
		return p.Map.Feature
	}
	return placeID
}

// errorText formats diagnostics for a dialog: the errors, one a line.
func errorText(ds story.Diagnostics) string {
	msg := ""
	n := 0
	for _, d := range ds {
		if d.Warning {
			continue
		}
		if n == 12 {
			msg += "…\n"
			break
		}
		msg += d.String() + "\n"
		n++
	}
	if msg == "" {
		return ""
	}
	return fmt.Sprintf("The story has %d problem(s):\n\n%s", countErrors(ds), msg)
}

func countErrors(ds story.Diagnostics) int {
	n := 0
	for _, d := range ds {
		if !d.Warning {
			n++
		}
	}
	return n
}

func orbLines(l orb.LineString) orb.MultiLineString { return orb.MultiLineString{l} }
