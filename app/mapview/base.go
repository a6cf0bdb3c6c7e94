package mapview

import (
	"image"
	"image/color"
	"maps"
	"math"
	"slices"
	"strings"
	"sync/atomic"

	"peninsula/geo"
)

// The base map is rendered for a view grown by a margin on every side
// (Async only: the synchronous renderer has none), so that a drag can show
// it moved, with no render, until the view nears the margin's edge. Its
// labels are placed in the view itself, as they always were: at rest the
// map looks the same with or without a margin.

// asyncMargin is the margin, in logical pixels, drawn beyond each edge of
// the view when rendering asynchronously.
const asyncMargin = 128

// baseKey identifies a rendered base map: it is rendered again only when
// one of these changes, never for hover or selection. The hidden features
// are compared apart (a slice).
type baseKey struct {
	vp      geo.Viewport // the view, in logical pixels: labels are placed in it
	margin  float64      // logical pixels drawn beyond each edge of vp
	m       *geo.Map
	style   *geo.Style
	labels  uintptr
	keepout image.Rectangle // covered by the legend: no labels there
	// foundSeas are the seas a search matched, joined: a sea is only a
	// label, so its label is inked as the found places are outlined.
	foundSeas string
}

// sameContent reports whether two keys draw the same things, so that one
// rendered base map can stand in for the other, moved or scaled, while the
// other is rendered.
func (k baseKey) sameContent(o baseKey) bool {
	return k.m == o.m && k.style == o.style && k.labels == o.labels && k.foundSeas == o.foundSeas
}

// baseInput is what a base render needs, copied from the widget so that a
// render goroutine shares nothing with the UI thread that it writes.
type baseInput struct {
	key    baseKey
	hidden []string
	names  map[string]string // the label texts by feature id
	pw, ph int               // the image's size in pixels
}

// baseFrame is a rendered base map: its layers and the composite shown.
// A frame belongs to one goroutine at a time: the UI thread, or the render
// goroutine holding it in a renderJob.
type baseFrame struct {
	key    baseKey
	hidden []string
	hide   map[string]bool
	pw, ph int          // the images' size in pixels
	ext    geo.Viewport // key.vp grown by the margin: what the images show
	land   *image.RGBA  // sea, land, areas, borders, coasts
	top    geo.Layer    // lines, markers, labels
	// img is what the base raster shows: synchronously, land with the
	// outlines and then top drawn over it; asynchronously, land with top
	// over it (the outlines are the patch's). Only the frame shown has one:
	// asynchronously, a new frame takes over the old one's (deliver).
	img    *image.RGBA
	labels []geo.Label       // placed in key.vp's pixels
	knock  []image.Rectangle // the labels' boxes in ext's logical pixels
	seq    uint64            // which render this is (the patch follows it)
	plain  bool              // img is land and top alone

	// The patch drawn with the render (Async), for the outlines of out:
	// the UI thread takes it if they are still those shown.
	out      outlineState
	patchBox image.Rectangle
	patchImg *image.RGBA // at (0,0); nil for none (or drawn over)
	patchPix []uint8     // the patch's pixels, the UI thread's patches too
}

// outlineState is what the outlines show: the selection, the hovered
// feature and the highlighted ones.
type outlineState struct {
	selected, hover string
	high            []string
	found           []string
}

func (o *outlineState) equal(p outlineState) bool {
	return o.selected == p.selected && o.hover == p.hover && slices.Equal(o.high, p.high) && slices.Equal(o.found, p.found)
}

// drawPatch draws the outlines over a copy of the frame's land, with its
// top layer over them, in the frame's pixels box, into pix (reused when
// large enough): the patch laid over img where the outlines lie. It
// returns the patch at (0,0) and its pixels.
func (f *baseFrame) drawPatch(g *geo.Renderer, box image.Rectangle, items []geo.Outlined, pix []uint8) (*image.RGBA, []uint8) {
	n := 4 * box.Dx() * box.Dy()
	if cap(pix) >= n {
		pix = pix[:n]
	} else {
		pix = make([]uint8, n)
	}
	part := &image.RGBA{Pix: pix, Stride: 4 * box.Dx(), Rect: box}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		copy(part.Pix[part.PixOffset(box.Min.X, y):], f.land.Pix[f.land.PixOffset(box.Min.X, y):f.land.PixOffset(box.Max.X, y)])
	}
	g.Map, g.Style, g.Knockout = f.key.m, f.key.style, f.knock
	g.OverlayPart(part, image.Pt(f.pw, f.ph), f.ext, items...)
	f.top.DrawOverPart(part)
	return &image.RGBA{Pix: pix, Stride: part.Stride, Rect: image.Rect(0, 0, box.Dx(), box.Dy())}, pix
}

