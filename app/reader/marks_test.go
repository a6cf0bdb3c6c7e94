package reader

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/app/internal/paint"
)

// markedPassage is the passage the marks tests mark: it links Dokdo and
// Takeshima, and "Sea of Japan" is inside the link "East Sea / Sea of
// Japan".
const markedPassage = "japan-4"

// every returns the byte ranges of every occurrence of word in text.
func every(text, word string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return out
		}
		out = append(out, [2]int{i + j, i + j + len(word)})
		i += j + len(word)
	}
}

// acrossWrap returns a mark from the last word of the second line of f to
// the first word of the third: a mark that the line break splits.
func acrossWrap(t testing.TB, f *FlowText) [2]int {
	t.Helper()
	f.update()
	breaks := 0
	for i := 1; i < len(f.words); i++ {
		if lineOf(f, i) != lineOf(f, i-1) {
			if breaks++; breaks < 2 {
				continue
			}
			prev, next := f.words[i-1], f.words[i]
			return [2]int{prev.at, next.at + len(next.text)}
		}
	}
	t.Fatal("the passage has fewer than three lines")
	return [2]int{}
}

// lineOf returns the y of the line of word i of f.
func lineOf(f *FlowText, i int) float32 {
	for _, c := range f.chunks {
		if i >= c.w0 && i < c.w1 {
			return c.pos.Y
		}
	}
	return -1
}

// marksFor returns the marks the tests draw on the passage: every
// "Japan" (three links, part of one, and the start of "Japanese"), every
// "Takeshima" (a whole link) and one across the second line break.
func marksFor(t testing.TB, r *Reader) map[string][][2]int {
	p := r.Story.Passage(markedPassage)
	ms := append(every(p.Text(), "Japan"), every(p.Text(), "Takeshima")...)
	ms = append(ms, acrossWrap(t, r.views[markedPassage].text))
	return map[string][][2]int{markedPassage: ms}
}

// TestMarksGolden: marks drawn behind the text, on a tinted passage in
// the light theme and on a plain one in the dark theme, following the
// glyphs inside links and across a line break.
func TestMarksGolden(t *testing.T) {
	for _, tt := range []struct{ golden, mode string }{
		{"reader_marks_light.png", apptheme.Light},
		{"reader_marks_dark.png", apptheme.Dark},
	} {
		t.Run(tt.mode, func(t *testing.T) {
			r, w := newTestReader(t, fyne.NewSize(480, 300))
			fyne.CurrentApp().Settings().SetTheme(apptheme.For(tt.mode))
			if tt.mode == apptheme.Light {
				r.SetCurrent([]string{markedPassage})
			}
			r.SetMarks(marksFor(t, r))
			r.Reveal(markedPassage)
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}

// TestMarkBoxes: a mark inside a link lies over the link's glyphs, one
// across a line break is a box on each line, reaching the glyphs' edges.
func TestMarkBoxes(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(480, 300))
	r.Reveal(markedPassage)
	w.Canvas().Capture()
	f := r.views[markedPassage].text
	text := r.Story.Passage(markedPassage).Text()
	sea := every(text, "Sea of Japan")[0]
	wrap := acrossWrap(t, f)
	glyphs.lock()
	px, lh := paint.TextPx(f.size(), 1), f.lineHeightLocked()
	boxes := f.markBoxes([][2]int{sea, wrap}, 1, px, lh)
	var link *chunk
	for i := range f.chunks {
		if c := &f.chunks[i]; f.Runs[c.run].Link.Target == "east-sea" && strings.Contains(c.text, "Sea of Japan") {
			link = c
		}
	}
	var seaStart float32
	for _, wd := range f.words {
		if wd.at == sea[0] {
			seaStart = wd.x
		}
	}
	glyphs.unlock()
	if len(boxes) != 3 {
		t.Fatalf("boxes %v, want one for the link and two across the break", boxes)
	}
	if link == nil {
		t.Fatal("no chunk of the link holds all of \"Sea of Japan\"")
	}
	b := boxes[0]
	if x := int(seaStart); b.Min.X < x-2 || b.Min.X > x || float32(b.Max.X) > link.pos.X+link.size.Width+2 || b.Max.X < int(link.pos.X+link.size.Width)-1 {
		t.Errorf("mark of \"Sea of Japan\" %v; the words start at %v, the link ends at %v", b, seaStart, link.pos.X+link.size.Width)
	}
	if float32(b.Min.Y) < link.pos.Y || float32(b.Max.Y) > link.pos.Y+link.size.Height {
		t.Errorf("mark %v is not within its line, %v to %v", b, link.pos.Y, link.pos.Y+link.size.Height)
	}
	first, second := boxes[1], boxes[2]
	if first.Min.Y >= second.Min.Y || first.Max.Y > second.Min.Y {
		t.Errorf("the marks across the break %v and %v are not on two lines", first, second)
	}
	if second.Min.X > 1 || first.Max.X < int(f.width())-40 {
		t.Errorf("the mark across the break should end the first line and start the second: %v, %v", first, second)
	}
	// What is drawn: the mark's colour in the box where there is no ink,
	// nothing of it outside the boxes.
	r.SetMarks(map[string][][2]int{markedPassage: {sea, wrap}})
	img := image1x(f)
	mark := color.NRGBAModel.Convert(markLight).(color.NRGBA)
	for _, b := range boxes {
		x := max(b.Min.X, 0) + 1 // the corners are softened
		if got := color.NRGBAModel.Convert(img.At(x, b.Min.Y)).(color.NRGBA); got != mark {
			t.Errorf("mark %v at (%d, %d) is %v, want %v", b, x, b.Min.Y, got, mark)
		}
	}
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			in := false
			for _, b := range boxes {
				in = in || image.Pt(x, y).In(b)
			}
			if c := img.RGBAAt(x, y); !in && c.A == 255 && c == (color.RGBA{0xff, 0xf1, 0x76, 0xff}) {
				t.Fatalf("mark colour at (%d, %d), outside every mark", x, y)
			}
		}
	}
}

