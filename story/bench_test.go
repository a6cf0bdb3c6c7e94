package story

import (
	"os"
	"testing"
)

// BenchmarkParse parses the Korea story.
func BenchmarkParse(b *testing.B) {
	name := "../assets/korea.story.md"
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ds := Parse(name, data, Options{}); ds.HasErrors() {
			b.Fatal(ds.Err())
		}
	}
}
