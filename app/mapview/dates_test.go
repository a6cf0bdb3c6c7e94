package mapview

import (
	"image"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
)

// TestMapAtDates: the map widget alone at the app's map size at three
// dates, with the features hidden then and the moment's places
// highlighted: 1946 (the occupation zones and the 38th Parallel), August
// 1953 (the armistice: the Military Demarcation Line and Panmunjom) and
// 1955 (the line).
func TestMapAtDates(t *testing.T) {
	for _, tt := range []struct{ date, golden string }{
		{"1946-06-01", "map_1946.png"},
		{"1953-08-15", "map_1953_08.png"},
		{"1955-06-01", "map_1955.png"},
	} {
		t.Run(tt.date, func(t *testing.T) {
			_, w, _ := newMomentView(t, fyne.NewSize(900, 640), tt.date, "en")
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}

// newLegendOverMap lays a legend over a map as the app does: in the
// map's top-left corner, inside padding, above the map.
func newLegendOverMap(t *testing.T, date string) (*MapView, *Legend, fyne.Window, *renderer) {
	t.Helper()
	v, w, r := newMomentView(t, fyne.NewSize(900, 640), date, "en")
	e := explainer(t)
	var keys []LegendEntry
	for _, k := range e.Keys() {
		keys = append(keys, LegendEntry{ID: k.Feature, Text: k.Text})
	}
	l := NewLegend(v.Style, keys)
	l.SetState(v.Hidden, len(v.Highlighted) > 0)
	overlay := container.NewBorder(container.NewHBox(container.NewVBox(l), layout.NewSpacer()), nil, nil, nil)
	w.SetContent(container.NewStack(v, container.NewPadded(overlay)))
	w.Resize(fyne.NewSize(900, 640))
	l.Follow(v)
	w.Canvas().Capture()
	return v, l, w, r
}

// legendBox is the legend's box in the map's pixels.
func legendBox(v *MapView, l *Legend) image.Rectangle {
	d := fyne.CurrentApp().Driver()
	p := d.AbsolutePositionForObject(l).Subtract(d.AbsolutePositionForObject(v))
	s := l.Size()
	return image.Rect(int(p.X), int(p.Y), int(p.X+s.Width+0.5), int(p.Y+s.Height+0.5))
}

// TestLegendKeepsOffLabels: a legend over the map hides no label (issue
// 10, item 7): the map places its labels round it, it folds itself when
// the map is zoomed in and unfolds at home, and a tap folds or unfolds it.
func TestLegendKeepsOffLabels(t *testing.T) {
	v, l, w, r := newLegendOverMap(t, "1946-06-01")
	covered := func(what string) {
		t.Helper()
		box := legendBox(v, l)
		if box.Dx() < 40 || box.Dy() < 16 {
			t.Fatalf("%s: legend box %v", what, box)
		}
		for _, lb := range r.placed() {
			if lb.Rect().Overlaps(box) {
				t.Errorf("%s: the legend %v covers the label %q at %v", what, box, lb.Text, lb.Rect())
			}
		}
	}
	if l.Collapsed {
		t.Fatal("the legend is folded at the home view")
	}
	covered("home")
	open := l.Size()

	v.ZoomIn()
	v.ZoomIn()
	w.Canvas().Capture()
	if !l.Collapsed {
		t.Error("the legend is not folded while the map is zoomed in")
	}
	if s := l.Size(); s.Height >= open.Height || s.Height > 30 {
		t.Errorf("folded legend is %v, unfolded %v", s, open)
	}
	covered("zoomed in")

	// A tap unfolds it while zoomed in; the labels move out from under it.
	test.Tap(l)
	w.Canvas().Capture()
	if l.Collapsed {
		t.Error("a tap did not unfold the legend")
	}
	covered("unfolded by a tap")

	v.Reset()
	w.Canvas().Capture()
	if l.Collapsed {
		t.Error("the legend stays folded at home")
	}
	test.Tap(l)
	w.Canvas().Capture()
	if !l.Collapsed {
		t.Error("a tap did not fold the legend")
	}
	covered("folded at home")
}

// TestLegendMomentKeepsBase: the moment's row appearing and going does not
// move the labels, so highlights still never re-render the base map.
func TestLegendMomentKeepsBase(t *testing.T) {
	v, l, w, r := newLegendOverMap(t, "1955-06-01")
	n := r.renders
	high := v.Highlighted
	for range 3 {
		v.SetHighlighted(nil)
		if l.SetState(v.Hidden, false) {
			t.Log("the legend's rows changed")
		}
		w.Canvas().Capture()
		v.SetHighlighted(high)
		l.SetState(v.Hidden, true)
		w.Canvas().Capture()
	}
	if r.renders != n {
		t.Errorf("showing and hiding the moment's row re-rendered the base map %d times", r.renders-n)
	}
	// Folding does move them: one render.
	l.SetCollapsed(true)
	w.Canvas().Capture()
	if r.renders != n+1 {
		t.Errorf("folding the legend rendered the base map %d times, want 1", r.renders-n)
	}
}

// BenchmarkMapViewBase is a change of view at the app's map size,
// rendered synchronously: the base map's two layers, label placement and
// painting, and the frame.
func BenchmarkMapViewBase(b *testing.B) {
	v, _, r := newMomentView(b, fyne.NewSize(900, 640), "1955-06-01", "en")
	vp := v.Viewport()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		v.vp = vp.Pan(float64(i%2), 0) // the widget's own field: no clamping, no refresh
		r.update()
		r.generateBase(900, 640)
	}
}

// BenchmarkMapViewHighlight is a change of the moment's places: the frame
// alone (outlines between the cached layers), synchronously as before, and
// Async: the patch alone.
func BenchmarkMapViewHighlight(b *testing.B) {
	for _, async := range []bool{false, true} {
		b.Run(map[bool]string{false: "sync", true: "async"}[async], func(b *testing.B) {
			v, _, r := newMomentView(b, fyne.NewSize(900, 640), "1955-06-01", "en")
			if async {
				setAsync(v, r, false)
			}
			high := slices.Clone(v.Highlighted)
			n := r.renders
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				v.Highlighted = high[:1+i%len(high)]
				r.update()
				if async {
					r.generatePatch(0, 0)
				} else {
					r.generateBase(900, 640)
				}
			}
			if r.renders != n {
				b.Fatalf("highlights re-rendered the base map %d times", r.renders-n)
			}
		})
	}
}
