package main

import "testing"

func TestLocalName(t *testing.T) {
	tests := []struct{ in, country, lang, want string }{
		{"서울특별시", "KR", "ko", "서울"},
		{"요코하마 시", "JP", "ko", "요코하마"},
		{"横浜市", "JP", "ja", "横浜"},
		{"東京都", "JP", "ja", "東京"},
		{"北京市", "CN", "ja", "北京"},
		{"堺市", "JP", "ja", "堺市"}, // one character would be left
		{"Kōchi-shi", "JP", "ja", ""},
		{"파리", "FR", "ko", "파리"},
		{"캔자스시티", "US", "ko", "캔자스시티"},
	}
	for _, tt := range tests {
		if got := localName(tt.in, tt.country, tt.lang); got != tt.want {
			t.Errorf("localName(%q, %s, %s) = %q, want %q", tt.in, tt.country, tt.lang, got, tt.want)
		}
	}
}

func TestSlugAndFold(t *testing.T) {
	tests := []struct{ in, slug, fold string }{
		{"Bogotá", "bogota", "Bogota"},
		{"Washington, D.C.", "washington-d-c", "Washington, D.C."},
		{"Xi’an", "xian", "Xi'an"},
		{"Kaesŏng", "kaesong", "Kaesong"},
		{"Łódź", "lodz", "Lodz"},
	}
	for _, tt := range tests {
		if got := slugASCII(tt.in); got != tt.slug {
			t.Errorf("slugASCII(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if got := fold(tt.in); got != tt.fold {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.fold)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct {
		a2    string
		names []string
		want  string
	}{
		{"KR", []string{"South Korea", "Korea, Republic of"}, "South Korea"},
		{"XX", []string{"Korea, Republic of"}, "Korea"},
		{"YY", []string{"United States of America", "United States", "USA"}, "United States"},
	}
	for _, tt := range tests {
		if got := countryName(tt.a2, tt.names); got != tt.want {
			t.Errorf("countryName(%v) = %q, want %q", tt.names, got, tt.want)
		}
	}
}
