package reader

import (
	"image"
	"image/color"
	"reflect"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/apptheme"
	"peninsula/story"
)

// flowRenderer draws the chunks the FlowText was wrapped into: all its text
// in one canvas.Raster (raster.go), and the hovered link's underline as a
// live canvas.Line over it.
//
// Fyne's GL painter keeps a raster's texture until the raster (or a parent)
// is refreshed, and asks the generator again only then; the software
// painter asks on every frame. So the renderer refreshes the raster only
// when what it shows changed (the layout, the colours, which links are
// active), and the generator keeps its image until then (or until it has
// not been asked for it a while: raster.go): a refresh of the FlowText
// for anything else, or a hover, draws nothing again.
type flowRenderer struct {
	f       *FlowText
	raster  *canvas.Raster
	line    *canvas.Line
	objects []fyne.CanvasObject
	colours flowColours

	// What the raster shows: version counts its changes; gen is the layout,
	// active the links drawn active (by run) and marks the marks it was
	// refreshed for.
	version int
	gen     int
	active  []bool
	marks   [][2]int

	// The generated image, and the version, layout and pixel scale it was
	// drawn for, and when it was last asked for; img is guarded by images
	// (raster.go), which lets it go when it is not asked for a while.
	img        *image.RGBA
	imgVersion int
	imgGen     int
	imgScale   float32
	imgAt      time.Time

	// For tests: how often the raster was refreshed and drawn.
	refreshes, renders int
}

// flowColours are the colours a FlowText draws with, looked up again only
// when the app's theme or variant changes: a look-up of one of Fyne's own
// colours allocates, and every scrub step redraws the FlowTexts whose
// active links changed.
type flowColours struct {
	theme                    fyne.Theme
	variant                  fyne.ThemeVariant
	text, link, active, mark color.Color
}

// update looks the colours up if the theme changed since the last time,
// and reports whether any colour changed.
func (c *flowColours) update() bool {
	th := theme.Current()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if c.text != nil && v == c.variant && reflect.TypeOf(th).Comparable() && th == c.theme {
		return false
	}
	was := *c
	c.theme, c.variant = th, v
	c.text = theme.Color(theme.ColorNameForeground)
	c.link = theme.Color(theme.ColorNameHyperlink)
	c.active = theme.Color(apptheme.ColorNameActiveLink)
	c.mark = markColour(theme.Color(theme.ColorNameBackground))
	return !sameColour(was.text, c.text) || !sameColour(was.link, c.link) || !sameColour(was.active, c.active) ||
		!sameColour(was.mark, c.mark)
}

func sameColour(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == b
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

func newFlowRenderer(f *FlowText) *flowRenderer {
	r := &flowRenderer{f: f, gen: -1}
	r.raster = canvas.NewRaster(r.generate)
	r.raster.ScaleMode = canvas.ImageScalePixels
	r.line = canvas.NewLine(color.Transparent)
	r.line.Hidden = true
	r.objects = []fyne.CanvasObject{r.raster, r.line}
	return r
}

// Layout sizes the raster to the text; a new size is a new image.
func (r *flowRenderer) Layout(size fyne.Size) {
	if r.raster.Size() != size {
		r.raster.Resize(size)
		r.changed()
	}
}

// MinSize is the size of the text as last wrapped (FlowText.MinSize, which
// Fyne calls, wraps it first when needed).
func (r *flowRenderer) MinSize() fyne.Size { return fyne.NewSize(40, r.f.height) }

// Refresh redraws the text if its layout, colours, active links or marks
// changed since it was last drawn, and places the underline of the link
// under the pointer.
func (r *flowRenderer) Refresh() {
	f := r.f
	changed := r.colours.update()
	if f.gen != r.gen {
		r.gen = f.gen
		changed = true
	}
	if r.updateActive() {
		changed = true
	}
	if !slices.Equal(r.marks, f.Marks) {
		r.marks = append(r.marks[:0], f.Marks...)
		changed = true
	}
	if changed {
		r.changed()
	}
	r.refreshLine()
}

// changed has the canvas ask for the raster's image again.
func (r *flowRenderer) changed() {
	r.version++
	r.refreshes++
	canvas.Refresh(r.raster)
}

// updateActive notes which links are drawn active, and reports whether
// that changed.
func (r *flowRenderer) updateActive() bool {
	f := r.f
	if len(r.active) != len(f.Runs) {
		r.active = make([]bool, len(f.Runs))
	}
	changed := false
	for i := range f.Runs {
		l := f.Runs[i].Link
		a := l.Kind != story.LinkNone && f.Active[l.Target]
		if a != r.active[i] {
			r.active[i] = a
			changed = true
		}
	}
	return changed
}

// colourOf is the colour chunk c is drawn in.
func (r *flowRenderer) colourOf(c *chunk) color.Color {
	if c.run >= len(r.active) {
		return r.colours.text
	}
	switch {
	case r.active[c.run]:
		return r.colours.active
	case r.f.Runs[c.run].Link.Kind != story.LinkNone:
		return r.colours.link
	}
	return r.colours.text
}

// refreshLine underlines the link under the pointer, or hides the line.
func (r *flowRenderer) refreshLine() {
	f := r.f
	hidden := f.hover < 0 || f.hover >= len(f.chunks)
	if hidden {
		if !r.line.Hidden {
			r.line.Hidden = true
			canvas.Refresh(r.line)
		}
		return
	}
	c := f.chunks[f.hover]
	y := c.pos.Y + c.size.Height*0.86
	p1, p2 := fyne.NewPos(c.pos.X, y), fyne.NewPos(c.pos.X+c.size.Width, y)
	if !r.line.Hidden && r.line.Position1 == p1 && r.line.Position2 == p2 && r.line.StrokeColor == r.colours.link {
		return
	}
	r.line.Hidden = false
	r.line.StrokeColor, r.line.StrokeWidth = r.colours.link, 1
	r.line.Position1, r.line.Position2 = p1, p2
	r.line.Refresh()
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy drops the image; Fyne destroys the renderer of a widget not
// drawn for a while.
func (r *flowRenderer) Destroy() {
	r.dropImage()
	if r.f.rend == r {
		r.f.rend = nil
	}
}
