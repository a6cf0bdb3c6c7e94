package app

import "fyne.io/fyne/v2"

// InstallShortcuts binds the window's keys: + and − zoom the map, 0 resets
// it, Esc clears the selection.
func (u *UI) InstallShortcuts(c fyne.Canvas) {
	c.SetOnTypedRune(func(r rune) {
		switch r {
		case '+', '=':
			u.MapView.ZoomIn()
		case '-', '_':
			u.MapView.ZoomOut()
		case '0':
			u.MapView.Reset()
		}
	})
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			u.State.SetPlace("")
		}
	})
}
