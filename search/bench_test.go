package search

import (
	"testing"
	"unicode/utf8"

	"peninsula/assets"
	"peninsula/story"
)

// typed are the queries BenchmarkSearch types one character at a time.
var typed = []string{"Takeshima", "38th Parallel", "독도", "sunshine"}

// BenchmarkSearch types each query of typed one character at a time,
// searching the Korea story at every keystroke; ns/keystroke is the time
// of one search.
func BenchmarkSearch(b *testing.B) {
	_, ix := korea(b)
	keys := 0
	for _, q := range typed {
		keys += utf8.RuneCountInString(q)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range typed {
			for i := range q {
				if i > 0 {
					ix.Search(q[:i])
				}
			}
			ix.Search(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*keys), "ns/keystroke")
}

// BenchmarkMarks is BenchmarkSearch for Index.Marks, which marks every
// passage (the reader's marks at each keystroke).
func BenchmarkMarks(b *testing.B) {
	_, ix := korea(b)
	keys := 0
	for _, q := range typed {
		keys += utf8.RuneCountInString(q)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range typed {
			for i := range q {
				if i > 0 {
					ix.Marks(q[:i])
				}
			}
			ix.Marks(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*keys), "ns/keystroke")
}

// BenchmarkNew indexes the Korea story.
func BenchmarkNew(b *testing.B) {
	s, ds := story.Parse(assets.StoryName, assets.Story, story.Options{})
	if ds.HasErrors() {
		b.Fatal(ds.Err())
	}
	b.ReportAllocs()
	for b.Loop() {
		New(s)
	}
}
