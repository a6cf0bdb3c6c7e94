package compose

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// BenchmarkOver composites a 1000×700 raster over an opaque background:
// opaque, transparent with text-like specks, and translucent.
func BenchmarkOver(b *testing.B) {
	for _, tc := range []struct {
		name string
		pix  func(x, y int) color.RGBA
	}{
		{"opaque", func(x, y int) color.RGBA { return color.RGBA{uint8(x), uint8(y), 0x80, 0xff} }},
		{"sparse", func(x, y int) color.RGBA {
			if (x/7+y/13)%9 == 0 {
				return color.RGBA{0x20, 0x20, 0x20, 0xff}
			}
			if (x/5+y/11)%17 == 0 {
				return color.RGBA{0x10, 0x10, 0x10, 0x80}
			}
			return color.RGBA{}
		}},
		{"translucent", func(x, y int) color.RGBA { return color.RGBA{0x30, 0x10, 0x20, 0x40} }},
	} {
		src := image.NewRGBA(image.Rect(0, 0, 1000, 700))
		for y := range 700 {
			for x := range 1000 {
				src.SetRGBA(x, y, tc.pix(x, y))
			}
		}
		dst := image.NewRGBA(src.Rect)
		for i := range dst.Pix {
			dst.Pix[i] = 0xff
		}
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				overRGBA(dst, dst.Rect, src, image.Point{})
			}
		})
	}
}

// BenchmarkCapture paints a 1200×800 window of widgets, texts, shapes and
// a raster: Capture against Fyne's software painter (Fyne).
func BenchmarkCapture(b *testing.B) {
	test.NewTempApp(b)
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(benchScene())
	c.Resize(fyne.NewSize(1200, 800))
	b.Run("compose", func(b *testing.B) {
		for b.Loop() {
			Capture(c)
		}
	})
	b.Run("fyne", func(b *testing.B) {
		for b.Loop() {
			c.Capture()
		}
	})
}

func benchScene() fyne.CanvasObject {
	raster := canvas.NewRaster(func(w, h int) image.Image {
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for i := 0; i < len(img.Pix); i += 4 {
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = 0xe0, 0xd8, 0xc0, 0xff
		}
		return img
	})
	list := container.NewVBox()
	for i := range 40 {
		card := &canvas.Rectangle{FillColor: color.NRGBA{0xff, 0xff, 0xff, 0xe0}, StrokeColor: color.NRGBA{0x40, 0x60, 0xa0, 0xff}, StrokeWidth: 1, CornerRadius: 6}
		row := container.NewHBox(widget.NewButtonWithIcon("Go", theme.NavigateNextIcon(), nil),
			widget.NewLabel("Passage with some words in it"), widget.NewHyperlink("link", nil))
		if i%2 == 0 {
			row.Add(widget.NewRichTextFromMarkdown("**bold** and *italic* text"))
		}
		list.Add(container.NewStack(card, row))
	}
	return container.New(layout.NewGridLayout(2), raster, container.NewVScroll(list))
}
