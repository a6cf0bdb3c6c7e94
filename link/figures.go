package link

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"time"

	"peninsula/story"
)

// CurrentPoint returns the index of the point of series s current at t: the
// last whose date has begun by t, or -1 before the first.
func CurrentPoint(s *story.Series, t time.Time) int {
	cur := -1
	for i, p := range s.Points {
		if !p.When.StartTime().After(t) {
			cur = i
		}
	}
	return cur
}

// figureRow is one point of a figure, as `peninsula figures` prints it.
type figureRow struct {
	Figure    string  `json:"figure"`
	Title     string  `json:"title"`
	Unit      string  `json:"unit"`
	Scale     string  `json:"scale,omitempty"`
	Kind      string  `json:"kind"`
	Series    string  `json:"series,omitempty"`
	When      string  `json:"when"`
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Qualifier string  `json:"qualifier,omitempty"`
	How       string  `json:"how,omitempty"`
	Source    string  `json:"source,omitempty"`
}

func figureRows(s *story.Story) []figureRow {
	rows := []figureRow{}
	for _, f := range s.Figures {
		for _, se := range f.Series {
			for _, p := range se.Points {
				rows = append(rows, figureRow{f.ID, f.Title, f.Unit, f.Scale, f.Kind, se.Name, p.When.String(),
					p.Low, p.High, p.Qualifier, p.How, p.Source})
			}
		}
	}
	return rows
}

// FiguresJSON returns every point of the story's figures as indented JSON:
// a list of {figure, title, unit, scale, kind, series, when, low, high,
// qualifier, how, source}; a single value has low = high.
func FiguresJSON(s *story.Story) ([]byte, error) {
	b, err := json.MarshalIndent(figureRows(s), "", "  ")
	return append(b, '\n'), err
}

// FiguresCSV returns the same rows as CSV with a header line.
func FiguresCSV(s *story.Story) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"figure", "title", "unit", "scale", "kind", "series", "when", "low", "high", "qualifier", "how", "source"})
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	for _, r := range figureRows(s) {
		w.Write([]string{r.Figure, r.Title, r.Unit, r.Scale, r.Kind, r.Series, r.When, num(r.Low), num(r.High),
			r.Qualifier, r.How, r.Source})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
