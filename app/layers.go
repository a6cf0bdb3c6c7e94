package app

import (
	"time"

	"peninsula/geo"
	"peninsula/story"
	"peninsula/timeline"
)

// timeLayers shows the map as it was at an instant: a feature that a story
// place gives a `when` is drawn only within it (the 38th Parallel 1945–1953,
// the occupation zones 1945–1948, the armistice line from 1953, Korea under
// Japanese rule 1910–1945, the Kaesong complex from 2004). Other features are
// always drawn, except areas, which only appear through a `when`.
type timeLayers struct {
	ids   []string // features with a when, at most 64
	spans []timeline.Span
	at    time.Time
	mask  uint64 // bit i: ids[i] is visible at `at`
	index map[string]int
}

func newTimeLayers(s *story.Story) *timeLayers {
	tl := &timeLayers{index: map[string]int{}}
	if s == nil {
		return tl
	}
	for _, p := range s.Places {
		if p.When == nil || p.Map.Feature == "" || len(tl.ids) == 64 {
			continue
		}
		if _, dup := tl.index[p.Map.Feature]; dup {
			continue
		}
		tl.index[p.Map.Feature] = len(tl.ids)
		tl.ids = append(tl.ids, p.Map.Feature)
		tl.spans = append(tl.spans, *p.When)
	}
	return tl
}

// maskAt returns which timed features are visible at t, as a bit set: the
// map re-renders its base only when this changes.
func (tl *timeLayers) maskAt(t time.Time) uint64 {
	var m uint64
	for i, sp := range tl.spans {
		if sp.Contains(t) {
			m |= 1 << i
		}
	}
	return m
}

// set moves the layers to t and reports whether what is visible changed.
func (tl *timeLayers) set(t time.Time) bool {
	m := tl.maskAt(t)
	changed := m != tl.mask || tl.at.IsZero()
	tl.at, tl.mask = t, m
	return changed
}

// visible is the map's filter at the current instant.
func (tl *timeLayers) visible(f *geo.Feature) bool {
	if i, ok := tl.index[f.ID]; ok {
		return tl.mask&(1<<i) != 0
	}
	return f.Kind != geo.Area
}

// shown reports whether the feature with the id is visible now.
func (tl *timeLayers) shown(id string) bool {
	i, ok := tl.index[id]
	return !ok || tl.mask&(1<<i) != 0
}