// compose makes img land with top over it.
func (f *baseFrame) compose() {
	f.img = sizedRGBA(f.img, f.pw, f.ph)
	copy(f.img.Pix, f.land.Pix)
	f.top.DrawOver(f.img)
	f.plain = true
}

// scale is the frame's pixels per logical pixel.
func (f *baseFrame) scale() float64 {
	if f.ext.Width <= 0 {
		return 1
	}
	return float64(f.pw) / f.ext.Width
}

// visible is the geo filter of the frame's hidden features.
func (f *baseFrame) visible(ft *geo.Feature) bool { return !f.hide[ft.ID] }

// label is the text of a feature's label.
func (in *baseInput) label(f *geo.Feature) string {
	if s, ok := in.names[f.ID]; ok {
		return s
	}
	return f.Name
}

// drawing is what one goroutine renders with: a geo renderer and label
// faces, both with scratch buffers that are not safe for concurrent use.
type drawing struct {
	geo   *geo.Renderer
	faces faceCache
}

// renderBase renders the base map of in into f: label placement, both
// layers and the labels (not img: see compose and drawOutlines). It
// touches nothing but its arguments, so it may run on any goroutine that
// owns d. stop is asked between the stages; when it reports true the
// render is abandoned and renderBase returns false.
func renderBase(d *drawing, in *baseInput, f *baseFrame, stop func() bool) bool {
	k := in.key
	f.key, f.pw, f.ph = k, in.pw, in.ph
	f.out, f.patchImg, f.patchBox = outlineState{}, nil, image.Rectangle{}
	f.hidden = append(f.hidden[:0], in.hidden...)
	if f.hide == nil {
		f.hide = map[string]bool{}
	}
	clear(f.hide)
	for _, id := range in.hidden {
		f.hide[id] = true
	}
	f.land = sizedRGBA(f.land, in.pw, in.ph)
	f.ext = k.vp.Resize(k.vp.Width+2*k.margin, k.vp.Height+2*k.margin)
	f.labels, f.knock = f.labels[:0], f.knock[:0]
	if k.vp.Width <= 0 || k.vp.Height <= 0 || in.pw <= 0 || in.ph <= 0 {
		clear(f.land.Pix)
		f.top.Reset(in.pw, in.ph)
		f.plain = false
		return true
	}
	var keepout []image.Rectangle
	if !k.keepout.Empty() {
		keepout = append(keepout, k.keepout)
	}
	f.labels = k.m.PlaceLabelsAvoiding(k.vp, in.label, d.faces.measure, f.visible, keepout...)
	if stop() {
		return false
	}
	// No border, coast or outline is drawn under a label.
	off := image.Pt(int(k.margin), int(k.margin))
	for _, l := range f.labels {
		f.knock = append(f.knock, l.Rect().Add(off))
	}
	g := d.geo
	g.Map, g.Style, g.Visible = k.m, k.style, f.visible
	g.Knockout = f.knock
	g.RenderLayers(f.land, &f.top, f.ext)
	if stop() {
		return false
	}
	labels := f.labels
	if k.margin != 0 {
		labels = make([]geo.Label, len(f.labels))
		for i, l := range f.labels {
			l.X += k.margin
			l.Y += k.margin
			labels[i] = l
		}
	}
	ink := func(l geo.Label) color.Color {
		if l.Kind == geo.Sea && k.foundSeas != "" && slices.Contains(strings.Split(k.foundSeas, "\x00"), l.FeatureID) {
			return foundInk
		}
		return labelInk(k.style, l)
	}
	d.faces.paintLabels(&f.top, labels, f.scale(), ink, k.style.Halo)
	f.plain = false
	return true
}

