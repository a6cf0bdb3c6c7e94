package reader

import (
	"bytes"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestMain stops the clock the generators keep their images by, so that
// no test but TestIdleImagesLetGo sees an image let go between two
// frames, however slowly it runs.
func TestMain(m *testing.M) {
	images.now = func() time.Time { return time.Time{} }
	os.Exit(m.Run())
}

// TestIdleImagesLetGo: an image not asked for within keepImage is let go
// by the next generate of another text, and asked for again it is drawn
// again with the same pixels; one asked for again in time is kept.
func TestIdleImagesLetGo(t *testing.T) {
	r, w := newTestReader(t, fyne.NewSize(640, 820))
	w.Canvas().Capture()
	clock := time.Now()
	images.Lock()
	images.now = func() time.Time { return clock }
	images.Unlock()
	t.Cleanup(func() {
		images.Lock()
		images.now = func() time.Time { return time.Time{} }
		images.Unlock()
	})
	ids := allPassages(r)
	a, b := r.views[ids[0]].text, r.views[ids[1]].text
	fa := flowOf(r, ids[0])
	want := bytes.Clone(image1x(a).Pix)
	renders := fa.renders

	clock = clock.Add(keepImage / 2)
	image1x(b)
	if fa.img == nil {
		t.Fatal("an image asked for within keepImage was let go")
	}
	clock = clock.Add(keepImage)
	image1x(b)
	if fa.img != nil {
		t.Fatal("an image not asked for within keepImage was kept")
	}
	if got := image1x(a).Pix; !bytes.Equal(got, want) {
		t.Error("drawn again, the text's pixels differ")
	}
	if fa.renders != renders+1 {
		t.Errorf("drawn %d times again, want 1", fa.renders-renders)
	}
}
