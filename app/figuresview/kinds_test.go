package figuresview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/story"
)

// syntheticFigures has what the Korea story lacks: a bar of each
// qualifier, a target bar, a line chart of two series with a range and an
// expected point, and percentages.
func syntheticFigures(t testing.TB) []*story.Figure {
	pt := func(when string, lo, hi float64, q string) *story.Point {
		return &story.Point{When: parseSpan(t, when), Low: lo, High: hi, Qualifier: q, How: "a sum"}
	}
	return []*story.Figure{
		{ID: "qualifiers", Title: "Each qualifier as a bar", Unit: "USD", Scale: "billion", Kind: "bar",
			Note: "plain, about, derived, expected range, target",
			Series: []*story.Series{{Points: []*story.Point{
				pt("2001", 40e9, 40e9, ""), pt("2002", 55e9, 55e9, "about"), pt("2003", 62e9, 62e9, "derived"),
				pt("2004", 60e9, 80e9, "expected"), pt("2005", 90e9, 90e9, "target")}}}},
		{ID: "lines", Title: "Exports and imports", Unit: "USD", Scale: "million", Kind: "line",
			Series: []*story.Series{
				{Name: "Exports", Points: []*story.Point{pt("2001", 200e6, 200e6, ""), pt("2002", 260e6, 300e6, ""),
					pt("2003", 350e6, 350e6, "expected")}},
				{Name: "Imports", Points: []*story.Point{pt("2001", 120e6, 120e6, ""), pt("2002", 150e6, 150e6, "derived"),
					pt("2003", 180e6, 180e6, "target")}}}},
		{ID: "share", Title: "A share", Unit: "percent", Kind: "step",
			Series: []*story.Series{{Points: []*story.Point{pt("1998", 12, 12, ""), pt("2000-06", 30, 30, "about"),
				pt("2003", 24, 24, "")}}}},
	}
}

// TestGoldenKinds: the chart kinds and qualifiers the Korea story does not
// use, at 2002.
func TestGoldenKinds(t *testing.T) {
	newTestApp(t, false)
	v := New()
	v.SetFigures(syntheticFigures(t))
	v.SetTime(day(2002, 7, 1))
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(760, 160))
	test.AssertImageMatches(t, "figures_kinds.png", w.Canvas().Capture())

	// A line chart: dots, one ring per series, a dashed line into a
	// qualified point.
	g := v.charts[1]
	if !g.series[0].pts[0].dot || len(g.series) != 2 {
		t.Fatal("a line chart without dots")
	}
	segs := g.series[0].segs
	if len(segs) != 2 || segs[0].dashed || !segs[1].dashed {
		t.Errorf("exports' line %v: want solid then dashed into the expected point", segs)
	}
	r := rendererOf(t, v)
	for s := range 2 {
		if !r.charts[1].rings[s].Visible() || r.charts[1].cur[s] != 1 {
			t.Errorf("series %d: ring shown %v round point %d, want point 1", s, r.charts[1].rings[s].Visible(), r.charts[1].cur[s])
		}
	}
	// The series' name is in its tooltip.
	test.MoveMouse(w.Canvas(), pointPos(t, v, "lines", 1, 1))
	if lines := r.tip.texts(); len(lines) < 3 || lines[0] != "$150 million" || lines[1] != "Imports · 2002" ||
		lines[2] != "derived: a sum" {
		t.Errorf("tooltip %q", lines)
	}
}
