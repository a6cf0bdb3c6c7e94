// Package findbox is the search box of the window: a field, a line that
// counts what was found, and the hits listed under their kinds. It knows
// nothing of stories or searching: the app gives it the groups of hits to
// list and hears what the reader does through OnQuery (typing), OnStep
// (Return and ↓ forward, ↑ back), OnChoose (a hit clicked) and OnClose (Esc
// or ✕).
package findbox

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// Group is one kind of hit in the list: its heading and its hits' lines.
type Group struct {
	Title string
	Hits  []string
}

// Box is the search box.
type Box struct {
	widget.BaseWidget

	OnQuery  func(text string) // the text typed changed
	OnStep   func(d int)       // Return or ↓ (+1), ↑ (−1), or the arrow buttons
	OnChoose func(i int)       // hit i (counted across the groups) was clicked
	OnClose  func()            // Esc in the field, or ✕

	entry   *field
	summary *widget.Label
	rows    *fyne.Container
	scroll  *container.Scroll
	box     *fyne.Container
	rowOf   []int // the row of each hit in rows
}

// field is the text field: it types the query and passes Return, ↓, ↑ and
// Esc to the box.
type field struct {
	widget.Entry
	b *Box
}

// TypedKey steps on Return, ↓ and ↑, closes on Esc, and types the rest.
func (f *field) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDown:
		f.b.step(1)
	case fyne.KeyUp:
		f.b.step(-1)
	case fyne.KeyEscape:
		if f.b.OnClose != nil {
			f.b.OnClose()
		}
	default:
		f.Entry.TypedKey(k)
	}
}

// New returns an empty box with placeholder text in its field.
func New(placeholder string) *Box {
	b := &Box{}
	b.entry = &field{b: b}
	b.entry.ExtendBaseWidget(b.entry)
	b.entry.SetPlaceHolder(placeholder)
	b.entry.OnChanged = func(s string) {
		if b.OnQuery != nil {
			b.OnQuery(s)
		}
	}
	b.summary = widget.NewLabel("")
	b.summary.TextStyle.Italic = true
	closeBtn := control.NewButton("", theme.CancelIcon(), func() {
		if b.OnClose != nil {
			b.OnClose()
		}
	})
	up := control.NewButton("", theme.MoveUpIcon(), func() { b.step(-1) })
	down := control.NewButton("", theme.MoveDownIcon(), func() { b.step(1) })
	for _, btn := range []*control.Button{closeBtn, up, down} {
		btn.Importance = widget.LowImportance
	}
	b.rows = container.NewVBox()
	b.scroll = container.NewVScroll(b.rows)
	b.scroll.SetMinSize(fyne.NewSize(200, 170))
	head := container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()), container.NewHBox(up, down, closeBtn), b.entry)
	b.box = container.NewVBox(head, b.summary, b.scroll, widget.NewSeparator())
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget.
func (b *Box) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.box) }

// Field is the text field, to give it the focus.
func (b *Box) Field() fyne.Focusable { return b.entry }

// Text returns the text typed.
func (b *Box) Text() string { return b.entry.Text }

// SelectAll selects the field's text, so that typing replaces it.
func (b *Box) SelectAll() { b.entry.TypedShortcut(&fyne.ShortcutSelectAll{}) }

// Summary returns the line over the list.
func (b *Box) Summary() string { return b.summary.Text }

// SetResults shows the summary line and the groups of hits, hit current
// (counted across the groups; −1 for none) highlighted and scrolled into
// view.
func (b *Box) SetResults(summary string, groups []Group, current int) {
	b.summary.SetText(summary)
	b.rows.RemoveAll()
	b.rowOf = b.rowOf[:0]
	i := 0
	for _, g := range groups {
		head := widget.NewLabel(g.Title)
		head.TextStyle = fyne.TextStyle{Italic: true}
		b.rows.Add(head)
		for _, h := range g.Hits {
			n := i
			btn := control.NewButton(h, nil, func() {
				if b.OnChoose != nil {
					b.OnChoose(n)
				}
			})
			btn.Alignment = widget.ButtonAlignLeading
			btn.Importance = widget.LowImportance
			if i == current {
				btn.Importance = widget.HighImportance
			}
			b.rowOf = append(b.rowOf, len(b.rows.Objects))
			b.rows.Add(btn)
			i++
		}
	}
	b.reveal(current)
}

// reveal scrolls the list so hit i shows.
func (b *Box) reveal(i int) {
	if i < 0 || i >= len(b.rowOf) {
		b.scroll.ScrollToTop()
		return
	}
	b.rows.Refresh()
	o := b.rows.Objects[b.rowOf[i]]
	y, h := o.Position().Y, b.scroll.Size().Height
	if y < b.scroll.Offset.Y || y+o.Size().Height > b.scroll.Offset.Y+h {
		b.scroll.Offset = fyne.NewPos(0, max(0, y-h/2))
		b.scroll.Refresh()
	}
}

func (b *Box) step(d int) {
	if b.OnStep != nil {
		b.OnStep(d)
	}
}
