package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcut is one key binding, for the Help dialog and the README (a test
// checks that the README's keyboard table lists exactly these).
type Shortcut struct{ Keys, Does string }

// Shortcuts lists the window's keys. They work wherever the focus is (the
// app's buttons pass them on); Return presses a button that has the focus.
var Shortcuts = []Shortcut{
	{"← / →", "previous / next event"},
	{"Shift+← / Shift+→", "one year back / forward"},
	{"Home / End", "first event / the story's publication"},
	{"Space", "play / pause; at the end, play again from the start"},
	{"+ / −", "zoom the map in / out"},
	{"0", "show the whole region"},
	{"Esc", "close a dialog, else clear the selection"},
	{"Ctrl+= / Ctrl+−", "larger / smaller text"},
	{"Ctrl+F", "find places, events and text; then Return / ↓ and ↑ step through the hits, Esc closes"},
	{"Ctrl+O", "open a story"},
	{"Ctrl+Q", "quit"},
}

// The menu accelerators: desktop.CustomShortcut, the type the GLFW driver
// builds from a key press and looks up by ShortcutName.
var (
	shortcutOpen    = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit    = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutLarger  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSmaller = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFind    = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// InstallShortcuts binds the window's keys (see Shortcuts) on canvas c;
// the accelerators run the actions their menu items run.
func (u *UI) InstallShortcuts(c fyne.Canvas) {
	u.cnv = c
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
	// Fyne 2.7.1 never delivers Shift+arrow as a shortcut: the arrow comes
	// as a plain key, so the app follows Shift itself.
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(e *fyne.KeyEvent) { u.shiftKey(e.Name, true) })
		dc.SetOnKeyUp(func(e *fyne.KeyEvent) { u.shiftKey(e.Name, false) })
	}
	for s, action := range u.accelerators() {
		c.AddShortcut(s, func(fyne.Shortcut) { action() })
	}
}

// canvas returns the canvas the window's keys are on, or nil (headless).
func (u *UI) canvas() fyne.Canvas { return u.cnv }

// accelerators are the actions of the menu accelerators.
func (u *UI) accelerators() map[*desktop.CustomShortcut]func() {
	return map[*desktop.CustomShortcut]func(){
		shortcutOpen:    u.openDialog,
		shortcutFind:    u.find.open,
		shortcutQuit:    u.quit,
		shortcutLarger:  func() { u.Reader.SetTextSize(u.readerSize() + 1) },
		shortcutSmaller: func() { u.Reader.SetTextSize(u.readerSize() - 1) },
	}
}

func (u *UI) shiftKey(k fyne.KeyName, down bool) {
	if k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight {
		u.shift = down
	}
}

// TypedKey handles a key of the window (Shift held or not, as followed by
// the key-down and key-up handlers).
func (u *UI) TypedKey(k fyne.KeyName) {
	switch k {
	case fyne.KeyEscape:
		// Esc closes an open dialog first (Fyne's don't close on Esc).
		if u.window != nil {
			if top := u.window.Canvas().Overlays().Top(); top != nil {
				top.Hide()
				u.window.Canvas().Overlays().Remove(top)
				return
			}
		}
		u.State.SelectPlace("", FromKeyboard)
	case fyne.KeyLeft, fyne.KeyRight:
		d := 1
		if k == fyne.KeyLeft {
			d = -1
		}
		if u.shift {
			u.StepYears(d, FromKeyboard)
		} else {
			u.StepEvent(d, FromKeyboard)
		}
	case fyne.KeyHome:
		u.GoToStart(FromKeyboard)
	case fyne.KeyEnd:
		u.GoToEnd(FromKeyboard)
	case fyne.KeySpace:
		u.Player.Toggle()
	}
}
