package app

import (
	"image"
	"image/draw"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"peninsula/app/mapview"
)

// menuItem returns the item of the main menu at the path of labels
// ("View", "Names", "Both"), or nil.
func menuItem(u *UI, path ...string) *fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, m := range u.mainMenu().Items {
		if m.Label == path[0] {
			items = m.Items
		}
	}
	var it *fyne.MenuItem
	for _, label := range path[1:] {
		it = nil
		for _, c := range items {
			if c.Label == label {
				it = c
			}
		}
		if it == nil {
			return nil
		}
		if it.ChildMenu != nil {
			items = it.ChildMenu.Items
		}
	}
	return it
}

// TestNamesModes: View ▸ Names gives the map the story's neutral names, or
// one country's, marked, with the other name and the dispute on hover; the
// label language stays as chosen. Goldens of the East Sea and Dokdo in the
// three modes.
func TestNamesModes(t *testing.T) {
	tests := []struct {
		item, party    string
		dokdo, sea     string
		golden         string
		lang, langText string
	}{
		{"Both", "", "Dokdo / Takeshima", "East Sea / Sea of Japan", "names_both.png", "en", ""},
		{"As used in South Korea", "kor", "Dokdo" + mapview.NoteMark, "East Sea" + mapview.NoteMark, "names_korea.png", "en", ""},
		{"As used in Japan", "jpn", "Takeshima" + mapview.NoteMark, "Sea of Japan" + mapview.NoteMark, "names_japan.png", "en", ""},
		{"As used in Japan", "jpn", "竹島" + mapview.NoteMark, "日本海" + mapview.NoteMark, "", "ja", ""},
		{"As used in South Korea", "kor", "独島" + mapview.NoteMark, "東海" + mapview.NoteMark, "", "ja", ""},
	}
	for _, tc := range tests {
		t.Run(tc.item+"/"+tc.lang, func(t *testing.T) {
			u, w := newTestUI(t, fyne.NewSize(1200, 800))
			u.SetLabelLanguage(tc.lang)
			it := menuItem(u, "View", "Names", tc.item)
			if it == nil {
				t.Fatalf("no View ▸ Names ▸ %s", tc.item)
			}
			it.Action()
			if u.Names() != tc.party || !menuItem(u, "View", "Names", tc.item).Checked {
				t.Fatalf("names %q after choosing %q (checked %v)", u.Names(), tc.item, menuItem(u, "View", "Names", tc.item).Checked)
			}
			if u.LabelLanguage() != tc.lang {
				t.Errorf("the label language changed to %q", u.LabelLanguage())
			}
			u.State.SetTime(dateOf(t, "2006-02-08"), FromTimeline)
			w.Canvas().Capture()
			r := mapLabels(u)
			if r["dokdo"] != tc.dokdo || r["east-sea"] != tc.sea {
				t.Errorf("labels %q, %q; want %q, %q", r["dokdo"], r["east-sea"], tc.dokdo, tc.sea)
			}
			if tc.golden != "" {
				img := Snapshot(u, fyne.NewSize(1200, 800), 1)
				p := mapPos(u, 133, 39)
				crop := image.Rect(int(p.X)-200, int(p.Y)-160, int(p.X)+200, int(p.Y)+160)
				// A copy: the golden check compares whole pixel buffers,
				// which a SubImage shares with its parent.
				part := image.NewRGBA(image.Rect(0, 0, crop.Dx(), crop.Dy()))
				draw.Draw(part, part.Rect, img, crop.Min, draw.Src)
				test.AssertImageMatches(t, tc.golden, part)
			}
		})
	}
}

// mapLabels returns the labels the map placed, by feature id.
func mapLabels(u *UI) map[string]string {
	out := map[string]string{}
	for _, l := range u.MapView.PlacedLabels() {
		out[l.FeatureID] = strings.ReplaceAll(l.Text, "\n", " ")
	}
	return out
}

// TestNameMarkerHover: hovering a marked label (or its place) shows the
// place's names and, under them, the note: the other country's name and
// the dispute. The neutral names have no note.
func TestNameMarkerHover(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1200, 800))
	u.SetNames("jpn")
	u.State.SetTime(dateOf(t, "2006-02-08"), FromTimeline)
	w.Canvas().Capture()
	var sea fyne.Position
	for _, l := range u.MapView.PlacedLabels() {
		if l.FeatureID == "east-sea" {
			sea = fyne.NewPos(float32(l.X+l.W/2), float32(l.Y+l.H/2))
		}
	}
	test.MoveMouse(w.Canvas(), sea)
	if u.MapView.Hovered() != "east-sea" {
		t.Fatalf("hovering the sea's label hovers %q", u.MapView.Hovered())
	}
	tip := tooltipTexts(w)
	want := "Sea of Japan is the name used in Japan; South Korea uses East Sea. South Korea and Japan disagree on the sea's name."
	if !strings.Contains(tip, want) {
		t.Errorf("tooltip %q, want the note %q", tip, want)
	}
	test.MoveMouse(w.Canvas(), mapPos(u, 131.8667, 37.2417))
	if tip := tooltipTexts(w); u.MapView.Hovered() != "dokdo" || !strings.Contains(tip, "both claim the islands") {
		t.Errorf("hovering Dokdo: %q, tooltip %q", u.MapView.Hovered(), tip)
	}
	u.SetNames("")
	w.Canvas().Capture()
	test.MoveMouse(w.Canvas(), mapPos(u, 131.8667, 37.2417))
	if tip := tooltipTexts(w); strings.Contains(tip, "claim") {
		t.Errorf("the neutral name has a note: %q", tip)
	}
}

// tooltipTexts returns the texts of the map's tooltip shown, joined.
func tooltipTexts(w fyne.Window) string {
	return strings.Join(texts(w.Canvas().Content()), "|")
}

// TestNamesRemembered: the choice survives a restart; a party the story
// does not know falls back to both.
func TestNamesRemembered(t *testing.T) {
	u, _ := newTestUI(t, fyne.NewSize(1200, 800))
	u.SetNames("kor")
	pr := u.Prefs(fyne.NewSize(1200, 800))
	if pr.Names != "kor" {
		t.Fatalf("prefs names %q", pr.Names)
	}
	u2, _ := newTestUI(t, fyne.NewSize(1200, 800))
	u2.ApplyPrefs(pr)
	if u2.Names() != "kor" {
		t.Errorf("restored names %q", u2.Names())
	}
	u2.SetNames("atlantis")
	if u2.Names() != "" {
		t.Errorf("unknown party gives %q", u2.Names())
	}
}
