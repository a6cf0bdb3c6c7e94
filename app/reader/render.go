package reader

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
)

// readerRenderer brings the pane in line with the Reader's fields: the
// passages' tints, accent bars, active links, marks and text size, and the
// place bar. It reads the Reader and writes only the objects it draws (and its
// own look-up sets); each object is redrawn only when its look changed, so
// a refresh per scrub step stays cheap.
type readerRenderer struct {
	r       *Reader
	objects []fyne.CanvasObject

	// Sets of the Reader's id lists, reused on every refresh.
	current, selected, active map[string]bool
	// What the place bar shows; valid once barSet.
	bar    barState
	barSet bool
}

func (rr *readerRenderer) Layout(size fyne.Size) {
	rr.r.content.Move(fyne.Position{})
	rr.r.content.Resize(size)
}

func (rr *readerRenderer) MinSize() fyne.Size { return rr.r.content.MinSize() }

func (rr *readerRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *readerRenderer) Destroy() {}

// Refresh applies the Reader's fields.
func (rr *readerRenderer) Refresh() {
	r := rr.r
	rr.applyTextSize()
	fill(rr.current, r.Current)
	fill(rr.selected, r.Selected)
	if r.Place == "" {
		clear(rr.selected)
	}
	fill(rr.active, r.Active)
	tints := [...]color.Color{
		TintNone:     transparent,
		TintCurrent:  theme.Color(apptheme.ColorNamePassageCurrent),
		TintSelected: theme.Color(apptheme.ColorNamePassageSelected),
	}
	focus := theme.Color(apptheme.ColorNameFocus)
	for _, v := range r.order {
		id := v.passage.ID
		accent := transparent
		if id == r.Focused {
			accent = focus
		}
		v.setState(tints[tintOf(rr.current[id], rr.selected[id])], accent)
		active := v.setActive(rr.active)
		if v.setMarks(r.Marks[id]) || active {
			v.text.Refresh()
		}
	}
	rr.refreshBar()
}

// refreshBar shows the place bar for Place and Selected, with the place of
// Focused among them, or hides it.
func (rr *readerRenderer) refreshBar() {
	r := rr.r
	st := barState{place: r.Place}
	if r.Place != "" {
		st.n = len(r.Selected)
		for i, id := range r.Selected {
			if id == r.Focused {
				st.k = i + 1
				break
			}
		}
	}
	if rr.barSet && st == rr.bar {
		return
	}
	var was *barState
	if rr.barSet {
		was = &rr.bar
	}
	toggled := r.bar.show(st, was)
	rr.bar, rr.barSet = st, true
	if toggled {
		// The bar changes the height of the pane's top: lay it out again.
		r.content.Refresh()
		r.cull()
	}
}

// applyTextSize gives the passages the Reader's text size and rewraps
// them if it changed.
func (rr *readerRenderer) applyTextSize() {
	r := rr.r
	if len(r.order) == 0 || r.order[0].text.TextSize == r.TextSize {
		return
	}
	for _, v := range r.order {
		v.text.TextSize = r.TextSize
	}
	r.setColumnWidth(r.Size().Width)
	r.column.Refresh() // rewraps every passage and lays the column out again
}

// fill makes set hold exactly ids.
func fill(set map[string]bool, ids []string) {
	clear(set)
	for _, id := range ids {
		set[id] = true
	}
}
