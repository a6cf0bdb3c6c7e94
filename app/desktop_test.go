package app

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/image/draw"

	"peninsula/app/apptheme"
	"peninsula/link"
)

// TestMapLanguagesAndThemes: the map's labels in English, Korean and
// Japanese, in the light and dark palettes, drawn with the embedded fonts
// (the goldens do not depend on the machine's fonts).
func TestMapLanguagesAndThemes(t *testing.T) {
	for _, lang := range []string{link.English, link.Korean, link.Japanese} {
		for _, mode := range []string{apptheme.Light, apptheme.Dark} {
			name := "map_" + lang + "_" + mode + ".png"
			t.Run(name, func(t *testing.T) {
				u, w := newTestUI(t, fyne.NewSize(900, 640))
				u.ApplyTheme(mode)
				u.SetLabelLanguage(lang)
				u.State.SetTime(dateOf(t, "1950-06-25"), FromTimeline)
				u.SelectPlace("dokdo", FromCommandLine)
				w.Canvas().Capture()
				test.AssertImageMatches(t, name, Snapshot(u, fyne.NewSize(900, 640), 1))
			})
		}
	}
}

// TestHoverShowsAllNames: the map's tooltip and the selection card name a
// place in all three languages.
func TestHoverShowsAllNames(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	full := "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)"
	if got := u.MapView.Tooltips["dokdo"]; got != full {
		t.Errorf("tooltip %q", got)
	}
	test.MoveMouse(w.Canvas(), mapPos(u, 131.8667, 37.2417))
	if u.MapView.Hovered() != "dokdo" {
		t.Errorf("hovering Dokdo's marker hovers %q", u.MapView.Hovered())
	}
	u.SelectPlace("dokdo", FromCommandLine)
	if u.info.Names != full {
		t.Errorf("card names %q", u.info.Names)
	}
}

// TestExportPNG: Export renders the live UI's view (the same pixels as a
// snapshot of it, at 1× and scaled at 2×) without changing the live UI.
func TestExportPNG(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	u.State.SetTime(dateOf(t, "1953-07-27"), FromTimeline)
	u.SelectPlace("panmunjom", FromCommandLine)
	u.MapView.ZoomIn()
	w.Canvas().Capture()
	want := Snapshot(u, fyne.NewSize(1200, 800), 1)
	dir := t.TempDir()
	for _, scale := range []float32{1, 2} {
		path := filepath.Join(dir, "view.png")
		if err := u.ExportPNG(path, fyne.NewSize(1200, 800), scale); err != nil {
			t.Fatal(err)
		}
		img := readPNG(t, path)
		if b := img.Bounds(); b.Dx() != int(1200*scale) || b.Dy() != int(800*scale) {
			t.Fatalf("scale %v: image %v", scale, b)
		}
		if scale == 2 { // compare at 1×
			small := image.NewRGBA(image.Rect(0, 0, 1200, 800))
			draw.ApproxBiLinear.Scale(small, small.Bounds(), img, img.Bounds(), draw.Src, nil)
			img = small
		}
		if d := meanDiff(img, want); d > map[float32]float64{1: 0.5, 2: 12}[scale] {
			t.Errorf("scale %v: the export differs from the view by %.2f per channel", scale, d)
		}
	}
	if u.State.Place() != "panmunjom" || !u.State.Time().Equal(dateOf(t, "1953-07-27")) {
		t.Errorf("export changed the state: %q at %v", u.State.Place(), u.State.Time())
	}
	if err := u.ExportPNG(filepath.Join(dir, "no", "such", "dir.png"), fyne.NewSize(400, 300), 1); err == nil ||
		!strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("unwritable path: error %v", err)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// meanDiff is the mean absolute difference of two images per channel
// (0..255).
func meanDiff(a, b image.Image) float64 {
	var sum, n float64
	r := a.Bounds().Intersect(b.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			for _, d := range []int64{int64(r1) - int64(r2), int64(g1) - int64(g2), int64(b1) - int64(b2)} {
				sum += float64(max(d, -d)) / 257
				n++
			}
		}
	}
	return sum / n
}

func TestOpenStory(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	before := u.Story()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.story.md")
	os.WriteFile(bad, []byte("---\ntitle: Bad\nplaces:\n  - id: x\n---\n# Bad\n"), 0o644)
	err := u.OpenStory(bad)
	if err == nil || !strings.Contains(err.Error(), "bad.story.md:4:5") {
		t.Errorf("error %v, want one naming bad.story.md:4:5", err)
	}
	if u.Story() != before || u.Reader.Story != before {
		t.Error("a bad story replaced the one shown")
	}
	good := filepath.Join(dir, "good.story.md")
	data, _ := os.ReadFile("../docs/story-format.md")
	example := string(data)
	example = example[strings.Index(example, "```markdown\n")+len("```markdown\n"):]
	example = example[:strings.Index(example, "```\n")]
	os.WriteFile(good, []byte(example), 0o644)
	if err := u.OpenStory(good); err != nil {
		t.Fatal(err)
	}
	if u.Story().Title != "The Korean War in brief" || u.StoryPath() != good {
		t.Errorf("opened %q from %q", u.Story().Title, u.StoryPath())
	}
	if u.Map().Feature("incheon") == nil || u.MapView.Map.Feature("incheon") == nil {
		t.Error("the story's point place incheon is not on the map")
	}
}

// TestPrefsApply: what was remembered comes back, and Prefs reads it out.
func TestPrefsApply(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	pr := Prefs{WindowSize: fyne.NewSize(1000, 700), SplitOffset: 0.55, Time: dateOf(t, "1948-08-15"),
		Language: link.Korean, Theme: apptheme.Dark, TextSize: 16}
	u.ApplyPrefs(pr)
	got := u.Prefs(fyne.NewSize(1000, 700))
	if got.SplitOffset != 0.55 || !got.Time.Equal(pr.Time) || got.Language != link.Korean ||
		got.Theme != apptheme.Dark || got.TextSize != 16 {
		t.Errorf("prefs after apply: %+v", got)
	}
	if !apptheme.IsDark() || u.MapView.Labels["seoul"] != "서울" {
		t.Errorf("the dark theme or the Korean labels are not applied (seoul: %q)", u.MapView.Labels["seoul"])
	}
}

// TestStoryAfterShow: the content can be shown before it has a story, then
// given one.
func TestStoryAfterShow(t *testing.T) {
	newTestApp(t)
	d := testData(t)
	u := NewUI(d.Map, nil)
	w := test.NewWindow(u.Content())
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	w.Canvas().Capture()
	u.SetStory(d.Story)
	w.Canvas().Capture()
	if u.Map().Feature("dokdo") == nil || u.Reader.Story != d.Story || u.Timeline.Schedule == nil {
		t.Error("the story did not arrive")
	}
}
