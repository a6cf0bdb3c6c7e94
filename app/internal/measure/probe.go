package main

import (
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// frameProbe tells when a frame that shows it has been painted.
type frameProbe struct {
	raster *canvas.Raster
	layer  fyne.CanvasObject // the raster at the top-left, 1×1
	frames chan time.Time
	first  time.Time // the first painted frame
	last   time.Time // the last painted frame waited for
}

func newFrameProbe() *frameProbe {
	p := &frameProbe{frames: make(chan time.Time, 1)}
	pixel := image.NewNRGBA(image.Rect(0, 0, 1, 1)) // transparent
	p.raster = canvas.NewRaster(func(int, int) image.Image {
		// The painter is inside the frame: report once it has finished
		// and swapped buffers, from the main loop's next turn.
		fyne.Do(func() {
			select {
			case p.frames <- time.Now():
			default:
			}
		})
		return pixel
	})
	p.raster.Resize(fyne.NewSize(1, 1))
	p.layer = container.NewWithoutLayout(p.raster)
	return p
}

// wait waits up to d for the next painted frame; the first is remembered.
func (p *frameProbe) wait(d time.Duration) bool {
	select {
	case t := <-p.frames:
		if p.first.IsZero() {
			p.first = t
		}
		p.last = t
		return true
	case <-time.After(d):
		return false
	}
}
