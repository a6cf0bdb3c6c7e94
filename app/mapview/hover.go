package mapview

// This file finds what is under the pointer and names it: labels,
// disputed-name notes and tooltips.

import (
	"image"
	"maps"
	"peninsula/geo"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// MouseIn implements desktop.Hoverable.
func (v *MapView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved names the feature under the pointer.
func (v *MapView) MouseMoved(e *desktop.MouseEvent) { v.setHover(v.featureAt(e.Position), e.Position) }

// MouseOut clears the hover.
func (v *MapView) MouseOut() { v.setHover("", v.cursor) }

// Cursor shows a pointing hand over things that can be selected.
func (v *MapView) Cursor() desktop.Cursor {
	if v.hover != "" {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// featureAt hit-tests the map as it is shown: in the view, with the
// hidden features of the base map on screen (Async: until a new one is
// swapped in, the previous one's).
func (v *MapView) featureAt(p fyne.Position) string {
	visible := v.shown
	if r := v.r; v.Async && r != nil && r.shown != nil && r.shown.key.m == v.Map {
		visible = r.shown.visible
	}
	if f := v.Map.HitTest(v.vp, toPoint(p), visible); f != nil {
		return f.ID
	}
	return v.notedLabelAt(p)
}

// PlacedLabels returns the labels of the base map shown, placed in the
// view's logical pixels (a copy).
func (v *MapView) PlacedLabels() []geo.Label {
	if v.r == nil || v.r.shown == nil {
		return nil
	}
	return slices.Clone(v.r.shown.labels)
}

// notedLabelAt returns the feature whose marked label (one with a note) is
// under p in the base map shown, or "".
func (v *MapView) notedLabelAt(p fyne.Position) string {
	r := v.r
	if len(v.Notes) == 0 || r == nil || r.shown == nil || r.shown.key.vp != v.vp {
		return ""
	}
	pt := image.Pt(int(p.X), int(p.Y))
	for _, l := range r.shown.labels {
		if _, ok := v.Notes[l.FeatureID]; ok && pt.In(l.Rect()) {
			return l.FeatureID
		}
	}
	return ""
}

func (v *MapView) setHover(id string, pos fyne.Position) {
	moved := pos != v.cursor
	v.cursor = pos
	if id == v.hover {
		if moved && id != "" {
			v.Refresh() // move the tooltip
		}
		return
	}
	v.hover = id
	v.Refresh()
	if v.OnHover != nil {
		v.OnHover(id)
	}
}

// shown reports whether a feature is drawn.
func (v *MapView) shown(f *geo.Feature) bool { return !slices.Contains(v.Hidden, f.ID) }

// NoteMark follows a label that has a note (MapView.Notes).
const NoteMark = "*"

// label is the label text of a feature.
func (v *MapView) label(f *geo.Feature) string {
	s, ok := v.Labels[f.ID]
	if !ok {
		s = f.Name
	}
	if _, ok := v.Notes[f.ID]; ok {
		s += NoteMark
	}
	return s
}

// labelTexts returns the label texts by feature id, the marked ones with
// their mark: Labels itself when no label has a note.
func (v *MapView) labelTexts() map[string]string {
	if len(v.Notes) == 0 {
		return v.Labels
	}
	out := maps.Clone(v.Labels)
	if out == nil {
		out = map[string]string{}
	}
	for id := range v.Notes {
		if f := v.Map.Feature(id); f != nil {
			out[id] = v.label(f)
		}
	}
	return out
}

// tooltip is the hover text of a feature: its tooltip (its label when it
// has none), then its note on a line of its own.
func (v *MapView) tooltip(f *geo.Feature) string {
	s, ok := v.Tooltips[f.ID]
	if !ok {
		s = v.label(f)
	}
	if n, ok := v.Notes[f.ID]; ok {
		s += "\n" + n
	}
	return s
}
