package reader

import (
	"image"
	"image/color"
	"math"
	"peninsula/app/internal/paint"
	"sync"
	"time"
)

// The FlowText's raster: its chunks drawn word by word, each word where
// the layout put it, at the pixel size the canvas asks for.

// emptyImage is what the generator returns while there is nothing to draw.
var emptyImage = image.NewRGBA(image.Rect(0, 0, 1, 1))

// Fyne's GL painter uploads a raster's image as a texture as soon as the
// generator returns it, and asks again only when the raster (or a parent)
// is refreshed; the software painter and snapshots ask on every frame. So
// a generator keeps its image while it is asked for again within keepImage
// (the software painter's frames, a burst of changes), and an image not
// asked for that long is only memory: the next generate of any FlowText
// lets it go, and asked again after that the text is drawn again. An idle
// window keeps its images until something is drawn again.
const keepImage = time.Second

// images holds the generated images of every FlowText: the lock of their
// img fields (generators may run on more than one goroutine: tests,
// snapshots) and when each was last asked for.
var images = struct {
	sync.Mutex
	held  map[*flowRenderer]struct{}
	swept time.Time
	now   func() time.Time // the clock (tests)
}{held: map[*flowRenderer]struct{}{}, now: time.Now}

// sweepLocked drops the images not asked for within keepImage, at most a
// few times in keepImage; the caller holds images.
func sweepLocked(now time.Time) {
	if now.Sub(images.swept) < keepImage/4 {
		return
	}
	images.swept = now
	for r := range images.held {
		if now.Sub(r.imgAt) >= keepImage {
			r.img = nil
			delete(images.held, r)
		}
	}
}

// dropImage lets the renderer's image go.
func (r *flowRenderer) dropImage() {
	images.Lock()
	r.img = nil
	delete(images.held, r)
	images.Unlock()
}

// generate is the raster's generator: the text drawn w × h pixels, drawn
// again only when what it shows or the pixel size changed, or its image
// was let go.
func (r *flowRenderer) generate(w, h int) image.Image {
	f := r.f
	size := r.raster.Size()
	if w <= 0 || h <= 0 || size.Width <= 0 || size.Height <= 0 {
		return emptyImage
	}
	images.Lock()
	defer images.Unlock()
	now := images.now()
	sweepLocked(now)
	r.imgAt = now
	if r.img != nil && r.imgVersion == r.version && r.imgGen == f.gen && r.img.Rect.Dx() == w && r.img.Rect.Dy() == h {
		return r.img
	}
	if r.img == nil || r.img.Rect.Dx() != w || r.img.Rect.Dy() != h {
		r.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(r.img.Pix)
	}
	images.held[r] = struct{}{}
	r.imgScale = pixelScale(w, size.Width)
	r.paint(r.img, r.imgScale)
	r.imgVersion, r.imgGen = r.version, f.gen
	r.renders++
	return r.img
}

// pixelScale is the canvas scale a raster w pixels wide for a width of
// logical pixels was asked for at: w is the width times the scale rounded
// up, so the scale is taken to the nearest 1/64 when that gives w back.
func pixelScale(w int, width float32) float32 {
	s := float32(w) / width
	if q := float32(math.Round(float64(s)*64) / 64); q > 0 && int(math.Ceil(float64(width*q)-1e-3)) == w {
		return q
	}
	return s
}

// paint draws the chunks into img at s pixels to a logical pixel. A
// chunk's line is placed as Fyne places a canvas.Text of the line's height:
// the text box centred in the line, its baseline the ascent below the
// box's top pixel. Fyne rounds the text's position on the canvas up; the
// raster's is rounded up already, so the box's top in it is rounded to the
// nearest pixel, which on average places it the same.
func (r *flowRenderer) paint(img *image.RGBA, s float32) {
	f := r.f
	size := f.size()
	px := paint.TextPx(size, s)
	glyphs.lock()
	defer glyphs.unlock()
	lh := f.lineHeightLocked()
	r.paintMarks(img, s, px, lh)
	for i := range f.chunks {
		c := &f.chunks[i]
		col := premulOf(r.colourOf(c))
		fk := faceKey{fontOf(c.style), px}
		off := (lh - glyphs.lineBox(faceKey{fk.font, size})) / 2
		base := int(math.Round(float64((c.pos.Y+off)*s))) + glyphs.face(fk).ascent.Ceil()
		for _, w := range f.words[c.w0:c.w1] {
			drawWord(img, glyphs.word(fk, w.text), w.x*s, base, col)
		}
	}
}

// drawWord draws wd with its pen starting x pixels from the left (to the
// nearest quarter pixel) on the baseline y; the caller holds glyphs.mu.
func drawWord(img *image.RGBA, wd *word, x float32, y int, c premul) {
	q := int(math.Round(float64(x) * 4))
	ix, sub := q>>2, uint8(q&3)
	for _, pg := range glyphs.at(wd, sub) {
		blit(img, pg.g, ix+pg.dx+pg.g.DX, y+pg.g.DY, c)
	}
}

// blit composites g's mask in colour c with its top-left at (x, y).
func blit(img *image.RGBA, g *glyph, x, y int, c premul) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	x0, y0 := max(x, 0), max(y, 0)
	x1, y1 := min(x+g.W, w), min(y+g.H, h)
	if x0 >= x1 {
		return
	}
	for yy := y0; yy < y1; yy++ {
		m := g.Mask[(yy-y)*g.W+(x0-x) : (yy-y)*g.W+(x1-x)]
		d := img.Pix[yy*img.Stride+x0*4 : yy*img.Stride+x1*4]
		for i, a := range m {
			if a != 0 {
				c.over(d[i*4:i*4+4:i*4+4], uint32(a))
			}
		}
	}
}

// premul is a colour premultiplied by its alpha, 0–255 each.
type premul struct{ r, g, b, a uint32 }

func premulOf(c color.Color) premul {
	r, g, b, a := c.RGBA()
	return premul{r >> 8, g >> 8, b >> 8, a >> 8}
}

// over composites c at coverage m (0–255) over the pixel d.
func (c premul) over(d []uint8, m uint32) {
	if d[3] == 0 {
		if m == 255 {
			d[0], d[1], d[2], d[3] = uint8(c.r), uint8(c.g), uint8(c.b), uint8(c.a)
			return
		}
		d[0] = uint8((c.r*m + 127) / 255)
		d[1] = uint8((c.g*m + 127) / 255)
		d[2] = uint8((c.b*m + 127) / 255)
		d[3] = uint8((c.a*m + 127) / 255)
		return
	}
	k := 65025 - c.a*m
	d[0] = uint8((c.r*m*255 + uint32(d[0])*k + 32512) / 65025)
	d[1] = uint8((c.g*m*255 + uint32(d[1])*k + 32512) / 65025)
	d[2] = uint8((c.b*m*255 + uint32(d[2])*k + 32512) / 65025)
	d[3] = uint8((c.a*m*255 + uint32(d[3])*k + 32512) / 65025)
}
