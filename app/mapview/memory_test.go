package mapview

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
)

// samePixels reports whether a and b start at the same byte of memory.
func samePixels(a, b []uint8) bool {
	return len(a) > 0 && len(b) > 0 && &a[0] == &b[0]
}

// TestPatchInFramePixels: the UI thread draws the patch into the pixels
// of the shown frame's own patch (one buffer, not two), and the map shown
// is still exactly the synchronous frame, also when the outlines go back
// to those the frame's patch was drawn for.
func TestPatchInFramePixels(t *testing.T) {
	v, _, r := newMomentView(t, fyne.NewSize(900, 600), "1953-08-15", "en")
	r.margin = 0 // the same pixels as synchronously
	h := setAsync(v, r, false)
	for _, sel := range []string{"kor", "jpn", ""} {
		v.SetSelected(sel)
		h.settle()
		sv, sw, sr := newMomentView(t, fyne.NewSize(900, 600), "1953-08-15", "en")
		sv.SetSelected(sel)
		want := frame(t, sw, sr)
		if r.patchDirty {
			r.generatePatch(0, 0)
		}
		if r.patchImg != nil && !samePixels(r.patchImg.Pix, r.shown.patchPix) {
			t.Errorf("selected %q: the patch is not in the shown frame's pixels", sel)
		}
		if !r.patchBorrowed && r.shown.patchImg != nil {
			t.Errorf("selected %q: the frame keeps a patch drawn over", sel)
		}
		if got := r.viewImage(); !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("selected %q: the map shown differs from the synchronous frame in %d pixels", sel, diffCount(got, want))
		}
	}
	// A new frame lands: the patch shown is the new frame's, never the
	// pixels of the old one, which the next render draws into.
	v.SetSelected("kor")
	h.settle()
	v.SetViewport(v.Viewport().ZoomAt(toPoint(at(v, 127.3, 38.1)), 2))
	h.settle()
	if r.patchDirty {
		r.generatePatch(0, 0)
	}
	if r.patchImg == nil || !samePixels(r.patchImg.Pix, r.shown.patchPix) {
		t.Error("after a render the patch is not in the new frame's pixels")
	}
	if r.spare != nil && r.patchImg != nil && samePixels(r.patchImg.Pix, r.spare.patchPix) {
		t.Error("the patch shown is in the spare frame's pixels")
	}
}

// TestPreviewLetGo: the preview's pixels go once the sharp map has landed.
func TestPreviewLetGo(t *testing.T) {
	v, w, r := newMomentView(t, fyne.NewSize(830, 720), "1955-06-01", "en")
	h := setAsync(v, r, false)
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at(v, 126.978, 37.5665)}, Scrolled: fyne.Delta{DY: 25}})
	w.Canvas().Capture() // the painter draws the preview
	if r.previewPix == nil {
		t.Fatal("no preview was drawn")
	}
	h.settle()
	if r.preview.Visible() || r.previewPix != nil || r.previewImg != nil {
		t.Errorf("after landing: preview shown %v, pixels kept %v", r.preview.Visible(), r.previewPix != nil)
	}
}
