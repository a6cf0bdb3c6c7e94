package story

import (
	"reflect"
	"testing"
)

const namesStory = `---
title: Names
places:
  - id: kor
    name: {en: South Korea}
    map: kor
  - id: jpn
    name: {en: Japan}
    map: jpn
  - id: dokdo
    name:
      en: Dokdo / Takeshima
      ko: 독도 / 다케시마
      used:
        kor: {en: Dokdo, ko: 독도, ja: 独島}
        jpn: {en: Takeshima, ja: 竹島}
      dispute: Both countries claim the islands.
    map: dokdo
---

## A

[K](place:kor) [J](place:jpn) [D](place:dokdo)
`

func TestNameFor(t *testing.T) {
	st, ds := Parse("n.story.md", []byte(namesStory), Options{})
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	d := st.Place("dokdo")
	tests := []struct {
		lang, party string
		want        string
		partisan    bool
	}{
		{"en", "", "Dokdo / Takeshima", false},
		{"ko", "", "독도 / 다케시마", false},
		{"ja", "", "Dokdo / Takeshima", false}, // no neutral ja: English
		{"en", "kor", "Dokdo", true},
		{"ja", "kor", "独島", true},
		{"en", "jpn", "Takeshima", true},
		{"ko", "jpn", "Takeshima", true}, // no ko in Japan's usage: its English
		{"en", "chn", "Dokdo / Takeshima", false},
	}
	for _, tc := range tests {
		got, partisan := d.NameFor(tc.lang, tc.party)
		if got != tc.want || partisan != tc.partisan {
			t.Errorf("NameFor(%q, %q) = %q, %v; want %q, %v", tc.lang, tc.party, got, partisan, tc.want, tc.partisan)
		}
	}
	if got, _ := st.Place("kor").NameFor("en", "kor"); got != "South Korea" {
		t.Errorf("undisputed name for its own party = %q", got)
	}
	if got := st.Parties(); !reflect.DeepEqual(got, []string{"kor", "jpn"}) {
		t.Errorf("Parties = %q", got)
	}
	if others := d.Others("kor"); len(others) != 1 || others[0].Names["en"] != "Takeshima" {
		t.Errorf("Others(kor) = %+v", others)
	}
	if d.Dispute != "Both countries claim the islands." {
		t.Errorf("Dispute = %q", d.Dispute)
	}
}
