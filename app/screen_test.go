package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestFitSize: the first window fits the screen it opens on.
func TestFitSize(t *testing.T) {
	tests := []struct {
		name   string
		want   fyne.Size
		screen Screen
		got    fyne.Size
	}{
		{"default size on a large screen", DefaultSize, Screen{Width: 1920, Height: 1050, Scale: 1}, DefaultSize},
		{"a 1366×768 laptop (work area less a panel)", DefaultSize, Screen{Width: 1366, Height: 736, Scale: 1}, fyne.NewSize(1350, 680)},
		{"2560×1600 at scale 2", DefaultSize, Screen{Width: 2560, Height: 1560, Scale: 2}, fyne.NewSize(1272, 752)},
		{"a remembered size larger than the screen", fyne.NewSize(2400, 1500), Screen{Width: 1600, Height: 1000, Scale: 1}, fyne.NewSize(1584, 944)},
		{"unknown screen: fits 1366×768", DefaultSize, Screen{}, fyne.NewSize(1350, 680)},
		{"never below the minimum while the screen allows", fyne.NewSize(500, 300), Screen{Width: 1920, Height: 1050, Scale: 1}, MinWindow},
		{"a screen smaller than the minimum: all of it", DefaultSize, Screen{Width: 1000, Height: 600, Scale: 1}, fyne.NewSize(984, 544)},
	}
	for _, tt := range tests {
		if got := FitSize(tt.want, tt.screen); got != tt.got {
			t.Errorf("%s: FitSize(%v, %+v) = %v, want %v", tt.name, tt.want, tt.screen, got, tt.got)
		}
	}
}

// TestSmallWindowUsable: at the smallest window the layout supports, the
// content fits, the timeline and the reader are on screen at a usable
// size, and the map keeps its minimum.
func TestSmallWindowUsable(t *testing.T) {
	u, w := newTestUI(t, MinWindow)
	if ms := u.Content().MinSize(); ms.Width > MinWindow.Width || ms.Height > MinWindow.Height {
		t.Fatalf("content needs %v, more than the smallest window %v", ms, MinWindow)
	}
	w.Resize(MinWindow)
	w.Canvas().Capture()
	for _, c := range []struct {
		name     string
		obj      fyne.CanvasObject
		minW, mH float32
	}{
		{"timeline", u.Timeline, 600, 60},
		{"reader", u.Reader, 280, 300},
		{"map", u.MapView, 320, 240},
	} {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c.obj)
		sz := c.obj.Size()
		if !c.obj.Visible() || sz.Width < c.minW || sz.Height < c.mH ||
			pos.X < -4 || pos.Y < -4 || pos.X+sz.Width > MinWindow.Width+4 || pos.Y+sz.Height > MinWindow.Height+4 {
			t.Errorf("%s at %v size %v: not fully on screen at a usable size (≥ %vx%v)", c.name, pos, sz, c.minW, c.mH)
		}
	}
}
