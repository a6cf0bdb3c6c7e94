package app

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"

	"peninsula/app/internal/compose"
)

// Snapshot renders the UI's content at size as the window would show it,
// without a display: Fyne's software canvas lays it out and
// app/internal/compose paints it (an *image.RGBA). The current fyne.App (a
// real one or fyne.io/fyne/v2/test's) supplies the settings.
func Snapshot(u *UI, size fyne.Size, scale float32) image.Image {
	return snapshotWith(u, size, scale, nil)
}

// snapshotWith lays the UI out at size, calls then (if not nil) to adjust
// what needs a laid-out UI, and paints it.
func snapshotWith(u *UI, size fyne.Size, scale float32, then func()) image.Image {
	c := software.NewCanvas()
	c.SetPadded(false)
	if scale > 0 {
		c.SetScale(scale)
	}
	c.SetContent(u.Content())
	c.Resize(size)
	if then != nil {
		then()
	}
	return compose.Capture(c)
}
