package geo

import (
	"image"
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/paulmach/orb"
)

// squares is a small world: two squares "lft" and "rgt" sharing the edge
// x=1 (arc 0), and an island "isl" with a lake, at one level; at the
// coarse level only "lft" and "rgt", each as it is.
func squares(t testing.TB) []byte {
	t.Helper()
	g := func(x, y float64) GridPoint { return ToGrid(orb.Point{x, y}) }
	arcs := [][]GridPoint{
		{g(1, 0), g(1, 0.5), g(1, 1)},                                     // 0: the shared border, south to north
		{g(1, 1), g(0, 1), g(0, 0), g(1, 0)},                              // 1: lft's coast
		{g(1, 0), g(2, 0), g(2, 1), g(1, 1)},                              // 2: rgt's coast
		{g(5, 5), g(6, 5), g(6, 6), g(5, 6), g(5, 5)},                     // 3: the island, closed
		{g(5.2, 5.2), g(5.2, 5.4), g(5.4, 5.4), g(5.4, 5.2), g(5.2, 5.2)}, // 4: its lake
	}
	cs := []WorldCountry{
		{ID: "lft", Name: "Left", Anchor: orb.Point{0.5, 0.5}, Alt: orb.Point{0.5, 0.5}, Main: orb.Bound{Max: orb.Point{1, 1}}},
		{ID: "rgt", Name: "Right", Anchor: orb.Point{1.5, 0.5}, Alt: orb.Point{1.5, 0.5}, Main: orb.Bound{Min: orb.Point{1, 0}, Max: orb.Point{2, 1}}},
		{ID: "isl", Name: "Isle", Anchor: orb.Point{5.7, 5.7}, Alt: orb.Point{5.7, 5.7}, Main: orb.Bound{Min: orb.Point{5, 5}, Max: orb.Point{6, 6}}},
	}
	fine := WorldLevel{Level: Level10m, Arcs: arcs, Countries: [][][][]int{
		{{{0, 1}}},   // counter-clockwise: up the border, round the west
		{{{2, ^0}}},  // the border backwards
		{{{3}, {4}}}, // the island, and its lake clockwise
	}}
	coarse := WorldLevel{Level: Level110m, Arcs: arcs[:3], Countries: [][][][]int{{{{0, 1}}}, {{{2, ^0}}}, nil}}
	data, err := EncodeWorld(cs, []WorldLevel{coarse, fine})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestWorldRoundTrip(t *testing.T) {
	m, err := LoadWorld("squares", squares(t), Source{Name: "korea.geojson", Data: []byte(`{"type":"FeatureCollection","features":[
		{"type":"Feature","properties":{"id":"kor","name":"K"},"geometry":{"type":"Polygon","coordinates":[[[10,10],[11,10],[11,11],[10,10]]]}},
		{"type":"Feature","properties":{"id":"prk","name":"P"},"geometry":{"type":"Polygon","coordinates":[[[10,12],[11,12],[11,13],[10,12]]]}}]}`)})
	if err != nil {
		t.Fatal(err)
	}
	lft, rgt, isl := m.Feature("lft"), m.Feature("rgt"), m.Feature("isl")
	want := orb.MultiPolygon{{{{1, 0}, {1, 0.5}, {1, 1}, {0, 1}, {0, 0}, {1, 0}}}}
	if got := lft.Land(Level10m); !reflect.DeepEqual(got, want) {
		t.Errorf("lft at 10m = %v, want %v", got, want)
	}
	if got := lft.Land(Level110m); !reflect.DeepEqual(got, want) {
		t.Errorf("lft at 110m = %v, want %v", got, want)
	}
	if got := rgt.Land(Level10m); !reflect.DeepEqual(got, orb.MultiPolygon{{{{1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0.5}, {1, 0}}}}) {
		t.Errorf("rgt at 10m = %v", got)
	}
	if got := isl.Land(Level110m); got != nil {
		t.Errorf("the island at 110m = %v, want none", got)
	}
	if got := isl.Land(Level10m); len(got) != 1 || len(got[0]) != 2 {
		t.Errorf("the island at 10m = %v, want a polygon with a lake", got)
	}
	if lft.Name != "Left" || lft.Anchor != (orb.Point{0.5, 0.5}) || lft.Bound != (orb.Bound{Max: orb.Point{1, 1}}) {
		t.Errorf("lft = %+v", lft)
	}
	// The border is the shared arc on both sides; the rest is coast.
	for _, f := range []*Feature{lft, rgt} {
		p := f.land.at(Level10m)[0].get()
		if len(p.border) != 1 || len(p.coast) != 1 {
			t.Fatalf("%s: %d border and %d coast runs", f.ID, len(p.border), len(p.coast))
		}
		b := p.line(p.border[0])
		if len(b) != 3 || Unproject(b[1])[1] < 0.49 || Unproject(b[1])[1] > 0.51 {
			t.Errorf("%s: border %v", f.ID, b)
		}
	}
	// Containment at each level, holes included.
	for _, tt := range []struct {
		id   string
		l    Level
		p    orb.Point
		want bool
	}{
		{"lft", Level10m, orb.Point{0.5, 0.5}, true},
		{"lft", Level10m, orb.Point{1.5, 0.5}, false},
		{"rgt", Level110m, orb.Point{1.5, 0.5}, true},
		{"isl", Level10m, orb.Point{5.7, 5.7}, true},
		{"isl", Level10m, orb.Point{5.3, 5.3}, false}, // the lake
		{"isl", Level110m, orb.Point{5.7, 5.7}, false},
	} {
		if got := m.Feature(tt.id).contains(tt.l, Project(tt.p)); got != tt.want {
			t.Errorf("%s at %v contains %v = %v, want %v", tt.id, tt.l, tt.p, got, tt.want)
		}
	}
}

func TestOpenWorldErrors(t *testing.T) {
	good := squares(t)
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not a world file", []byte("{\"type\":\"Topology\"}........................")},
		{"truncated", good[:60]},
		{"bad version", append(append([]byte{}, good[:8]...), append([]byte{9, 0, 0, 0}, good[12:]...)...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := openWorld("w", tt.data); err == nil {
				t.Error("no error")
			}
		})
	}
}

