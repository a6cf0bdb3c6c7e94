package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
)

// BenchmarkWindowRender software-renders the whole window at 1600×1000
// after a selection change, as one frame of the app.
func BenchmarkWindowRender(b *testing.B) {
	newTestApp(b)
	m, s := testData(b)
	u := NewUI(m, s)
	c := newSoftwareCanvas(u, fyne.NewSize(1600, 1000))
	c.Capture()
	places := []string{"seoul", "dokdo", "kor", "yasukuni"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		u.State.SetPlace(places[i%len(places)])
		c.Capture()
		i++
	}
}

// newSoftwareCanvas shows the UI on a software canvas of the size.
func newSoftwareCanvas(u *UI, size fyne.Size) test.WindowlessCanvas {
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(u.Content())
	c.Resize(size)
	return c
}
