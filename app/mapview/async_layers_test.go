package mapview

import (
	"bytes"
	"image"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Asynchronous renders of new layers and outlines, and the race test; the
// harness is in async_test.go.

// TestAsyncHiddenRendersOffTheUIThread: a new hidden set is rendered on
// another goroutine while the map shown (and hit-tested) stays the old
// one, and swapped in when it lands.
func TestAsyncHiddenRendersOffTheUIThread(t *testing.T) {
	v, _, r := newMomentView(t, fyne.NewSize(900, 600), "", "en")
	v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.5, 38.3)), 2))
	h := setAsync(v, r, false)
	n := r.renders
	var on int
	r.onRender = func() { on = goid() }
	mdl := at(v, 127.5, 38.3)
	if got := v.featureAt(mdl); got != "mdl" {
		t.Fatalf("the armistice line's anchor hits %q", got)
	}
	v.SetHidden([]string{"mdl", "zone-us", "zone-soviet"})
	if h.pending() != 1 {
		t.Fatalf("%d renders started, want 1", h.pending())
	}
	if r.renders != n || slices.Contains(r.shown.hidden, "mdl") {
		t.Error("the new hidden set was drawn before its render landed")
	}
	if got := v.featureAt(mdl); got != "mdl" {
		t.Errorf("before the new map lands, the line shown is hit as %q", got)
	}
	h.run()
	if on == 0 || on == goid() {
		t.Errorf("the render ran on goroutine %d, the test's is %d", on, goid())
	}
	if r.renders != n {
		t.Error("the render landed before the UI thread took it")
	}
	h.land()
	if r.renders != n+1 || !slices.Contains(r.shown.hidden, "mdl") {
		t.Fatal("the new map was not swapped in")
	}
	if got := v.featureAt(mdl); got == "mdl" {
		t.Error("a hidden line is still hit")
	}
}

// TestAsyncStaleRenderDropped: a render whose hidden set was replaced
// before it landed is abandoned and dropped, and the newest one is
// rendered after it; going back to the map shown drops the render too.
func TestAsyncStaleRenderDropped(t *testing.T) {
	v, _, r := newMomentView(t, fyne.NewSize(900, 600), "1955-06-01", "en")
	h := setAsync(v, r, false)
	n, d := r.renders, r.dropped
	shown := slices.Clone(v.Hidden)
	v.SetHidden([]string{"mdl"})
	v.SetHidden([]string{"mdl", "parallel-38"})
	if h.pending() != 1 {
		t.Fatalf("%d renders started, want 1 at a time", h.pending())
	}
	h.run()
	h.land()
	if r.dropped != d+1 || r.renders != n {
		t.Fatalf("the stale render: %d dropped, %d shown; want 1, 0", r.dropped-d, r.renders-n)
	}
	if h.pending() != 1 {
		t.Fatal("the newest hidden set was not rendered next")
	}
	h.settle()
	if r.renders != n+1 || !slices.Equal(r.shown.hidden, []string{"mdl", "parallel-38"}) {
		t.Errorf("%d renders shown, hidden %v", r.renders-n, r.shown.hidden)
	}
	// Back to a set the map shows while a render runs: it is dropped.
	v.SetHidden(shown)
	v.SetHidden([]string{"mdl", "parallel-38"})
	h.settle()
	if r.renders != n+1 || r.dropped != d+2 {
		t.Errorf("going back: %d shown, %d dropped; want 1, 2", r.renders-n, r.dropped-d)
	}
}

