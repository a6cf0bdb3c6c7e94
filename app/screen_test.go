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
