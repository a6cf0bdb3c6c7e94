package figuresview

import (
	"math"
	"strconv"
	"time"
)

// A chart's axes: values from zero up (a rank from 1 down) in two or three
// nice steps, labelled in a gutter; time in whole years under the plot.

// valueAxis sets the value ticks and returns the mapping of values to y.
// A rank runs from 1 at the top down; other values from zero up.
func (g *chartGeom) valueAxis(lo, hi float64) func(float64) float32 {
	f, pl := g.fig, g.plot
	var v0, v1, step float64
	if f.Unit == "rank" {
		v0, v1 = 1, math.Max(10, math.Ceil(hi*1.5/10)*10)
		g.yTicks = append(g.yTicks, tick{label: formatTick(f, 1)})
		for v := 10.0; v <= v1; v += 10 {
			g.yTicks = append(g.yTicks, tick{label: formatTick(f, v)})
		}
	} else {
		v0 = math.Min(0, lo)
		v1, step = niceAxis(math.Max(hi, 0) - v0)
		v1 += v0
		for v := v0; v <= v1+step/1e6; v += step {
			g.yTicks = append(g.yTicks, tick{label: formatTick(f, v)})
		}
	}
	y := func(v float64) float32 {
		t := float32((v - v0) / (v1 - v0))
		if f.Unit == "rank" {
			return pl.y0 + t*pl.h()
		}
		return pl.y1 - t*pl.h()
	}
	for i := range g.yTicks {
		if f.Unit == "rank" {
			g.yTicks[i].at = y(math.Max(1, float64(i*10)))
		} else {
			g.yTicks[i].at = y(v0 + float64(i)*step)
		}
	}
	// Too close to label all: label the ends only.
	if len(g.yTicks) > 2 && pl.h()/float32(len(g.yTicks)-1) < axisLine {
		for i := 1; i < len(g.yTicks)-1; i++ {
			g.yTicks[i].label = ""
		}
	}
	return y
}

// niceAxis is the top of an axis from zero that shows x, in two or three
// steps of 1, 2, 2.5 or 5 times a power of ten, and its step.
func niceAxis(x float64) (top, step float64) {
	if x <= 0 {
		return 1, 0.5
	}
	top = math.Inf(1)
	for n := 2.0; n <= 3; n++ {
		e := math.Pow(10, math.Floor(math.Log10(x/n)))
		for _, m := range []float64{1, 2, 2.5, 5, 10} {
			if m*e >= x/n*(1-1e-9) {
				st := m * e
				if t := math.Ceil(x/st-1e-9) * st; t < top*(1-1e-9) {
					top, step = t, st
				}
				break
			}
		}
	}
	return top, step
}

// timeAxis sets the time axis to whole years round the points (three at
// least; a year more after a step chart's last change) and its ticks:
// each year labelled in its middle when there is room, else every 2, 5,
// 10… years labelled at their starts.
func (g *chartGeom) timeAxis() {
	y0, y1 := 0, 0
	first := true
	for _, s := range g.fig.Series {
		for _, p := range s.Points {
			a, b := p.When.StartTime(), p.When.EndTime().Add(-time.Nanosecond)
			if p.When.OpenStart {
				a = b
			}
			if p.When.OpenEnd {
				b = a
			}
			if first || a.Year() < y0 {
				y0 = a.Year()
			}
			if first || b.Year()+1 > y1 {
				y1 = b.Year() + 1
			}
			first = false
		}
	}
	if g.fig.Kind == "step" {
		y1++
	}
	for i := 0; y1-y0 < 3; i++ {
		if i%2 == 0 {
			y1++
		} else {
			y0--
		}
	}
	g.t0 = time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC)
	g.t1 = time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC)
	perYear := (g.plot.w() - 2*xPad) / float32(y1-y0)
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500} {
		step = s
		if gap := float32(s) * perYear; gap >= 34 || s == 1 && gap >= 26 {
			break
		}
	}
	for y := y0; y <= y1; y++ {
		x := g.x(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		switch {
		case step == 1:
			t := tick{at: x, marked: true}
			if y < y1 {
				t.label, t.lx = strconv.Itoa(y), x+perYear/2
			}
			g.xTicks = append(g.xTicks, t)
		case y%step == 0:
			// A label at the end is kept inside the chart.
			half := textWidth(strconv.Itoa(y), regular, axisSize)/2 + 1
			lx := min(max(x, half), g.w-half)
			g.xTicks = append(g.xTicks, tick{at: x, marked: true, label: strconv.Itoa(y), lx: lx})
		}
	}
}
