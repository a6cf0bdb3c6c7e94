package timelineview

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The cursor, the titles' room and the tooltip.

// boxOf is the rectangle o is drawn in.
func boxOf(o fyne.CanvasObject) rect {
	p, s := o.Position(), o.Size()
	return rect{p.X, p.Y, p.X + s.Width, p.Y + s.Height}
}

// views are the stretches the cursor tests sweep: the whole story at the
// default size and wider, two zooms, and the story of 200 events.
var views = []struct {
	name  string
	size  fyne.Size
	a, b  time.Time
	story func(t testing.TB, size fyne.Size) (*TimelineView, fyne.Window)
}{
	{"all-1170", defaultSize, time.Time{}, time.Time{}, newTestTimeline},
	{"all-1200", testSize, time.Time{}, time.Time{}, newTestTimeline},
	{"1945-1955", testSize, day(1945, 1, 1), day(1955, 1, 1), newTestTimeline},
	{"1998-2006", testSize, day(1998, 1, 1), day(2006, 7, 1), newTestTimeline},
	{"200-1170", defaultSize, time.Time{}, time.Time{}, newTest200},
}

// TestTimelineCursorClearsText moves the cursor across the whole story in
// 200 steps, as the app does (time and active events), and checks that
// the date readout and the knob cover no era title, and that the cursor
// line, in the detail band and the overview, crosses no text.
func TestTimelineCursorClearsText(t *testing.T) {
	for _, vw := range views {
		t.Run(vw.name, func(t *testing.T) {
			v, _ := vw.story(t, vw.size)
			if !vw.a.IsZero() {
				zoomTo(v, vw.a, vw.b)
			}
			r := test.TempWidgetRenderer(t, v).(*renderer)
			type text struct {
				s   string
				box rect
			}
			span := v.Bounds.End.Sub(v.Bounds.Start)
			lines, moved := 0, 0
			for step := range 200 {
				at := v.Bounds.Start.Add(span / 200 * time.Duration(step)).Add(span / 400)
				setMoment(v, at)
				// The texts drawn in the raster and the era titles over it.
				var texts []text
				for _, sh := range r.scene.shapes {
					if sh.kind == shapeText && sh.text != "" {
						texts = append(texts, text{sh.text, sh.box})
					}
				}
				for _, tx := range r.eraText {
					if tx.Visible() && tx.Text != "" {
						texts = append(texts, text{tx.Text, boxOf(tx)})
					}
				}
				for _, tx := range r.eraText {
					if !tx.Visible() {
						continue
					}
					for what, o := range map[string]fyne.CanvasObject{"date readout": r.readBg, "knob": r.knob} {
						if o.Visible() && boxOf(o).overlaps(boxOf(tx)) {
							t.Errorf("at %s the %s %v covers the era title %q %v", at.Format("2006-01-02"), what,
								boxOf(o), tx.Text, boxOf(tx))
						}
					}
					if p := tx.Position(); p.X != v.geometry().eras[indexOf(r.eraText, tx)].textX {
						moved++
					}
				}
				for _, seg := range r.cur {
					if !seg.Visible() {
						continue
					}
					lines++
					for _, tx := range texts {
						if boxOf(seg).overlaps(tx.box) {
							t.Errorf("at %s the cursor line %v crosses %q %v", at.Format("2006-01-02"), boxOf(seg),
								tx.s, tx.box)
						}
					}
				}
				if r.ovCur.Visible() {
					for _, sh := range r.scene.shapes {
						if sh.role == roleOvLabel && boxOf(r.ovCur).overlaps(sh.box) {
							t.Errorf("at %s the overview cursor %v crosses %q %v", at.Format("2006-01-02"),
								boxOf(r.ovCur), sh.text, sh.box)
						}
					}
				}
			}
			if lines < 200 {
				t.Errorf("the cursor line was drawn in %d pieces over 200 steps", lines)
			}
			t.Logf("%d line pieces; an era title made way %d times", lines, moved)
		})
	}
}

// indexOf is the index of x in s, or -1.
func indexOf[T comparable](s []T, x T) int {
	for i, y := range s {
		if y == x {
			return i
		}
	}
	return -1
}

