// Command mapgen regenerates the committed map data and the app icon.
//
// Regenerate from the repository root with:
//
//	go run ./geo/cmd/mapgen -out assets
//
// It needs npm and the npm registry: it runs `npm pack world-atlas@2.0.2` in
// a temporary directory and reads package/countries-{110m,50m,10m}.json
// from the tarball (Natural Earth Admin 0 countries, v4.1.0, at 1:110m,
// 1:50m and 1:10m, as TopoJSON). Pass -topojson DIR to read those three
// files from a directory instead.
//
// Steps:
//
//  1. Decode each TopoJSON file (delta-encoded quantized arcs plus
//     transform).
//  2. Simplify the 1:10m arcs topologically: every arc is simplified once
//     with Visvalingam–Whyatt (orb/simplify), effective-area threshold
//     -threshold (default 2e-5 square degrees), arc endpoints kept, closed
//     arcs kept at ≥4 points. Shared borders therefore stay identical on
//     both sides and no gaps open. The 1:50m and 1:110m arcs are kept whole.
//  3. Round every arc to the grid of 1e-4 degrees (geo.GridScale) and drop
//     repeated positions; assemble each ring from its arcs as geo will,
//     drop rings that collapse (<4 points or area <1e-9 deg²) and orient
//     the rest per RFC 7946 (exterior counter-clockwise, holes clockwise)
//     by reversing their arc lists.
//  4. Name the countries: the feature id is the lower-case ISO 3166-1
//     alpha-3 code of world-atlas's numeric id (table in iso3166.go); a
//     country without a code, or whose code a larger one has (Ashmore and
//     Cartier Is. beside Australia), gets a slug of its name ("kosovo",
//     "n-cyprus"). The region's countries (kor prk chn jpn rus twn mng)
//     come first, the others by id; the United States is named "United
//     States".
//  5. Label points: a point well inside each country's largest polygon at
//     its finest level (geo.LabelAnchor). For the region's countries the
//     label point is the one of their land within lon 112..146, lat 21..48
//     (the map of Korea names China in the south-east, Russia in the Far
//     East), and the whole country's is the second label point. Main bounds
//     for geo's Map.BoundOf: see mainBound.
//  6. Write <out>/map/world.bin (geo.EncodeWorld: the three levels, arcs
//     stored once, delta-encoded varints) and <out>/map/features.geojson
//     (capitals, places, sea labels and the Military Demarcation Line, which
//     is the chain of 1:10m arcs shared by 410 and 408 after the same
//     simplification, ordered west to east, rounded to 4 decimals).
//  7. Draw <out>/icon.png (512×512): the kor+prk silhouette, equirectangular
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

	"peninsula/geo"
)

const npmPackage = "world-atlas@2.0.2"

func main() {
	out := flag.String("out", "assets", "assets directory to write map/* and icon.png into")
	topo := flag.String("topojson", "", "read countries-{110m,50m,10m}.json from this directory instead of running npm pack "+npmPackage)
	icon := flag.String("icon", "", "icon output path (default <out>/icon.png; \"-\" skips the icon)")
	threshold := flag.Float64("threshold", DefaultThreshold, "Visvalingam effective-area threshold of the 1:10m level in square degrees")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("mapgen: ")

	files := map[string][]byte{}
	var err error
	if *topo != "" {
		for _, l := range Levels {
			if files[l.Member], err = os.ReadFile(filepath.Join(*topo, filepath.Base(l.Member))); err != nil {
				log.Fatal(err)
			}
		}
	} else if files, err = fetchWorldAtlas(); err != nil {
		log.Fatal(err)
	}
	for _, l := range Levels {
		log.Printf("%s sha256 %x (%d bytes)", l.Member, sha256.Sum256(files[l.Member]), len(files[l.Member]))
	}

	res, err := Generate(files, *threshold)
	if err != nil {
		log.Fatal(err)
	}
	for i, c := range Countries {
		log.Printf("%s: %d polygons, %d vertices in the region", c.ID, len(res.Region[i]), CountVertices(res.Region[i]))
	}
	log.Printf("mdl: %d line(s)", len(res.MDL))
	for _, l := range res.World.Levels {
		n := 0
		for _, a := range l.Arcs {
			n += len(a)
		}
		log.Printf("level %v: %d arcs, %d positions", l.Level, len(l.Arcs), n)
	}
	bin, err := geo.EncodeWorld(res.World.Countries, res.World.Levels)
	if err != nil {
		log.Fatal(err)
	}

	if err := os.MkdirAll(filepath.Join(*out, "map"), 0o755); err != nil {
		log.Fatal(err)
	}
	write := func(path string, b []byte) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", path, len(b))
	}
	write(filepath.Join(*out, "map", "world.bin"), bin)
	write(filepath.Join(*out, "map", "features.geojson"), FeaturesGeoJSON(Places, res.MDL))

	iconPath := *icon
	if iconPath == "" {
		iconPath = filepath.Join(*out, "icon.png")
	}
	if iconPath != "-" {
		png, err := DrawIcon(append(orb.MultiPolygon{}, append(res.Region[0], res.Region[1]...)...), 512)
		if err != nil {
			log.Fatal(err)
		}
		write(iconPath, png)
	}
}

