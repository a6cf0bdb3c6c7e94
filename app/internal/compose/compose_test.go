package compose

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
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

// place moves and sizes o and returns it.
func place[T fyne.CanvasObject](o T, x, y, w, h float32) T {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	return o
}

var (
	red   = color.NRGBA{0xd0, 0x20, 0x20, 0xff}
	blue  = color.NRGBA{0x20, 0x50, 0xc0, 0xc0}
	green = color.NRGBA{0x10, 0x90, 0x40, 0xff}
)

// cases are scenes painted by Fyne's software painter and by this package.
// maxOff is how many pixels may differ by more than a few levels (edges
// anti-aliased through NRGBA and RGBA round differently).
var cases = []struct {
	name   string
	scale  float32
	maxOff int
	scene  func() fyne.CanvasObject
}{
	{"rect fill", 1, 0, func() fyne.CanvasObject {
		return container.NewWithoutLayout(place(canvas.NewRectangle(red), 3.5, 4, 30, 20),
			place(canvas.NewRectangle(blue), 10, 10, 40, 30))
	}},
	{"rect rounded stroked", 1, 8, func() fyne.CanvasObject {
		r := &canvas.Rectangle{FillColor: blue, StrokeColor: red, StrokeWidth: 1, CornerRadius: 3}
		r2 := &canvas.Rectangle{FillColor: green, TopLeftCornerRadius: 8, BottomRightCornerRadius: 2}
		r3 := &canvas.Rectangle{FillColor: red, CornerRadius: 4}
		return container.NewWithoutLayout(place(r, 2.5, 3.5, 50, 20), place(r2, 5, 30, 40, 25), place(r3, 50, 30, 20, 10))
	}},
	{"rect wider than canvas", 1, 8, func() fyne.CanvasObject {
		r := &canvas.Rectangle{FillColor: blue, StrokeColor: red, StrokeWidth: 1, CornerRadius: 3}
		return container.NewWithoutLayout(place(r, 10.5, 3.5, 69, 20))
	}},
	{"rect long", 1, 8, func() fyne.CanvasObject {
		r := &canvas.Rectangle{FillColor: blue, StrokeColor: red, StrokeWidth: 1, CornerRadius: 3}
		return container.NewWithoutLayout(place(r, 40.5, 971.5, 1559, 27.5))
	}},
	{"rect scale 2", 2, 16, func() fyne.CanvasObject {
		r := &canvas.Rectangle{FillColor: blue, StrokeColor: red, StrokeWidth: 2, CornerRadius: 5}
		return container.NewWithoutLayout(place(r, 2, 3, 50, 20), place(canvas.NewRectangle(green), 10, 30, 5, 5))
	}},
	{"circle and line", 1, 8, func() fyne.CanvasObject {
		c := &canvas.Circle{FillColor: red, StrokeColor: blue, StrokeWidth: 2}
		l := &canvas.Line{StrokeColor: green, StrokeWidth: 1}
		l.Position1, l.Position2 = fyne.NewPos(5, 40), fyne.NewPos(70, 40)
		d := &canvas.Line{StrokeColor: red, StrokeWidth: 2}
		d.Position1, d.Position2 = fyne.NewPos(5, 45), fyne.NewPos(60, 55)
		return container.NewWithoutLayout(place(c, 10, 5, 24, 24), l, d)
	}},
	{"arc and polygon", 1, 0, func() fyne.CanvasObject {
		a := &canvas.Arc{FillColor: red, StartAngle: 0, EndAngle: 200, CutoutRatio: 0.5, StrokeColor: blue, StrokeWidth: 1}
		g := &canvas.Polygon{FillColor: green, Sides: 5, CornerRadius: 2}
		return container.NewWithoutLayout(place(a, 5, 5, 30, 30), place(g, 40, 20, 30, 30))
	}},
	{"text", 1, 12, func() fyne.CanvasObject {
		t := canvas.NewText("Seoul 서울 Tōkyō", theme.Color(theme.ColorNameForeground))
		b := canvas.NewText("Bold →", red)
		b.TextStyle.Bold = true
		i := canvas.NewText("italic\ttab", blue)
		i.TextStyle.Italic = true
		c := canvas.NewText("centred", nil)
		c.Alignment = fyne.TextAlignCenter
		return container.NewWithoutLayout(place(t, 2, 2, 150, 20), place(b, 2, 22, 80, 30), place(i, 80, 22, 80, 20), place(c, 0, 50, 160, 20))
	}},
	{"text scale 2", 2, 24, func() fyne.CanvasObject {
		t := canvas.NewText("Armistice 1953", green)
		t.TextSize = 11
		return container.NewWithoutLayout(place(t, 1.5, 2, 100, 20))
	}},
	{"widgets", 1, 40, func() fyne.CanvasObject {
		return container.NewVBox(widget.NewButtonWithIcon("Home", theme.HomeIcon(), nil),
			widget.NewLabel("A label"), widget.NewHyperlink("link", nil),
			widget.NewCard("Card", "sub", widget.NewLabel("body")))
	}},
	{"icons scale 2", 2, 40, func() fyne.CanvasObject {
		i := canvas.NewImageFromResource(theme.SearchIcon())
		j := canvas.NewImageFromResource(theme.MenuDropDownIcon())
		return container.NewWithoutLayout(place(i, 3, 3, 20, 20), place(j, 30, 3, 16, 16))
	}},
	{"scroll clips", 1, 20, func() fyne.CanvasObject {
		long := container.NewVBox()
		for range 20 {
			long.Add(canvas.NewRectangle(red))
			long.Add(widget.NewLabel("clipped text"))
		}
		s := container.NewVScroll(long)
		s.ScrollToOffset(fyne.NewPos(0, 30))
		return container.New(layout.NewGridLayout(2), s, canvas.NewRectangle(green))
	}},
	{"raster and gradient", 1, 0, func() fyne.CanvasObject {
		r := canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
			return color.NRGBA{uint8(x * 255 / w), uint8(y * 255 / h), 0x80, 0xa0}
		})
		g := canvas.NewHorizontalGradient(red, color.Transparent)
		return container.NewWithoutLayout(place(r, 2, 2, 40, 30), place(g, 30, 20, 40, 30))
	}},
}

