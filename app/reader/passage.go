package reader

import (
	"image/color"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"peninsula/story"
)

// transparent is the fill of an untinted passage and of a hidden accent bar.
var transparent color.Color = color.Transparent

// passageView shows one passage: its text with links, on a background that
// is tinted when the passage is current or selected, with an accent bar at
// its left edge when it is the passage in focus. The reader's renderer sets
// its state.
type passageView struct {
	passage *story.Passage
	bg      *canvas.Rectangle
	accent  *canvas.Rectangle
	text    *FlowText
	box     *fyne.Container
}

// Passage box geometry: the accent bar's width and the text's insets.
const (
	accentWidth  = 5
	passageInset = 10 // left and right of the text
	passageVPad  = 4  // above and below the text
)

// passageLayout places the background over the whole box, the accent bar
// down its left edge and the text inset inside it.
type passageLayout struct{}

func (passageLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	bg, accent, text := objs[0], objs[1], objs[2]
	bg.Move(fyne.Position{})
	bg.Resize(size)
	accent.Move(fyne.Position{})
	accent.Resize(fyne.NewSize(accentWidth, size.Height))
	text.Move(fyne.NewPos(passageInset, passageVPad))
	text.Resize(fyne.NewSize(size.Width-2*passageInset, size.Height-2*passageVPad))
}

func (passageLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[2].MinSize()
	return fyne.NewSize(m.Width+2*passageInset, m.Height+2*passageVPad)
}

// newPassageView builds the view; place, event and figure links call
// onLink with their kind and target, web links open in the browser.
func newPassageView(p *story.Passage, onLink func(kind story.LinkKind, id string)) *passageView {
	v := &passageView{passage: p}
	v.bg = canvas.NewRectangle(transparent)
	v.bg.Hidden = true
	v.accent = canvas.NewRectangle(transparent)
	v.accent.Hidden = true
	v.text = NewFlowText(p.Runs, func(l story.Link) {
		switch l.Kind {
		case story.LinkPlace, story.LinkEvent, story.LinkFigure:
			onLink(l.Kind, l.Target)
		case story.LinkURL:
			if u, err := url.Parse(l.Target); err == nil {
				_ = fyne.CurrentApp().OpenURL(u)
			}
		}
	})
	v.box = container.New(passageLayout{}, v.bg, v.accent, v.text)
	return v
}

// setWidth wraps the text for a box of width w.
func (v *passageView) setWidth(w float32) { v.text.SetWrapWidth(w - 2*passageInset) }

// setState fills the background with tint (transparent for none) and the
// accent bar with accent; only what changed is redrawn, and what is
// transparent or off screen is hidden (Fyne draws every visible object on
// every frame).
func (v *passageView) setState(tint, accent color.Color) {
	if v.bg.FillColor != tint {
		v.bg.FillColor = tint
		v.bg.Refresh()
	}
	if v.accent.FillColor != accent {
		v.accent.FillColor = accent
		v.accent.Refresh()
	}
	v.showParts()
}

// showParts shows the background and accent bar only when they have a
// colour and the passage is on screen.
func (v *passageView) showParts() {
	on := v.text.Visible()
	v.bg.Hidden = !on || v.bg.FillColor == transparent
	v.accent.Hidden = !on || v.accent.FillColor == transparent
}

// setActive marks the passage's event links whose targets are in active;
// it reports whether any changed, without redrawing.
func (v *passageView) setActive(active map[string]bool) bool {
	changed := false
	for _, id := range v.passage.Events {
		if active[id] != v.text.Active[id] {
			if v.text.Active == nil {
				v.text.Active = map[string]bool{}
			}
			v.text.Active[id] = active[id]
			changed = true
		}
	}
	return changed
}

// setOnScreen shows the text only while the passage is in or near the
// visible part of the pane: Fyne draws every visible object on every frame,
// and the story has hundreds of lines. The text is hidden by its field, not
// with Hide, which would refresh it and so have the GL painter free its
// raster's texture: scrolled back within the painter's cache time, the text
// is drawn again from the texture it has. (Culling runs on a scroll or a
// layout, which redraw the canvas.)
func (v *passageView) setOnScreen(on bool) {
	if on == v.text.Visible() {
		return
	}
	if on {
		v.text.Show()
	} else {
		v.text.Hidden = true
	}
	v.showParts()
}