// Result holds the generated geometry.
type Result struct {
	World  *World
	Region []orb.MultiPolygon // the region's countries at 10m, clipped to RegionBox, in the order of Countries
	MDL    orb.MultiLineString
}

// Generate turns the three countries TopoJSON files (by tarball member
// name) into the world, the region's countries and the Military
// Demarcation Line; threshold simplifies the 1:10m level.
func Generate(files map[string][]byte, threshold float64) (*Result, error) {
	var levels []*worldLevel
	var fine []orb.LineString // the 1:10m arcs, simplified
	var fineTopo *Topology
	for _, src := range Levels {
		if src.Level == geo.Level10m {
			src.Simplify = threshold
		}
		data, ok := files[src.Member]
		if !ok {
			return nil, fmt.Errorf("%s missing", src.Member)
		}
		wl, arcs, t, err := readLevel(src, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", src.Member, err)
		}
		levels = append(levels, wl)
		if src.Level == geo.Level10m {
			fine, fineTopo = arcs, t
		}
	}
	if fineTopo == nil {
		return nil, errors.New("no 1:10m level")
	}

	// The region as the Korea map has always had it: its countries at
	// 10m, clipped to the region's box.
	byID := map[string]TopoGeometry{}
	for _, g := range fineTopo.Objects["countries"].Geometries {
		byID[g.IDString()] = g
	}
	res := &Result{}
	refs := make([][][][]int, len(Countries))
	regional := map[string]orb.Point{}
	for i, c := range Countries {
		g, ok := byID[c.TopoID]
		if !ok {
			return nil, fmt.Errorf("country %s (%s) not in topology", c.TopoID, c.Name)
		}
		var err error
		if refs[i], err = g.PolygonArcs(); err != nil {
			return nil, err
		}
		mp, err := AssembleMultiPolygon(fine, refs[i])
		if err != nil {
			return nil, err
		}
		res.Region = append(res.Region, FinishMultiPolygon(mp))
		regional[c.ID] = geo.LabelAnchor(res.Region[i])
	}
	var err error
	if res.MDL, err = SharedBorder(fine, refs[0], refs[1]); err != nil {
		return nil, fmt.Errorf("Military Demarcation Line: %v", err)
	}
	for _, p := range Places {
		on := ""
		for i, c := range Countries {
			if planar.MultiPolygonContains(res.Region[i], orb.Point{p.Lon, p.Lat}) {
				on = c.ID
			}
		}
		if p.Kind == "sea" && on != "" {
			return nil, fmt.Errorf("sea label %s lies on land (%s)", p.ID, on)
		}
	}
	if res.World, err = BuildWorld(levels, regional); err != nil {
		return nil, err
	}
	return res, nil
}

// fetchWorldAtlas runs npm pack in a temporary directory and extracts the
// countries files of every level from the tarball.
func fetchWorldAtlas() (map[string][]byte, error) {
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
	files := map[string][]byte{}
	for _, l := range Levels {
		f, err := os.Open(tgz[0])
		if err != nil {
			return nil, err
		}
		files[l.Member], err = extractMember(f, l.Member)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return files, nil
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
