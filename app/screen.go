package app

import "fyne.io/fyne/v2"

// Screen is what the window knows of the screen it opens on, read by main
// before the window exists: the work area (the screen less the desktop's
// panels), in pixels, and the scale Fyne will draw at there. A zero Screen
// is a screen whose size could not be read.
type Screen struct {
	Width, Height int     // work area in pixels
	Scale         float32 // pixels per Fyne unit; 0 for 1
}

// MinWindow is the smallest window the layout stays usable at: the
// timeline and the text remain reachable (the split may hide the text) and
// the map keeps its minimum.
var MinWindow = fyne.NewSize(1024, 640)

// fallbackScreen is assumed when the screen's size cannot be read: one of
// the most common laptop screens, with a panel.
var fallbackScreen = Screen{Width: 1366, Height: 768 - 32, Scale: 1}

// FitSize returns the window size to open with: want (the remembered or
// default size), shrunk to fit the screen's work area with room for the
// window's title bar, and never below MinWindow (a screen smaller than that
// gets the whole work area).
func FitSize(want fyne.Size, s Screen) fyne.Size {
	if s.Width <= 0 || s.Height <= 0 {
		s = fallbackScreen
	}
	scale := s.Scale
	if scale <= 0 {
		scale = 1
	}
	const titleBar, margin = 40, 16 // pixels the window manager adds, and a little air
	room := fyne.NewSize(float32(s.Width-margin)/scale, float32(s.Height-titleBar-margin)/scale)
	size := fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height))
	size.Width = max(size.Width, min(MinWindow.Width, room.Width))
	size.Height = max(size.Height, min(MinWindow.Height, room.Height))
	return size
}
