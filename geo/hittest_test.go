package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestHitTest(t *testing.T) {
	m := loadTestMap(t)
	region := Fit(1600, 1000, regionBound)
	tests := []struct {
		name string
		vp   Viewport
		at   orb.Point // lon/lat; nudged by off pixels
		off  orb.Point
		want string // "" for nothing
	}{
		// Just off the capitals' markers, the country around them is hit.
		{"seoul is in south korea", region, orb.Point{126.978, 37.5665}, orb.Point{0, 14}, "kor"},
		{"pyongyang is in north korea", region, orb.Point{125.7545, 39.0194}, orb.Point{0, 14}, "prk"},
		{"beijing is in china", region, orb.Point{116.3975, 39.9055}, orb.Point{0, 14}, "chn"},
		{"tokyo is in japan", region, orb.Point{139.7671, 35.6812}, orb.Point{-12, -12}, "jpn"},
		{"vladivostok is in russia", region, orb.Point{131.8855, 43.1155}, orb.Point{14, -14}, "rus"},
		{"taipei is in taiwan", region, orb.Point{121.517, 25.0478}, orb.Point{-4, 16}, "twn"},
		{"mongolia", region, orb.Point{114, 45}, orb.Point{}, "mng"},
		{"the yellow sea is nothing", region, orb.Point{123.5, 35.5}, orb.Point{}, ""},
		{"the east sea is nothing", region, orb.Point{134.5, 40}, orb.Point{}, ""},
		// Points win within their radius.
		{"seoul's marker", region, orb.Point{126.978, 37.5665}, orb.Point{}, "seoul"},
		{"dokdo's pixel", region, orb.Point{131.8667, 37.2417}, orb.Point{}, "dokdo"},
		{"near dokdo", region, orb.Point{131.8667, 37.2417}, orb.Point{6, -5}, "dokdo"},
		{"too far from dokdo", region, orb.Point{131.8667, 37.2417}, orb.Point{14, 0}, ""},
		{"panmunjom zoomed in", NewViewport(800, 600, orb.Point{126.65, 37.95}, 10), orb.Point{126.6775, 37.9556}, orb.Point{}, "panmunjom"},
		{"kaesong zoomed in", NewViewport(800, 600, orb.Point{126.65, 37.95}, 10), orb.Point{126.61, 37.94}, orb.Point{}, "kaesong"},
		// Lines within a few pixels.
		{"the 38th parallel", NewViewport(800, 600, orb.Point{127.5, 38}, 8), orb.Point{127.6, 38}, orb.Point{0, 3}, "parallel-38"},
		{"the armistice line", NewViewport(800, 600, orb.Point{127.5, 38}, 8), orb.Point{128.3647, 38.6251}, orb.Point{}, "mdl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.vp.ToPixel(tt.at)
			p[0] += tt.off[0]
			p[1] += tt.off[1]
			got := ""
			if f := m.HitTest(tt.vp, p, nil); f != nil {
				got = f.ID
			}
			if got != tt.want {
				t.Errorf("HitTest at %v (pixel %v) = %q, want %q", tt.at, p, got, tt.want)
			}
		})
	}
}

func TestHitTestBadge(t *testing.T) {
	m := loadTestMap(t)
	vp := Fit(1200, 800, regionBound)
	x, y, w, h := BadgeRect(vp)
	if f := m.HitTest(vp, orb.Point{x + w/2, y + h/2}, nil); f == nil || f.ID != "usa" {
		t.Errorf("badge centre hits %v, want usa", f)
	}
	if x+w > vp.Width || y < 0 || y+h > vp.Height {
		t.Errorf("badge %v,%v %vx%v is not inside the %vx%v view", x, y, w, h, vp.Width, vp.Height)
	}
}

func TestHitTestAreasOnlyWhenVisible(t *testing.T) {
	m := loadTestMap(t)
	vp := Fit(1600, 1000, regionBound)
	p := vp.ToPixel(orb.Point{127.5, 36.5})
	if f := m.HitTest(vp, p, nil); f == nil || f.ID != "kor" {
		t.Errorf("default hit = %v, want kor", f)
	}
	zones := func(f *Feature) bool { return true }
	if f := m.HitTest(vp, p, zones); f == nil || f.ID != "zone-us" {
		t.Errorf("hit with zones shown = %v, want zone-us", f)
	}
}

func BenchmarkHitTest(b *testing.B) {
	m := loadTestMap(b)
	vp := Fit(1600, 1000, regionBound)
	pts := []orb.Point{
		vp.ToPixel(orb.Point{116.5, 40.2}), // china, far from markers
		vp.ToPixel(orb.Point{123.5, 35.5}), // sea
		vp.ToPixel(orb.Point{127.5, 36.5}), // south korea
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.HitTest(vp, pts[i%len(pts)], nil)
		i++
	}
}
