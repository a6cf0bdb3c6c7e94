package link

import (
	"time"

	"peninsula/geo"
	"peninsula/story"
	"peninsula/timeline"
)

// Layers show the map as it was at an instant: a map feature that a story
// place gives a `when` is drawn only within it (the 38th Parallel 1945–1953,
// the occupation zones 1945–1948, the armistice line from 1953, Korea under
// Japanese rule 1910–1945, the Kaesong complex from 2004). Other features
// are always drawn, except areas, which only appear through a `when`, and
// the badge of a place off the map (the United States), which only appears
// when the story has it as a place. With a story, the map's points, seas and
// lines appear only if the story has them as places: a story about the
// Baltic shows no Seoul.
type Layers struct {
	ids   []string // features with a when, in story order
	spans []timeline.Span
	areas []string // areas without a when, and what no place shows: never drawn
}

// NewLayers finds the timed features of story s (which may be nil) on map
// m.
func NewLayers(s *story.Story, m *geo.Map) *Layers {
	l := &Layers{}
	timed, shown := map[string]bool{}, map[string]bool{}
	if s != nil {
		for _, p := range s.Places {
			fid := p.Map.Feature
			if fid == "" { // the story's own point or line
				fid = p.ID
			}
			shown[fid] = true
			if p.When == nil || timed[fid] {
				continue
			}
			timed[fid] = true
			l.ids = append(l.ids, fid)
			l.spans = append(l.spans, *p.When)
		}
	}
	for _, f := range m.Features {
		switch {
		case f.Kind == geo.Area && !timed[f.ID],
			f.Kind == geo.Badge && !shown[f.ID],
			// The map's own points, seas and lines (Seoul, the Yellow
			// Sea, the MDL) belong to the stories that name them.
			s != nil && f.Kind != geo.Country && !shown[f.ID]:
			l.areas = append(l.areas, f.ID)
		}
	}
	return l
}

// Hidden returns the ids of the features not drawn at t, appended to
// dst[:0]: always in the same order, so two instants with the same layers
// give equal slices.
func (l *Layers) Hidden(t time.Time, dst []string) []string {
	dst = dst[:0]
	for i, sp := range l.spans {
		if !sp.Contains(t) {
			dst = append(dst, l.ids[i])
		}
	}
	return append(dst, l.areas...)
}

// Shown reports whether the feature with the id is drawn at t.
func (l *Layers) Shown(t time.Time, id string) bool {
	for i, fid := range l.ids {
		if fid == id {
			return l.spans[i].Contains(t)
		}
	}
	for _, a := range l.areas {
		if a == id {
			return false
		}
	}
	return true
}
