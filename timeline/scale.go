package timeline

import (
	"fmt"
	"math"
	"time"
)

// Scale maps instants to x positions for the visible span [Start, End) of
// a timeline Width pixels wide, and back.
type Scale struct {
	Start, End time.Time
	Width      float64
}

// seconds is t as fractional seconds since the Unix epoch: the scale's
// working unit (float64 keeps sub-second precision over millennia).
func seconds(t time.Time) float64 { return float64(t.Unix()) + float64(t.Nanosecond())/1e9 }

func fromSeconds(s float64) time.Time {
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).UTC()
}

// span is the visible duration in seconds.
func (s Scale) span() float64 { return seconds(s.End) - seconds(s.Start) }

// X returns the x position of t.
func (s Scale) X(t time.Time) float64 {
	sp := s.span()
	if sp <= 0 {
		return 0
	}
	return (seconds(t) - seconds(s.Start)) / sp * s.Width
}

// Time returns the instant at x.
func (s Scale) Time(x float64) time.Time {
	if s.Width <= 0 {
		return s.Start
	}
	return fromSeconds(seconds(s.Start) + x/s.Width*s.span())
}

// ZoomAt scales the visible span by 1/factor around x: factor 2 shows half
// the time, with the instant at x staying at x.
func (s Scale) ZoomAt(x, factor float64) Scale {
	if factor <= 0 || s.Width <= 0 {
		return s
	}
	at := seconds(s.Time(x))
	a, b := seconds(s.Start), seconds(s.End)
	s.Start = fromSeconds(at - (at-a)/factor)
	s.End = fromSeconds(at + (b-at)/factor)
	return s
}

// Pan moves the view so the content follows a drag of dx pixels.
func (s Scale) Pan(dx float64) Scale {
	if s.Width <= 0 {
		return s
	}
	d := -dx / s.Width * s.span()
	s.Start = fromSeconds(seconds(s.Start) + d)
	s.End = fromSeconds(seconds(s.End) + d)
	return s
}

// Clamp keeps the visible span within [min, max] and at least minSpan long,
// keeping its centre where it can.
func (s Scale) Clamp(min, max time.Time, minSpan time.Duration) Scale {
	lo, hi := seconds(min), seconds(max)
	a, b := seconds(s.Start), seconds(s.End)
	span := math.Min(math.Max(b-a, minSpan.Seconds()), hi-lo)
	c := (a + b) / 2
	a, b = c-span/2, c+span/2
	if a < lo {
		a, b = lo, lo+span
	}
	if b > hi {
		a, b = hi-span, hi
	}
	s.Start, s.End = fromSeconds(a), fromSeconds(b)
	return s
}

// Tick is a mark on the time axis.
type Tick struct {
	Time  time.Time
	Label string // "1950", or "Jun" for months
	Major bool   // a labelled tick
}

// tickSteps are the year steps ticks may use, finest first.
var tickSteps = []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}

// Ticks returns the axis ticks for the visible span with labelled ticks at
// least minGap pixels apart: years at the finest step of 1, 2, 5, 10, 20, 25,
// 50 or 100 years that fits, with unlabelled minor ticks between; when even
// single years are far apart, months.
func (s Scale) Ticks(minGap float64) []Tick {
	if s.Width <= 0 || !s.End.After(s.Start) {
		return nil
	}
	year := 365.2425 * 24 * 3600
	pxPerYear := s.Width / (s.span() / year)
	if pxPerYear/12 >= minGap {
		return s.monthTicks(minGap)
	}
	step := tickSteps[len(tickSteps)-1]
	for _, st := range tickSteps {
		if float64(st)*pxPerYear >= minGap {
			step = st
			break
		}
	}
	minor := 1
	for _, m := range []int{1, 2, 5, 10, 25, 50, 100} {
		if step%m == 0 && float64(m)*pxPerYear >= 6 {
			minor = m
			break
		}
		minor = step
	}
	var ticks []Tick
	first := s.Start.Year() - s.Start.Year()%minor
	for y := first; y <= s.End.Year(); y += minor {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if t.Before(s.Start) || !t.Before(s.End) {
			continue
		}
		tk := Tick{Time: t, Major: y%step == 0}
		if tk.Major {
			tk.Label = fmt.Sprint(y)
		}
		ticks = append(ticks, tk)
	}
	return ticks
}

func (s Scale) monthTicks(minGap float64) []Tick {
	var ticks []Tick
	t := time.Date(s.Start.Year(), s.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
	for ; t.Before(s.End); t = t.AddDate(0, 1, 0) {
		if t.Before(s.Start) {
			continue
		}
		tk := Tick{Time: t, Major: true, Label: t.Format("Jan")}
		if t.Month() == time.January {
			tk.Label = fmt.Sprint(t.Year())
		}
		ticks = append(ticks, tk)
	}
	return ticks
}
