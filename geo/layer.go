package geo

import (
	"encoding/binary"
	"image"
)

// layerTile is the side in pixels of the tiles a Layer keeps track of.
const layerTile = 32

// Layer is a transparent image composited over another: the lines, place
// markers and labels drawn over the outlines of the selection and the
// highlighted places, so that no outline covers them. It records which
// tiles it has drawn into, so that clearing and compositing it cost what
// it holds rather than its size.
type Layer struct {
	// Img holds premultiplied colours, transparent where nothing is drawn.
	Img        *image.RGBA
	cols, rows int
	used       []bool
}

// Reset makes the layer a transparent w×h image, reusing its memory when
// the size is unchanged.
func (l *Layer) Reset(w, h int) {
	if l.Img == nil || l.Img.Rect.Dx() != w || l.Img.Rect.Dy() != h {
		l.Img = image.NewRGBA(image.Rect(0, 0, w, h))
		l.cols, l.rows = (w+layerTile-1)/layerTile, (h+layerTile-1)/layerTile
		l.used = make([]bool, l.cols*l.rows)
		return
	}
	for i, u := range l.used {
		if !u {
			continue
		}
		t := l.tile(i)
		for y := t.Min.Y; y < t.Max.Y; y++ {
			off := l.Img.PixOffset(t.Min.X, y)
			clear(l.Img.Pix[off : off+4*t.Dx()])
		}
		l.used[i] = false
	}
}

// Mark records that r (pixels) may have been drawn into. Whoever draws
// into Img directly must mark what was drawn.
func (l *Layer) Mark(r image.Rectangle) {
	if l.Img == nil {
		return
	}
	r = r.Intersect(l.Img.Rect)
	if r.Empty() {
		return
	}
	for ty := r.Min.Y / layerTile; ty <= (r.Max.Y-1)/layerTile; ty++ {
		for tx := r.Min.X / layerTile; tx <= (r.Max.X-1)/layerTile; tx++ {
			l.used[ty*l.cols+tx] = true
		}
	}
}

// tile returns the pixel rectangle of tile i.
func (l *Layer) tile(i int) image.Rectangle {
	x, y := (i%l.cols)*layerTile, (i/l.cols)*layerTile
	return image.Rect(x, y, x+layerTile, y+layerTile).Intersect(l.Img.Rect)
}

// DrawOver composites the layer over dst, which must have the layer's
// bounds: source-over with premultiplied colours, transparent pixels
// skipped.
func (l *Layer) DrawOver(dst *image.RGBA) {
	if l.Img == nil || dst.Rect != l.Img.Rect {
		return
	}
	for i, u := range l.used {
		if u {
			l.drawTile(dst, l.tile(i))
		}
	}
}

// DrawOverPart is DrawOver for a part of the layer: dst covers dst.Rect of
// the layer's image (it must lie inside it) and gets there the pixels that
// DrawOver would give the whole image.
func (l *Layer) DrawOverPart(dst *image.RGBA) {
	if l.Img == nil || !dst.Rect.In(l.Img.Rect) {
		return
	}
	for i, u := range l.used {
		if !u {
			continue
		}
		if t := l.tile(i).Intersect(dst.Rect); !t.Empty() {
			l.drawTile(dst, t)
		}
	}
}

// drawTile composites the rectangle t of the layer over dst.
func (l *Layer) drawTile(dst *image.RGBA, t image.Rectangle) {
	w := 4 * t.Dx()
	for y := t.Min.Y; y < t.Max.Y; y++ {
		src := l.Img.Pix[l.Img.PixOffset(t.Min.X, y):][:w:w]
		d := dst.Pix[dst.PixOffset(t.Min.X, y):][:w:w]
		for x := 0; x < w; x += 4 {
			// Skip two transparent pixels at a time.
			if x+8 <= w && binary.LittleEndian.Uint64(src[x:]) == 0 {
				x += 4
				continue
			}
			sa := uint32(src[x+3])
			switch sa {
			case 0:
			case 255:
				copy(d[x:x+4], src[x:x+4])
			default:
				ia := 255 - sa
				d[x] = uint8(uint32(src[x]) + (uint32(d[x])*ia+127)/255)
				d[x+1] = uint8(uint32(src[x+1]) + (uint32(d[x+1])*ia+127)/255)
				d[x+2] = uint8(uint32(src[x+2]) + (uint32(d[x+2])*ia+127)/255)
				d[x+3] = uint8(sa + (uint32(d[x+3])*ia+127)/255)
			}
		}
	}
}
