package mapview

import (
	"image"
	"math"

	"fyne.io/fyne/v2"

	"peninsula/geo"
)

// This file places the rasters that show the base map: moved, scaled or
// rendered again.

// refreshBase has the painter take the base raster's image again (in the
// window: upload it as a texture).
func (r *renderer) refreshBase() {
	r.baseRefreshes++
	r.base.Refresh()
}

// canvasScale is the canvas's device pixels per logical pixel (Async
// only: the test driver has no canvas before it has a window).
func (r *renderer) canvasScale() float64 {
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(r.v); c != nil && c.Scale() > 0 {
			return float64(c.Scale())
		}
	}
	if r.pixScale > 0 {
		return r.pixScale
	}
	return 1
}

// placeBase places the base raster: the frame to be rendered where it
// will be drawn, or the frame shown moved to the view — or hides it while
// the preview stands for it (placePreview).
func (r *renderer) placeBase() {
	var vp, ext geo.Viewport
	r.viewScale = 1
	if f := r.shown; f != nil && !r.stale {
		vp, ext = f.key.vp, f.ext
		m := float32(f.key.margin)
		r.viewOff = fyne.NewPos(-m, -m)
		if f.key.vp != r.v.vp {
			s, off := f.ext.MapTo(r.v.vp)
			r.viewScale, r.viewOff = s, fyne.NewPos(float32(off[0]), float32(off[1]))
		}
	} else {
		k := r.target
		vp, ext = k.vp, k.vp.Resize(k.vp.Width+2*k.margin, k.vp.Height+2*k.margin)
		m := float32(k.margin)
		r.viewOff = fyne.NewPos(-m, -m)
	}
	if r.previewing() {
		r.base.Hide() // its texture stays for when the view comes back to it
		return
	}
	size := fyne.NewSize(float32(ext.Width), float32(ext.Height))
	if vp.Width <= 0 || vp.Height <= 0 {
		size = fyne.Size{} // nothing to draw before the widget has a size
	}
	r.base.Move(r.viewOff)
	r.base.Resize(size)
	r.base.Show()
}

// previewing reports whether the base map shown is drawn scaled (Async).
func (r *renderer) previewing() bool {
	return r.v.Async && r.shown != nil && !r.stale && r.viewScale != 1
}

// placePreview places the preview while the base map shown is scaled to
// the view: the pixels of the base map (with the patch) that fall in the
// view, cut out again whenever that part changes.
func (r *renderer) placePreview() {
	if !r.previewing() {
		r.preview.Hide()
		r.dropPreview()
		return
	}
	f, v := r.shown, r.v
	k, s := f.scale(), r.viewScale
	ox, oy := float64(r.viewOff.X), float64(r.viewOff.Y)
	box := image.Rect(int(math.Floor(-ox/s*k)), int(math.Floor(-oy/s*k)),
		int(math.Ceil((v.vp.Width-ox)/s*k)), int(math.Ceil((v.vp.Height-oy)/s*k))).Intersect(image.Rect(0, 0, f.pw, f.ph))
	if box.Empty() {
		r.preview.Hide()
		return
	}
	if at := [2]uint64{f.seq, r.patchGen}; box != r.previewBox || at != r.previewAt {
		r.previewBox, r.previewAt, r.previewDirty = box, at, true
		r.preview.Refresh()
	}
	sk := float32(s / k)
	r.preview.Move(r.viewOff.AddXY(float32(box.Min.X)*sk, float32(box.Min.Y)*sk))
	r.preview.Resize(fyne.NewSize(float32(box.Dx())*sk, float32(box.Dy())*sk))
	r.preview.Show()
}

// dropPreview lets the preview's pixels go once it is no longer shown
// (its texture is not drawn either): a zoom is over, and the next one
// cuts a preview of its own.
func (r *renderer) dropPreview() {
	if r.previewPix != nil {
		r.previewImg, r.previewPix, r.previewBox, r.previewDirty = nil, nil, image.Rectangle{}, false
	}
}

// generatePreview is the preview's generator: previewBox of the base map
// shown, with the patch over it.
func (r *renderer) generatePreview(int, int) image.Image {
	f, b := r.shown, r.previewBox
	if r.previewDirty && f != nil && !b.Empty() {
		n := 4 * b.Dx() * b.Dy()
		if cap(r.previewPix) < n {
			r.previewPix = make([]uint8, n)
		}
		img := &image.RGBA{Pix: r.previewPix[:n], Stride: 4 * b.Dx(), Rect: image.Rect(0, 0, b.Dx(), b.Dy())}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			copy(img.Pix[img.PixOffset(0, y-b.Min.Y):], f.img.Pix[f.img.PixOffset(b.Min.X, y):f.img.PixOffset(b.Max.X, y)])
		}
		if r.patchDirty && !r.patchBox.Empty() {
			r.drawPatch()
		}
		if p := r.patchBox.Intersect(b); !p.Empty() && r.patchImg != nil {
			for y := p.Min.Y; y < p.Max.Y; y++ {
				src := r.patchImg.Pix[r.patchImg.PixOffset(p.Min.X-r.patchBox.Min.X, y-r.patchBox.Min.Y):]
				copy(img.Pix[img.PixOffset(p.Min.X-b.Min.X, y-b.Min.Y):img.PixOffset(p.Max.X-b.Min.X, y-b.Min.Y)], src)
			}
		}
		r.previewImg, r.previewDirty = img, false
	}
	if r.previewImg == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.previewImg
}

// generateBase is the base raster's generator. Synchronously it renders
// the base map when it is stale (or the painter's size changed) and draws
// the outlines into it; Async it returns the base map shown, rendering
// only the first one (there is nothing to show before it).
func (r *renderer) generateBase(w, h int) image.Image {
	if sz := r.base.Size(); sz.Width > 0 && w > 0 && r.viewScale == 1 {
		r.pixScale = float64(w) / float64(sz.Width)
	}
	v := r.v
	if !v.Async || r.shown == nil {
		if r.shown == nil || r.stale || r.shown.pw != w || r.shown.ph != h {
			r.renderSync(w, h)
		}
		if v.Async {
			r.shown.compose()
			r.placeBase()
			r.placePatch()
		} else {
			r.drawOutlines()
		}
	}
	if r.shown == nil || r.shown.img == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return r.shown.img
}

// renderSync renders the base map on the UI thread at w×h pixels: the
// target, or the frame shown again at another size.
func (r *renderer) renderSync(w, h int) {
	key, hidden := r.target, r.targetHid
	if !r.stale && r.shown != nil {
		key, hidden = r.shown.key, r.shown.hidden
	}
	in := baseInput{key: key, hidden: hidden, names: r.v.labelTexts(), pw: w, ph: h}
	f := r.shown
	if f == nil {
		f = &baseFrame{}
	}
	renderBase(&r.ui, &in, f, func() bool { return false })
	r.seq++
	f.seq = r.seq
	r.shown, r.stale = f, false
	r.renders++
}
