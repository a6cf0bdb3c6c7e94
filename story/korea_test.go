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
