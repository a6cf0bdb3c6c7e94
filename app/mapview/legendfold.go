package mapview

import (
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

var (
	_ fyne.Tappable      = (*Legend)(nil)
	_ desktop.Cursorable = (*Legend)(nil)
)

// Tapped folds or unfolds the legend.
func (l *Legend) Tapped(*fyne.PointEvent) { l.SetCollapsed(!l.Collapsed) }

// Cursor shows that the legend can be tapped.
func (l *Legend) Cursor() desktop.Cursor { return desktop.PointerCursor }

// SetCollapsed folds the legend to its header (true) or shows all its rows.
// It takes its new size at once, before its container lays it out again,
// and the map it follows places its labels round it.
func (l *Legend) SetCollapsed(collapsed bool) {
	if collapsed == l.Collapsed {
		return
	}
	l.Collapsed = collapsed
	l.Refresh()
	l.Resize(l.MinSize())
	l.refreshMap()
}

// Follow puts the legend over the map v: it folds while v is zoomed in
// (closer than its home view) and unfolds when v is zoomed back out — a
// tap in between still folds or unfolds it — and v keeps its labels out
// from under it.
func (l *Legend) Follow(v *MapView) {
	if l.follow == v {
		return
	}
	l.follow = v
	v.covers = append(v.covers, l)
	v.onView = append(v.onView, l.viewChanged)
	l.zoomed = v.ZoomedIn()
	if l.zoomed {
		l.SetCollapsed(true)
	}
	v.Refresh()
}

// viewChanged folds the legend when the followed map is zoomed in and
// unfolds it when it is zoomed back out; between those changes the user's
// taps decide.
func (l *Legend) viewChanged() {
	if z := l.follow.ZoomedIn(); z != l.zoomed {
		l.zoomed = z
		l.SetCollapsed(z)
	}
}

// refreshMap lets the followed map place its labels round the legend's
// new size (a map whose key is unchanged does nothing).
func (l *Legend) refreshMap() {
	if l.follow != nil {
		l.follow.Refresh()
	}
}

// coverSize is the size the map keeps its labels out of: the legend's,
// with room for the moment's row even while the moment has no places, so
// that scrubbing through time does not move the labels.
func (l *Legend) coverSize() fyne.Size {
	s := l.MinSize()
	if !l.Collapsed && !l.Highlighted && l.r != nil && l.r.moment != nil {
		m := l.r.moment.MinSize()
		s.Height += m.Height + theme.Padding()
		s.Width = max(s.Width, m.Width+12)
	}
	return s
}

// coverAt is what the legend covers of the map, in the map's pixels, when
// the legend is at pos relative to the map: its cover size and a margin of
// theme padding all round.
func (l *Legend) coverAt(pos fyne.Position) image.Rectangle {
	if !l.Visible() {
		return image.Rectangle{}
	}
	s := l.coverSize()
	p := float64(theme.Padding())
	x, y := float64(pos.X), float64(pos.Y)
	return image.Rect(int(math.Floor(x-p)), int(math.Floor(y-p)),
		int(math.Ceil(x+float64(s.Width)+p)), int(math.Ceil(y+float64(s.Height)+p)))
}
