package story

import (
	"encoding/json"
	"fmt"
)

// placeLinks is the JSON form of PlaceLinksJSON.
type placeLinks struct {
	Place struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"place"`
	Sections []sectionRef `json:"sections"`
	Passages []passageRef `json:"passages"`
}

type sectionRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type passageRef struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	Text    string `json:"text"`
}

// PlaceLinksJSON returns, as indented JSON, the place (id and English name),
// the sections and the passages that link to it, in story order (see
// PassagesForPlace):
//
//	{"place": {"id": "...", "name": "..."},
//	 "sections": [{"id": "...", "title": "..."}],
//	 "passages": [{"id": "...", "section": "...", "text": "..."}]}
//
// It backs `peninsula links --place ID`. An unknown id is an error.
func (s *Story) PlaceLinksJSON(id string) ([]byte, error) {
	pl := s.Place(id)
	if pl == nil {
		return nil, fmt.Errorf("unknown place %q", id)
	}
	var out placeLinks
	out.Place.ID, out.Place.Name = pl.ID, pl.Name("en")
	out.Sections = []sectionRef{}
	for _, sec := range s.SectionsForPlace(id) {
		out.Sections = append(out.Sections, sectionRef{ID: sec.ID, Title: sec.Title})
	}
	out.Passages = []passageRef{}
	for _, ps := range s.PassagesForPlace(id) {
		out.Passages = append(out.Passages, passageRef{ID: ps.ID, Section: ps.Section.ID, Text: ps.Text()})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("place %q links: %w", id, err)
	}
	return append(b, '\n'), nil
}
