package geo

import (
	"os"
	"testing"
)

// loadTestMap loads the committed map data, as the app does.
func loadTestMap(tb testing.TB) *Map {
	tb.Helper()
	var srcs []Source
	for _, name := range []string{"countries.geojson", "features.geojson"} {
		data, err := os.ReadFile("../assets/map/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		srcs = append(srcs, Source{Name: name, Data: data})
	}
	m, err := Load(srcs...)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
