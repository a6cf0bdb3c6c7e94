package mapview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"

	"peninsula/geo"
)

// badgeLook is what a badge refresh would redraw.
type badgeLook struct {
	text        string
	ink, fill   color.Color
	stroke      color.Color
	strokeWidth float32
}

// layoutBadgeAndTip places and styles the badge of the feature beyond the
// map's edge ("usa") and the hover tooltip.
func (r *renderer) layoutBadgeAndTip(size fyne.Size) {
	v := r.v
	usa := v.Map.Feature("usa")
	show := usa != nil && v.shown(usa) && float64(size.Width) > geo.BadgeWidth+2*geo.BadgeMargin
	setShown(r.badgeBox, show)
	setShown(r.badgeText, show)
	if show {
		x, y, w, h := geo.BadgeRect(v.vp)
		before := badgeLook{r.badgeText.Text, r.badgeText.Color, r.badgeBox.FillColor, r.badgeBox.StrokeColor, r.badgeBox.StrokeWidth}
		r.badgeText.Text = v.label(usa) + "  →"
		r.badgeBox.Move(fyne.NewPos(float32(x), float32(y)))
		r.badgeBox.Resize(fyne.NewSize(float32(w), float32(h)))
		r.badgeText.Move(fyne.NewPos(float32(x), float32(y)))
		r.badgeText.Resize(fyne.NewSize(float32(w), float32(h)))
		st := v.Style
		r.badgeText.Color = st.Labels[geo.Point]
		if pt := st.Labels[geo.Point]; pt.R > 0x80 { // dark palette: lift the badge off the sea
			r.badgeBox.FillColor = color.NRGBA{0x2a, 0x3a, 0x48, 0xf0}
		} else {
			r.badgeBox.FillColor = color.NRGBA{0xff, 0xff, 0xff, 0xee}
		}
		r.badgeBox.StrokeWidth, r.badgeBox.StrokeColor = 1, st.Coast.Color
		if v.Selected == "usa" {
			c := st.Highlight
			r.badgeBox.StrokeWidth, r.badgeBox.StrokeColor = 3, color.NRGBA{c.R, c.G, c.B, 0xff}
		}
		if v.hover == "usa" && v.Selected != "usa" {
			r.badgeBox.StrokeWidth = 2
		}
		// Moves need no refresh; restyling does, and a text refresh costs a
		// new texture, so only when something changed (not on every scrub).
		if before != (badgeLook{r.badgeText.Text, r.badgeText.Color, r.badgeBox.FillColor, r.badgeBox.StrokeColor, r.badgeBox.StrokeWidth}) {
			r.badgeBox.Refresh()
			r.badgeText.Refresh()
		}
	}

	f := v.Map.Feature(v.hover)
	setShown(r.tipBox, f != nil)
	setShown(r.tipText, f != nil)
	if f == nil {
		setShown(r.tipNote, false)
		return
	}
	text, note, _ := strings.Cut(v.tooltip(f), "\n")
	setShown(r.tipNote, note != "")
	changed := text != r.tipText.Text || note != r.tipNote.Text
	r.tipText.Text, r.tipNote.Text = text, note
	ts := r.tipText.MinSize()
	box := fyne.NewSize(ts.Width+12, ts.Height+6)
	var ns fyne.Size
	if note != "" {
		ns = r.tipNote.MinSize()
		box = fyne.NewSize(max(ts.Width, ns.Width)+12, ts.Height+ns.Height+8)
	}
	p := v.cursor.Add(fyne.NewPos(14, 18))
	if p.X+box.Width > size.Width {
		p.X = max(0, v.cursor.X-box.Width-8)
	}
	if p.Y+box.Height > size.Height {
		p.Y = v.cursor.Y - box.Height - 8
	}
	r.tipBox.Move(p)
	r.tipBox.Resize(box)
	r.tipText.Move(p.Add(fyne.NewPos(6, 3)))
	r.tipText.Resize(ts)
	r.tipNote.Move(p.Add(fyne.NewPos(6, 5+ts.Height)))
	r.tipNote.Resize(ns)
	if changed {
		r.tipBox.Refresh()
		r.tipText.Refresh()
		r.tipNote.Refresh()
	}
}

// setShown shows or hides o; Show and Hide repaint the canvas, which a
// widget that never refreshes itself needs.
func setShown(o fyne.CanvasObject, show bool) {
	switch {
	case show && !o.Visible():
		o.Show()
	case !show && o.Visible():
		o.Hide()
	}
}
