package figuresview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

type tapped struct {
	figure        string
	series, point int
}

// TestTapPoint taps the real widget where a bar or dot is drawn (after
// scrolling to its chart when it is off screen) and checks what
// OnPointTapped hears.
func TestTapPoint(t *testing.T) {
	tests := []struct {
		name   string
		focus  string  // scroll to this chart first
		figure string  // tap this point
		series int     //
		point  int     //
		dx, dy float32 // this far from its middle
		want   []tapped
	}{
		{"derived bar", "", "korea-china-trade", 0, 0, 0, 0, []tapped{{"korea-china-trade", 0, 0}}},
		{"plain bar", "", "korea-china-trade", 0, 1, 0, 0, []tapped{{"korea-china-trade", 0, 1}}},
		{"bar's edge", "", "korea-china-trade", 0, 1, 11, 0, []tapped{{"korea-china-trade", 0, 1}}},
		{"a bar one pixel high", "", "china-investment-north", 0, 0, 0, -5, []tapped{{"china-investment-north", 0, 0}}},
		{"beside a thin bar", "", "china-investment-north", 0, 0, 6, -5, []tapped{{"china-investment-north", 0, 0}}},
		{"expected range", "", "china-investment-north", 0, 2, 0, 0, []tapped{{"china-investment-north", 0, 2}}},
		{"its range's top", "", "china-investment-north", 0, 2, 0, -20, []tapped{{"china-investment-north", 0, 2}}},
		{"single bar", "", "inter-korean-trade", 0, 0, 0, 0, []tapped{{"inter-korean-trade", 0, 0}}},
		{"step dot", "us-troops", "us-troops", 0, 0, 0, 0, []tapped{{"us-troops", 0, 0}}},
		{"target dot, near", "us-troops", "us-troops", 0, 1, 5, 5, []tapped{{"us-troops", 0, 1}}},
		{"span bar", "war-casualties", "war-casualties", 0, 0, 40, 0, []tapped{{"war-casualties", 0, 0}}},
		{"rank dot", "economy-rank", "economy-rank", 0, 0, -5, 5, []tapped{{"economy-rank", 0, 0}}},
		{"empty year", "", "korea-china-trade", 0, 1, 60, 0, nil},
		{"below the axis", "", "korea-china-trade", 0, 1, 0, 60, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := newTestStrip(t, stripSize, false, day(2004, 7, 1))
			var got []tapped
			v.OnPointTapped = func(f string, s, p int) { got = append(got, tapped{f, s, p}) }
			if tt.focus != "" {
				v.SetFocus(tt.focus)
			}
			pos := pointPos(t, v, tt.figure, tt.series, tt.point).AddXY(tt.dx, tt.dy)
			if pos.X < 0 || pos.X >= stripSize.Width {
				t.Fatalf("the point is off screen at %v", pos)
			}
			test.TapAt(v, pos)
			if len(got) != len(tt.want) || (len(got) == 1 && got[0] != tt.want[0]) {
				t.Errorf("tap at %v: got %v, want %v", pos, got, tt.want)
			}
		})
	}
}

// TestTapThroughCanvas taps the window, not the widget: no object in the
// strip (the scroll container, the charts) keeps the tap from it.
func TestTapThroughCanvas(t *testing.T) {
	v, w := newTestStrip(t, stripSize, false, day(2004, 7, 1))
	var got []tapped
	v.OnPointTapped = func(f string, s, p int) { got = append(got, tapped{f, s, p}) }
	test.TapCanvas(w.Canvas(), pointPos(t, v, "china-investment-north", 0, 1))
	if len(got) != 1 || got[0] != (tapped{"china-investment-north", 0, 1}) {
		t.Errorf("got %v", got)
	}
}

