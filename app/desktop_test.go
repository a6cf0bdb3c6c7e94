package app

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestFullName(t *testing.T) {
	_, s := testData(t)
	tests := []struct{ id, want string }{
		{"dokdo", "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)"},
		{"east-sea", "East Sea 동해 / Sea of Japan 日本海"},
		{"seoul", "Seoul · 서울 · ソウル"},
		{"kor", "South Korea · 대한민국 · 大韓民国 (Republic of Korea, ROK)"},
	}
	for _, tt := range tests {
		if got := FullName(s.Place(tt.id)); got != tt.want {
			t.Errorf("FullName(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// TestMapLanguagesAndThemes: the map's labels in English, Korean and
// Japanese, in the light and dark palettes, drawn with the embedded fonts
// (the goldens do not depend on the machine's fonts).
func TestMapLanguagesAndThemes(t *testing.T) {
	for _, lang := range []string{LangEnglish, LangKorean, LangJapanese} {
		for _, mode := range []string{ThemeLight, ThemeDark} {
			name := "map_" + lang + "_" + mode + ".png"
			t.Run(name, func(t *testing.T) {
				u, w := newTestUI(t, fyne.NewSize(900, 640))
				u.ApplyTheme(mode)
				u.SetLabelLanguage(lang)
				u.State.SetTime(dateOf(t, "1950-06-25"))
				u.SelectPlace("dokdo")
				w.Canvas().Capture()
				test.AssertImageMatches(t, name, Snapshot(u, fyne.NewSize(900, 640), 1))
			})
		}
	}
}

func TestHoverShowsAllNames(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1400, 900))
	f := u.Map.Feature("dokdo")
	if got := u.MapView.HoverName(f); got != "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)" {
		t.Errorf("hover name %q", got)
	}
	u.SelectPlace("dokdo")
	if got := u.info.names.Text; got != "Dokdo 독도 / Takeshima 竹島 (Liancourt Rocks)" {
		t.Errorf("panel names %q", got)
	}
}

func TestExportPNG(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	u.State.SetTime(dateOf(t, "1953-07-27"))
	u.SelectPlace("panmunjom")
	dir := t.TempDir()
	for _, scale := range []float32{1, 2} {
		path := filepath.Join(dir, "view.png")
		if err := u.ExportPNG(path, fyne.NewSize(1200, 800), scale); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != int(1200*scale) || b.Dy() != int(800*scale) {
			t.Errorf("scale %v: image %v, want %vx%v", scale, b, 1200*scale, 800*scale)
		}
	}
	// The live UI is untouched: still the same place and time.
	if u.State.Place() != "panmunjom" || !u.State.Time().Equal(dateOf(t, "1953-07-27")) {
		t.Errorf("export changed the state: %q at %v", u.State.Place(), u.State.Time())
	}
	if err := u.ExportPNG(filepath.Join(dir, "no", "such", "dir.png"), fyne.NewSize(400, 300), 1); err == nil ||
		!strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("unwritable path: error %v", err)
	}
}

func TestOpenStory(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	before := u.Story
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.story.md")
	os.WriteFile(bad, []byte("---\ntitle: Bad\nplaces:\n  - id: x\n---\n# Bad\n"), 0o644)
	err := u.OpenStory(bad, w)
	if err == nil || !strings.Contains(err.Error(), "bad.story.md:4:5") {
		t.Errorf("error %v, want one naming bad.story.md:4:5", err)
	}
	if u.Story != before || u.Reader.Story != before {
		t.Error("a bad story replaced the one shown")
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog")
	}
	good := filepath.Join(dir, "good.story.md")
	data, _ := os.ReadFile("../docs/story-format.md")
	example := string(data)
	example = example[strings.Index(example, "```markdown\n")+len("```markdown\n"):]
	example = example[:strings.Index(example, "```\n")]
	os.WriteFile(good, []byte(example), 0o644)
	if err := u.OpenStory(good, w); err != nil {
		t.Fatal(err)
	}
	if u.Story.Title != "The Korean War in brief" || u.StoryPath() != good {
		t.Errorf("opened %q from %q", u.Story.Title, u.StoryPath())
	}
	// The story's own places are on the map.
	if u.Map.Feature("incheon") == nil {
		t.Error("the story's point place incheon is not on the map")
	}
}

func TestReaderTextSize(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	v := u.Reader.order[3]
	h := v.box.MinSize().Height
	u.Reader.SetTextSize(theme.TextSize() + 4)
	if h2 := v.box.MinSize().Height; h2 <= h {
		t.Errorf("larger text did not make the passage taller: %v → %v", h, h2)
	}
	u.Reader.SetTextSize(100)
	if u.Reader.TextSize() != 28 {
		t.Errorf("text size %v, want the 28 limit", u.Reader.TextSize())
	}
}

func TestPrefsApply(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	pr := Prefs{WindowSize: fyne.NewSize(1000, 700), SplitOffset: 0.55, Time: dateOf(t, "1948-08-15"),
		Language: LangKorean, Theme: ThemeDark, TextSize: 16}
	u.ApplyPrefs(pr)
	got := u.Prefs(fyne.NewSize(1000, 700))
	if got.SplitOffset != 0.55 || !got.Time.Equal(pr.Time) || got.Language != LangKorean ||
		got.Theme != ThemeDark || got.TextSize != 16 {
		t.Errorf("prefs after apply: %+v", got)
	}
	if !isDark() {
		t.Error("the dark theme is not applied")
	}
}

// TestStoryAfterShow: the window can be shown before its story is loaded
// (as Run does when it opens the last story), then given one.
func TestStoryAfterShow(t *testing.T) {
	newTestApp(t)
	m, s := testData(t)
	u := NewUI(m, nil)
	w := test.NewWindow(u.Content())
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	w.Canvas().Capture()
	u.SetStory(s)
	w.Canvas().Capture()
	if u.Map.Feature("dokdo") == nil || u.Reader.Story != s {
		t.Error("the story did not arrive")
	}
}
