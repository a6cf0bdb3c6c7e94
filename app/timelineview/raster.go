package timelineview

import (
	"image"
	"math"
	"peninsula/app/internal/paint"

	"fyne.io/fyne/v2/canvas"
)

// The scene is drawn into one canvas.Raster the size of the widget. Its
// generator draws the scene at the pixel size the canvas asks for (so
// text is sharp at any scale) and keeps the image until the scene
// changes: the GL painter asks once per texture, and frees the texture
// only when the raster (or the widget) is refreshed, which the renderer
// does only when it rebuilds the scene. A scrub step moves the live
// objects over it and leaves it alone.

// newRaster makes the raster the scene is drawn into.
func (r *renderer) newRaster() *canvas.Raster {
	rs := canvas.NewRaster(r.generate)
	rs.ScaleMode = canvas.ImageScalePixels
	return rs
}

// refreshRaster has the canvas ask for the raster's image again: the
// scene changed.
func (r *renderer) refreshRaster() {
	r.rasterRefreshes++
	canvas.Refresh(r.raster)
}

// generate is the raster's generator: the scene drawn w × h pixels, drawn
// again only when the scene or the pixel size changed.
func (r *renderer) generate(w, h int) image.Image {
	if w <= 0 || h <= 0 || r.scene.size.Width <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	if r.img != nil && r.imgGen == r.sceneGen && r.img.Rect.Dx() == w && r.img.Rect.Dy() == h {
		return r.img
	}
	if r.img == nil || r.img.Rect.Dx() != w || r.img.Rect.Dy() != h {
		r.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(r.img.Pix)
	}
	r.paint(&pixels{paint.Pixels{Img: r.img, W: w, H: h, S: float32(w) / r.scene.size.Width}})
	r.imgGen = r.sceneGen
	r.renders++
	return r.img
}

// paint draws the scene's shapes in order.
func (r *renderer) paint(p *pixels) {
	glyphs.load()
	glyphs.mu.Lock()
	defer glyphs.mu.Unlock()
	for i := range r.scene.shapes {
		sh := &r.scene.shapes[i]
		switch sh.kind {
		case shapeBox:
			p.fillBox(sh.box, sh.fill)
		case shapeRound:
			p.roundBox(sh.box, sh.radii, sh.fill, sh.line, sh.lineW)
		case shapeDiamond:
			b := sh.box
			p.diamond((b.x0+b.x1)/2, (b.y0+b.y1)/2, (b.x1-b.x0)/2, sh.fill, sh.line, sh.lineW)
		case shapeGrad:
			p.hgrad(sh.box, sh.fill, sh.line)
		case shapeText:
			if sh.text == "" || sh.fill.A == 0 {
				continue
			}
			// A canvas.Text's image starts at the pixel its position
			// rounds up to.
			x, y := ceilPx(sh.textX()*p.S), ceilPx(sh.textY()*p.S)
			p.drawText(fontKey{sh.bold, paint.TextPx(sh.size, p.S)}, sh.text, x, y, paint.PremulOf(sh.fill))
		}
	}
}

// ceilPx rounds a pixel coordinate up, as Fyne places canvas objects, but
// not for a float's last bit.
func ceilPx(f float32) int { return int(math.Ceil(float64(f) - 1e-3)) }
