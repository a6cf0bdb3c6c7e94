package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"peninsula/app/changelist"
	"peninsula/app/mapview"
	"peninsula/link"
)

// comparison is the second map and the list of changes shown while two
// moments are compared (View ▸ Compare): the map at the timeline's moment
// on the left, at the second moment on the right, one view for both, and
// what changed between them over the maps.
type comparison struct {
	maps      *fyne.Container // the map area's maps: one, or two side by side
	right     *mapview.MapView
	leftDate  *canvas.Text
	rightDate *canvas.Text
	left      fyne.CanvasObject // the main map with its date
	both      fyne.CanvasObject // left and right
	list      *changelist.List  // what changed, in the charts' place
	hidden    []string
	shown     []link.Change
}

// newComparison builds the compare views for u (hidden until used).
func (u *UI) newComparison() *comparison {
	c := &comparison{list: changelist.New()}
	c.leftDate, c.rightDate = dateCaption(), dateCaption()
	c.maps = container.NewStack(u.MapView)
	c.list.OnClose = func() { u.State.SetCompare(time.Time{}, FromMenu) }
	c.list.OnTapped = func(i int) {
		ch := c.shown[i]
		if ch.Kind == link.Happened {
			u.goToEvent(ch.ID, FromCompare)
		} else {
			u.State.SelectPlace(ch.ID, FromCompare)
		}
	}
	c.list.Hide()
	return c
}

// dateCaption is the date over one of the compared maps.
func dateCaption() *canvas.Text {
	t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	t.TextStyle.Bold = true
	t.TextSize = 15
	return t
}

// caption puts a date caption centred at the bottom of a map, clear of
// the legend and the zoom buttons at the top.
func caption(m fyne.CanvasObject, date *canvas.Text) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = 4
	label := container.NewStack(bg, container.NewPadded(date))
	return container.NewStack(m, container.NewVBox(layout.NewSpacer(), container.NewCenter(label)))
}

// showCompare brings the maps and the list in line with the State's
// second moment: side by side while comparing, the one map otherwise.
func (u *UI) showCompare() {
	c, e := u.cmp, u.Explainer
	at := u.State.Compare()
	if at.IsZero() || e.Linker == nil {
		if c.right != nil && len(c.maps.Objects) > 0 && c.maps.Objects[0] == c.both {
			mapview.Unmirror(u.MapView, c.right)
			c.maps.Objects = []fyne.CanvasObject{u.MapView}
			c.maps.Refresh()
		}
		if c.list.Visible() {
			c.list.Hide()
			u.Figures.Show()
			u.mapPane.Refresh()
		}
		u.Timeline.SetCompare(time.Time{})
		return
	}
	if c.right == nil {
		c.right = mapview.New(e.Map, HomeBound)
		c.right.Async = u.MapView.Async
		c.right.OnSelected = func(fid string) { u.State.SelectPlace(u.Explainer.Place(fid), FromMap) }
		c.left = caption(u.MapView, c.leftDate)
		c.both = container.NewGridWithColumns(2, c.left, caption(c.right, c.rightDate))
	}
	if c.maps.Objects[0] != c.both {
		c.syncRight(u)
		c.maps.Objects = []fyne.CanvasObject{c.both}
		c.maps.Refresh()
		mapview.Mirror(u.MapView, c.right)
	}
	c.hidden = e.Layers.Hidden(at, c.hidden)
	c.right.SetHidden(c.hidden)
	u.Timeline.SetCompare(at)
	c.showDates(u.State.Time(), at)
	c.showChanges(u, e.Changes(u.State.Time(), at))
}

// syncRight gives the right map what the left one has: the map, its
// style, labels and selection.
func (c *comparison) syncRight(u *UI) {
	r, l := c.right, u.MapView
	r.Map, r.Style, r.Notes = l.Map, l.Style, l.Notes
	r.SetLabels(l.Labels, l.Tooltips)
	r.SetSelected(l.Selected)
}

// showDates writes the two moments over their maps.
func (c *comparison) showDates(a, b time.Time) {
	for _, d := range []struct {
		t   *canvas.Text
		at  time.Time
		tag string
	}{{c.leftDate, a, "A · "}, {c.rightDate, b, "B · "}} {
		s := d.tag + longDay(d.at)
		if d.t.Text != s {
			d.t.Text = s
			d.t.Color = theme.Color(theme.ColorNameForeground)
			d.t.Refresh()
		}
	}
}

// showChanges lists what changed between the two moments; each change is
// a link that selects the place or goes to the event.
func (c *comparison) showChanges(u *UI, changes []link.Change) {
	a, b := u.State.Time(), u.State.Compare()
	if b.Before(a) {
		a, b = b, a
	}
	c.shown = changes
	items := make([]string, len(changes))
	for i, ch := range changes {
		items[i] = ch.Text
	}
	c.list.Set(fmt.Sprintf("Between %s and %s", longDay(a), longDay(b)), items)
	if !c.list.Visible() {
		c.list.Show()
		u.Figures.Hide()
		u.mapPane.Refresh()
	}
}

// ToggleCompare turns comparing on, with the second moment at the story's
// publication (or its first event, when the moment is already there), or
// off.
func (u *UI) ToggleCompare() {
	l := u.Explainer.Linker
	if l == nil {
		return
	}
	if !u.State.Compare().IsZero() {
		u.State.SetCompare(time.Time{}, FromMenu)
		return
	}
	at := l.Clamp(l.Published)
	if at.Equal(u.State.Time()) {
		from, _ := l.Schedule.Interval(0)
		at = from
	}
	u.State.SetCompare(at, FromMenu)
}

// SelectCompare compares the moment with a date, written as in stories
// (as --compare takes it).
func (u *UI) SelectCompare(date string, src Source) error {
	t, err := u.resolveDate(date)
	if err != nil {
		return err
	}
	u.State.SetCompare(t, src)
	return nil
}

// longDay writes an instant's day as a reader says it: "1 September 1945".
func longDay(t time.Time) string { return t.Format("2 January 2006") }
