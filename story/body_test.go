package story

import (
	"strings"
	"testing"
)

const testFront = `---
title: T
places:
  - id: seoul
    name: {en: Seoul}
    map: seoul
events:
  - id: war
    when: 1950/1953
    title: War
---
`

// outline renders sections and passages compactly: "§id(title)" for a
// section, "id: runs" for a passage, with **bold**, _italic_ and
// [text→kind:target] links.
func outline(st *Story) string {
	var b strings.Builder
	for _, sec := range st.Sections {
		b.WriteString("§" + sec.ID + "(" + sec.Title + ")\n")
		for _, p := range sec.Passages {
			b.WriteString(p.ID + ": ")
			for _, r := range p.Runs {
				s := r.Text
				if r.Italic {
					s = "_" + s + "_"
				}
				if r.Bold {
					s = "**" + s + "**"
				}
				if r.Link.Kind != LinkNone {
					s = "[" + s + "→" + r.Link.Kind.String() + ":" + r.Link.Target + "]"
				}
				b.WriteString(s)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestBody(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"intro and title", "# T\n\nBefore [Seoul](place:seoul).\n\n## A\n\nx\n",
			"§intro(T)\nintro-1: Before [Seoul→place:seoul].\n§a(A)\na-1: x\n"},
		{"emphasis", "## A\n\n*i* **b** ***bi*** plain\n",
			"§a(A)\na-1: _i_ **b** **_bi_** plain\n"},
		{"styled link", "## A\n\nIn [**Seoul**](place:seoul) during the [*war*](event:war).\n",
			"§a(A)\na-1: In [**Seoul**→place:seoul] during the [_war_→event:war].\n"},
		{"web links", "## A\n\nSee [site](https://example.org/a) or <http://example.org/b>.\n",
			"§a(A)\na-1: See [site→url:https://example.org/a] or [http://example.org/b→url:http://example.org/b].\n"},
		{"code image html", "## A\n\nA `code` and ![alt text](http://x.org/i.png) and <b>bold</b>.\n",
			"§a(A)\na-1: A code and alt text and bold.\n"},
		{"escapes and entities", "## A\n\n\\*not\\* &amp; &#65; &lt;\n",
			"§a(A)\na-1: *not* & A <\n"},
		{"soft and hard breaks", "## A\n\none\ntwo  \nthree\n",
			"§a(A)\na-1: one two\nthree\n"},
		{"passage ids", "## A\n\nfirst\n{#p-one}\n\nsecond\n\nthird\n  {#p-three}  \n",
			"§a(A)\np-one: first\na-2: second\np-three: third\n"},
		{"list items", "## A\n\n- one [Seoul](place:seoul)\n- two\n  1. nested\n",
			"§a(A)\na-1: one [Seoul→place:seoul]\na-2: two\na-3: nested\n"},
		{"loose list and quote", "## A\n\n- one\n\n  more\n\n> quoted\n>\n> again\n",
			"§a(A)\na-1: one\na-2: more\na-3: quoted\na-4: again\n"},
		{"subheading and code", "## A\n\n### Sub *head*\n\n```\nx := 1\n```\n\n    indented\n",
			"§a(A)\na-1: **Sub ****_head_**\na-2: x := 1\na-3: indented\n"},
		{"thematic break", "## A\n\nx\n\n***\n\ny\n",
			"§a(A)\na-1: x\na-2: y\n"},
		{"heading slugs", "## What is Korea's *role*?\n\nx\n\n## 한국은 어디?\n\ny\n\n## ???\n\nz\n\n## Named {#my-id}\n\nw\n",
			"§what-is-koreas-role(What is Korea's role?)\nwhat-is-koreas-role-1: x\n§한국은-어디(한국은 어디?)\n한국은-어디-1: y\n§section-3(???)\nsection-3-1: z\n§my-id(Named)\nmy-id-1: w\n"},
		{"empty body", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, ds := Parse("t.story.md", []byte(testFront+tc.body), Options{})
			if err := ds.Err(); err != nil {
				t.Fatal(err)
			}
			if got := outline(st); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestBodyErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"lone id line", "## A\n\n{#x}\n", `t.story.md:14:1: a {#id} line must end a paragraph, not stand alone`},
		{"bad passage id", "## A\n\ntext\n{#a/b}\n", `t.story.md:15:1: bad passage id "a/b": use letters, digits, -, _ and .`},
		{"empty place link", "## A\n\n[x](place:)\n", `t.story.md:14:1: unknown place ""`},
		{"mailto", "## A\n\n[x](mailto:a@b.org)\n", `t.story.md:14:1: unknown link scheme "mailto:" in "mailto:a@b.org" (want place:ID, event:ID, figure:ID, http:// or https://)`},
		{"fragment", "## A\n\n[x](#a)\n", `t.story.md:14:1: link target "#a" is not place:ID, event:ID, figure:ID, http:// or https://`},
		{"column in characters", "## A\n\n서울 [x](place:nowhere)\n", `t.story.md:14:4: unknown place "nowhere"`},
		{"duplicate slug", "## Why?\n\nx\n\n## Why!\n\ny\n", `t.story.md:16:1: duplicate section id "why", first defined at line 12 (give the heading an id: ## Title {#id})`},
		{"duplicate intro", "x\n\n## A {#intro}\n\ny\n", `t.story.md:14:1: duplicate section id "intro", first defined at line 12`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := Parse("t.story.md", []byte(testFront+tc.body), Options{})
			var errs []string
			for _, d := range ds {
				if !d.Warning {
					errs = append(errs, d.String())
				}
			}
			if len(errs) != 1 || errs[0] != tc.want {
				t.Errorf("errors = %q, want [%s]", errs, tc.want)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       string // the one error, or "" for none
	}{
		{"aka and when", "places:\n  - {id: dokdo, name: {en: Dokdo}, aka: [Liancourt Rocks], map: dokdo, when: 1905/..}\n", ""},
		{"anchors and tags", "places:\n  - id: &x dokdo\n    name: {en: !!str Dokdo}\n    map: dokdo\n", ""},
		{"number title", "", ""},
		{"source without date", "source: {title: S, publisher: P}\n", `t.story.md:3:10: source is missing "date"`},
		{"source bad url", "source: {title: S, publisher: P, date: 2006, url: ftp://x}\n", `t.story.md:3:51: source url "ftp://x" must start with http:// or https://`},
		{"place not mapping", "places: [dokdo]\n", `t.story.md:3:10: place must be a mapping, not a string`},
		{"places not sequence", "places: {id: x}\n", `t.story.md:3:10: places must be a sequence, not a mapping`},
		{"missing map", "places:\n  - {id: x, name: {en: X}}\n", `t.story.md:4:6: place "x" is missing "map"`},
		{"point and line", "places:\n  - {id: x, name: {en: X}, map: {point: [1, 2], line: [[1, 2], [3, 4]]}}\n", `t.story.md:4:34: place "x" map must have exactly one of "point" or "line"`},
		{"short line", "places:\n  - {id: x, name: {en: X}, map: {line: [[1, 2]]}}\n", `t.story.md:4:40: place "x" map line needs two or more points`},
		{"point not pair", "places:\n  - {id: x, name: {en: X}, map: {point: [1, 2, 3]}}\n", `t.story.md:4:41: place "x" point must be [lon, lat]`},
		{"longitude", "places:\n  - {id: x, name: {en: X}, map: {point: [-180.5, 2]}}\n", `t.story.md:4:42: place "x" longitude -180.5 out of range -180..180`},
		{"coordinate type", "places:\n  - {id: x, name: {en: X}, map: {point: [east, 2]}}\n", `t.story.md:4:42: place "x" longitude must be a number, not a string`},
		{"empty name", "places:\n  - {id: x, name: {en: ''}, map: x}\n", `t.story.md:4:24: place "x" name.en must not be empty`},
		{"event missing title", "events:\n  - {id: e, when: 1950}\n", `t.story.md:4:6: event "e" is missing "title"`},
		{"duplicate event", "events:\n  - {id: e, when: 1950, title: E}\n  - {id: e, when: 1951, title: F}\n", `t.story.md:5:10: duplicate event id "e", first defined at line 4`},
		{"era missing when", "eras:\n  - {id: w, title: W}\n", `t.story.md:4:6: era "w" is missing "when"`},
		{"duplicate era", "eras:\n  - {id: w, title: W, when: 1950}\n  - {id: w, title: W, when: 1950}\n", `t.story.md:5:10: duplicate era id "w", first defined at line 4`},
		{"bad event id", "events:\n  - {id: 'a b', when: 1950, title: E}\n", `t.story.md:4:10: bad event id "a b": use letters, digits, -, _ and .`},
		{"unknown top key", "colour: red\n", `t.story.md:3:1: unknown key "colour" in front matter (want title, source, view, places, events, eras, figures)`},
		{"unknown name language", "places:\n  - {id: x, name: {en: X, fr: X}, map: x}\n", `t.story.md:4:27: unknown key "fr" in place "x" name (want en, ko, ja, used, dispute)`},
		{"disputed name", "places:\n  - {id: x, name: {en: X, used: {x: {en: A}, y: {en: B, ja: B2}}, dispute: Both claim it.}, map: x}\n  - {id: y, name: {en: Y}, map: y}\n", ""},
		{"one party", "places:\n  - {id: x, name: {en: X, used: {x: {en: A}}}, map: x}\n", `t.story.md:4:34: place "x" name.used needs two or more parties: a name is disputed between parties`},
		{"party not a place", "places:\n  - {id: x, name: {en: X, used: {x: {en: A}, nowhere: {en: B}}}, map: x}\n", `t.story.md:4:46: place "x" name.used party "nowhere" is not a place of the story (a party is the id of a place, e.g. a country)`},
		{"usage without en", "places:\n  - {id: x, name: {en: X, used: {x: {en: A}, y: {ko: B}}}, map: x}\n  - {id: y, name: {en: Y}, map: y}\n", `t.story.md:4:50: place "x" name.used.y has no English name (en)`},
		{"usage language", "places:\n  - {id: x, name: {en: X, used: {x: {en: A}, y: {en: B, fr: C}}}, map: x}\n  - {id: y, name: {en: Y}, map: y}\n", `t.story.md:4:57: unknown key "fr" in place "x" name.used.y (want en, ko, ja)`},
		{"dispute without used", "places:\n  - {id: x, name: {en: X, dispute: D}, map: x}\n", `t.story.md:4:36: place "x" name.dispute needs name.used: the names each party uses`},
		{"view bbox", "view: {bbox: [12, 40, 30, 48]}\n", ""},
		{"view center", "view: {center: [20.5, 44], zoom: 5.5}\n", ""},
		{"view empty bbox", "view: {bbox: [30, 40, 12, 48]}\n", `t.story.md:3:14: view bbox [30, 40, 12, 48] is empty: west must be less than east and south less than north`},
		{"view short bbox", "view: {bbox: [30, 40]}\n", `t.story.md:3:14: view bbox must be [west, south, east, north]`},
		{"view both", "view: {bbox: [1, 2, 3, 4], zoom: 3}\n", `t.story.md:3:8: view has both bbox and center/zoom: give one`},
		{"view zoom alone", "view: {zoom: 3}\n", `t.story.md:3:8: view needs both center and zoom`},
		{"view zoom range", "view: {center: [1, 2], zoom: 30}\n", `t.story.md:3:30: view zoom 30 out of range 0..12`},
		{"view latitude", "view: {bbox: [1, -95, 3, 4]}\n", `t.story.md:3:18: view bbox south -95 out of range -90..90`},
		{"view empty", "view: {}\n", `t.story.md:3:7: view needs bbox: [west, south, east, north], or center: [lon, lat] and zoom`},
		{"duplicate key", "colour: red\ncolour: blue\n", `t.story.md:4:1: YAML: mapping key "colour" already defined at 3:1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: 1950\n" + tc.yaml + "---\n\n## A\n\n[x](place:x) [d](place:dokdo) [e](event:e)\n"
			_, ds := Parse("t.story.md", []byte(src), Options{})
			var errs []string
			for _, d := range ds {
				if !d.Warning && !strings.Contains(d.Msg, "unknown place") && !strings.Contains(d.Msg, "unknown event") {
					errs = append(errs, d.String())
				}
			}
			if tc.want == "" && len(errs) != 0 || tc.want != "" && (len(errs) != 1 || errs[0] != tc.want) {
				t.Errorf("errors = %q, want [%s]", errs, tc.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"What is X?", "what-is-x"},
		{"How does South Korea deal with the U.S.?", "how-does-south-korea-deal-with-the-u-s"},
		{"Korea’s role", "koreas-role"},
		{"  spaced  out  ", "spaced-out"},
		{"38th Parallel", "38th-parallel"},
		{"?!", ""},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
