package mapview

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/geo"
	"peninsula/link"
)

// home is the app's home view: Korea and its neighbours.
var home = orb.Bound{Min: orb.Point{113.5, 23.5}, Max: orb.Point{145, 46.5}}

var testMap *geo.Map

// newTestMapView shows a map view of the built-in map alone in a test
// window of the size, with Peninsula's theme.
func newTestMapView(t testing.TB, size fyne.Size) (*MapView, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.Default())
	if testMap == nil {
		m, err := link.LoadMap()
		if err != nil {
			t.Fatal(err)
		}
		testMap = m
	}
	v := New(testMap, home)
	v.Hidden = []string{"korea", "zone-us", "zone-soviet"} // areas appear only at their dates, as in the app
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
	r := test.TempWidgetRenderer(t, v).(*renderer)
	before := r.renders
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
	if r.renders != before {
		t.Errorf("hover and selection re-rendered the base map %d time(s)", r.renders-before)
	}
	// Panning does re-render it.
	v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30, DY: 10}})
	w.Canvas().Capture()
	if r.renders != before+1 {
		t.Errorf("after a pan the base map was rendered %d more time(s), want 1", r.renders-before)
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
			before = before.ZoomAt(orb.Point{before.Width / 2, before.Height / 2}, 2*ZoomStep)
			b, a := before.ToPixel(seoul), after.ToPixel(seoul)
			if math.Abs(a[0]-b[0]-40) > 1e-6 || math.Abs(a[1]-b[1]+25) > 1e-6 {
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
			if math.Abs(a[0]-b[0]) > 1e-3 || math.Abs(a[1]-b[1]) > 1e-3 {
				t.Errorf("the point under the pointer moved from %v to %v", b, a)
			}
		}},
		{"zoom in and out buttons step", func(v *MapView) { v.ZoomIn(); v.ZoomIn(); v.ZoomOut() },
			func(t *testing.T, before, after geo.Viewport) {
				if after.Zoom != before.Zoom+ZoomStep {
					t.Errorf("zoom %v → %v, want +%v", before.Zoom, after.Zoom, ZoomStep)
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
		{"panning stops at the edge of the world", func(v *MapView) {
			v.ZoomIn()
			v.ZoomIn()
			for range 200 {
				v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 400}})
			}
		}, func(t *testing.T, before, after geo.Viewport) {
			if w := after.Bound().Min[0]; w < -180-1e-6 || w > -179 {
				t.Errorf("view's west edge at %v°E, want it stopped at the antimeridian (-180°E)", w)
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

// TestMapViewData: the widget draws what it is given — hidden features are
// neither drawn nor hit, label and tooltip texts come from its maps — and
// only a change of that data re-renders the base map.
func TestMapViewData(t *testing.T) {
	v, w := newTestMapView(t, fyne.NewSize(800, 600))
	w.Canvas().Capture()
	r := test.TempWidgetRenderer(t, v).(*renderer)
	v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.5, 38.3)), 2)) // the line apart from Kaesong
	w.Canvas().Capture()
	n := r.renders
	mdl := orb.Point{127.5, 38.3}
	if got := v.featureAt(at(v, mdl[0], mdl[1])); got != "mdl" {
		t.Fatalf("the armistice line's anchor hits %q", got)
	}
	v.SetHidden([]string{"mdl", "zone-us", "zone-soviet"})
	w.Canvas().Capture()
	if got := v.featureAt(at(v, mdl[0], mdl[1])); got == "mdl" {
		t.Error("a hidden line is still hit")
	}
	if r.renders != n+1 {
		t.Errorf("hiding features rendered the base map %d time(s), want 1", r.renders-n)
	}
	v.SetHidden([]string{"mdl", "zone-us", "zone-soviet"}) // the same set
	v.SetHighlighted([]string{"seoul"})
	w.Canvas().Capture()
	if r.renders != n+1 {
		t.Errorf("the same hidden set or a highlight re-rendered the base map")
	}
	v.SetLabels(map[string]string{"usa": "미국"}, map[string]string{"seoul": "Seoul · 서울"})
	w.Canvas().Capture()
	if r.renders != n+2 || r.badgeText.Text != "미국  →" {
		t.Errorf("new labels: %d renders, badge %q", r.renders-n, r.badgeText.Text)
	}
	test.MoveMouse(w.Canvas(), at(v, 126.978, 37.5665))
	if r.tipText.Hidden || r.tipText.Text != "Seoul · 서울" {
		t.Errorf("tooltip %q (hidden %v), want the given text", r.tipText.Text, r.tipText.Hidden)
	}
	test.MoveMouse(w.Canvas(), at(v, 125.7545, 39.0194))
	if r.tipText.Text != "Pyongyang" {
		t.Errorf("tooltip of a feature without one %q, want its label", r.tipText.Text)
	}
}

// TestLegendRows: the legend lists the entries drawn now and the moment's
// row when the moment has places, and says when its size changed.
func TestLegendRows(t *testing.T) {
	newTestMapView(t, fyne.NewSize(400, 300))
	l := NewLegend(geo.LightStyle(), []LegendEntry{{"mdl", "Armistice line"}, {"parallel-38", "38th Parallel"}, {"korea", "Colony"}})
	w := test.NewWindow(l)
	defer w.Close()
	shown := func() []string {
		var out []string
		for _, o := range test.TempWidgetRenderer(t, l).(*legendRenderer).body.Objects {
			if o.Visible() {
				out = append(out, texts(o)...)
			}
		}
		return out
	}
	tests := []struct {
		hidden  []string
		high    bool
		changed bool
		want    string
	}{
		{[]string{"korea"}, false, true, "Armistice line,38th Parallel,Capital,Place"},
		{[]string{"korea"}, false, false, "Armistice line,38th Parallel,Capital,Place"},
		{[]string{"mdl", "parallel-38"}, true, true, "Colony,Capital,Place,Linked to this moment"},
	}
	for _, tt := range tests {
		if got := l.SetState(tt.hidden, tt.high); got != tt.changed {
			t.Errorf("SetState(%v, %v) = %v, want %v", tt.hidden, tt.high, got, tt.changed)
		}
		if got := strings.Join(shown(), ","); got != tt.want {
			t.Errorf("hidden %v: rows %q, want %q", tt.hidden, got, tt.want)
		}
	}
}

// texts returns the texts under o.
func texts(o fyne.CanvasObject) []string {
	switch o := o.(type) {
	case *canvas.Text:
		return []string{o.Text}
	case *fyne.Container:
		var out []string
		for _, c := range o.Objects {
			out = append(out, texts(c)...)
		}
		return out
	}
	return nil
}
