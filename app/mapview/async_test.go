package mapview

import (
	"image"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"
)

// asyncHarness runs an Async map's renders as the window does, but under
// the test's control: a render job runs on a goroutine of its own (at
// once when auto, else when run is called), and what it hands back to the
// UI thread (fyne.Do) waits until land runs it on the test's goroutine,
// which stands for the main loop. The map's clock is the harness's, moved
// on by advance, which runs the timers that come due (on this goroutine).
type asyncHarness struct {
	auto   bool
	wg     sync.WaitGroup
	mu     sync.Mutex
	jobs   []func()
	ui     []func()
	clock  time.Time
	timers []timer
}

type timer struct {
	due time.Time
	f   func()
}

// setAsync switches the map to Async rendering under a harness and lets
// the first asynchronous render (with the margin) land.
func setAsync(v *MapView, r *renderer, auto bool) *asyncHarness {
	h := &asyncHarness{auto: auto, clock: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	r.spawn, r.do = h.spawn, h.do
	r.now = func() time.Time { return h.clock }
	r.after = func(d time.Duration, f func()) { h.timers = append(h.timers, timer{h.clock.Add(d), f}) }
	v.Async = true
	v.Refresh()
	h.settle()
	return h
}

// advance moves the clock on by d and runs the timers due by then.
func (h *asyncHarness) advance(d time.Duration) {
	h.clock = h.clock.Add(d)
	for {
		i := slices.IndexFunc(h.timers, func(t timer) bool { return !t.due.After(h.clock) })
		if i < 0 {
			return
		}
		f := h.timers[i].f
		h.timers = slices.Delete(h.timers, i, i+1)
		f()
	}
}

func (h *asyncHarness) spawn(job func()) {
	if h.auto {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			job()
		}()
		return
	}
	h.mu.Lock()
	h.jobs = append(h.jobs, job)
	h.mu.Unlock()
}

func (h *asyncHarness) do(f func()) {
	h.mu.Lock()
	h.ui = append(h.ui, f)
	h.mu.Unlock()
}

// pending is how many jobs wait to run.
func (h *asyncHarness) pending() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.jobs)
}

// run runs the waiting jobs, each on its own goroutine, and waits for them.
func (h *asyncHarness) run() {
	h.mu.Lock()
	jobs := h.jobs
	h.jobs = nil
	h.mu.Unlock()
	for _, j := range jobs {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			j()
		}()
	}
	h.wg.Wait()
}

// land runs what the jobs handed to the UI thread, on this goroutine.
func (h *asyncHarness) land() int {
	h.mu.Lock()
	ui := h.ui
	h.ui = nil
	h.mu.Unlock()
	for _, f := range ui {
		f()
	}
	return len(ui)
}

// settle runs jobs, lands their results and lets the wheel rest until
// nothing is left to do.
func (h *asyncHarness) settle() {
	for range 20 {
		h.run()
		h.advance(time.Second)
		if h.land() == 0 && h.pending() == 0 && len(h.timers) == 0 {
			return
		}
	}
	panic("renders did not settle")
}

// goid is the id of the calling goroutine.
func goid() int {
	b := make([]byte, 64)
	b = b[:runtime.Stack(b, false)]
	f := strings.Fields(string(b))
	id, _ := strconv.Atoi(f[1]) // "goroutine 42 [running]:"
	return id
}

func nearPos(a, b fyne.Position) bool {
	return math.Abs(float64(a.X-b.X)) < 1e-3 && math.Abs(float64(a.Y-b.Y)) < 1e-3
}

func drag(v *MapView, dx, dy float32) {
	v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: dx, DY: dy}})
}

