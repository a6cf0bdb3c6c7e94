// Package control holds the buttons of Peninsula's panes: Fyne buttons
// that never keep the window's keys from the app. A tap runs the action
// and gives the focus back to the window, so that Space, the arrows and the
// other keys of the app work after a click; while a button has the focus
// (Tab moves it there, and Fyne draws it), Return presses it and every
// other key goes to the window's own key handlers.
package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button that passes the app's keys on.
type Button struct {
	widget.Button
}

var (
	_ fyne.Focusable   = (*Button)(nil)
	_ desktop.Keyable  = (*Button)(nil)
	_ fyne.Tappable    = (*Button)(nil)
	_ fyne.Disableable = (*Button)(nil)
)

// NewButton returns a button with a label and an icon (either may be
// empty) that calls tapped.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// Tapped presses the button and drops the focus a click gave it.
func (b *Button) Tapped(e *fyne.PointEvent) {
	b.Button.Tapped(e)
	b.release()
}

// TypedKey presses the button on Return or Enter and passes every other
// key to the window.
func (b *Button) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
		if b.OnTapped != nil && !b.Disabled() {
			b.OnTapped()
		}
		return
	}
	if c := b.canvas(); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(e)
	}
}

// TypedRune passes typed characters (+, −, 0) to the window.
func (b *Button) TypedRune(r rune) {
	if c := b.canvas(); c != nil && c.OnTypedRune() != nil {
		c.OnTypedRune()(r)
	}
}

// KeyDown passes key presses (Shift) to the window.
func (b *Button) KeyDown(e *fyne.KeyEvent) {
	if c, ok := b.canvas().(desktop.Canvas); ok && c.OnKeyDown() != nil {
		c.OnKeyDown()(e)
	}
}

// KeyUp passes key releases to the window.
func (b *Button) KeyUp(e *fyne.KeyEvent) {
	if c, ok := b.canvas().(desktop.Canvas); ok && c.OnKeyUp() != nil {
		c.OnKeyUp()(e)
	}
}

func (b *Button) canvas() fyne.Canvas {
	if a := fyne.CurrentApp(); a != nil {
		return a.Driver().CanvasForObject(b)
	}
	return nil
}

// release gives the focus back to the window if the button has it.
func (b *Button) release() {
	if c := b.canvas(); c != nil && c.Focused() == fyne.Focusable(b) {
		c.Unfocus()
	}
}
