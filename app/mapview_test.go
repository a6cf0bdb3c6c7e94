package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"peninsula/geo"
)

// newTestMapView shows a map view alone in a test window of the size.
func newTestMapView(t *testing.T, size fyne.Size) (*MapView, fyne.Window) {
	t.Helper()
	newTestApp(t)
	m, _ := testData(t)
	v := NewMapView(m)
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

// at returns the position in the map view of a lon/lat.
func at(v *MapView, lon, lat float64) fyne.Position {
	p := v.Viewport().ToPixel(orb.Point{lon, lat})
	return fyne.NewPos(float32(p[0]), float32(p[1]))
}

func TestMapViewGolden(t *testing.T) {
	tests := []struct {
		name   string
		golden string
		do     func(v *MapView)
	}{
		{"home view", "mapview_home.png", func(v *MapView) {}},
		{"seoul selected and zoomed", "mapview_seoul.png", func(v *MapView) {
			v.SetSelected("seoul")
			v.zoomAt(toPoint(at(v, 126.978, 37.5665)), 2)
		}},
		{"korea selected", "mapview_korea.png", func(v *MapView) { v.SetSelected("kor") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, w := newTestMapView(t, fyne.NewSize(800, 600))
			tt.do(v)
			test.AssertImageMatches(t, tt.golden, w.Canvas().Capture())
		})
	}
}

func TestMapViewTap(t *testing.T) {
	tests := []struct {
		name     string
		lon, lat float64
		dx, dy   float32
		want     string
	}{
		{"seoul", 126.978, 37.5665, 0, 0, "seoul"},
		{"dokdo", 131.8667, 37.2417, 3, -2, "dokdo"},
		{"south korea's land", 128.0, 36.3, 0, 0, "kor"},
		{"japan's land", 138.0, 36.3, 0, 0, "jpn"},
		{"the yellow sea clears", 123.5, 35.5, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := newTestMapView(t, fyne.NewSize(800, 600))
			got := "unset"
			v.OnSelected = func(id string) { got = id }
			v.Selected = "pyongyang"
			test.TapAt(v, at(v, tt.lon, tt.lat).AddXY(tt.dx, tt.dy))
			if got != tt.want || v.Selected != tt.want {
				t.Errorf("tap reported %q and selected %q, want %q", got, v.Selected, tt.want)
			}
		})
	}
}

func TestMapViewTapBadge(t *testing.T) {
	v, _ := newTestMapView(t, fyne.NewSize(800, 600))
	got := ""
	v.OnSelected = func(id string) { got = id }
	x, y, w, h := geo.BadgeRect(v.Viewport())
	test.TapAt(v, fyne.NewPos(float32(x+w/2), float32(y+h/2)))
	if got != "usa" {
		t.Errorf("tapping the badge reported %q, want usa", got)
	}
}

func TestMapViewHoverAndSelectKeepBaseCache(t *testing.T) {
	v, w := newTestMapView(t, fyne.NewSize(800, 600))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*mapRenderer)
	before := r.baseRenders
	if before == 0 {
		t.Fatal("the base map was never rendered")
	}
	hovered := ""
	v.OnHover = func(id string) { hovered = id }
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at(v, 126.978, 37.5665)}})
	w.Canvas().Capture()
	test.TapAt(v, at(v, 139.7671, 35.6812))
	w.Canvas().Capture()
	if hovered != "seoul" || v.Hovered() != "seoul" {
		t.Errorf("hover = %q, want seoul", hovered)
	}
	if v.Selected != "tokyo" {
		t.Errorf("selected = %q, want tokyo", v.Selected)
	}
	if r.baseRenders != before {
		t.Errorf("hover and selection re-rendered the base map %d time(s)", r.baseRenders-before)
	}
	// Panning does re-render it.
	v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30, DY: 10}})
	w.Canvas().Capture()
	if r.baseRenders != before+1 {
		t.Errorf("after a pan the base map was rendered %d more time(s), want 1", r.baseRenders-before)
	}
}

func TestMapViewNavigation(t *testing.T) {
	seoul := orb.Point{126.978, 37.5665}
	tests := []struct {
		name string
		do   func(v *MapView)
		// check gets the view before and after
		check func(t *testing.T, before, after geo.Viewport)
	}{
		{"drag pans with the pointer", func(v *MapView) {
			v.ZoomIn()
			v.ZoomIn()
			v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 40, DY: -25}})
		}, func(t *testing.T, before, after geo.Viewport) {
			before = before.ZoomAt(orb.Point{before.Width / 2, before.Height / 2}, 2*zoomStep)
			b, a := before.ToPixel(seoul), after.ToPixel(seoul)
			if d := (a[0] - b[0] - 40) + (a[1] - b[1] + 25); d > 1e-6 || d < -1e-6 {
				t.Errorf("seoul moved from %v to %v, want by (40,-25)", b, a)
			}
		}},
		{"wheel zooms in around the pointer", func(v *MapView) {
			v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at(v, seoul[0], seoul[1])},
				Scrolled: fyne.Delta{DY: 25}})
		}, func(t *testing.T, before, after geo.Viewport) {
			if after.Zoom <= before.Zoom {
				t.Errorf("zoom %v → %v, want larger", before.Zoom, after.Zoom)
			}
			b, a := before.ToPixel(seoul), after.ToPixel(seoul)
			if d := (a[0] - b[0]) * (a[1] - b[1]); d > 1e-6 || d < -1e-6 {
				t.Errorf("the point under the pointer moved from %v to %v", b, a)
			}
		}},
		{"zoom in and out buttons step", func(v *MapView) { v.ZoomIn(); v.ZoomIn(); v.ZoomOut() },
			func(t *testing.T, before, after geo.Viewport) {
				if after.Zoom != before.Zoom+zoomStep {
					t.Errorf("zoom %v → %v, want +%v", before.Zoom, after.Zoom, zoomStep)
				}
			}},
		{"zoom stops at the limit", func(v *MapView) {
			for range 40 {
				v.ZoomIn()
			}
		}, func(t *testing.T, before, after geo.Viewport) {
			if after.Zoom != geo.MaxZoom {
				t.Errorf("zoom = %v, want the limit %v", after.Zoom, geo.MaxZoom)
			}
		}},
		{"reset returns home", func(v *MapView) { v.ZoomIn(); v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 100}}); v.Reset() },
			func(t *testing.T, before, after geo.Viewport) {
				if after != before {
					t.Errorf("after reset the view is %+v, want %+v", after, before)
				}
			}},
		{"panning stops at the edge of the data", func(v *MapView) {
			v.ZoomIn()
			v.ZoomIn()
			for range 50 {
				v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 400}})
			}
		}, func(t *testing.T, before, after geo.Viewport) {
			if after.Bound().Min[0] < 112-1e-6 {
				t.Errorf("view reaches %v°E, want no further west than the data (112°E)", after.Bound().Min[0])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := newTestMapView(t, fyne.NewSize(800, 600))
			before := v.Viewport()
			tt.do(v)
			tt.check(t, before, v.Viewport())
		})
	}
}
