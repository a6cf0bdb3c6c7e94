package link

import (
	"peninsula/geo"
	"peninsula/story"
)

// Explainer is a story on its map: the map with the story's own places,
// the Linker of its timeline, the time-aware layers, and the translation
// between story places and map features. Build one with New; it is not
// changed after, so it may be shared.
type Explainer struct {
	Story  *story.Story // nil when no story is shown
	Base   *geo.Map     // the map data alone
	Map    *geo.Map     // Base with the story's own points and lines
	Linker *Linker      // nil when the story has no events
	Layers *Layers
}

// New joins story s (which may be nil) to map base.
func New(base *geo.Map, s *story.Story) *Explainer {
	e := &Explainer{Story: s, Base: base, Map: base}
	if s != nil {
		e.Map = WithStory(base, s)
		if len(s.Events) > 0 {
			e.Linker = NewLinker(s)
		}
	}
	e.Layers = NewLayers(s, e.Map)
	return e
}

// Feature returns the id of the map feature that shows story place id; an
// id the story does not know is returned as it is (it may be a feature's).
func (e *Explainer) Feature(placeID string) string {
	if e.Story != nil {
		if p := e.Story.Place(placeID); p != nil && p.Map.Feature != "" {
			return p.Map.Feature
		}
	}
	return placeID
}

// Place returns the id of the story place that map feature fid shows, or
// fid when no story place shows it.
func (e *Explainer) Place(fid string) string {
	if p := e.placeOf(fid); p != nil {
		return p.ID
	}
	return fid
}

// placeOf returns the story place shown as map feature fid, or nil.
func (e *Explainer) placeOf(fid string) *story.Place {
	if e.Story == nil {
		return nil
	}
	if p := e.Story.Place(fid); p != nil && (p.Map.Feature == fid || p.Map.Feature == "") {
		return p
	}
	for _, p := range e.Story.Places {
		if p.Map.Feature == fid {
			return p
		}
	}
	return nil
}

// Has reports whether id is a story place or a map feature.
func (e *Explainer) Has(id string) bool {
	return (e.Story != nil && e.Story.Place(id) != nil) || e.Map.Has(id)
}

// Features returns the map features of the places, appended to dst[:0].
func (e *Explainer) Features(places []string, dst []string) []string {
	dst = dst[:0]
	for _, p := range places {
		dst = append(dst, e.Feature(p))
	}
	return dst
}

// PlaceEvents returns the schedule indices of the events whose places
// include place id, appended to dst[:0].
func (e *Explainer) PlaceEvents(id string, dst []int) []int {
	dst = dst[:0]
	if e.Linker == nil || id == "" {
		return dst
	}
	for _, ev := range e.Story.EventsForPlace(id) {
		if i := e.Linker.Schedule.Index(ev.ID); i >= 0 {
			dst = append(dst, i)
		}
	}
	return dst
}

// PlacePassages returns the ids of the passages about place id, in story
// order.
func (e *Explainer) PlacePassages(id string) []string {
	if e.Story == nil || id == "" {
		return nil
	}
	ps := e.Story.PassagesForPlace(id)
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}
