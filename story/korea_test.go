package story

import (
	"strings"
	"testing"
)

// koreaFeatures are the features of the Korea map.
var koreaFeatures = strings.Fields(`kor prk chn jpn rus twn mng seoul pyongyang beijing tokyo taipei
	vladivostok panmunjom kaesong yasukuni dokdo parallel-38 mdl zone-us zone-soviet korea usa yellow-sea east-sea`)

// TestKoreaStory checks the real story, assets/korea.story.md.
func TestKoreaStory(t *testing.T) {
	const path = "../assets/korea.story.md"
	known := func(id string) bool {
		for _, f := range koreaFeatures {
			if f == id {
				return true
			}
		}
		return false
	}
	st, ds := Load(path, Options{KnownFeature: known})
	for _, d := range ds {
		t.Errorf("%s", d) // errors and warnings alike
	}
	if len(st.Sections) == 0 {
		t.Fatal("no sections")
	}
	for _, sec := range st.Sections {
		linked := false
		for _, p := range sec.Passages {
			linked = linked || len(p.Places) > 0 || len(p.Events) > 0
		}
		if !linked {
			t.Errorf("section %q has no passage with a link", sec.ID)
		}
	}
	for _, id := range strings.Fields(`kor prk chn jpn rus twn mng usa seoul pyongyang beijing tokyo taipei
		vladivostok panmunjom kaesong yasukuni dokdo parallel-38 mdl`) {
		if st.Place(id) == nil {
			t.Errorf("place %q is not defined", id)
		}
	}
	if len(st.PassagesForPlace("dokdo")) == 0 {
		t.Error(`PassagesForPlace("dokdo") is empty`)
	}
}

// TestKoreaStoryFacts pins what the story must say, and not say, about its
// source and its history.
func TestKoreaStoryFacts(t *testing.T) {
	st, ds := Load("../assets/korea.story.md", Options{})
	if ds.HasErrors() {
		t.Fatal(ds.Err())
	}
	all := ""
	for _, sec := range st.Sections {
		for _, p := range sec.Passages {
			all += p.Text() + "\n"
		}
	}
	// The source's title as the source writes it ("…the U.S.: …").
	if !strings.Contains(st.Source.Title, "and the U.S.: Defining") {
		t.Errorf("source title %q, want it as the source writes it", st.Source.Title)
	}
	// Our own words: the runs and close paraphrases found in review are gone.
	for _, copied := range []string{
		"between China and Japan and the nuclear stand",
		"Wedged between", "contested by the United States and Russia",
		"largest foreign trading partner",
	} {
		if strings.Contains(all, copied) {
			t.Errorf("the text still has %q", copied)
		}
	}
	// Both names of the islands lead to the place.
	var dispute *Passage
	for _, p := range st.PassagesForPlace("dokdo") {
		if strings.Contains(p.Text(), "Takeshima") {
			dispute = p
		}
	}
	if dispute == nil {
		t.Fatal("no passage about Dokdo names Takeshima")
	}
	linked := map[string]bool{}
	for _, r := range dispute.Runs {
		if r.Link.Kind == LinkPlace && r.Link.Target == "dokdo" {
			linked[r.Text] = true
		}
	}
	if !linked["Dokdo"] || !linked["Takeshima"] {
		t.Errorf("in the dispute passage, links to dokdo are %v, want Dokdo and Takeshima", linked)
	}
	// Eras and events that do not mislead.
	if e := st.Era("cold-war-alliance"); strings.Contains(e.Title, "Cold War") {
		t.Errorf("era %q suggests the Cold War ended in %d", e.Title, e.When.End.Year)
	}
	if e := st.Era("engagement"); e.When.OpenEnd || e.When.EndTime().After(st.Source.Date.End()) {
		t.Errorf("the engagement era runs %v, past the text's date", e.When)
	}
	if ev := st.Event("democracy"); !strings.Contains(ev.Title, "democracy") || strings.Contains(ev.Title, "economy") {
		t.Errorf("the 1980s event says %q; the text supports democratisation in the 1980s", ev.Title)
	}
	// The Kaesong complex: not open-ended past the source, and what became
	// of it is said.
	if k := st.Place("kaesong"); k.When == nil || k.When.OpenEnd {
		t.Error("the Kaesong complex has no end")
	}
	if !strings.Contains(all, "Kaesong complex, for one, was shut down by Seoul in February 2016") {
		t.Error("the text does not say the Kaesong complex was shut in 2016")
	}
}

// TestKoreaFigures: every number of the source as a figure, only as the
// source states it (a computed value is marked derived and says how).
func TestKoreaFigures(t *testing.T) {
	st, ds := Load("../assets/korea.story.md", Options{})
	if ds.HasErrors() {
		t.Fatal(ds.Err())
	}
	type pt struct {
		when      string
		low, high float64
		qualifier string
	}
	want := map[string][]pt{
		"korea-china-trade":      {{"2003", 63.4e9, 63.4e9, "derived"}, {"2004", 90e9, 90e9, ""}},
		"inter-korean-trade":     {{"2004", 697e6, 697e6, ""}},
		"china-investment-north": {{"2003", 1.1e6, 1.1e6, ""}, {"2004", 50e6, 50e6, ""}, {"2005", 85e6, 90e6, "expected"}},
		"china-north-trade":      {{"2005", 1.5e9, 1.5e9, ""}},
		"us-troops":              {{"2004", 37500, 37500, ""}, {"2008", 25000, 25000, "target"}},
		"iraq-troops":            {{"2004~", 3000, 3000, "about"}},
		"war-casualties":         {{"1950-06-25/1953-07-27", 3e6, 3e6, "about"}},
		"colonial-years":         {{"1910-08-29/1945-08-14", 35, 35, ""}},
		"economy-rank":           {{"2006-02-08", 11, 11, ""}},
	}
	if len(st.Figures) != len(want) {
		t.Errorf("%d figures, want %d", len(st.Figures), len(want))
	}
	for id, pts := range want {
		f := st.Figure(id)
		if f == nil {
			t.Errorf("no figure %q", id)
			continue
		}
		var got []pt
		for _, p := range f.Series[0].Points {
			got = append(got, pt{p.When.String(), p.Low, p.High, p.Qualifier})
			if p.Qualifier == "derived" && p.How == "" {
				t.Errorf("%s: a derived point does not say how", id)
			}
			if p.Source == "" {
				t.Errorf("%s %s: no source", id, p.When)
			}
		}
		if len(got) != len(pts) {
			t.Errorf("%s: points %v, want %v", id, got, pts)
			continue
		}
		for i := range pts {
			if got[i] != pts[i] {
				t.Errorf("%s: point %v, want %v", id, got[i], pts[i])
			}
		}
	}
}
