package findbox

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// TestKeysAndClicks: typing reports the query; Return and ↓ step forward,
// ↑ back and Esc closes, through the focused field; a click on a hit
// chooses it; the current hit is highlighted.
func TestKeysAndClicks(t *testing.T) {
	test.NewTempApp(t)
	b := New("Find")
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 300))
	var queries []string
	var steps []int
	chosen, closed := -1, 0
	b.OnQuery = func(s string) { queries = append(queries, s) }
	b.OnStep = func(d int) { steps = append(steps, d) }
	b.OnChoose = func(i int) { chosen = i }
	b.OnClose = func() { closed++ }
	w.Canvas().Focus(b.Field())
	test.Type(b.Field().(fyne.Focusable), "sea")
	if len(queries) != 3 || queries[2] != "sea" {
		t.Errorf("queries %q", queries)
	}
	f := w.Canvas().Focused()
	for _, k := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyDown, fyne.KeyUp, fyne.KeyEscape} {
		f.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if len(steps) != 3 || steps[0] != 1 || steps[1] != 1 || steps[2] != -1 || closed != 1 {
		t.Errorf("steps %v, closed %d", steps, closed)
	}
	b.SetResults("2 places · 1 event", []Group{{"Places", []string{"East Sea", "Yellow Sea"}}, {"Events", []string{"Sea battle"}}}, 2)
	var hits []*control.Button
	for _, o := range b.rows.Objects {
		if btn, ok := o.(*control.Button); ok {
			hits = append(hits, btn)
		}
	}
	if len(hits) != 3 || len(b.rows.Objects) != 5 || b.Summary() != "2 places · 1 event" {
		t.Fatalf("%d hits in %d rows, summary %q", len(hits), len(b.rows.Objects), b.Summary())
	}
	if hits[2].Importance != widget.HighImportance || hits[0].Importance != widget.LowImportance {
		t.Error("the current hit is not highlighted")
	}
	test.Tap(hits[1])
	if chosen != 1 {
		t.Errorf("clicking the second hit chose %d", chosen)
	}
}