// labelInk is the colour of a label: lines in their own colour.
func labelInk(st *geo.Style, l geo.Label) color.Color {
	if l.Kind == geo.Line {
		return st.Lines[l.FeatureID].Color
	}
	return st.Labels[l.Kind]
}

// sizedRGBA returns img if it is w×h, else a new w×h image.
func sizedRGBA(img *image.RGBA, w, h int) *image.RGBA {
	if img == nil || img.Rect.Dx() != w || img.Rect.Dy() != h {
		return image.NewRGBA(image.Rect(0, 0, w, h))
	}
	return img
}

// pixels is the size in device pixels the painter gives a raster of
// logical size v at scale s (as Fyne's GL painter rounds it).
func pixels(v float64, s float64) int {
	return int(math.Round(float64(float32(v) * float32(s))))
}

// renderJob is a base render on another goroutine. The goroutine owns
// frame and the job's copy of the inputs until it hands them back to the
// UI thread (deliver); cancel tells it that its result is no longer wanted.
type renderJob struct {
	in     baseInput
	out    outlineState
	items  []geo.Outlined // the outlines of out, drawn into the frame's patch
	frame  *baseFrame
	cancel atomic.Bool
}

// input copies what a render of key needs from the widget.
func (r *renderer) input(key baseKey, pw, ph int) baseInput {
	return baseInput{key: key, hidden: slices.Clone(r.v.Hidden), names: maps.Clone(r.v.labelTexts()), pw: pw, ph: ph}
}

// request starts rendering key on another goroutine, unless a render is
// already running: then it only cancels that one if its content is no
// longer wanted (another map, style, labels, hidden set or legend), and the
// newest request is rendered once it has landed. A render of another view
// of the same content always finishes: shown moved or scaled, it is closer
// to the view than the base map shown now.
func (r *renderer) request(key baseKey, pw, ph int) {
	if j := r.job; j != nil {
		if !j.in.key.sameContent(key) || j.in.key.keepout != key.keepout || !slices.Equal(j.in.hidden, r.v.Hidden) {
			j.cancel.Store(true)
		}
		return
	}
	r.requestedAt = r.now()
	j := &renderJob{in: r.input(key, pw, ph), out: r.outlineNow(), frame: r.spare}
	j.items = outlines(key.m, key.style, j.out)
	r.spare = nil
	if j.frame == nil {
		j.frame = &baseFrame{}
	}
	r.job = j
	d, hook, do := r.jobDrawing, r.onRender, r.do
	r.spawn(func() {
		if hook != nil {
			hook()
		}
		f := j.frame
		ok := renderBase(d, &j.in, f, j.cancel.Load)
		f.out, f.patchImg, f.patchBox = j.out, nil, image.Rectangle{}
		if ok && f.key.vp.Width > 0 {
			f.patchBox = d.geo.OverlayBounds(image.Pt(f.pw, f.ph), f.ext, j.items...)
			if !f.patchBox.Empty() {
				f.patchImg, f.patchPix = f.drawPatch(d.geo, f.patchBox, j.items, f.patchPix)
			}
		}
		do(func() { r.deliver(j, ok) })
	})
}

// deliver takes a finished render on the UI thread: it shows it unless it
// was cancelled, then renders again if the widget has changed since.
func (r *renderer) deliver(j *renderJob, ok bool) {
	if r.job == j {
		r.job = nil
	}
	if !ok || j.cancel.Load() || r.destroyed {
		r.dropped++
		if r.spare == nil {
			r.spare = j.frame
		}
		if !r.destroyed {
			r.update()
		}
		return
	}
	r.seq++
	j.frame.seq = r.seq
	if r.shown != nil {
		// One composite for both frames: the painter has the old one's
		// pixels (a texture), so the new frame is composed into them here,
		// on the UI thread, and the frame left to render into has none.
		j.frame.img, r.shown.img = r.shown.img, nil
		r.spare = r.shown
	}
	j.frame.compose()
	// The patch shown is in the old frame's pixels, which the next render
	// draws into: let it go.
	r.patchImg, r.patchBorrowed, r.patchAt = nil, false, overlayKey{}
	r.shown = j.frame
	r.renders++
	r.refreshBase() // the new image: the one upload of a render
	r.update()
}
