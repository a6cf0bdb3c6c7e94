package link

import "testing"

// BenchmarkLoadMap is the map's share of start-up: the built-in data
// turned into a Map, as the app does before its first frame.
func BenchmarkLoadMap(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadMap(); err != nil {
			b.Fatal(err)
		}
	}
}