func TestMatchesFyne(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := software.NewCanvas()
			c.SetPadded(false)
			c.SetScale(tc.scale)
			c.SetContent(tc.scene())
			c.Resize(fyne.NewSize(80, 70).Max(c.Content().MinSize()).Max(contentExtent(c.Content())))
			want := c.Capture()
			got := Capture(c)
			if want.Bounds() != got.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), want.Bounds())
			}
			off, worst := diff(want, got, 3)
			if dir := os.Getenv("COMPOSE_DUMP"); dir != "" {
				dump(t, filepath.Join(dir, tc.name+".fyne.png"), want)
				dump(t, filepath.Join(dir, tc.name+".ours.png"), got)
			}
			if off > tc.maxOff {
				t.Errorf("%d pixels differ by more than 3 levels (at most %d allowed); worst by %d", off, tc.maxOff, worst)
			}
		})
	}
}

// diff counts the pixels of a and b whose channels differ by more than tol
// (8-bit levels) and returns the largest difference.
func diff(a, b image.Image, tol int) (off, worst int) {
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c1 := color.RGBAModel.Convert(a.At(x, y)).(color.RGBA)
			c2 := color.RGBAModel.Convert(b.At(x, y)).(color.RGBA)
			d := max(absDiff(c1.R, c2.R), absDiff(c1.G, c2.G), absDiff(c1.B, c2.B), absDiff(c1.A, c2.A))
			if d > tol {
				off++
			}
			worst = max(worst, d)
		}
	}
	return off, worst
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

func dump(t *testing.T, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// contentExtent is how far a scene's objects reach.
func contentExtent(o fyne.CanvasObject) fyne.Size {
	s := o.Position().Add(o.Size())
	if c, ok := o.(*fyne.Container); ok {
		for _, ch := range c.Objects {
			e := contentExtent(ch)
			s = fyne.NewPos(max(s.X, e.Width), max(s.Y, e.Height))
		}
	}
	return fyne.NewSize(s.X, s.Y)
}
