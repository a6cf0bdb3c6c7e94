package importer

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"peninsula/story"
)

// parsed imports data and parses the draft again, failing on any error.
func parsed(t *testing.T, name string, data []byte) (*Result, *story.Story) {
	t.Helper()
	res, err := Import(name, data)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	st, ds := story.Parse(name, res.Story, story.Options{})
	if err := ds.Err(); err != nil {
		t.Fatalf("the draft does not parse: %v\n%s", err, res.Story)
	}
	return res, st
}

func notes(res *Result) string {
	var b strings.Builder
	for _, n := range res.Notes {
		b.WriteString(n.String() + "\n")
	}
	return b.String()
}

func TestImportArticles(t *testing.T) {
	tests := []struct {
		file                               string
		sections, passages, events, places int
		names                              map[string][3]string // place id → en, ko, ja
		dropped                            []string             // text that must not be in the draft
		links                              []string             // markup that must be in the draft
	}{
		{
			file: "testdata/korea.txt", sections: 8, passages: 11, events: 25, places: 17,
			names: map[string][3]string{
				"seoul":      {"Seoul", "서울", "ソウル"},
				"pyongyang":  {"Pyongyang", "평양", "平壌"},
				"tokyo":      {"Tokyo", "도쿄", "東京"},
				"beijing":    {"Beijing", "베이징", "北京"},
				"east-sea":   {"East Sea / Sea of Japan", "동해", "日本海"},
				"yellow-sea": {"Yellow Sea", "황해", "黄海"},
				"kor":        {"South Korea", "대한민국", "大韓民国"},
				"jpn":        {"Japan", "일본", "日本"},
			},
			dropped: []string{"Skip to content", "Advertisement", "Min-ji Park", "Related", "Korean food", "Share this", "Facebook", "All rights reserved"},
			links: []string{"[Sea of Japan](place:east-sea)", "[East Sea](place:east-sea)", "[Yellow Sea](place:yellow-sea)",
				"[June 25, 1950](event:1950-06-25-the-norths-army)", "[1970s](event:1970s-military-rulers-held)",
				"[Between 1962 and 1996](event:1962-1996-the-economy-of)", "## What happened in the Korean War?"},
		},
		{
			file: "testdata/baltic.txt", sections: 4, passages: 10, events: 16, places: 18,
			names: map[string][3]string{
				"riga":            {"Riga", "리가", "リガ"},
				"tallinn":         {"Tallinn", "탈린", "タリン"},
				"vilnius":         {"Vilnius", "빌뉴스", "ヴィリニュス"},
				"lva":             {"Latvia", "라트비아", "ラトビア"},
				"baltic-sea":      {"Baltic Sea", "발트해", "バルト海"},
				"gulf-of-finland": {"Gulf of Finland", "핀란드만", "フィンランド湾"},
			},
			dropped: []string{"Menu", "Sign in", "Podcasts", "Updated", "min read", "Photo:", "Share", "Advertisement", "digital state", "Follow us", "Copyright"},
			links:   []string{"[16 February 1918](event:", "[from 1941 to 1944](event:1941-1944-german-troops-occupied)", "- all three joined NATO", "map: \"est\""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			res, st := parsed(t, tt.file, data)
			if res.Sections != tt.sections || res.Passages != tt.passages || res.Events != tt.events || res.Places != tt.places {
				t.Errorf("got %d sections, %d passages, %d events, %d places; want %d, %d, %d, %d\n%s",
					res.Sections, res.Passages, res.Events, res.Places, tt.sections, tt.passages, tt.events, tt.places, res.Story)
			}
			for id, want := range tt.names {
				p := st.Place(id)
				if p == nil {
					t.Errorf("no place %q", id)
					continue
				}
				if got := [3]string{p.Names["en"], p.Names["ko"], p.Names["ja"]}; got != want {
					t.Errorf("place %q names %v, want %v", id, got, want)
				}
			}
			body := string(res.Story[bytes.Index(res.Story, []byte("\n---\n")):])
			for _, s := range tt.dropped {
				if strings.Contains(body, s) {
					t.Errorf("the draft's body still has %q", s)
				}
			}
			for _, s := range tt.links {
				if !bytes.Contains(res.Story, []byte(s)) {
					t.Errorf("the draft lacks %q", s)
				}
			}
			if res.Dropped == 0 {
				t.Error("no lines dropped")
			}
		})
	}
}

func TestImportErrors(t *testing.T) {
	huge := bytes.Repeat([]byte("A sentence of the article.\n"), MaxSize/27+1)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "x.txt: empty file"},
		{"blank lines", []byte("\n  \n\t\n"), "x.txt: the file has only blank lines"},
		{"huge", huge, "over the limit of 10485760 (10 MB)"},
		{"binary", []byte("GIF89a\x00\x01\x02"), "x.txt:1:7: NUL byte: this is a binary file"},
		{"UTF-16", []byte("\xff\xfeT\x00i\x00"), "UTF-16"},
		{"legacy Korean encoding", []byte("\xbc\xad\xbf\xef\xc0\xba \xc7\xd1\xb1\xb9\xc0\xc7 \xbc\xf6\xb5\xb5"), "x.txt:1:1: invalid UTF-8 (byte 0xbc): save the article as UTF-8"},
		{"only furniture", []byte("Advertisement\nShare\n"), "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Import("x.txt", tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Import error %v (result %v), want one containing %q", err, res != nil, tt.want)
			}
		})
	}
}

func TestImportWindows1252(t *testing.T) {
	res, st := parsed(t, "x.txt", []byte("Caf\xe9 society\n\nThe caf\xe9s of Paris opened in 1686 \x96 or so it is said.\n"))
	if !strings.Contains(notes(res), "Windows-1252") {
		t.Errorf("no note of the transcoding: %s", notes(res))
	}
	if st.Title != "Café society" || !bytes.Contains(res.Story, []byte("cafés of [Paris](place:paris)")) {
		t.Errorf("not transcoded:\n%s", res.Story)
	}
}

func TestImportHeadingless(t *testing.T) {
	text := "Rivers have carried trade across Europe for centuries, and the Danube, flowing past Vienna, Budapest and Belgrade, is the longest of them in the European Union.\n\n" +
		"In 1856 an international commission took charge of its mouth, and boats still carry grain, ore and tourists from Germany to the Black Sea.\n"
	res, st := parsed(t, "danube-notes.txt", []byte(text))
	if st.Title != "Danube notes" || res.Sections != 1 || res.Passages != 2 || st.Sections[0].ID != "intro" {
		t.Errorf("title %q, %d sections, %d passages:\n%s", st.Title, res.Sections, res.Passages, res.Story)
	}
	for _, id := range []string{"vienna", "budapest", "belgrade", "deu", "black-sea"} {
		if st.Place(id) == nil {
			t.Errorf("no place %q", id)
		}
	}
	if !strings.Contains(notes(res), "comes from the file name") {
		t.Errorf("notes: %s", notes(res))
	}
}
