package story_test

import (
	"fmt"

	"peninsula/story"
)

// A small story: front matter with a place and an event, and a section
// whose passage links both.
func ExampleParse() {
	src := `---
title: Incheon
places:
  - id: incheon
    name: {en: Incheon, ko: 인천}
    map: {point: [126.6, 37.5]}
events:
  - id: landing
    when: 1950-09-15
    title: The Incheon landing
    places: [incheon]
---

# Incheon

## The landing {#landing-section}

UN forces [landed](event:landing) at [Incheon](place:incheon).
`
	s, ds := story.Parse("incheon.story.md", []byte(src), story.Options{})
	if ds.HasErrors() {
		fmt.Println(ds.Err())
		return
	}
	p := s.Sections[0].Passages[0]
	fmt.Println(s.Title, "/", s.Sections[0].ID, "/", p.ID)
	fmt.Println(p.Text())
	fmt.Println(p.Places, p.Events, s.Event("landing").When)

	// A mistake is reported with its file, line and column.
	_, ds = story.Parse("bad.story.md", []byte("---\ntitle: X\n---\n\n# X\n\n## S\n\nSee [Atlantis](place:atlantis).\n"), story.Options{})
	fmt.Println(ds.Err())
	// Output:
	// Incheon / landing-section / landing-section-1
	// UN forces landed at Incheon.
	// [incheon] [landing] 1950-09-15
	// story: bad.story.md:9:5: unknown place "atlantis"
}