// TestAsyncOutlinesPatchOnly: hover, selection and highlights draw the
// patch alone: no render, no new base map image; and the map shown — the
// base map with the patch over it — is exactly the synchronous frame.
func TestAsyncOutlinesPatchOnly(t *testing.T) {
	for _, tt := range []struct {
		name string
		do   func(v *MapView)
		// the render goroutine drew the patch with the base map
		withRender bool
	}{
		{"home", func(v *MapView) {}, false},
		{"selected and hovered", func(v *MapView) {
			v.SetSelected("kor")
			v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at(v, 139.7671, 35.6812)}})
		}, false},
		{"zoomed, line selected", func(v *MapView) {
			v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.3, 38.1)), 2))
			v.SetSelected("mdl")
		}, false},
		{"line selected, then zoomed", func(v *MapView) {
			v.SetSelected("mdl")
			v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.3, 38.1)), 2))
		}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sv, sw, sr := newMomentView(t, fyne.NewSize(900, 600), "1953-08-15", "en")
			tt.do(sv)
			want := frame(t, sw, sr)

			v, _, r := newMomentView(t, fyne.NewSize(900, 600), "1953-08-15", "en")
			r.margin = 0 // the same pixels as synchronously
			h := setAsync(v, r, false)
			tt.do(v)
			h.settle()
			if r.patchBorrowed != tt.withRender {
				t.Errorf("patch drawn with the render: %v, want %v", r.patchBorrowed, tt.withRender)
			}
			n, img := r.renders, r.shown.img
			uploads := r.baseRefreshes
			got := r.viewImage()
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("the map shown differs from the synchronous frame in %d pixels", diffCount(got, want))
			}
			v.SetHighlighted(nil)
			v.SetSelected("jpn")
			v.MouseOut()
			h.settle()
			if r.renders != n || r.shown.img != img || r.baseRefreshes != uploads {
				t.Errorf("outline changes: %d renders, %d base refreshes", r.renders-n, r.baseRefreshes-uploads)
			}
		})
	}
}

// TestAsyncMarginMatchesSync: with the margin, the map at rest is the
// synchronous one but for anti-aliasing noise (the margin shifts the
// coordinates the shapes are rasterized in by a few ulps): at 900×600,
// about 60 pixels differ, by at most 5 in a channel.
func TestAsyncMarginMatchesSync(t *testing.T) {
	sv, sw, sr := newMomentView(t, fyne.NewSize(900, 600), "1946-06-01", "en")
	sv.SetSelected("seoul")
	want := frame(t, sw, sr)
	v, _, r := newMomentView(t, fyne.NewSize(900, 600), "1946-06-01", "en")
	setAsync(v, r, false)
	v.SetSelected("seoul")
	got := r.viewImage()
	if !slices.Equal(r.placed(), sr.placed()) {
		t.Error("the labels are placed elsewhere")
	}
	worst := 0
	for i := 0; i < len(got.Pix); i++ {
		d := int(got.Pix[i]) - int(want.Pix[i])
		worst = max(worst, d, -d)
	}
	if n := diffCount(got, want); worst > 8 || n > len(got.Pix)/4/2000 {
		t.Errorf("%d pixels differ, by up to %d", n, worst)
	}
}

func diffCount(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if !bytes.Equal(a.Pix[i:i+4], b.Pix[i:i+4]) {
			n++
		}
	}
	return n
}

// TestAsyncRace: the widget and its renders race-free with renders really
// in flight while the UI thread pans, zooms, scrubs and hovers (run with
// -race).
func TestAsyncRace(t *testing.T) {
	v, w, r := newMomentView(t, fyne.NewSize(830, 720), "1955-06-01", "en")
	h := setAsync(v, r, true)
	hidden := [][]string{slices.Clone(v.Hidden), {"mdl"}, {"korea", "parallel-38"}}
	for i := range 24 {
		switch i % 4 {
		case 0:
			drag(v, 37, 11)
		case 1:
			v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(400, 300)}, Scrolled: fyne.Delta{DY: float32(25 - 50*(i/4%2))}})
		case 2:
			v.SetHidden(hidden[i%3])
		case 3:
			v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(10*i), 300)}})
		}
		h.land()
		w.Canvas().Capture()
	}
	v.DragEnd()
	for range 50 {
		h.wg.Wait()
		h.advance(time.Second)
		if h.land() == 0 && r.job == nil {
			break
		}
	}
	if r.job != nil || r.shown.key.vp != v.Viewport() || !slices.Equal(r.shown.hidden, v.Hidden) {
		t.Errorf("the map did not settle on the view and hidden set")
	}
}
