package app

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"peninsula/app/pngfast"
	"testing"

	"fyne.io/fyne/v2"
)

// TestEncodePNG: the fast encoder's PNG decodes to exactly the pixels it
// was given (a captured window, and odd sizes and kinds of image).
func TestEncodePNG(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1000, 700))
	shot := Snapshot(u, fyne.NewSize(1000, 700), 1)
	odd := image.NewRGBA(image.Rect(3, 5, 20, 6)) // one row, an offset origin, premultiplied
	for x := 3; x < 20; x++ {
		odd.Set(x, 5, color.RGBA{uint8(x * 10), 0, 0, 200})
	}
	for name, img := range map[string]image.Image{"window": shot, "odd": odd} {
		var buf bytes.Buffer
		if err := pngfast.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b := img.Bounds()
		if got.Bounds().Dx() != b.Dx() || got.Bounds().Dy() != b.Dy() {
			t.Fatalf("%s: %v, want %v", name, got.Bounds(), b)
		}
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				w := color.NRGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y))
				if g := color.NRGBAModel.Convert(got.At(x, y)); g != w {
					t.Fatalf("%s: pixel (%d,%d) is %v, want %v", name, x, y, g, w)
				}
			}
		}
	}
}

// BenchmarkEncodePNG compares the fast encoder with image/png on a window.
func BenchmarkEncodePNG(b *testing.B) {
	newTestApp(b)
	u, _ := New(testData(b), Options{}, firstStart())
	shot := Snapshot(u, fyne.NewSize(1600, 1000), 1)
	for name, enc := range map[string]func(*bytes.Buffer) error{
		"fast":      func(w *bytes.Buffer) error { return pngfast.Encode(w, shot) },
		"image-png": func(w *bytes.Buffer) error { return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, shot) },
	} {
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := enc(&buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1024, "KiB")
		})
	}
}
