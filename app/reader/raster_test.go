package reader

import (
	"image"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// flowOf returns the renderer of the passage's text.
func flowOf(r *Reader, id string) *flowRenderer {
	return test.WidgetRenderer(r.views[id].text).(*flowRenderer)
}

// image1x returns the text's raster image at scale 1.
func image1x(f *FlowText) *image.RGBA {
	fr := test.WidgetRenderer(f).(*flowRenderer)
	size := fr.raster.Size()
	return fr.generate(int(math.Ceil(float64(size.Width))), int(math.Ceil(float64(size.Height)))).(*image.RGBA)
}

// drawnColour returns the colour chunk i of f is drawn in: its most opaque
// pixel in the raster, unpremultiplied.
func drawnColour(t testing.TB, f *FlowText, i int) color.NRGBA {
	t.Helper()
	img := image1x(f)
	c := f.chunks[i]
	var best color.RGBA
	for y := int(c.pos.Y); y < int(c.pos.Y+c.size.Height); y++ {
		for x := int(c.pos.X); x < int(c.pos.X+c.size.Width); x++ {
			if p := img.RGBAAt(x, y); p.A > best.A {
				best = p
			}
		}
	}
	if best.A < 128 {
		t.Fatalf("chunk %q has no ink", c.text)
	}
	return color.NRGBAModel.Convert(best).(color.NRGBA)
}

// near reports whether got is the colour want, as far as a glyph's edge
// (coverage below 1) keeps it.
func near(got color.NRGBA, want color.Color) bool {
	w := color.NRGBAModel.Convert(want).(color.NRGBA)
	d := func(a, b uint8) bool { return a-b < 4 || b-a < 4 }
	return d(got.R, w.R) && d(got.G, w.G) && d(got.B, w.B) && got.A <= w.A
}

// visibleObjects counts the objects a painter draws under o: the leaves
// of the renderer tree whose parents are all visible.
func visibleObjects(o fyne.CanvasObject) int {
	if !o.Visible() {
		return 0
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	case *fyne.Container:
		children = x.Objects
	default:
		return 1
	}
	n := 0
	for _, c := range children {
		n += visibleObjects(c)
	}
	return n
}

// counts returns how often each passage's raster was refreshed and drawn.
func counts(r *Reader) map[string][2]int {
	m := map[string][2]int{}
	for _, v := range r.order {
		fr := test.WidgetRenderer(v.text).(*flowRenderer)
		m[v.passage.ID] = [2]int{fr.refreshes, fr.renders}
	}
	return m
}

// TestRasterRedraws: a scrub step that changes no active link refreshes
// and draws no raster; one that does redraws only the passages whose
// links changed. Tints and focus redraw no text.
func TestRasterRedraws(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	const ev = "armistice"
	with := passageIDs(r.Story.PassagesForEvent(ev))
	r.Reveal(with[0])
	w.Canvas().Capture()
	before := counts(r)
	ids := allPassages(r)
	r.SetCurrent(ids[:4])
	r.SetSelection("Seoul", passageIDs(r.Story.PassagesForPlace("seoul")))
	r.SetFocused(r.Selected[0])
	r.SetActive(nil)
	r.SetCurrent(with)
	w.Canvas().Capture()
	if after := counts(r); !equalCounts(before, after) {
		t.Errorf("no active link changed, yet rasters were redrawn: %v", diffCounts(before, after))
	}

	r.SetActive([]string{ev})
	w.Canvas().Capture()
	after := counts(r)
	for id, d := range diffCounts(before, after) {
		if !contains(with, id) {
			t.Errorf("passage %s, without a link to %s, redrawn %v", id, ev, d)
		}
	}
	for _, id := range with {
		d := after[id][0] - before[id][0]
		if d != 1 {
			t.Errorf("passage %s, linking %s, refreshed %d times, want 1", id, ev, d)
		}
		if r.views[id].text.Visible() && after[id][1]-before[id][1] != 1 {
			t.Errorf("passage %s, linking %s and on screen, drawn %d times, want 1", id, ev, after[id][1]-before[id][1])
		}
	}
}

func equalCounts(a, b map[string][2]int) bool { return len(diffCounts(a, b)) == 0 }

func diffCounts(a, b map[string][2]int) map[string][2]int {
	d := map[string][2]int{}
	for id, x := range b {
		if y := a[id]; x != y {
			d[id] = [2]int{x[0] - y[0], x[1] - y[1]}
		}
	}
	return d
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestHoverKeepsRaster: hovering a link underlines it with a live line;
// the text is not drawn again.
func TestHoverKeepsRaster(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	p := r.Story.PassagesForPlace("seoul")[0].ID
	r.Reveal(p)
	w.Canvas().Capture()
	f, fr := r.views[p].text, flowOf(r, p)
	pos, _ := f.LinkPosition("seoul")
	refreshes, renders := fr.refreshes, fr.renders
	f.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	w.Canvas().Capture()
	if fr.line.Hidden || f.Cursor() != desktop.PointerCursor {
		t.Errorf("hovering the link shows no underline (hidden %v) or hand", fr.line.Hidden)
	}
	f.MouseOut()
	w.Canvas().Capture()
	if !fr.line.Hidden {
		t.Errorf("the underline stays after the pointer left")
	}
	if fr.refreshes != refreshes || fr.renders != renders {
		t.Errorf("hovering redrew the text: %d refreshes, %d renders", fr.refreshes-refreshes, fr.renders-renders)
	}
}

// TestObjectCount: the reader draws few objects wherever it is scrolled
// (each passage's text is one raster, and off-screen headings are hidden),
// and what is hidden keeps its place: laid out again, the column is as
// tall.
func TestObjectCount(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	r.SetSelection("Seoul", passageIDs(r.Story.PassagesForPlace("seoul")))
	r.SetFocused(r.Selected[0])
	height := r.MaxOffset()
	for _, off := range []float32{0, 900, 1800, 2700, height} {
		r.ScrollToOffset(off)
		w.Canvas().Capture()
		if n := visibleObjects(r); n > 40 {
			t.Errorf("at %v the reader draws %d objects, want at most 40", off, n)
		}
		r.column.Refresh()
		if h := r.MaxOffset(); h != height {
			t.Errorf("at %v, laid out again, the text scrolls %v, was %v", off, h, height)
		}
	}
}

// TestLayoutMatchesDrawing: every pixel of ink lies in the box of a chunk
// (italics may lean a pixel out): the layout measures what is drawn.
func TestLayoutMatchesDrawing(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	for _, v := range r.order[:6] {
		r.Reveal(v.passage.ID)
		w.Canvas().Capture()
		f := v.text
		img := image1x(f)
		for y := range img.Rect.Dy() {
			for x := range img.Rect.Dx() {
				if img.RGBAAt(x, y).A == 0 {
					continue
				}
				in := false
				for _, c := range f.chunks {
					if float32(x) >= c.pos.X-2 && float32(x) < c.pos.X+c.size.Width+2 && float32(y) >= c.pos.Y && float32(y) < c.pos.Y+c.size.Height {
						in = true
						break
					}
				}
				if !in {
					t.Fatalf("passage %s: ink at (%d, %d) outside every chunk", v.passage.ID, x, y)
				}
			}
		}
	}
}

// TestRaster2x: on a canvas at scale 2 the text is drawn from faces of
// twice the size into an image of twice the pixels, not scaled up.
func TestRaster2x(t *testing.T) {
	newTestApp(t)
	s := testStory(t)
	r := New(s)
	c := software.NewCanvas()
	c.SetScale(2)
	c.SetPadded(false)
	c.SetContent(r)
	c.Resize(fyne.NewSize(640, 820))
	c.Capture()
	v := r.order[1]
	fr := test.WidgetRenderer(v.text).(*flowRenderer)
	size := fr.raster.Size()
	if fr.img == nil || fr.imgScale != 2 {
		t.Fatalf("passage %s: image %v at scale %v, want scale 2", v.passage.ID, fr.img != nil, fr.imgScale)
	}
	if got, want := fr.img.Rect.Size(), image.Pt(int(math.Ceil(float64(size.Width*2))), int(math.Ceil(float64(size.Height*2)))); got != want {
		t.Errorf("image %v, want %v", got, want)
	}
	// A glyph of the 2× face is as tall as twice the 1× one, drawn sharp:
	// the tallest ink column is twice as tall, give or take a pixel.
	two := inkHeight(fr.img)
	one := inkHeight(image1x(v.text))
	if two < 2*one-2 || two > 2*one+2 {
		t.Errorf("ink %d px tall at 2×, %d at 1×", two, one)
	}
	glyphs.lock()
	_, ok := glyphs.faces[faceKey{fontRegular, 2 * theme.TextSize()}]
	glyphs.unlock()
	if !ok {
		t.Errorf("no face of %v px was made for the 2× canvas", 2*theme.TextSize())
	}
}

// inkHeight is the height of the first line's ink.
func inkHeight(img *image.RGBA) int {
	top, bottom := -1, -1
	for y := range img.Rect.Dy() {
		ink := false
		for x := range img.Rect.Dx() {
			if img.RGBAAt(x, y).A > 0 {
				ink = true
				break
			}
		}
		if ink && top < 0 {
			top = y
		}
		if ink {
			bottom = y
		} else if top >= 0 {
			break
		}
	}
	return bottom - top + 1
}

// benchPassage returns the passage of the story whose text at the reader's
// width is nearest 6 lines, laid out in a FlowText.
func benchPassage(b *testing.B) *FlowText {
	newTestApp(b)
	var best *FlowText
	for _, sec := range testStory(b).Sections {
		for _, p := range sec.Passages {
			f := NewFlowText(p.Runs, nil)
			f.SetWrapWidth(596)
			n := math.Round(float64(f.MinSize().Height / f.lineHeight()))
			if best == nil || math.Abs(n-6) < math.Abs(float64(best.MinSize().Height/best.lineHeight())-6) {
				best = f
			}
		}
	}
	best.Resize(best.MinSize().Max(fyne.NewSize(596, 0)))
	return best
}

// BenchmarkPassageRaster: one passage of about 6 lines drawn at 1×.
func BenchmarkPassageRaster(b *testing.B) {
	f := benchPassage(b)
	fr := test.WidgetRenderer(f).(*flowRenderer)
	fr.Layout(f.Size())
	size := f.Size()
	w, h := int(math.Ceil(float64(size.Width))), int(math.Ceil(float64(size.Height)))
	fr.generate(w, h)
	b.ReportAllocs()
	for b.Loop() {
		fr.version++
		fr.generate(w, h)
	}
	b.ReportMetric(math.Round(float64(f.height/f.lineHeight())), "lines")
}

// BenchmarkReaderCapture: a software render of the reader, at the top of
// the story and at the passages about Dokdo.
func BenchmarkReaderCapture(b *testing.B) {
	for _, at := range []string{"top", "dokdo"} {
		b.Run(at, func(b *testing.B) {
			r, w := newTestReader(b, fyne.NewSize(640, 820))
			if at != "top" {
				r.ScrollToSection(r.Story.SectionsForPlace(at)[0].ID)
			}
			w.Canvas().Capture()
			for b.Loop() {
				w.Canvas().Capture()
			}
		})
	}
}
