package app

import (
	"peninsula/geo"
	"peninsula/story"
)

// loaded is what start-up reads from the embedded assets.
type loaded struct {
	m   *geo.Map
	s   *story.Story
	ds  story.Diagnostics
	err error
}

// loadAsync reads the map and the built-in story, and parses the label
// fonts, on another goroutine while the caller opens the window (creating a
// GL window takes as long as the loading); the returned function waits for
// it. None of this touches Fyne objects.
func loadAsync() func() loaded {
	ch := make(chan loaded, 1)
	go func() {
		var l loaded
		faces.load()
		l.m, l.err = LoadMap()
		if l.err == nil {
			l.s, l.ds = LoadStory("", l.m)
		}
		ch <- l
	}()
	return func() loaded { return <-ch }
}