// FuzzWorld: whatever a world file holds, opening it and decoding every
// country at every level does not panic.
func FuzzWorld(f *testing.F) {
	f.Add(squares(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, fs, err := openWorld("fuzz", data)
		if err != nil {
			return
		}
		for _, c := range fs {
			for l := Level110m; l < NumLevels; l++ {
				c.Land(l)
				c.contains(l, orb.Point{0.5, 0.5})
			}
		}
	})
}

func TestLevelFor(t *testing.T) {
	for _, tt := range []struct {
		zoom float64
		want Level
	}{
		{MinZoom, Level110m}, // the whole world
		{1.9, Level110m},
		{Zoom50m, Level50m}, // a continent
		{3, Level50m},
		{3.49, Level50m},
		{Zoom10m, Level10m},
		{4.4, Level10m}, // the Korea region in 800×500
		{8, Level10m},   // the DMZ
		{MaxZoom, Level10m},
	} {
		if got := LevelFor(tt.zoom); got != tt.want {
			t.Errorf("LevelFor(%v) = %v, want %v", tt.zoom, got, tt.want)
		}
	}
}

// TestSharedBordersClosed: at every level, each edge of a land border is
// an edge of both countries' rings (at least two: where Natural Earth's
// borders meet in a disputed area, a few edges are on three or more), so
// no gap opens between them.
func TestSharedBordersClosed(t *testing.T) {
	m := loadTestMap(t)
	for l := Level110m; l < NumLevels; l++ {
		type edge struct{ a, b orb.Point }
		key := func(a, b orb.Point) edge {
			if b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]) {
				a, b = b, a
			}
			return edge{a, b}
		}
		count := map[edge]int{}
		var polys []*poly
		for _, f := range m.Features {
			if f.land == nil || f.land.w == nil || f.land.lv[l] == nil || f.land.lv[l].src != l {
				continue
			}
			for _, p := range f.land.at(l) {
				p.get()
				polys = append(polys, p)
				for _, r := range p.rings {
					for i := 1; i < len(r); i++ {
						count[key(r[i-1], r[i])]++
					}
				}
			}
		}
		bad, borders, coastTwice := 0, 0, 0
		for _, p := range polys {
			for _, s := range p.border {
				line := p.line(s)
				for i := 1; i < len(line); i++ {
					borders++
					if count[key(line[i-1], line[i])] < 2 {
						if bad++; bad < 5 {
							t.Logf("%v: border edge %v–%v is on %d ring(s)", l, Unproject(line[i-1]), Unproject(line[i]), count[key(line[i-1], line[i])])
						}
					}
				}
			}
			for _, s := range p.coast {
				line := p.line(s)
				for i := 1; i < len(line); i++ {
					if count[key(line[i-1], line[i])] != 1 {
						coastTwice++
					}
				}
			}
		}
		// A handful of 1:10m arcs fall on one another where the
		// simplification meets the grid; a coast edge on two rings is
		// drawn twice, no gap.
		if coastTwice > 10 {
			t.Errorf("%v: %d coast edges on more than one ring", l, coastTwice)
		}
		if bad > 0 || borders == 0 {
			t.Errorf("%v: %d of %d border edges on one side only", l, bad, borders)
		}
	}
}

