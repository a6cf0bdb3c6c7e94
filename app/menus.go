package app

import (
	"fyne.io/fyne/v2"

	"peninsula/app/apptheme"
	"peninsula/link"
)

// mainMenu is the window's menu bar: File, View and Help. Its accelerators
// are the canvas's (InstallShortcuts): the same shortcuts and actions.
func (u *UI) mainMenu() *fyne.MainMenu {
	acc := u.accelerators()
	item := func(label string, s fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = s
		return it
	}
	quit := item("Quit", shortcutQuit, acc[shortcutQuit])
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("Open story…", shortcutOpen, acc[shortcutOpen]),
		fyne.NewMenuItem("Export view as PNG…", u.exportDialog),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	var langItems []*fyne.MenuItem
	for _, l := range link.Languages {
		code := l.Code
		it := fyne.NewMenuItem(l.Name, func() { u.SetLabelLanguage(code); u.refreshMenu() })
		it.Checked = u.lang == code
		langItems = append(langItems, it)
	}
	labels := fyne.NewMenuItem("Map labels", nil)
	labels.ChildMenu = fyne.NewMenu("", langItems...)

	nameItems := []*fyne.MenuItem{fyne.NewMenuItem("Both", func() { u.SetNames(""); u.refreshMenu() })}
	nameItems[0].Checked = u.party == ""
	for _, p := range u.Explainer.Parties() {
		id := p.ID
		it := fyne.NewMenuItem(p.Text, func() { u.SetNames(id); u.refreshMenu() })
		it.Checked = u.party == id
		nameItems = append(nameItems, it)
	}
	names := fyne.NewMenuItem("Names", nil)
	names.ChildMenu = fyne.NewMenu("", nameItems...)

	var themeItems []*fyne.MenuItem
	for _, m := range []struct{ mode, name string }{{apptheme.System, "System"}, {apptheme.Light, "Light"}, {apptheme.Dark, "Dark"}} {
		mode := m.mode
		it := fyne.NewMenuItem(m.name, func() { u.ApplyTheme(mode); u.refreshMenu() })
		it.Checked = u.themeMode == mode
		themeItems = append(themeItems, it)
	}
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("", themeItems...)

	compare := fyne.NewMenuItem("Compare two moments", func() { u.ToggleCompare(); u.refreshMenu() })
	compare.Checked = !u.State.Compare().IsZero()
	view := fyne.NewMenu("View",
		item("Find…", shortcutFind, acc[shortcutFind]),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Zoom in", u.MapView.ZoomIn),
		fyne.NewMenuItem("Zoom out", u.MapView.ZoomOut),
		fyne.NewMenuItem("Whole region", u.MapView.Reset),
		compare,
		fyne.NewMenuItemSeparator(),
		labels, names, themes,
		fyne.NewMenuItemSeparator(),
		item("Larger text", shortcutLarger, acc[shortcutLarger]),
		item("Smaller text", shortcutSmaller, acc[shortcutSmaller]),
		fyne.NewMenuItem("Normal text size", func() { u.Reader.SetTextSize(0) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Play / pause", u.Player.Toggle),
		fyne.NewMenuItem("First event", func() { u.GoToStart(FromMenu) }),
		fyne.NewMenuItem("Publication", func() { u.GoToEnd(FromMenu) }),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard shortcuts", u.shortcutsDialog),
		fyne.NewMenuItem("About Peninsula", u.aboutDialog),
	)
	return fyne.NewMainMenu(file, view, help)
}

// refreshMenu rebuilds the menu so its check marks follow the settings.
func (u *UI) refreshMenu() {
	if u.window != nil && u.window.MainMenu() != nil {
		u.window.SetMainMenu(u.mainMenu())
	}
}

// readerSize is the reader's current text size in points.
func (u *UI) readerSize() float32 {
	if s := u.Reader.TextSize; s > 0 {
		return s
	}
	return fyne.CurrentApp().Settings().Theme().Size("text")
}

// quit ends the app (tests replace onQuit).
func (u *UI) quit() {
	if u.onQuit != nil {
		u.onQuit()
		return
	}
	fyne.CurrentApp().Quit()
}