// TestHoverTooltip moves the mouse over points and checks the tooltip's
// lines: the value, the date, the qualifier in words, the source.
func TestHoverTooltip(t *testing.T) {
	tests := []struct {
		name          string
		focus, figure string
		point         int
		want          []string
	}{
		{"derived", "", "korea-china-trade", 0, []string{"$63.4 billion", "2003",
			"derived: $90 billion in 2004 was 42 percent more than in 2003: 90 ÷ 1.42 ≈ 63.4",
			"Source: Seoul–Beijing trade reaches $90 billion, up 42 percent"}},
		{"plain", "", "korea-china-trade", 1, []string{"$90 billion", "2004",
			"Source: Seoul–Beijing trade reaches $90 billion, up 42 percent"}},
		{"expected range", "", "china-investment-north", 2, []string{"$85–90 million", "2005", "expected",
			"Source: Chinese investment in North Korea"}},
		{"target", "us-troops", "us-troops", 1, []string{"25,000 troops", "2008",
			"target: 12,500 of the 37,500 troops to be withdrawn by 2008", "Source: Target date for the U.S. troop reduction"}},
		{"about, over years", "war-casualties", "war-casualties", 0, []string{"about 3 million people",
			"25 Jun 1950 – 27 Jul 1953", "about (an approximate number)"}},
		{"about, approximate date", "iraq-troops", "iraq-troops", 0, []string{"about 3,000 troops", "c. 2004"}},
		{"rank from a passage", "economy-rank", "economy-rank", 0, []string{"11th", "8 Feb 2006", "Source: "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestStrip(t, stripSize, false, day(2004, 7, 1))
			if tt.focus != "" {
				v.SetFocus(tt.focus)
			}
			test.MoveMouse(w.Canvas(), pointPos(t, v, tt.figure, 0, tt.point))
			r := rendererOf(t, v)
			if f, s, p := v.Hovered(); f != tt.figure || s != 0 || p != tt.point {
				t.Fatalf("hovered %s %d %d, want %s 0 %d", f, s, p, tt.figure, tt.point)
			}
			if !r.tip.box.Visible() {
				t.Fatal("no tooltip")
			}
			text := strings.Join(r.tip.texts(), " ")
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("tooltip %q lacks %q", text, want)
				}
			}
			if r.tip.lines[0].Text != tt.want[0] || !r.tip.lines[0].TextStyle.Bold {
				t.Errorf("first line %q (bold %v), want %q in bold", r.tip.lines[0].Text, r.tip.lines[0].TextStyle.Bold, tt.want[0])
			}
			// The box is inside the strip and its lines inside the box.
			b := r.tip.box
			if b.Position().X < 0 || b.Position().Y < 0 || b.Position().X+b.Size().Width > stripSize.Width ||
				b.Position().Y+b.Size().Height > stripSize.Height {
				t.Errorf("tooltip at %v size %v leaves the strip", b.Position(), b.Size())
			}
			if v.Cursor() != desktop.PointerCursor {
				t.Errorf("cursor %v over a point", v.Cursor())
			}
			// Off the point: the tooltip goes.
			test.MoveMouse(w.Canvas(), fyne.NewPos(stripSize.Width/2, 10))
			if r.tip.box.Visible() || len(r.tip.texts()) != 0 {
				t.Error("the tooltip stays off the point")
			}
		})
	}
}

// TestLayoutKorea: every point of the Korea story has its full label,
// inside its chart and clear of the other labels, and answers a pointer
// at least 12 × 12 around it.
func TestLayoutKorea(t *testing.T) {
	v, _ := newTestStrip(t, stripSize, false, day(2004, 7, 1))
	for _, g := range v.charts {
		var boxes []rect
		for _, s := range g.series {
			for i, pg := range s.pts {
				if want := pointLabel(g.fig, pg.p); pg.label != want {
					t.Errorf("%s point %d: label %q, want %q", g.fig.ID, i, pg.label, want)
				}
				if want := qualifierWord(pg.p.Qualifier); pg.word != want {
					t.Errorf("%s point %d: word %q, want %q", g.fig.ID, i, pg.word, want)
				}
				lb, ok := g.labelAt(&pg, pg.label, pg.word, pg.below)
				if !ok || lb.box.x0 < 0 || lb.box.x1 > g.w || overlaps(lb.box, boxes) {
					t.Errorf("%s point %d: label at %v, out of its room or over another", g.fig.ID, i, lb.box)
				}
				boxes = append(boxes, lb.box)
				if pg.hit.w() < 12 || pg.hit.h() < 12 {
					t.Errorf("%s point %d: hit area %v×%v", g.fig.ID, i, pg.hit.w(), pg.hit.h())
				}
				if pg.hit.x0 < 0 || pg.hit.x1 > g.w || pg.hit.y0 < 0 || pg.hit.y1 > g.h {
					t.Errorf("%s point %d: hit area %v outside the chart", g.fig.ID, i, pg.hit)
				}
			}
		}
	}
}
