package compose

import (
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	xdraw "golang.org/x/image/draw"
)

func (p *painter) drawRaster(o *canvas.Raster, pos fyne.Position, clip image.Rectangle) {
	size := o.Size()
	if size.IsZero() || o.Generator == nil {
		return
	}
	w, h := p.px(size.Width), p.px(size.Height)
	x, y := p.px(pos.X), p.px(pos.Y)
	dst := image.Rect(x, y, x+w, y+h)
	if w <= 0 || h <= 0 || dst.Intersect(clip).Empty() {
		return // not generated: nothing of it would show
	}
	pix := o.Generator(w, h)
	if pix == nil {
		return
	}
	if b := pix.Bounds(); b.Dx() != w || b.Dy() != h {
		pix = scaled(pix, w, h, o.ScaleMode, false) // a generator may reuse its image
	}
	p.over(pix, dst.Min, clip)
}

func (p *painter) drawGradient(g gradient, pos fyne.Position, clip image.Rectangle) {
	size := g.Size()
	w, h := p.px(size.Width), p.px(size.Height)
	x, y := p.px(pos.X), p.px(pos.Y)
	if w <= 0 || h <= 0 || image.Rect(x, y, x+w, y+h).Intersect(clip).Empty() {
		return
	}
	p.over(g.Generate(w, h), image.Pt(x, y), clip)
}

func (p *painter) drawImage(o *canvas.Image, pos fyne.Position, clip image.Rectangle) {
	size := o.Size()
	if size.IsZero() || o.Image == nil {
		// Fyne renders a File or Resource into Image when the object is
		// resized or refreshed; without it there is nothing to draw.
		return
	}
	src := o.Image
	w, h := p.px(size.Width), p.px(size.Height)
	x, y := p.px(pos.X), p.px(pos.Y)
	if w <= 0 || h <= 0 || image.Rect(x, y, x+w, y+h).Intersect(clip).Empty() {
		return
	}
	switch o.FillMode {
	case canvas.ImageFillContain:
		aspect := o.Aspect()
		if obj := float32(w) / float32(h); obj > aspect {
			nw := int(float32(h) * aspect)
			x += (w - nw) / 2
			w = nw
		} else if obj < aspect {
			nh := int(float32(w) / aspect)
			y += (h - nh) / 2
			h = nh
		}
	case canvas.ImageFillCover:
		src = coverCrop(src, o.Aspect(), float32(w)/float32(h))
	}
	if w <= 0 || h <= 0 {
		return
	}
	radius := fyne.Min(fyne.Min(size.Width, size.Height)/2, o.CornerRadius) * p.scale
	b := src.Bounds()
	if b.Dx() != w || b.Dy() != h || radius >= 0.5 {
		src = scaled(src, w, h, o.ScaleMode, o.Resource != nil || o.File != "")
		if radius >= 0.5 {
			src = roundCorners(src.(*image.RGBA), radius)
		}
	}
	p.overAlpha(src, image.Pt(x, y), clip, o.Alpha())
}

// coverCrop is the middle of src with the aspect of the object (objAspect),
// imgAspect being src's.
func coverCrop(src image.Image, imgAspect, objAspect float32) image.Image {
	in := src.Bounds()
	switch {
	case objAspect > imgAspect:
		nh := float32(in.Dx()) / objAspect
		pad := int((float32(in.Dy()) - nh) / 2)
		in = image.Rect(in.Min.X, in.Min.Y+pad, in.Max.X, in.Max.Y-pad)
	case objAspect < imgAspect:
		nw := float32(in.Dy()) * objAspect
		pad := int((float32(in.Dx()) - nw) / 2)
		in = image.Rect(in.Min.X+pad, in.Min.Y, in.Max.X-pad, in.Max.Y)
	default:
		return src
	}
	if s, ok := src.(interface {
		SubImage(image.Rectangle) image.Image
	}); ok {
		return s.SubImage(in)
	}
	out := image.NewRGBA(image.Rect(0, 0, in.Dx(), in.Dy()))
	xdraw.Copy(out, image.Point{}, src, in, xdraw.Src, nil)
	return out
}

// scaleKey identifies a scaled copy of an image: icons are the same images
// frame after frame, so they are scaled once.
type scaleKey struct {
	src  image.Image
	w, h int
	mode canvas.ImageScale
}

var scaleCache struct {
	sync.Mutex
	m map[scaleKey]*image.RGBA
}

// maxScaled bounds the cache of scaled images; past it, it starts again.
const maxScaled = 256

// scaled is src scaled to w×h pixels with the scale mode (Fyne's: nearest
// neighbour for pixels, bilinear for fastest, Catmull-Rom otherwise). With
// keep, the result is cached by src's identity: only for images nobody
// redraws in place (Fyne's renderings of an image's File or Resource).
func scaled(src image.Image, w, h int, mode canvas.ImageScale, keep bool) *image.RGBA {
	key := scaleKey{src: src, w: w, h: h, mode: mode}
	cacheable := keep && isPointer(src)
	if cacheable {
		scaleCache.Lock()
		out, ok := scaleCache.m[key]
		scaleCache.Unlock()
		if ok {
			return out
		}
	}
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	var s xdraw.Scaler = xdraw.CatmullRom
	switch mode {
	case canvas.ImageScalePixels:
		s = xdraw.NearestNeighbor
	case canvas.ImageScaleFastest:
		s = xdraw.ApproxBiLinear
	}
	s.Scale(out, out.Rect, src, src.Bounds(), xdraw.Src, nil)
	if cacheable {
		scaleCache.Lock()
		if scaleCache.m == nil || len(scaleCache.m) >= maxScaled {
			scaleCache.m = map[scaleKey]*image.RGBA{}
		}
		scaleCache.m[key] = out
		scaleCache.Unlock()
	}
	return out
}

// isPointer reports whether img is one of the standard image types, which
// are pointers and so usable as cache keys by identity.
func isPointer(img image.Image) bool {
	switch img.(type) {
	case *image.RGBA, *image.NRGBA, *image.Gray, *image.Alpha, *image.Paletted, *image.YCbCr, *image.RGBA64, *image.NRGBA64:
		return true
	}
	return false
}

// roundCorners is a copy of img with its corners rounded to radius pixels,
// anti-aliased over a pixel as Fyne's software painter does.
func roundCorners(img *image.RGBA, radius float32) *image.RGBA {
	out := image.NewRGBA(img.Rect)
	copy(out.Pix, img.Pix)
	w, h := img.Rect.Dx(), img.Rect.Dy()
	r := min(int(math.Ceil(float64(radius))), w, h)
	outer := (radius + 0.5) * (radius + 0.5)
	inner := (radius - 0.5) * (radius - 0.5)
	corner := func(x0, x1, y0, y1 int, cx, cy float32) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				dx, dy := float32(x)-cx, float32(y)-cy
				d := dx*dx + dy*dy
				if d <= inner {
					continue
				}
				t := float32(0)
				if d < outer {
					t = (outer - d) / (outer - inner)
				}
				i := out.PixOffset(out.Rect.Min.X+x, out.Rect.Min.Y+y)
				for c := range 4 { // premultiplied: fade every channel
					out.Pix[i+c] = uint8(float32(out.Pix[i+c]) * t)
				}
			}
		}
	}
	corner(0, r, 0, r, radius, radius)
	corner(w-r, w, 0, r, float32(w)-radius, radius)
	corner(0, r, h-r, h, radius, float32(h)-radius)
	corner(w-r, w, h-r, h, float32(w)-radius, float32(h)-radius)
	return out
}