// TestTimelineTitleUsesTheRoom checks that a title with room is drawn
// whole: "China overtakes the U.S. as South Korea's largest trading
// partner" is wider than the 260 px titles were once cut to.
func TestTimelineTitleUsesTheRoom(t *testing.T) {
	v, w := newTestTimeline(t, testSize)
	zoomTo(v, day(2002, 7, 1), day(2005, 1, 1))
	w.Canvas().Capture()
	i := v.Schedule.Index("china-top-partner")
	full := v.Titles["china-top-partner"]
	if fyne.MeasureText(full, titleSize, titleStyle).Width <= baseTitleW {
		t.Fatalf("%q is not wider than %d px", full, baseTitleW)
	}
	r := test.TempWidgetRenderer(t, v).(*renderer)
	drawn := ""
	if sh := r.scene.find(roleTitle, i); sh != nil {
		drawn = sh.text
	}
	if drawn != full {
		t.Errorf("the title drawn is %q, want the whole %q", drawn, full)
	}
}

// TestTimelineCutTitlesHadNoRoom checks, in many views, that every title
// drawn cut would have met another title or pole, or the band's edge, had
// it been drawn whole.
func TestTimelineCutTitlesHadNoRoom(t *testing.T) {
	for _, vw := range views {
		for _, at := range []time.Time{{}, day(1950, 6, 25), day(2004, 6, 1)} {
			t.Run(fmt.Sprintf("%s-%d", vw.name, at.Year()), func(t *testing.T) {
				v, _ := vw.story(t, vw.size)
				if !vw.a.IsZero() {
					zoomTo(v, vw.a, vw.b)
				}
				if !at.IsZero() {
					setMoment(v, at)
				}
				g := v.geometry()
				width := float32(g.scale.Width)
				cut := 0
				for _, i := range g.shown {
					a, e := g.ev[i], g.events[i]
					if a.text == e.full {
						continue
					}
					cut++
					whole := a.title
					if fw := e.cuts[0].w; a.left {
						whole.x0 = whole.x1 - fw
					} else {
						whole.x1 = whole.x0 + fw
					}
					blocked := whole.x0 < 2 || whole.x1 > width-2
					for _, j := range g.shown {
						b := g.ev[j]
						if j == i {
							continue
						}
						grown := rect{b.title.x0 - titleGap, b.title.y0, b.title.x1 + titleGap, b.title.y1}
						pole := rect{b.flagX - 4, a.title.y0, b.flagX + 4, a.title.y1}
						blocked = blocked || b.row == a.row && whole.overlaps(grown) ||
							b.row > a.row && whole.overlaps(pole)
					}
					if !blocked {
						t.Errorf("%s is drawn as %q though the whole %q had room", v.Schedule.Items[i].ID, a.text, e.full)
					}
				}
				t.Logf("%d titles, %d cut", len(g.shown), cut)
			})
		}
	}
}

// TestTimelineTooltipOpaque hovers a diamond, a bar and a cluster: the
// tooltip's box is opaque and drawn over the cursor line.
func TestTimelineTooltipOpaque(t *testing.T) {
	v, w := newTestTimeline(t, defaultSize)
	setMoment(v, day(2004, 6, 1))
	g := v.geometry()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	spots := map[string]fyne.Position{}
	for _, id := range []string{"summit-2000", "bases-2004"} {
		m := g.markerOf(v.Schedule.Index(id))
		spots[id] = fyne.NewPos(m.cx, g.bands.laneY(0))
	}
	kw := g.ev[v.Schedule.Index("korean-war")]
	spots["korean-war"] = fyne.NewPos((kw.x0+kw.x1)/2, g.bands.laneY(kw.lane))
	for what, p := range spots {
		test.MoveMouse(w.Canvas(), p)
		if !r.tipBox.Visible() {
			t.Errorf("no tooltip over %s", what)
			continue
		}
		if c := nrgba(r.tipBox.FillColor); c.A != 0xff {
			t.Errorf("the tooltip over %s is %v: not opaque", what, c)
		}
		if indexOf(r.Objects(), fyne.CanvasObject(r.tipBox)) < indexOf(r.Objects(), fyne.CanvasObject(r.cur[0])) {
			t.Error("the tooltip is drawn under the cursor line")
		}
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(5, 5))
}
