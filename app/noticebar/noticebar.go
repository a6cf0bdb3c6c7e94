// Package noticebar is a strip of quiet, non-modal messages for the top of
// a window: settings that cannot be saved, a story file whose new version
// has problems. Each message has a key; setting a key again replaces its
// message, and its close button or Clear removes it. Each line under a
// message is a button that reports the line (OnLineTapped), so a
// `file:line:col: message` can be copied to an editor. Nothing waits for
// the bar: it is not a dialog.
package noticebar

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/internal/control"
)

// Bar is the strip of messages; empty, it takes no room.
type Bar struct {
	widget.BaseWidget

	// OnLineTapped is called with a line of a message when it is tapped.
	OnLineTapped func(line string)
	// OnChanged is called after a message is set or cleared: the bar's
	// height has changed, so the container holding it should lay out again.
	OnChanged func()

	box  *fyne.Container
	rows map[string]*message
}

// message is one message on the bar.
type message struct {
	obj   fyne.CanvasObject
	title string
	lines []string
}

// New returns an empty bar.
func New() *Bar {
	b := &Bar{box: container.NewVBox(), rows: map[string]*message{}}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget.
func (b *Bar) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.box) }

// Set shows a message under key: a title and zero or more lines.
func (b *Bar) Set(key, title string, lines []string) {
	if old := b.rows[key]; old != nil {
		b.box.Remove(old.obj)
	}
	bg := canvas.NewRectangle(Color)
	bg.CornerRadius = 4
	text := widget.NewLabel(title)
	text.Wrapping = fyne.TextWrapWord
	text.TextStyle.Bold = len(lines) > 0
	body := container.NewVBox(text)
	for _, l := range lines {
		line := l
		btn := control.NewButton(line, nil, func() {
			if b.OnLineTapped != nil {
				b.OnLineTapped(line)
			}
		})
		btn.Alignment = widget.ButtonAlignLeading
		btn.Importance = widget.LowImportance
		body.Add(btn)
	}
	closeBtn := control.NewButton("", theme.CancelIcon(), func() { b.Clear(key) })
	closeBtn.Importance = widget.LowImportance
	row := container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewVBox(closeBtn), body))
	b.rows[key] = &message{obj: row, title: title, lines: lines}
	b.box.Add(row)
	b.changed()
}

// Clear removes the message under key, if any.
func (b *Bar) Clear(key string) {
	if r := b.rows[key]; r != nil {
		b.box.Remove(r.obj)
		delete(b.rows, key)
		b.changed()
	}
}

// Get returns the title and lines of the message under key, and whether
// there is one.
func (b *Bar) Get(key string) (string, []string, bool) {
	r := b.rows[key]
	if r == nil {
		return "", nil, false
	}
	return r.title, r.lines, true
}

func (b *Bar) changed() {
	b.Refresh()
	if b.OnChanged != nil {
		b.OnChanged()
	}
}

// Color is the messages' background: a soft amber that reads on the light
// and the dark theme.
var Color color.Color = color.NRGBA{0xf2, 0xb1, 0x34, 0x40}
