package importer

import (
	"strings"
	"testing"
)

// TestImportBehaviours checks one behaviour a row: the draft must contain
// (has) and lack (lacks) some markup, and the notes mention note.
func TestImportBehaviours(t *testing.T) {
	const title = "A title line\n\n"
	tests := []struct {
		name, in    string
		has, lacks  []string
		note        string
		passageText string // the text of the first passage, when given
	}{
		{name: "title from the first line", in: "Skip to content\nThe Danube at a glance\n\nIt flows east.\n",
			has: []string{`title: "The Danube at a glance"`, "# The Danube at a glance"}},
		{name: "question heading", in: title + "Why does it matter?\n\nIt matters a great deal.\n",
			has: []string{"## Why does it matter?"}},
		{name: "short heading without a full stop", in: title + "The early years\n\nThey were hard.\n",
			has: []string{"## The early years"}},
		{name: "sentence is no heading", in: title + "They were hard.\n\nSo it goes.\n",
			lacks: []string{"## "}},
		{name: "markdown and underlined headings", in: title + "## Causes\n\nMany.\n\nEffects\n-------\n\nFew.\n",
			has: []string{"## Causes", "## Effects"}},
		{name: "heading on the line above its paragraph", in: title + "The war\nFighting began at dawn and lasted for three long years across the whole peninsula.\n",
			has: []string{"## The war\n\nFighting began"}},
		{name: "hard-wrapped paragraph is joined", in: title + "Fighting began at dawn and went on\nfor three years across the land.\n",
			has: []string{"Fighting began at dawn and went on for three years"}},
		{name: "page furniture dropped", in: title + "Advertisement\nShare this article\nBy Jane Doe\nMarch 3, 2021\nHome | News | Sport | Weather\n© 2021 Example\n\nText.\n",
			lacks: []string{"Advertisement", "Share", "Jane", "2021", "Sport"}, note: `dropped "By Jane Doe": a byline`},
		{name: "menu of short lines dropped", in: title + "World\nPolitics\nBusiness\nScience\n\nText.\n",
			lacks: []string{"Politics"}, note: "a list of short items"},
		{name: "related links dropped", in: title + "Text.\n\nRelated\nAn article about something else\nAnother one here\n",
			lacks: []string{"something else", "Another"}, note: `a link title after a "Related" line`},
		{name: "list items kept", in: title + "Steps:\n\n- one step;\n- another step.\n",
			has: []string{"- one step;", "- another step."}},
		{name: "month day year", in: title + "It began on June 25, 1950, at dawn.\n", has: []string{`when: "1950-06-25"`, "[June 25, 1950](event:"}},
		{name: "day month year", in: title + "It ended on 27 July 1953.\n", has: []string{`when: "1953-07-27"`}},
		{name: "month year", in: title + "Japan surrendered in August 1945.\n", has: []string{`when: "1945-08"`}},
		{name: "year after in", in: title + "It was founded in 1392.\n", has: []string{`when: "1392"`, "[1392](event:1392-it-was-founded)"}},
		{name: "decade", in: title + "A famine struck in the 1990s.\n", has: []string{`when: "1990s"`}},
		{name: "year range", in: title + "Japan ruled from 1910 to 1945.\n", has: []string{`when: "1910/1945"`}},
		{name: "short year range", in: title + "The war (1950–53) was brutal.\n", has: []string{`when: "1950/1953"`}},
		{name: "ISO date", in: title + "Signed on 1953-07-27 at last.\n", has: []string{`when: "1953-07-27"`}},
		{name: "three-digit year", in: title + "Goryeo was founded in 918.\n", has: []string{`when: "0918"`}},
		{name: "date opening the sentence leaves the title", in: title + "On 25 June 1950, the North invaded the South.\n",
			has: []string{`title: "The North invaded the South"`}},
		{name: "impossible date noted", in: title + "Nothing happened on February 30, 1950.\n", lacks: []string{"event:"}, note: "no event made"},
		{name: "BC noted", in: title + "Gojoseon fell in 108 BC.\n", lacks: []string{"event:"}, note: "before the year 1"},
		{name: "century noted", in: title + "The 19th century was long.\n", lacks: []string{"event:"}, note: "century"},
		{name: "quantity is no year", in: title + "Some 2000 soldiers died.\n", lacks: []string{"event:"}},
		{name: "bare number noted", in: title + "About 1500 stayed behind.\n", has: []string{`when: "1500"`}, note: "may be a number"},
		{name: "money is no year", in: title + "It cost $1950 and 1,950 won.\n", lacks: []string{"event:"}},
		{name: "country by ISO code", in: title + "France and Japan signed.\n",
			has: []string{`map: "fra"`, `name: {en: "France", ko: "프랑스", ja: "フランス"}`, "[Japan](place:jpn)"}},
		{name: "city by point", in: title + "They met in Seoul.\n", has: []string{`map: {point: [126.978, 37.566]}`}},
		{name: "possessive", in: title + "Seoul's mayor spoke.\n", has: []string{"[Seoul](place:seoul)'s mayor"}},
		{name: "other name kept as aka", in: title + "Ships left Pusan.\n", has: []string{`aka: ["Pusan"]`, "[Pusan](place:busan)"}},
		{name: "longest name wins", in: title + "The Sea of Japan is deep.\n", has: []string{"[Sea of Japan](place:east-sea)"}, lacks: []string{"place:jpn"}},
		{name: "adjective is no place", in: title + "Korean and Japanese food.\n", lacks: []string{"place:"}},
		{name: "ambiguous country noted", in: title + "Korea was divided.\n", has: []string{"place:kor"}, note: "could also be North Korea (prk)"},
		{name: "city in a named country", in: title + "In Pakistan, Hyderabad grew.\n", has: []string{"[Hyderabad](place:hyderabad-pak)"}, note: "could also be Hyderabad in IND"},
		{name: "far larger city wins", in: title + "From Canada she flew to London.\n", has: []string{"[London](place:london)"}},
		{name: "person's name is no place", in: title + "George Washington crossed the river.\n", lacks: []string{"place:"}, note: "not linked"},
		{name: "doubtful place noted", in: title + "The talks in Washington ended.\n", has: []string{"place:washington-d-c"}, note: "check that the article means the place"},
		{name: "event names its places", in: title + "In 1950 troops reached Seoul and Pyongyang.\n", has: []string{`places: ["seoul", "pyongyang"]`}},
		{name: "duplicate headings get ids", in: title + "Text.\n\nIntro\n\nA.\n\nNotes\n\nB.\n\nNotes\n\nC.\n",
			has: []string{"## Intro {#intro-2}", "## Notes\n", "## Notes {#notes-2}"}},
		{name: "markdown characters stay text", in: title + "1. Use *stars*, _lines_, [brackets] & <tags> &amp; `ticks` \\ {#x} here!\n",
			passageText: "1. Use *stars*, _lines_, [brackets] & <tags> &amp; `ticks` \\ {#x} here!"},
		{name: "block markers stay text", in: title + "# not a heading either.\n\n> quoted?? no.\n\n{#id}\n",
			passageText: "> quoted?? no."},
		{name: "exclamation before a link", in: title + "Go!Seoul waits.\n", has: []string{`Go\![Seoul](place:seoul)`}},
		{name: "crlf line ends", in: "Title\r\n\r\nIn 1950 it began.\r\n", has: []string{`when: "1950"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, st := parsed(t, "x.txt", []byte(tt.in))
			out := string(res.Story)
			for _, s := range tt.has {
				if !strings.Contains(out, s) {
					t.Errorf("the draft lacks %q:\n%s", s, out)
				}
			}
			body := out[strings.Index(out, "\n---\n"):]
			for _, s := range tt.lacks {
				if strings.Contains(body, s) {
					t.Errorf("the draft's body has %q:\n%s", s, out)
				}
			}
			if tt.note != "" && !strings.Contains(notes(res), tt.note) {
				t.Errorf("no note with %q; notes:\n%s", tt.note, notes(res))
			}
			if tt.passageText != "" {
				if len(st.Sections) == 0 || len(st.Sections[0].Passages) == 0 {
					t.Fatalf("no passage:\n%s", out)
				}
				if got := st.Sections[0].Passages[0].Text(); got != tt.passageText {
					t.Errorf("passage text %q, want %q\n%s", got, tt.passageText, out)
				}
			}
		})
	}
}