// TestAsyncPanMovesTheImage: a drag within the margin renders nothing and
// moves the base map and the outlines by exactly the drag; past half the
// margin one render starts (and only one while it runs), and its result
// lands in place; the end of the drag renders the final view once.
func TestAsyncPanMovesTheImage(t *testing.T) {
	v, _, r := newMomentView(t, fyne.NewSize(830, 720), "1955-06-01", "en")
	v.ZoomIn()
	h := setAsync(v, r, false)
	v.SetSelected("seoul")
	n, m := r.renders, float32(asyncMargin)
	if p := r.base.Position(); !nearPos(p, fyne.NewPos(-m, -m)) || r.base.Size() != fyne.NewSize(830+2*m, 720+2*m) {
		t.Fatalf("base map at %v, size %v; want at (-%v,-%v) with the margin", p, r.base.Size(), m, m)
	}
	if !r.patch.Visible() {
		t.Fatal("the selection is not drawn")
	}
	patchAt := r.patch.Position()

	// Within half the margin (64 px): moved, nothing rendered.
	drag(v, 40, -25)
	drag(v, 15.5, 10)
	if h.pending() != 0 || r.renders != n {
		t.Fatalf("a drag within the margin started %d render(s)", h.pending())
	}
	want := fyne.NewPos(-m+55.5, -m-15)
	if p := r.base.Position(); !nearPos(p, want) {
		t.Errorf("base map at %v after dragging (55.5,-15), want %v", p, want)
	}
	if p := r.patch.Position(); !nearPos(p, patchAt.AddXY(55.5, -15)) {
		t.Errorf("outlines at %v, want %v", p, patchAt.AddXY(55.5, -15))
	}
	if r.base.Size() != fyne.NewSize(830+2*m, 720+2*m) {
		t.Errorf("a pan resized the base map to %v", r.base.Size())
	}

	// Past half the margin: one render, however far the drag goes on.
	drag(v, 60, 0)
	drag(v, 24, 8)
	drag(v, 24, 8)
	if h.pending() != 1 {
		t.Fatalf("leaving the margin started %d renders, want 1", h.pending())
	}
	h.run()
	h.land()
	if r.renders != n+1 {
		t.Fatalf("%d renders landed, want 1", r.renders-n)
	}
	// Rendered for the view of the request, 48,16 px ago: it lies there.
	if p := r.base.Position(); !nearPos(p, fyne.NewPos(-m+48, -m+16)) {
		t.Errorf("the new base map lies at %v, want %v", p, fyne.NewPos(-m+48, -m+16))
	}
	if h.pending() != 0 {
		t.Errorf("a render within the new margin started another")
	}

	// The end of the drag places the labels for the view: one render.
	v.DragEnd()
	h.settle()
	if r.renders != n+2 || r.shown.key.vp != v.Viewport() {
		t.Errorf("after the drag: %d renders, want 2, for the view", r.renders-n)
	}
	if p := r.base.Position(); !nearPos(p, fyne.NewPos(-m, -m)) {
		t.Errorf("base map at %v at rest", p)
	}
}

// TestSyncPanWithMargin: the same decisions when rendering synchronously
// with a margin: a drag within it moves the image, and the painter renders
// nothing; beyond it, it renders once.
func TestSyncPanWithMargin(t *testing.T) {
	v, w, r := newMomentView(t, fyne.NewSize(800, 600), "1955-06-01", "en")
	r.margin = 100
	v.ZoomIn()
	w.Canvas().Capture()
	n := r.renders
	drag(v, 20, -30)
	w.Canvas().Capture()
	if r.renders != n {
		t.Errorf("a drag within the margin rendered %d time(s)", r.renders-n)
	}
	if p := r.base.Position(); !nearPos(p, fyne.NewPos(-80, -130)) {
		t.Errorf("base map at %v, want (-80,-130)", p)
	}
	drag(v, 40, 0)
	w.Canvas().Capture()
	w.Canvas().Capture()
	if r.renders != n+1 {
		t.Errorf("a drag beyond the margin rendered %d time(s), want 1", r.renders-n)
	}
	if p := r.base.Position(); !nearPos(p, fyne.NewPos(-100, -100)) {
		t.Errorf("base map at %v after rendering, want (-100,-100)", p)
	}
}

