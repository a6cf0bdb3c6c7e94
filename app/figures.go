package app

import (
	"slices"
	"strings"

	"peninsula/story"
)

// The figures strip under the map: the story's numbers in step with the
// timeline (figuresview). Selecting a place puts its figures first; a
// figure link in the text shows its chart; a tap on a point moves time to
// it and focuses the passage it comes from.

// showFigures gives the strip the story's figures, those about place
// first, and the short texts of their sources.
func (u *UI) showFigures(place string) {
	had := len(u.Figures.Figures) > 0
	defer func() {
		if has := len(u.Figures.Figures) > 0; has != had && u.mapPane != nil {
			u.mapPane.Refresh() // the strip takes room only with figures
		}
	}()
	s := u.Story()
	if s == nil {
		u.Figures.SetFigures(nil)
		return
	}
	figs := slices.Clone(s.Figures)
	if place != "" {
		about := s.FiguresForPlace(place)
		slices.SortStableFunc(figs, func(a, b *story.Figure) int {
			return boolRank(slices.Contains(about, b)) - boolRank(slices.Contains(about, a))
		})
	}
	u.Figures.SetSources(figureSources(s))
	u.Figures.SetFigures(figs)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// figureSources are the texts the strip's tooltips quote for each source:
// an event's title, or a passage's first words.
func figureSources(s *story.Story) map[string]string {
	out := map[string]string{}
	for _, f := range s.Figures {
		for _, se := range f.Series {
			for _, p := range se.Points {
				if ev := s.Event(p.Source); ev != nil {
					out[p.Source] = ev.Title
				} else if ps := s.Passage(p.Source); ps != nil {
					out[p.Source] = firstWords(ps.Text(), 90)
				}
			}
		}
	}
	return out
}

// firstWords cuts text to at most n bytes at a word, with "…".
func firstWords(text string, n int) string {
	if len(text) <= n {
		return text
	}
	cut := strings.LastIndex(text[:n], " ")
	if cut <= 0 {
		cut = n
	}
	return text[:cut] + "…"
}

// goToPoint moves time to a point of a figure and focuses the passage it
// comes from (its source passage, else the first that tells its event,
// else the first that links the figure).
func (u *UI) goToPoint(figure string, series, point int) {
	s := u.Story()
	f := s.Figure(figure)
	if f == nil || series >= len(f.Series) || point >= len(f.Series[series].Points) {
		return
	}
	p := f.Series[series].Points[point]
	u.Figures.SetFocus(figure)
	if l := u.Explainer.Linker; l != nil {
		u.Player.Stop()
		u.State.SetTime(l.Clamp(p.When.StartTime()), FromFigures)
	}
	passage := ""
	switch {
	case s.Passage(p.Source) != nil:
		passage = p.Source
	case len(s.PassagesForEvent(p.Source)) > 0:
		passage = s.PassagesForEvent(p.Source)[0].ID
	default:
		for _, sec := range s.Sections {
			for _, ps := range sec.Passages {
				if passage == "" && slices.Contains(ps.Figures, figure) {
					passage = ps.ID
				}
			}
		}
	}
	if passage != "" {
		u.State.FocusPassage(passage, FromFigures)
	}
}
