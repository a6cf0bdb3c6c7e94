package noticebar

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// TestBar: a message takes room, its lines report taps, setting its key
// again replaces it, and its close button removes it.
func TestBar(t *testing.T) {
	test.NewTempApp(t)
	b := New()
	w := test.NewWindow(b)
	defer w.Close()
	if b.MinSize().Height != 0 {
		t.Fatalf("empty bar takes %v", b.MinSize())
	}
	changes := 0
	b.OnChanged = func() { changes++ }
	var tapped string
	b.OnLineTapped = func(l string) { tapped = l }
	b.Set("reload", "x.story.md has 1 problem", []string{"x.story.md:3:1: unknown place \"atlantis\""})
	if b.MinSize().Height < 40 || changes != 1 {
		t.Errorf("with a message: min size %v, %d changes", b.MinSize(), changes)
	}
	line := find(b, "x.story.md:3:1: unknown place \"atlantis\"")
	if line == nil {
		t.Fatal("no line button")
	}
	test.Tap(line)
	if tapped != "x.story.md:3:1: unknown place \"atlantis\"" {
		t.Errorf("tapping the line reported %q", tapped)
	}
	b.Set("reload", "x.story.md has 2 problems", nil)
	if title, lines, ok := b.Get("reload"); !ok || title != "x.story.md has 2 problems" || len(lines) != 0 || len(b.box.Objects) != 1 {
		t.Errorf("replaced: %q %q %v, %d rows", title, lines, ok, len(b.box.Objects))
	}
	b.Set("settings", "Settings can't be saved", nil)
	closeBtn := b.box.Objects[0].(*fyne.Container).Objects[1].(*fyne.Container).Objects[2].(*fyne.Container).Objects[0].(*control.Button)
	test.Tap(closeBtn)
	if _, _, ok := b.Get("reload"); ok || len(b.box.Objects) != 1 {
		t.Errorf("after ✕ the first message is still there (%d rows)", len(b.box.Objects))
	}
	b.Clear("settings")
	if b.MinSize().Height != 0 {
		t.Errorf("cleared bar takes %v", b.MinSize())
	}
}

// find returns the button with the text.
func find(b *Bar, text string) *control.Button {
	var found *control.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *control.Button:
			if x.Text == text {
				found = x
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case *widget.Label:
		}
	}
	walk(b.box)
	return found
}
