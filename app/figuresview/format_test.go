package figuresview

import (
	"golang.org/x/image/font/opentype"

	"peninsula/assets"
	"testing"

	"fyne.io/fyne/v2/test"

	"peninsula/story"
	"peninsula/timeline"
)

func TestFormatValue(t *testing.T) {
	tests := []struct {
		unit, scale string
		lo, hi      float64
		qualifier   string
		short, long string
	}{
		{"USD", "billion", 90e9, 90e9, "", "$90 bn", "$90 billion"},
		{"USD", "billion", 63.4e9, 63.4e9, "derived", "$63.4 bn", "$63.4 billion"},
		{"USD", "million", 1.1e6, 1.1e6, "", "$1.1 m", "$1.1 million"},
		{"USD", "million", 85e6, 90e6, "expected", "$85–90 m", "$85–90 million"},
		{"USD", "million", 697e6, 697e6, "", "$697 m", "$697 million"},
		{"USD", "thousand", 5e3, 5e3, "", "$5k", "$5 thousand"},
		{"troops", "", 37500, 37500, "", "37,500 troops", "37,500 troops"},
		{"troops", "", 3000, 3000, "about", "≈3,000 troops", "about 3,000 troops"},
		{"people", "million", 3e6, 3e6, "about", "≈3 m people", "about 3 million people"},
		{"years", "", 35, 35, "", "35 years", "35 years"},
		{"years", "", 1, 1, "", "1 year", "1 year"},
		{"percent", "", 42, 42, "", "42%", "42%"},
		{"percent", "", 2.345, 2.345, "", "2.35%", "2.35%"},
		{"rank", "", 11, 11, "", "11th", "11th"},
		{"rank", "", 2, 3, "", "2nd–3rd", "2nd–3rd"},
		{"rank", "", 112, 112, "", "112th", "112th"},
		{"people", "", 1234567, 1234567, "", "1,234,567 people", "1,234,567 people"},
	}
	for _, tt := range tests {
		f := &story.Figure{Unit: tt.unit, Scale: tt.scale}
		p := &story.Point{Low: tt.lo, High: tt.hi, Qualifier: tt.qualifier}
		if got := pointLabel(f, p); got != tt.short {
			t.Errorf("label %v: got %q, want %q", tt, got, tt.short)
		}
		if got := tooltipValue(f, p); got != tt.long {
			t.Errorf("tooltip %v: got %q, want %q", tt, got, tt.long)
		}
	}
}

func TestQualifierText(t *testing.T) {
	tests := []struct {
		q, how, want string
	}{
		{"", "", ""},
		{"expected", "", "expected (a forecast)"},
		{"target", "37,500 − 12,500", "target: 37,500 − 12,500"},
		{"about", "", "about (an approximate number)"},
		{"derived", "90 ÷ 1.42 ≈ 63.4", "derived: 90 ÷ 1.42 ≈ 63.4"},
		{"", "summed", "summed"},
	}
	for _, tt := range tests {
		if got := qualifierText(&story.Point{Qualifier: tt.q, How: tt.how}); got != tt.want {
			t.Errorf("%q %q: got %q, want %q", tt.q, tt.how, got, tt.want)
		}
	}
}

func TestNiceAxis(t *testing.T) {
	tests := []struct{ max, top, step float64 }{
		{90, 100, 50},
		{697, 750, 250},
		{37500, 40000, 20000},
		{3, 3, 1},
		{35, 40, 20},
		{1.5, 1.5, 0.5},
		{11, 15, 5},
	}
	for _, tt := range tests {
		top, step := niceAxis(tt.max)
		if top != tt.top || step != tt.step {
			t.Errorf("niceAxis(%v) = %v, %v; want %v, %v", tt.max, top, step, tt.top, tt.step)
		}
	}
}

func TestWrap(t *testing.T) {
	test.NewTempApp(t)
	lines := wrap("The third-largest contingent of the U.S.-led coalition, after the U.S. and Britain",
		regular, noteSize, 150, 2)
	if len(lines) != 2 {
		t.Fatalf("got %q", lines)
	}
	for _, l := range lines {
		if w := textWidth(l, regular, noteSize); w > 150 {
			t.Errorf("line %q is %v wide", l, w)
		}
	}
	if last := []rune(lines[1]); last[len(last)-1] != '…' {
		t.Errorf("a cut note ends %q, without …", lines[1])
	}
	if got := wrap("Short", bold, titleSize, 200, 2); len(got) != 1 || got[0] != "Short" {
		t.Errorf("got %q", got)
	}
	// The app's fonts carry "≈" and "−" (assets/fonts/build.py).
	for _, data := range [][]byte{assets.FontRegular, assets.FontBold} {
		f, err := opentype.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range "≈−" {
			if i, err := f.GlyphIndex(nil, r); err != nil || i == 0 {
				t.Errorf("the app's font has no %q", r)
			}
		}
	}
}

// parseSpan parses a date for synthetic figures.
func parseSpan(t testing.TB, s string) timeline.Span {
	t.Helper()
	sp, err := timeline.ParseSpan(s)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}