// TestMarksRedrawOnlyChanged: setting marks draws again the passages whose
// marks changed and no other; the same marks in a new map draw nothing.
func TestMarksRedrawOnlyChanged(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	ids := allPassages(r)
	a, b := ids[1], ids[2]
	w.Canvas().Capture()
	step := func(what string, m map[string][][2]int, want ...string) {
		t.Helper()
		before := counts(r)
		r.SetMarks(m)
		w.Canvas().Capture()
		d := diffCounts(before, counts(r))
		for id, n := range d {
			if !contains(want, id) {
				t.Errorf("%s: passage %s redrawn %v", what, id, n)
			}
		}
		for _, id := range want {
			if d[id][0] != 1 {
				t.Errorf("%s: passage %s refreshed %d times, want 1", what, id, d[id][0])
			}
		}
	}
	step("mark two", map[string][][2]int{a: {{0, 4}}, b: {{5, 9}, {12, 14}}}, a, b)
	step("the same again", map[string][][2]int{a: {{0, 4}}, b: {{5, 9}, {12, 14}}})
	step("change one", map[string][][2]int{a: {{0, 4}}, b: {{5, 9}}}, b)
	r.SetCurrent(ids[:3])
	r.SetActive([]string{"armistice"})
	step("tints keep marks", map[string][][2]int{a: {{0, 4}}, b: {{5, 9}}})
	step("clear", nil, a, b)
}

// TestWordOffsets: each word of every passage knows where it is in the
// passage's text, which marks are given in.
func TestWordOffsets(t *testing.T) {
	r, _ := newTestReader(t, fyne.NewSize(640, 820))
	for _, v := range r.order {
		text := v.passage.Text()
		v.text.update()
		for _, w := range v.text.words {
			if w.at < 0 || w.at+len(w.text) > len(text) || text[w.at:w.at+len(w.text)] != w.text {
				t.Fatalf("passage %s: word %q at %d", v.passage.ID, w.text, w.at)
			}
		}
	}
}

// TestMarksOutOfRange: marks outside the text, empty, reversed or inside
// a character draw what they cover and never panic.
func TestMarksOutOfRange(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	id := allPassages(r)[0]
	n := len(r.Story.Passage(id).Text())
	r.SetMarks(map[string][][2]int{id: {{-5, 3}, {n - 2, n + 10}, {7, 7}, {9, 8}, {1 << 40, 1<<40 + 1}}})
	w.Canvas().Capture()
	image1x(r.views[id].text)
}

// TestMarkContrast: text, links and active links on a mark keep at least
// 4.5:1 contrast in both themes, and marks take the theme's variant.
func TestMarkContrast(t *testing.T) {
	newTestApp(t)
	for _, mode := range []string{apptheme.Light, apptheme.Dark} {
		th := apptheme.For(mode)
		mark := markColour(th.Color(theme.ColorNameBackground, 0))
		if want := map[string]color.Color{apptheme.Light: markLight, apptheme.Dark: markDark}[mode]; mark != want {
			t.Errorf("%s theme: mark %v, want %v", mode, mark, want)
		}
		for _, n := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameHyperlink, apptheme.ColorNameActiveLink} {
			if r := contrast(th.Color(n, 0), mark); r < 4.5 {
				t.Errorf("%s theme: %s on a mark has contrast %.2f:1, want ≥ 4.5", mode, n, r)
			}
		}
	}
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		f := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(b)
	}
	l1, l2 := lum(a), lum(b)
	return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
}
