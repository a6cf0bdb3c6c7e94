package gazetteer

import (
	"regexp"
	"testing"
)

func TestPlaces(t *testing.T) {
	idRe := regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	count := map[Kind]int{}
	ids := map[string]bool{}
	for _, p := range Places() {
		count[p.Kind]++
		if !idRe.MatchString(p.ID) {
			t.Errorf("%s %q: not a place id", p.Kind, p.ID)
		}
		if ids[p.ID] {
			t.Errorf("duplicate id %q", p.ID)
		}
		ids[p.ID] = true
		switch p.Kind {
		case Country:
			if len(p.ID) != 3 || p.Country != p.ID {
				t.Errorf("country %q: want its alpha-3 code", p.ID)
			}
		default:
			if p.Lon < -180 || p.Lon > 180 || p.Lat < -90 || p.Lat > 90 || p.Lon == 0 && p.Lat == 0 {
				t.Errorf("%s %q at %v, %v", p.Kind, p.ID, p.Lon, p.Lat)
			}
		}
	}
	if count[Country] < 240 || count[Capital] < 200 || count[City] < 1000 || count[Sea] < 30 {
		t.Errorf("counts %v", count)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ name, id, ko, ja string }{
		{"Seoul", "seoul", "서울", "ソウル"},
		{"Pyongyang", "pyongyang", "평양", "平壌"},
		{"Tokyo", "tokyo", "도쿄", "東京"},
		{"Beijing", "beijing", "베이징", "北京"},
		{"Peking", "beijing", "베이징", "北京"},
		{"Sea of Japan", "east-sea", "동해", "日本海"},
		{"East Sea", "east-sea", "동해", "日本海"},
		{"Yellow Sea", "yellow-sea", "황해", "黄海"},
		{"South Korea", "kor", "대한민국", "大韓民国"},
		{"North Korea", "prk", "북한", "朝鮮民主主義人民共和国"},
		{"China", "chn", "중국", "中国"},
		{"France", "fra", "프랑스", "フランス"},
		{"Riga", "riga", "리가", "リガ"},
		{"Bogota", "bogota", "보고타", "ボゴタ"},
	}
	for _, tt := range tests {
		ps := Lookup(tt.name)
		if len(ps) == 0 {
			t.Errorf("Lookup(%q): nothing", tt.name)
			continue
		}
		if p := ps[0]; p.ID != tt.id || p.Ko != tt.ko || p.Ja != tt.ja {
			t.Errorf("Lookup(%q) = %s %s %s, want %s %s %s", tt.name, p.ID, p.Ko, p.Ja, tt.id, tt.ko, tt.ja)
		}
	}
	if ps := Lookup("Korea"); len(ps) != 2 || ps[0].ID != "kor" || ps[1].ID != "prk" {
		t.Errorf("Lookup(Korea) = %v", ps)
	}
	if Lookup("seoul") != nil || Lookup("Atlantis") != nil {
		t.Error("lookup is not exact")
	}
}

func TestParseRejectsBrokenData(t *testing.T) {
	if _, err := parse([]byte("not gzip")); err == nil {
		t.Error("no error for data that is not gzip")
	}
}
