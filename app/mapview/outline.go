package mapview

import (
	"image"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"

	"peninsula/geo"
)

// This file draws the outlines between the base map's land and its top
// layer: the moment's places, the search's, the hovered and the selected.

// outlinesDrawn reports whether the synchronous frame shows the outlines
// of now.
func (r *renderer) outlinesDrawn() bool {
	f, v := r.shown, r.v
	return f != nil && !r.stale && r.overAt == (overlayKey{f.seq, v.Selected, v.hover}) &&
		slices.Equal(v.outlined, r.highAt)
}

// drawOutlines makes the synchronous frame's image the base map's land,
// the highlighted, hovered and selected outlines drawn over a copy of it,
// and the base map's lines, markers and labels over them, so that no
// outline covers a line or crosses a label: one image, so the window
// composites the map once per frame.
func (r *renderer) drawOutlines() {
	if r.outlinesDrawn() {
		return
	}
	f, v := r.shown, r.v
	f.img = sizedRGBA(f.img, f.pw, f.ph)
	copy(f.img.Pix, f.land.Pix)
	f.plain = false
	if f.key.vp.Width > 0 {
		g := r.ui.geo
		g.Map, g.Style, g.Knockout = f.key.m, f.key.style, f.knock
		g.Overlay(f.img, f.ext, outlines(f.key.m, f.key.style, r.outlineNow())...)
		f.top.DrawOver(f.img)
	}
	r.overAt = overlayKey{f.seq, v.Selected, v.hover}
	r.highAt = append(r.highAt[:0], v.outlined...)
}

// placePatch (Async) works out where the outlines of now lie on the base
// map shown, refreshes the patch when they changed, and places it over
// the base map as that lies in the view.
func (r *renderer) placePatch() {
	f, v := r.shown, r.v
	if !v.Async || f == nil || r.stale || f.key.vp.Width <= 0 {
		r.patch.Hide()
		return
	}
	k := overlayKey{f.seq, v.Selected, v.hover}
	if k != r.patchAt || !slices.Equal(v.outlined, r.patchHigh) {
		r.patchAt = k
		r.patchHigh = append(r.patchHigh[:0], v.outlined...)
		if now := r.outlineNow(); f.out.equal(now) && (f.patchImg != nil || f.patchBox.Empty()) {
			// Drawn with the frame on the render goroutine.
			r.patchItems, r.patchBox, r.patchImg = nil, f.patchBox, f.patchImg
			r.patchDirty, r.patchBorrowed = false, f.patchImg != nil
		} else {
			r.patchItems = outlines(f.key.m, f.key.style, now)
			r.patchBox = r.ui.geo.OverlayBounds(image.Pt(f.pw, f.ph), f.ext, r.patchItems...)
			r.patchDirty = true
		}
		r.patchGen++
		r.patch.Refresh()
	}
	if r.patchBox.Empty() || r.previewing() {
		r.patch.Hide() // the preview has the outlines
		return
	}
	k1, s := f.scale(), float32(r.viewScale)
	b := r.patchBox
	r.patch.Move(r.viewOff.AddXY(float32(float64(b.Min.X)/k1)*s, float32(float64(b.Min.Y)/k1)*s))
	r.patch.Resize(fyne.NewSize(float32(float64(b.Dx())/k1)*s, float32(float64(b.Dy())/k1)*s))
	r.patch.Show()
}

// generatePatch is the patch's generator: the base map shown, redrawn
// with the outlines over its land and under its top layer, in patchBox.
func (r *renderer) generatePatch(int, int) image.Image {
	if r.patchDirty && r.shown != nil && !r.patchBox.Empty() {
		r.drawPatch()
	}
	if r.patchImg == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.patchImg
}

// drawPatch draws the patch on the UI thread, into the pixels of the shown
// frame's own patch (one buffer for both: that patch is drawn over, so
// the frame no longer has it).
func (r *renderer) drawPatch() {
	f := r.shown
	f.patchImg = nil
	r.patchImg, f.patchPix = f.drawPatch(r.ui.geo, r.patchBox, r.patchItems, f.patchPix)
	r.patchDirty, r.patchBorrowed = false, false
}

// outlineNow is what the outlines show now.
func (r *renderer) outlineNow() outlineState {
	v := r.v
	return outlineState{selected: v.Selected, hover: v.hover, high: slices.Clone(v.Highlighted), found: slices.Clone(v.Found)}
}

// outlines are what is drawn between a base map's land and its top layer
// (map m in style st): the highlighted places, the hovered feature and the
// selection. A line gets a glow or a casing wider than itself, drawn under
// it, so it keeps its own colour.
func outlines(m *geo.Map, st *geo.Style, v outlineState) []geo.Outlined {
	under := func(f *geo.Feature, c color.RGBA, extra float64) geo.LineStyle {
		w := extra
		if ls, ok := st.Lines[f.ID]; ok {
			w += ls.Width
		} else {
			w += st.DefaultLine.Width
		}
		return geo.LineStyle{Color: c, Width: w}
	}
	var items []geo.Outlined
	for _, id := range v.high {
		if f := m.Feature(id); f != nil && id != v.selected {
			it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: withAlpha(st.Highlight, 0xb0), Width: 2}}
			switch f.Kind {
			case geo.Point:
				it.Fill = withAlpha(st.Highlight, 0x50)
			case geo.Line:
				// A translucent glow along the line, under it.
				it.Line = under(f, withAlpha(st.Highlight, 0x60), 5.5)
			}
			// Areas get the outline only: several tinted areas would muddy
			// the map of the moment.
			items = append(items, it)
		}
	}
	for _, id := range v.found {
		if f := m.Feature(id); f != nil && id != v.selected {
			it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: foundInk, Width: 2.5}}
			switch f.Kind {
			case geo.Point:
				it.Fill = withAlpha(foundInk, 0x60)
			case geo.Line:
				it.Line = under(f, withAlpha(foundInk, 0x80), 5.5)
			}
			items = append(items, it)
		}
	}
	if f := m.Feature(v.hover); f != nil && v.hover != v.selected {
		it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Hover, Width: 1.5}}
		if f.Kind == geo.Line {
			it.Line = under(f, st.Hover, 3)
		}
		items = append(items, it)
	}
	if f := m.Feature(v.selected); f != nil {
		it := geo.Outlined{Feature: f, Line: geo.LineStyle{Color: st.Highlight, Width: 3},
			Fill: withAlpha(st.Highlight, 0x30)}
		if f.Kind == geo.Line {
			it.Line = under(f, st.Highlight, 5)
		}
		items = append(items, it)
	}
	return items
}

// foundInk outlines the places a search matched: a magenta apart from the
// moment's orange and readable on the light and the dark sea.
var foundInk = color.RGBA{0xc0, 0x2f, 0xa0, 0xff}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	return color.RGBA{uint8(uint32(c.R) * uint32(a) / 255), uint8(uint32(c.G) * uint32(a) / 255),
		uint8(uint32(c.B) * uint32(a) / 255), a}
}
