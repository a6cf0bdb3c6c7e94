package link

import (
	"encoding/json"
	"fmt"

	"peninsula/story"
	"peninsula/timeline"
)

// MomentJSON returns, as indented JSON, what the story links to a date
// (written as in stories, and resolved as Linker.Resolve does: "1950" is
// the invasion of 25 June 1950): the moment, the active events, the
// passages that link them and the places they concern, in story order:
//
//	{"at": "1950", "moment": "1950-06-25",
//	 "events": [{"id": "...", "title": "...", "when": "..."}],
//	 "passages": [{"id": "...", "section": "...", "text": "..."}],
//	 "places": [{"id": "...", "name": "..."}]}
//
// It backs `peninsula links --at DATE`.
func MomentJSON(s *story.Story, date string) ([]byte, error) {
	d, err := timeline.ParseDate(date)
	if err != nil {
		return nil, err
	}
	if len(s.Events) == 0 {
		return nil, fmt.Errorf("the story has no events")
	}
	type event struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		When  string `json:"when"`
	}
	type passage struct {
		ID      string `json:"id"`
		Section string `json:"section"`
		Text    string `json:"text"`
	}
	type place struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	out := struct {
		At       string    `json:"at"`
		Moment   string    `json:"moment"`
		Events   []event   `json:"events"`
		Passages []passage `json:"passages"`
		Places   []place   `json:"places"`
	}{At: d.String(), Events: []event{}, Passages: []passage{}, Places: []place{}}
	l := NewLinker(s)
	t := l.Resolve(d)
	out.Moment = t.Format("2006-01-02")
	m := l.At(t)
	for _, e := range m.Events {
		ev := l.Event(e)
		out.Events = append(out.Events, event{ev.ID, ev.Title, ev.When.String()})
	}
	for _, p := range m.Passages {
		out.Passages = append(out.Passages, passage{p.ID, p.Section.ID, p.Text()})
	}
	for _, id := range m.Places {
		out.Places = append(out.Places, place{id, s.Place(id).Name("en")})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