// decoded counts the polygons of the feature decoded at level l.
func decoded(f *Feature, l Level) int {
	n := 0
	if ll := f.land.lv[l]; ll != nil {
		for _, p := range ll.polys {
			if p.rings != nil {
				n++
			}
		}
	}
	return n
}

// TestLazyDecode: loading decodes no country; drawing the Korea region
// decodes the countries there at 1:10m and none far away.
func TestLazyDecode(t *testing.T) {
	m := loadTestMap(t)
	for _, f := range m.Features {
		if f.land != nil && f.land.w != nil {
			for l := Level110m; l < NumLevels; l++ {
				if n := decoded(f, l); n > 0 {
					t.Errorf("after loading, %s has %d polygons decoded at %v", f.ID, n, l)
				}
			}
		}
	}
	vp := Fit(1600, 1000, regionBound)
	NewRenderer(m, LightStyle()).Render(image.NewRGBA(image.Rect(0, 0, 1600, 1000)), vp)
	m.PlaceLabels(vp, func(f *Feature) string { return f.Name }, fixedMeasure, nil)
	m.HitTest(vp, orb.Point{800, 500}, nil)
	for _, id := range []string{"kor", "prk", "jpn", "chn"} {
		if decoded(m.Feature(id), Level10m) == 0 {
			t.Errorf("%s not decoded at 10m", id)
		}
	}
	for _, id := range []string{"fra", "bra", "usa", "aus", "ind", "can"} {
		for l := Level110m; l < NumLevels; l++ {
			if n := decoded(m.Feature(id), l); n > 0 {
				t.Errorf("%s: %d polygons decoded at %v for a view of Korea", id, n, l)
			}
		}
	}
	// Russia: only its Far East.
	if n, all := decoded(m.Feature("rus"), Level10m), len(m.Feature("rus").land.at(Level10m)); n == 0 || n > all/4 {
		t.Errorf("rus: %d of %d polygons decoded", n, all)
	}
}

// TestConcurrentViews: views of different places rendered, labelled and
// hit-tested at once (run with -race) draw what they draw alone.
func TestConcurrentViews(t *testing.T) {
	views := []Viewport{Fit(400, 300, regionBound), balkansView(t), Fit(400, 300, worldBound),
		NewViewport(400, 300, orb.Point{2.35, 48.86}, 6)}
	m := loadTestMap(t)
	var wg sync.WaitGroup
	got := make([]*image.RGBA, len(views))
	for i, vp := range views {
		wg.Add(1)
		go func() {
			defer wg.Done()
			img := image.NewRGBA(image.Rect(0, 0, 400, 300))
			NewRenderer(m, LightStyle()).Render(img, vp)
			m.HitTest(vp, orb.Point{200, 150}, nil)
			m.PlaceLabels(vp, func(f *Feature) string { return f.Name }, fixedMeasure, nil)
			got[i] = img
		}()
	}
	wg.Wait()
	fresh := loadTestMap(t)
	for i, vp := range views {
		want := image.NewRGBA(image.Rect(0, 0, 400, 300))
		NewRenderer(fresh, LightStyle()).Render(want, vp)
		if d := diffPixels(want, got[i]); d > 0 {
			t.Errorf("view %d: %d pixels differ from the view drawn alone", i, d)
		}
	}
}

// balkansView is the Balkans in 800×600.
func balkansView(t testing.TB) Viewport {
	b, ok := loadTestMap(t).BoundOf("srb", "bih", "hrv", "mne", "alb", "mkd", "kosovo", "bgr", "svn")
	if !ok {
		t.Fatal("no Balkans")
	}
	return Fit(800, 600, b)
}

func BenchmarkLoadWorld(b *testing.B) {
	world, err := os.ReadFile("../assets/map/world.bin")
	if err != nil {
		b.Fatal(err)
	}
	features, err := os.ReadFile("../assets/map/features.geojson")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadWorld("world.bin", world, Source{Name: "features.geojson", Data: features}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode is the first view of a country at a level: its polygons
// read, projected and their coasts and borders found.
func BenchmarkDecode(b *testing.B) {
	world, err := os.ReadFile("../assets/map/world.bin")
	if err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		id string
		l  Level
	}{{"kor", Level10m}, {"rus", Level10m}, {"rus", Level50m}, {"rus", Level110m}} {
		b.Run(tt.id+"/"+tt.l.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, fs, err := openWorld("world.bin", world)
				if err != nil {
					b.Fatal(err)
				}
				for _, f := range fs {
					if f.ID == tt.id {
						for _, p := range f.land.at(tt.l) {
							p.get()
						}
					}
				}
			}
		})
	}
}
