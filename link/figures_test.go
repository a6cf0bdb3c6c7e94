package link

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestCurrentPoint(t *testing.T) {
	_, s := testData(t)
	inv := s.Figure("china-investment-north").Series[0]
	for _, tt := range []struct {
		at   string
		want int
	}{{"2002", -1}, {"2003-06", 0}, {"2004", 1}, {"2005-03", 2}, {"2010", 2}} {
		if got := CurrentPoint(inv, dateOf(t, tt.at)); got != tt.want {
			t.Errorf("CurrentPoint at %s = %d, want %d", tt.at, got, tt.want)
		}
	}
}

func TestFiguresOut(t *testing.T) {
	_, s := testData(t)
	j, err := FiguresJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(j, &rows); err != nil {
		t.Fatal(err)
	}
	c, err := FiguresCSV(s)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(string(c))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || len(rows) < 13 {
		t.Fatalf("%d CSV records, %d JSON rows", len(recs), len(rows))
	}
	want := []string{"china-investment-north", "Chinese investment in North Korea", "USD", "million", "bar", "", "2005", "85000000", "90000000", "expected", "", "china-investment"}
	found := false
	for _, r := range recs {
		if strings.Join(r, "|") == strings.Join(want, "|") {
			found = true
		}
	}
	if !found {
		t.Errorf("no CSV row %v in\n%s", want, c)
	}
}
