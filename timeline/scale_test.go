package timeline

import (
	"math"
	"testing"
	"time"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestScale(t *testing.T) {
	s := Scale{Start: ymd(1900, 1, 1), End: ymd(2000, 1, 1), Width: 1000}
	tests := []struct {
		name string
		do   func(Scale) Scale
		// after the operation, t must be at x
		at   time.Time
		x    float64
		span float64 // visible years, ±0.01
	}{
		{"start maps to 0", func(s Scale) Scale { return s }, ymd(1900, 1, 1), 0, 100},
		{"end maps to width", func(s Scale) Scale { return s }, ymd(2000, 1, 1), 1000, 100},
		{"pan follows the drag", func(s Scale) Scale { return s.Pan(100) }, ymd(1900, 1, 1), 100, 100},
		{"zoom in keeps the pointer's time", func(s Scale) Scale { return s.ZoomAt(500, 4) }, ymd(1950, 1, 1), 500, 25},
		{"zoom at an edge", func(s Scale) Scale { return s.ZoomAt(0, 2) }, ymd(1900, 1, 1), 0, 50},
		{"clamp to bounds", func(s Scale) Scale {
			return s.Pan(-400).Clamp(ymd(1900, 1, 1), ymd(2000, 1, 1), 365*24*time.Hour)
		}, ymd(2000, 1, 1), 1000, 100},
		{"clamp to a minimum span", func(s Scale) Scale {
			return s.ZoomAt(500, 1000).Clamp(ymd(1900, 1, 1), ymd(2000, 1, 1), 2*365*24*time.Hour)
		}, ymd(1950, 1, 1), 500, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.do(s)
			if x := got.X(tt.at); math.Abs(x-tt.x) > 0.5 {
				t.Errorf("X(%v) = %v, want %v", tt.at, x, tt.x)
			}
			if y := got.span() / (365.2425 * 24 * 3600); math.Abs(y-tt.span) > 0.01 {
				t.Errorf("span = %.3f years, want %v", y, tt.span)
			}
			back := got.Time(got.X(tt.at))
			if d := back.Sub(tt.at); d > time.Second || d < -time.Second {
				t.Errorf("Time(X(%v)) = %v", tt.at, back)
			}
		})
	}
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name       string
		start, end time.Time
		width      float64
		wantLabels []string // the first labels
		wantStep   int      // years between labelled ticks; 0 for months
	}{
		{"a century in 1000 px", ymd(1905, 1, 1), ymd(2008, 1, 1), 1000, []string{"1910", "1920", "1930"}, 10},
		{"a century in 400 px", ymd(1905, 1, 1), ymd(2008, 1, 1), 400, []string{"1920", "1940", "1960"}, 20},
		{"a century in 250 px", ymd(1905, 1, 1), ymd(2008, 1, 1), 250, []string{"1925", "1950", "1975"}, 25},
		{"a decade in 1000 px", ymd(1945, 1, 1), ymd(1955, 1, 1), 1000, []string{"1945", "1946", "1947"}, 1},
		{"a year in 1000 px shows months", ymd(1950, 3, 15), ymd(1951, 3, 15), 1000, []string{"Apr", "May"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Scale{Start: tt.start, End: tt.end, Width: tt.width}
			var labels []string
			var years []int
			for _, tk := range s.Ticks(60) {
				if tk.Major {
					labels = append(labels, tk.Label)
					years = append(years, tk.Time.Year())
				}
				if x := s.X(tk.Time); x < 0 || x > tt.width {
					t.Errorf("tick %v at x=%v outside the scale", tk.Time, x)
				}
			}
			for i, w := range tt.wantLabels {
				if i >= len(labels) || labels[i] != w {
					t.Fatalf("labels %v, want them to start %v", labels, tt.wantLabels)
				}
			}
			if tt.wantStep > 0 && len(years) > 1 && years[1]-years[0] != tt.wantStep {
				t.Errorf("labelled every %d years, want %d", years[1]-years[0], tt.wantStep)
			}
			// Labels are at least the minimum gap apart.
			var last float64 = -1e9
			for _, tk := range s.Ticks(60) {
				if tk.Major {
					if x := s.X(tk.Time); x-last < 60-1e-6 && tt.wantStep > 0 {
						t.Errorf("labels %.0f px apart", x-last)
					} else {
						last = x
					}
				}
			}
		})
	}
}
