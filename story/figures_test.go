package story

import (
	"slices"
	"testing"
)

// TestFigures: figures, their series and points, qualifiers, sources and
// links, as written in testdata/figures.story.md.
func TestFigures(t *testing.T) {
	st, ds := Load("testdata/figures.story.md", Options{KnownFeature: testFeatures})
	if ds.HasErrors() {
		t.Fatal(ds.Err())
	}
	if len(st.Figures) != 2 {
		t.Fatalf("%d figures", len(st.Figures))
	}
	trade := st.Figure("trade")
	tests := []struct {
		name      string
		got, want any
	}{
		{"trade unit", trade.Unit, "USD"},
		{"trade scale", trade.Scale, "billion"},
		{"trade kind", trade.Kind, "bar"},
		{"trade series", len(trade.Series), 1},
		{"2003 value", trade.Series[0].Points[0].Value(), 63.4e9},
		{"2003 qualifier", trade.Series[0].Points[0].Qualifier, "derived"},
		{"2003 how", trade.Series[0].Points[0].How, "90 ÷ 1.42"},
		{"2004 source", trade.Series[0].Points[1].Source, "trade-2004"},
		{"2004 date", trade.Series[0].Points[1].When.String(), "2004"},
		{"range", [2]float64{st.Figure("investment").Series[0].Points[0].Low, st.Figure("investment").Series[0].Points[0].High}, [2]float64{85e6, 90e6}},
		{"range is a range", st.Figure("investment").Series[0].Points[0].IsRange(), true},
		{"series name", st.Figure("investment").Series[0].Name, "planned"},
		{"passage links", st.Sections[0].Passages[0].Figures, []string{"trade", "investment"}},
	}
	for _, tt := range tests {
		if !equal(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	var kinds []LinkKind
	for _, r := range st.Sections[0].Passages[0].Runs {
		if r.Link.Kind != LinkNone {
			kinds = append(kinds, r.Link.Kind)
		}
	}
	if !slices.Contains(kinds, LinkFigure) {
		t.Errorf("the passage's links are %v, want a figure link", kinds)
	}
	if got := st.FiguresForPlace("kor"); len(got) != 1 || got[0].ID != "trade" {
		t.Errorf("FiguresForPlace(kor) = %v", got)
	}
}

func equal(a, b any) bool {
	switch a := a.(type) {
	case []string:
		return slices.Equal(a, b.([]string))
	}
	return a == b
}
