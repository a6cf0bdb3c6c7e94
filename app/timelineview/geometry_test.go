package timelineview

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// Title placement of the TimelineView.

func TestTimelineTitlesNeverOverlap(t *testing.T) {
	spans := [][2]time.Time{
		{{}, {}}, // all
		{day(1945, 1, 1), day(1955, 1, 1)},
		{day(1998, 1, 1), day(2006, 7, 1)},
		{day(2003, 1, 1), day(2005, 1, 1)},
		{day(1948, 1, 1), day(1951, 1, 1)},
	}
	for _, sp := range spans {
		for _, width := range []float32{500, 1200} {
			for _, at := range []time.Time{{}, day(1950, 6, 25), day(2004, 6, 1)} {
				t.Run(fmt.Sprintf("%v-%d-%v", sp[0].Year(), int(width), at.Year()), func(t *testing.T) {
					v, _ := newTestTimeline(t, fyne.NewSize(width, 150))
					if !sp[0].IsZero() {
						zoomTo(v, sp[0], sp[1])
					}
					if !at.IsZero() {
						setMoment(v, at)
					}
					g := v.geometry()
					shown := 0
					for i, a := range g.ev {
						if a.row < 0 {
							continue
						}
						shown++
						if a.title.x0 < 0 || a.title.x1 > width {
							t.Errorf("title of %s at %v runs off the band", v.Schedule.Items[i].ID, a.title)
						}
						for j, b := range g.ev[i+1:] {
							if b.row >= 0 && a.title.x0 < b.title.x1 && b.title.x0 < a.title.x1 &&
								a.title.y0 < b.title.y1 && b.title.y0 < a.title.y1 {
								t.Errorf("titles of %s %v and %s %v overlap", v.Schedule.Items[i].ID, a.title,
									v.Schedule.Items[i+1+j].ID, b.title)
							}
						}
					}
					// No pole crosses another event's title on its way down.
					for i, a := range g.ev {
						for j, b := range g.ev {
							if a.row < 0 || b.row < 0 || i == j || a.flagX == b.flagX {
								continue
							}
							if b.row > a.row && a.title.x0 < b.flagX && b.flagX < a.title.x1 {
								t.Errorf("the pole of %s at x=%v crosses the title of %s %v", v.Schedule.Items[j].ID,
									b.flagX, v.Schedule.Items[i].ID, a.title)
							}
						}
					}
					if shown == 0 {
						t.Error("no title shown")
					}
				})
			}
		}
	}
}

func TestTimelineActiveTitlesFirst(t *testing.T) {
	v, _ := newTestTimeline(t, fyne.NewSize(1200, 150))
	zoomTo(v, day(1998, 1, 1), day(2006, 7, 1))
	setMoment(v, day(2004, 6, 1))
	g := v.geometry()
	// The four events of 2004 are the latest active ones: zoomed in this
	// far each has a diamond of its own, and a title.
	for _, id := range []string{"nk-trade-2004", "china-trade-2004", "bases-2004", "iraq-deployment"} {
		i := v.Schedule.Index(id)
		if m := g.markerOf(i); m == nil || m.n() != 1 {
			t.Errorf("%s is in a cluster", id)
		}
		if g.ev[i].row < 0 {
			t.Errorf("%s has no title", id)
		}
	}
	// The active events' titles are placed first.
	active := map[int]bool{}
	for _, i := range v.Active {
		active[i] = true
	}
	for k, i := range g.shown {
		if k > 0 && active[i] && !active[g.shown[k-1]] {
			t.Errorf("the title of active %s was placed after an inactive one's", v.Schedule.Items[i].ID)
		}
	}
	// Without a time, titles go by start: the summit of 2000 has one.
	v.SetActive(nil)
	if g := v.geometry(); g.ev[v.Schedule.Index("summit-2000")].row < 0 {
		t.Error("with nothing active the 2000 summit has no title")
	}
}
