// Package changelist is the list of what changed between two moments,
// shown while the map compares them: a title, the changes as links in two
// columns (OnTapped reports which), and a close button (OnClose). It takes
// plain text: the app words the changes.
package changelist

import (
	"slices"

	"fyne.io/fyne/v2/driver/desktop"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// List is the list of changes.
type List struct {
	widget.BaseWidget

	OnTapped func(i int) // change i was clicked
	OnClose  func()      // ✕

	title *widget.Label
	rows  *fyne.Container
	items []string
	box   fyne.CanvasObject
}

// New returns an empty list.
func New() *List {
	l := &List{title: widget.NewLabel(""), rows: container.NewGridWithColumns(2)}
	l.title.TextStyle.Bold = true
	closeBtn := control.NewButton("", theme.CancelIcon(), func() {
		if l.OnClose != nil {
			l.OnClose()
		}
	})
	closeBtn.Importance = widget.LowImportance
	scroll := container.NewVScroll(l.rows)
	scroll.SetMinSize(fyne.NewSize(300, 118))
	l.box = container.NewBorder(container.NewBorder(nil, nil, nil, closeBtn, l.title), nil, nil, nil, scroll)
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer implements fyne.Widget.
func (l *List) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.box) }

// Set shows a title and the changes; empty, it says that nothing changed.
// The same changes again rebuild nothing.
func (l *List) Set(title string, items []string) {
	l.title.SetText(title)
	if slices.Equal(items, l.items) && len(l.rows.Objects) > 0 {
		return
	}
	l.items = slices.Clone(items)
	l.rows.RemoveAll()
	for i, text := range items {
		l.rows.Add(newRow(text, func() {
			if l.OnTapped != nil {
				l.OnTapped(i)
			}
		}))
	}
	if len(items) == 0 {
		l.rows.Add(widget.NewLabel("Nothing on the map changed."))
	}
}

// Title returns the list's title.
func (l *List) Title() string { return l.title.Text }

// Items returns the changes listed.
func (l *List) Items() []string { return l.items }

// row is one change: a link-like label cut short with "…" when its column
// is narrow (a button would widen the window to its whole text), with the
// a hand cursor to say it can be clicked.
type row struct {
	widget.Label
	onTap func()
}

func newRow(text string, tap func()) *row {
	r := &row{onTap: tap}
	r.Text = text
	r.Truncation = fyne.TextTruncateEllipsis
	r.TextStyle.Bold = true
	r.ExtendBaseWidget(r)
	return r
}

// Tapped implements fyne.Tappable.
func (r *row) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// Cursor implements desktop.Cursorable: a hand, as over a link.
func (r *row) Cursor() desktop.Cursor { return desktop.PointerCursor }
