package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// shortcutsTable lays out Shortcuts in two columns.
func shortcutsTable() fyne.CanvasObject {
	grid := container.NewGridWithColumns(2)
	for _, s := range Shortcuts {
		k := widget.NewLabel(s.Keys)
		k.TextStyle.Bold = true
		grid.Add(k)
		grid.Add(widget.NewLabel(s.Does))
	}
	mouse := widget.NewLabel("Mouse: drag the map to pan, scroll to zoom, click a place to read about it.\n" +
		"On the timeline: drag the handle or click to move in time, scroll to zoom, drag the overview to pan.")
	mouse.Wrapping = fyne.TextWrapWord
	return container.NewVBox(grid, widget.NewSeparator(), mouse)
}

// ShowShortcuts opens the Help ▸ Keyboard shortcuts dialog.
func ShowShortcuts(w fyne.Window) {
	d := dialog.NewCustom("Keyboard shortcuts", "Close", shortcutsTable(), w)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}
