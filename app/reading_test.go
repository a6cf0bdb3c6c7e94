package app

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/geo"
)

// TestCountryGoesToItsSection: clicking a country goes to the section
// about it (not the introduction, the first to mention it), and the
// contents button names the section the reader is in.
func TestCountryGoesToItsSection(t *testing.T) {
	tests := []struct {
		name     string
		tap      func(u *UI)
		place    string
		section  string
		contents string
	}{
		{"China", func(u *UI) { tapMap(u, 110.0+6, 33.0, false) }, "chn", "china", "What are South Korea's relations with China like?"},
		{"Japan", func(u *UI) { tapMap(u, 138.0, 36.3, false) }, "jpn", "japan", "What are relations between South Korea and Japan like?"},
		{"the United States badge", func(u *UI) {
			x, y, w, h := geo.BadgeRect(u.MapView.Viewport())
			test.TapAt(u.MapView, fyne.NewPos(float32(x+w/2), float32(y+h/2)))
		}, "usa", "usa", "How does South Korea deal with the United States?"},
		{"North Korea", func(u *UI) { tapMap(u, 127.0, 40.3, false) }, "prk", "north", "How does South Korea deal with North Korea?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := newTestUI(t, fyne.NewSize(1400, 900))
			tt.tap(u)
			if u.State.Place() != tt.place {
				t.Fatalf("selected %q, want %q", u.State.Place(), tt.place)
			}
			checkReaderAt(t, u, tt.section)
			if u.Reader.Section() != tt.section || u.Reader.ContentsButton().Text != tt.contents {
				t.Errorf("contents say %q (section %q), want %q", u.Reader.ContentsButton().Text, u.Reader.Section(), tt.contents)
			}
		})
	}
}

// TestInfoCard: the selection card shows all its lines and stays clear of
// Taiwan and Taipei.
func TestInfoCard(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1400, Height: 900}, {Width: 900, Height: 600}} {
		u, w := newTestUI(t, size)
		u.SelectPlace("dokdo", FromMap)
		w.Canvas().Capture()
		card := u.info
		if got, want := card.Size().Height, card.MinSize().Height; got < want-0.5 {
			t.Errorf("%v: the card is %v tall, its lines need %v", size, got, want)
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(card)
		r := [4]float32{pos.X, pos.Y, pos.X + card.Size().Width, pos.Y + card.Size().Height}
		// Taipei, its label above it, Taiwan and its label.
		for _, p := range []orb.Point{{121.517, 25.0478}, {121.517, 25.6}, {122.3, 25.6}, {121.0, 23.7}, {120.7, 22.5}, {122.0, 23.0}} {
			q := mapPos(u, p[0], p[1])
			if q.X >= r[0] && q.X <= r[2] && q.Y >= r[1] && q.Y <= r[3] {
				t.Errorf("%v: the card %v covers %v (%v)", size, r, p, q)
			}
		}
		if !strings.Contains(strings.Join(texts(card), "|"), "Place") {
			t.Errorf("%v: the card lacks its kind line: %v", size, texts(card))
		}
	}
}

// TestTintsDiffer: the passages of the selected place and of the moment
// are tinted differently, and both differ from the page.
func TestTintsDiffer(t *testing.T) {
	for _, mode := range []string{apptheme.Light, apptheme.Dark} {
		th := apptheme.For(mode)
		v := map[string]fyne.ThemeVariant{apptheme.Light: 0, apptheme.Dark: 1}[mode]
		bg := th.Color("background", v)
		cur := blend(bg, th.Color(apptheme.ColorNamePassageCurrent, v))
		sel := blend(bg, th.Color(apptheme.ColorNamePassageSelected, v))
		if d := colorDistance(cur, sel); d < 30 {
			t.Errorf("%s: the moment's and the selection's tints are %v apart, want them easy to tell", mode, d)
		}
		for name, c := range map[string]color.NRGBA{"moment": cur, "selection": sel} {
			if d := colorDistance(blend(bg, color.NRGBA{}), c); d < 20 {
				t.Errorf("%s: the %s tint is %v from the page", mode, name, d)
			}
		}
	}
}

func blend(bg, over color.Color) color.NRGBA {
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	o := color.NRGBAModel.Convert(over).(color.NRGBA)
	a := float64(o.A) / 255
	m := func(x, y uint8) uint8 { return uint8(float64(x)*(1-a) + float64(y)*a + 0.5) }
	return color.NRGBA{m(b.R, o.R), m(b.G, o.G), m(b.B, o.B), 255}
}

// colorDistance is the Euclidean distance of two colours in RGB (0..441).
func colorDistance(a, b color.NRGBA) float64 {
	d := func(x, y uint8) float64 { return float64(x) - float64(y) }
	r, g, bl := d(a.R, b.R), d(a.G, b.G), d(a.B, b.B)
	return math.Sqrt(r*r + g*g + bl*bl)
}
