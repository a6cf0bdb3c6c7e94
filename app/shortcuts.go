package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcut is one key binding, for the Help dialog and the README.
type Shortcut struct{ Keys, Does string }

// Shortcuts lists the window's keys.
var Shortcuts = []Shortcut{
	{"← / →", "previous / next event"},
	{"Shift+← / Shift+→", "one year back / forward"},
	{"Home / End", "first event / the story's publication"},
	{"Space", "play / pause: glide through the events"},
	{"+ / −", "zoom the map in / out"},
	{"0", "show the whole region"},
	{"Esc", "clear the selection"},
}

// InstallShortcuts binds the window's keys (see Shortcuts).
func (u *UI) InstallShortcuts(c fyne.Canvas) {
	c.SetOnTypedRune(func(r rune) {
		switch r {
		case '+', '=':
			u.MapView.ZoomIn()
		case '-', '_', '−':
			u.MapView.ZoomOut()
		case '0':
			u.MapView.Reset()
		}
	})
	c.SetOnTypedKey(func(e *fyne.KeyEvent) { u.TypedKey(e.Name) })
	for key, years := range map[fyne.KeyName]int{fyne.KeyLeft: -1, fyne.KeyRight: 1} {
		n := years
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShift},
			func(fyne.Shortcut) { u.StepYears(n, FromKeyboard) })
	}
}

// TypedKey handles a key that no widget took.
func (u *UI) TypedKey(k fyne.KeyName) {
	switch k {
	case fyne.KeyEscape:
		u.State.SelectPlace("", FromKeyboard)
	case fyne.KeyLeft:
		u.StepEvent(-1, FromKeyboard)
	case fyne.KeyRight:
		u.StepEvent(1, FromKeyboard)
	case fyne.KeyHome:
		u.GoToStart(FromKeyboard)
	case fyne.KeyEnd:
		u.GoToEnd(FromKeyboard)
	case fyne.KeySpace:
		u.Player.Toggle()
	}
}
