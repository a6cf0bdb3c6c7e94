package figuresview

import (
	"math"
	"strconv"
	"strings"

	"peninsula/story"
)

// Values are written in a figure's scale: "$90 bn", "$1.1 m", "37,500
// troops", "≈3 m people", "35 years", "42%", "11th". Tooltips spell the
// scale out ("$90 billion") and the qualifier in words.

// scaleOf is the divisor and the short and long suffixes of a scale.
func scaleOf(scale string) (div float64, short, long string) {
	switch scale {
	case "thousand":
		return 1e3, "k", " thousand"
	case "million":
		return 1e6, " m", " million"
	case "billion":
		return 1e9, " bn", " billion"
	}
	return 1, "", ""
}

// number writes x with at most three significant digits below 1,000 and
// as a whole number with thousands separators from 1,000 up.
func number(x float64) string {
	neg := x < 0
	x = math.Abs(x)
	var s string
	if x >= 1000 {
		s = group(strconv.FormatFloat(math.Round(x), 'f', 0, 64))
	} else {
		if x > 0 {
			p := math.Pow(10, 2-math.Floor(math.Log10(x)))
			x = math.Round(x*p) / p
		}
		s = strconv.FormatFloat(x, 'f', -1, 64)
	}
	if neg {
		s = "−" + s
	}
	return s
}

// group puts thousands separators into a string of digits.
func group(d string) string {
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ordinal writes a rank: 1st, 2nd, 3rd, 11th, 22nd.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// unitWord is the word after a number of the unit ("" for none).
func unitWord(unit string, one bool) string {
	switch unit {
	case "people", "troops":
		return " " + unit
	case "years":
		if one {
			return " year"
		}
		return " years"
	}
	return ""
}

// formatValue writes the values lo..hi (equal for one value) of a figure
// with its unit and scale, short ("$85–90 m") or long ("$85–90 million").
func formatValue(f *story.Figure, lo, hi float64, long bool) string {
	if f.Unit == "rank" {
		s := ordinal(int(math.Round(lo)))
		if hi != lo {
			s += "–" + ordinal(int(math.Round(hi)))
		}
		return s
	}
	div, short, longSuffix := scaleOf(f.Scale)
	suffix := short
	if long {
		suffix = longSuffix
	}
	s := number(lo / div)
	if hi != lo {
		s += "–" + number(hi/div)
	}
	s += suffix
	switch f.Unit {
	case "USD":
		s = "$" + s
	case "percent":
		s += "%"
	default:
		s += unitWord(f.Unit, hi == 1 && lo == 1 && div == 1)
	}
	return s
}

// formatTick writes a value axis label: the value in the figure's scale,
// with "$" or "%" but no unit word.
func formatTick(f *story.Figure, x float64) string {
	if f.Unit == "rank" {
		return ordinal(int(math.Round(x)))
	}
	if x == 0 {
		return "0"
	}
	div, short, _ := scaleOf(f.Scale)
	s := number(x/div) + short
	switch f.Unit {
	case "USD":
		s = "$" + s
	case "percent":
		s += "%"
	}
	return s
}

// pointLabel is the label drawn by a point: its short value, after "≈"
// for an "about" value.
func pointLabel(f *story.Figure, p *story.Point) string {
	s := formatValue(f, p.Low, p.High, false)
	if p.Qualifier == "about" {
		s = "≈" + s
	}
	return s
}

// compactLabel is a point's label without unit and scale ("≈55",
// "60–90", "42%", "11th"), for a chart too crowded for the full ones.
func compactLabel(f *story.Figure, p *story.Point) string {
	if f.Unit == "rank" {
		return pointLabel(f, p)
	}
	div, _, _ := scaleOf(f.Scale)
	s := number(p.Low / div)
	if p.IsRange() {
		s += "–" + number(p.High/div)
	}
	if f.Unit == "percent" {
		s += "%"
	}
	if p.Qualifier == "about" {
		s = "≈" + s
	}
	return s
}

// qualifierWord is the word drawn over a qualified point's label ("" for
// none: an "about" value says so with its "≈").
func qualifierWord(q string) string {
	switch q {
	case "expected", "target", "derived":
		return q
	}
	return ""
}

// qualifierText says a point's qualifier in words, with how it was
// computed: "expected", "derived: 90 ÷ 1.42 ≈ 63.4"; "" for none.
func qualifierText(p *story.Point) string {
	var s string
	switch p.Qualifier {
	case "expected":
		s = "expected (a forecast)"
	case "target":
		s = "target (planned, not reached)"
	case "about":
		s = "about (an approximate number)"
	case "derived":
		s = "derived"
	}
	if p.How != "" {
		if s == "" {
			return p.How
		}
		if p.Qualifier != "derived" {
			s = p.Qualifier
		}
		s += ": " + p.How
	}
	return s
}

// tooltipValue is the value line of a point's tooltip, spelled out.
func tooltipValue(f *story.Figure, p *story.Point) string {
	s := formatValue(f, p.Low, p.High, true)
	if p.Qualifier == "about" {
		s = "about " + s
	}
	return s
}

// tooltipLines are the lines of a point's tooltip before wrapping: its
// value, its date (and series), its qualifier in words and its source.
func tooltipLines(f *story.Figure, s *story.Series, p *story.Point, sources map[string]string) []string {
	date := p.When.Label()
	if s.Name != "" {
		date = s.Name + " · " + date
	}
	lines := []string{tooltipValue(f, p), date}
	if q := qualifierText(p); q != "" {
		lines = append(lines, q)
	}
	if src := sources[p.Source]; src != "" {
		lines = append(lines, "Source: "+src)
	}
	return lines
}
