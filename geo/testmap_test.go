package geo

import (
	"os"
	"testing"
)

// loadTestMap loads the committed map data, as the app does.
func loadTestMap(tb testing.TB) *Map {
	tb.Helper()
	world, err := os.ReadFile("../assets/map/world.bin")
	if err != nil {
		tb.Fatal(err)
	}
	features, err := os.ReadFile("../assets/map/features.geojson")
	if err != nil {
		tb.Fatal(err)
	}
	m, err := LoadWorld("world.bin", world, Source{Name: "features.geojson", Data: features})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
