package changelist

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestList: the changes are links reporting their index; the same changes
// rebuild nothing; none says so.
func TestList(t *testing.T) {
	test.NewTempApp(t)
	l := New()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(700, 200))
	tapped := -1
	l.OnTapped = func(i int) { tapped = i }
	l.Set("Between A and B", []string{"38th Parallel ends", "Armistice signed"})
	first := l.rows.Objects[1]
	l.Set("Between A and C", []string{"38th Parallel ends", "Armistice signed"})
	if l.rows.Objects[1] != first || l.Title() != "Between A and C" {
		t.Error("the same changes were rebuilt, or the title not changed")
	}
	test.Tap(first.(*row))
	if tapped != 1 {
		t.Errorf("tapping the second change reported %d", tapped)
	}
	l.Set("Between A and A", nil)
	if len(l.rows.Objects) != 1 || len(l.Items()) != 0 {
		t.Errorf("no changes: %d rows", len(l.rows.Objects))
	}
}