// TestAsyncWheel: a wheel notch shows at once the part of the map shown
// that covers the view, scaled, the point under the pointer staying put,
// and the sharp map when it lands.
func TestAsyncWheel(t *testing.T) {
	v, w, r := newMomentView(t, fyne.NewSize(830, 720), "1955-06-01", "en")
	h := setAsync(v, r, false)
	v.SetSelected("seoul")
	n, m := r.renders, float32(asyncMargin)
	p := at(v, 126.978, 37.5665) // Seoul
	before, want := r.shown.ext, r.viewImage()
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.Delta{DY: 25}})
	if h.pending() != 1 || r.renders != n {
		t.Fatalf("a notch: %d render(s) started, %d landed; want 1, 0", h.pending(), r.renders-n)
	}
	if r.base.Visible() || r.patch.Visible() || !r.preview.Visible() {
		t.Fatalf("base %v, patch %v, preview %v shown; want the preview alone", r.base.Visible(), r.patch.Visible(), r.preview.Visible())
	}
	img := r.generatePreview(0, 0)
	s := math.Exp2(25 * scrollZoomRatio)
	box, pp, ps := r.previewBox, r.preview.Position(), r.preview.Size()
	// The preview is the part of the view's width at the old scale, drawn
	// at the new one.
	if img.Bounds().Dx() != box.Dx() || math.Abs(float64(ps.Width)-float64(box.Dx())*s) > 1e-2 || box.Dx() > int(830/s)+2 {
		t.Errorf("preview of %v px drawn %v wide, want %v; cut %d px, want about %d", img.Bounds().Dx(), ps.Width,
			float64(box.Dx())*s, box.Dx(), int(830/s))
	}
	if pp.X > 0 || pp.Y > 0 || pp.X+ps.Width < 830 || pp.Y+ps.Height < 720 {
		t.Errorf("the preview at %v, %v does not cover the view", pp, ps)
	}
	// Seoul's pixel in the preview lies under the pointer.
	q := before.ToPixel(orb.Point{126.978, 37.5665})
	got := fyne.NewPos(pp.X+float32((q[0]-float64(box.Min.X))*s), pp.Y+float32((q[1]-float64(box.Min.Y))*s))
	if math.Hypot(float64(got.X-p.X), float64(got.Y-p.Y)) > 0.01 {
		t.Errorf("Seoul is drawn at %v in the preview, want under the pointer at %v", got, p)
	}
	// The preview has the selection: its pixels are the map shown's.
	c := img.(*image.RGBA)
	for y := 0; y < box.Dy(); y += 7 {
		for x := 0; x < box.Dx(); x += 7 {
			vx, vy := x+box.Min.X-int(m), y+box.Min.Y-int(m)
			if (image.Point{vx, vy}).In(want.Rect) && c.RGBAAt(x, y) != want.RGBAAt(vx, vy) {
				t.Fatalf("preview pixel %d,%d is %v, the map shown has %v", x, y, c.RGBAAt(x, y), want.RGBAAt(vx, vy))
			}
		}
	}
	w.Canvas().Capture() // the painter draws the preview
	h.run()
	h.land()
	if r.renders != n+1 || r.shown.key.vp != v.Viewport() {
		t.Fatalf("the sharp map did not land")
	}
	if !r.base.Visible() || !r.patch.Visible() || r.preview.Visible() {
		t.Errorf("after landing: base %v, patch %v, preview %v shown", r.base.Visible(), r.patch.Visible(), r.preview.Visible())
	}
	if bp := r.base.Position(); !nearPos(bp, fyne.NewPos(-m, -m)) || r.base.Size().Width != 830+2*m {
		t.Errorf("sharp base map at %v, %v", bp, r.base.Size())
	}
	w.Canvas().Capture()
	v.Refresh()
	if h.pending() != 0 || r.renders != n+1 {
		t.Errorf("after the sharp map: %d more render(s) started", h.pending())
	}
}

// TestAsyncWheelBurst: while notches keep coming, renders start at most
// every wheelMaxWait, and once more when the wheel rests.
func TestAsyncWheelBurst(t *testing.T) {
	v, _, r := newMomentView(t, fyne.NewSize(830, 720), "1955-06-01", "en")
	h := setAsync(v, r, true)
	n := r.renders
	notch := func(dy float32) {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(400, 300)}, Scrolled: fyne.Delta{DY: dy}})
		h.wg.Wait()
		h.land()
	}
	for i := range 20 { // 600 ms of notches, 30 ms apart
		notch(float32(25 - 50*(i/4%2)))
		h.advance(30 * time.Millisecond)
	}
	during := r.renders - n
	if during < 2 || during > 3 {
		t.Errorf("%d renders during 600 ms of notches, want 2 or 3 (one at the start, one each %v)", during, wheelMaxWait)
	}
	h.advance(wheelQuiet)
	h.wg.Wait()
	h.land()
	if r.shown.key.vp != v.Viewport() || r.preview.Visible() {
		t.Error("the wheel rested and the map is not sharp")
	}
}
