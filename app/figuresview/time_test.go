package figuresview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"peninsula/app/apptheme"
	"peninsula/app/internal/paint"
	"peninsula/link"
)

// TestSetTimeMovesMoment: at each moment the marker is where the time
// falls on each chart (hidden off its axis) and the ring is round the
// point link.CurrentPoint names (hidden before the first).
func TestSetTimeMovesMoment(t *testing.T) {
	tests := []struct {
		at   time.Time
		want map[string]int // figure → current point
	}{
		{day(2002, 6, 1), map[string]int{"korea-china-trade": -1, "china-investment-north": -1, "us-troops": -1}},
		{day(2003, 7, 1), map[string]int{"korea-china-trade": 0, "china-investment-north": 0, "inter-korean-trade": -1}},
		{day(2004, 1, 1), map[string]int{"korea-china-trade": 1, "china-investment-north": 1, "us-troops": 0, "iraq-troops": 0}},
		{day(2005, 7, 1), map[string]int{"china-investment-north": 2, "china-north-trade": 0, "us-troops": 0, "economy-rank": -1}},
		{day(2008, 2, 1), map[string]int{"us-troops": 1, "economy-rank": 0, "war-casualties": 0}},
	}
	v, w := newTestStrip(t, stripSize, false, day(2000, 1, 1))
	w.Canvas().Capture()
	r := rendererOf(t, v)
	for _, tt := range tests {
		v.SetTime(tt.at)
		for i, g := range v.charts {
			o := r.charts[i]
			pos := v.chartPos(i)
			in := !tt.at.Before(g.t0) && tt.at.Before(g.t1)
			if o.marker.Visible() != in {
				t.Errorf("%v %s: marker shown %v, want %v", tt.at, g.fig.ID, o.marker.Visible(), in)
			}
			if x := pos.X + g.x(tt.at); in && (paint.Abs(o.marker.Position1.X-x) > 0.01 || o.marker.Position1.X != o.marker.Position2.X) {
				t.Errorf("%v %s: marker at %v–%v, want %v", tt.at, g.fig.ID, o.marker.Position1.X, o.marker.Position2.X, x)
			}
			cur := link.CurrentPoint(g.fig.Series[0], tt.at)
			if want, ok := tt.want[g.fig.ID]; ok && cur != want {
				t.Fatalf("%v %s: link says point %d, the test %d", tt.at, g.fig.ID, cur, want)
			}
			ring := o.rings[0]
			if ring.Visible() != (cur >= 0) {
				t.Errorf("%v %s: ring shown %v, current point %d", tt.at, g.fig.ID, ring.Visible(), cur)
			}
			if cur < 0 {
				continue
			}
			rr := g.series[0].pts[cur].ring
			wantPos := fyne.NewPos(pos.X+rr.x0, pos.Y+rr.y0)
			if ring.Position() != wantPos || ring.Size() != fyne.NewSize(rr.w(), rr.h()) {
				t.Errorf("%v %s: ring at %v %v, want round point %d at %v %v", tt.at, g.fig.ID,
					ring.Position(), ring.Size(), cur, wantPos, fyne.NewSize(rr.w(), rr.h()))
			}
		}
	}
}

// TestSetTimeKeepsRasters: scrubbing 2003–2006 day by day draws no chart
// again and refreshes no raster; a theme change redraws them all.
func TestSetTimeKeepsRasters(t *testing.T) {
	v, w := newTestStrip(t, stripSize, false, day(2003, 1, 1))
	w.Canvas().Capture()
	r := rendererOf(t, v)
	renders, refreshes := r.renders, r.rasterRefreshes
	if renders == 0 {
		t.Fatal("no chart drawn")
	}
	imgs := map[*canvas.Raster]any{}
	for _, o := range r.charts {
		imgs[o.raster] = o.img
	}
	ringed := 0
	for at := day(2003, 1, 1); at.Before(day(2007, 1, 1)); at = at.AddDate(0, 0, 1) {
		v.SetTime(at)
		if r.charts[0].rings[0].Visible() {
			ringed++
		}
	}
	w.Canvas().Capture()
	if r.renders != renders || r.rasterRefreshes != refreshes {
		t.Errorf("scrubbing drew %d charts and refreshed %d rasters", r.renders-renders, r.rasterRefreshes-refreshes)
	}
	for _, o := range r.charts {
		if imgs[o.raster] != any(o.img) {
			t.Errorf("%s: a new image", o.geom.fig.ID)
		}
	}
	if ringed == 0 {
		t.Error("the scrub never ringed a point")
	}

	// A theme change must redraw them (the counters can see a redraw).
	fyne.CurrentApp().Settings().SetTheme(apptheme.For(apptheme.Dark))
	v.Refresh()
	w.Canvas().Capture()
	if r.renders != renders+len(r.charts) || r.rasterRefreshes != refreshes+len(r.charts) {
		t.Errorf("a theme change drew %d charts and refreshed %d rasters, want %d", r.renders-renders,
			r.rasterRefreshes-refreshes, len(r.charts))
	}
}

// TestSetTimeAllocatesNothing: a scrub step within the same points
// allocates nothing.
func TestSetTimeAllocatesNothing(t *testing.T) {
	v, w := newTestStrip(t, stripSize, false, day(2004, 2, 1))
	w.Canvas().Capture()
	at := day(2004, 2, 1)
	allocs := testing.AllocsPerRun(200, func() {
		at = at.Add(time.Hour)
		v.SetTime(at)
	})
	if allocs != 0 {
		t.Errorf("SetTime allocates %v times a step", allocs)
	}
}

// TestSetFocus: the focused chart is scrolled into view and outlined; the
// others are not; focus before the strip has a size waits for one.
func TestSetFocus(t *testing.T) {
	v, _ := newTestStrip(t, stripSize, false, day(2004, 7, 1))
	r := rendererOf(t, v)
	col := themeColors(v)
	check := func(id string) {
		t.Helper()
		for i, o := range r.charts {
			focused := v.charts[i].fig.ID == id
			if got := o.card.StrokeColor == col.focus && o.card.StrokeWidth > 2; got != focused {
				t.Errorf("focus %q: chart %s outlined %v", id, v.charts[i].fig.ID, got)
			}
			if !focused {
				continue
			}
			x0 := v.chartPos(i).X - r.scroll.Offset.X
			if x0 < 0 || x0+v.chartSize.Width > stripSize.Width {
				t.Errorf("focus %q: chart at %v–%v, out of view", id, x0, x0+v.chartSize.Width)
			}
		}
	}
	for _, id := range []string{"economy-rank", "us-troops", "korea-china-trade", "war-casualties", ""} {
		v.SetFocus(id)
		check(id)
	}
	if r.scroll.Offset.X == 0 {
		t.Error("never scrolled")
	}

	// Focus set before the strip has a size.
	v2 := New()
	v2.SetFigures(testStory(t).Figures)
	v2.SetFocus("economy-rank")
	v2.Resize(stripSize)
	if v2.offset != v2.contentWidth()-stripSize.Width {
		t.Errorf("offset %v, want the end %v", v2.offset, v2.contentWidth()-stripSize.Width)
	}
}
