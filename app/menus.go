package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"peninsula/app/apptheme"
	"peninsula/assets"
	"peninsula/link"
)

// mainMenu is the window's menu bar: File, View and Help.
func (u *UI) mainMenu(w fyne.Window) *fyne.MainMenu {
	quit := fyne.NewMenuItem("Quit", func() { fyne.CurrentApp().Quit() })
	quit.IsQuit = true
	quit.Shortcut = &desktopShortcut{fyne.KeyQ}
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Open story…", func() { u.showOpen(w) }),
		fyne.NewMenuItem("Export view as PNG…", func() { u.showExport(w) }),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	var langItems []*fyne.MenuItem
	for _, l := range link.Languages {
		code := l.Code
		item := fyne.NewMenuItem(l.Name, nil)
		item.Action = func() { u.SetLabelLanguage(code); u.refreshMenu(w) }
		item.Checked = u.lang == code
		langItems = append(langItems, item)
	}
	labels := fyne.NewMenuItem("Map labels", nil)
	labels.ChildMenu = fyne.NewMenu("", langItems...)

	var themeItems []*fyne.MenuItem
	for _, m := range []struct{ mode, name string }{{apptheme.System, "System"}, {apptheme.Light, "Light"}, {apptheme.Dark, "Dark"}} {
		mode := m.mode
		item := fyne.NewMenuItem(m.name, func() { u.ApplyTheme(mode); u.refreshMenu(w) })
		item.Checked = u.themeMode == mode
		themeItems = append(themeItems, item)
	}
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("", themeItems...)

	bigger := fyne.NewMenuItem("Larger text", func() { u.Reader.SetTextSize(u.readerSize() + 1) })
	bigger.Shortcut = &desktopShortcut{fyne.KeyEqual}
	smaller := fyne.NewMenuItem("Smaller text", func() { u.Reader.SetTextSize(u.readerSize() - 1) })
	smaller.Shortcut = &desktopShortcut{fyne.KeyMinus}

	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom in", u.MapView.ZoomIn),
		fyne.NewMenuItem("Zoom out", u.MapView.ZoomOut),
		fyne.NewMenuItem("Whole region", u.MapView.Reset),
		fyne.NewMenuItemSeparator(),
		labels, themes,
		fyne.NewMenuItemSeparator(),
		bigger, smaller,
		fyne.NewMenuItem("Normal text size", func() { u.Reader.SetTextSize(0) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Play / pause", u.Player.Toggle),
		fyne.NewMenuItem("First event", func() { u.GoToStart(FromMenu) }),
		fyne.NewMenuItem("Publication", func() { u.GoToEnd(FromMenu) }),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard shortcuts", func() { ShowShortcuts(w) }),
		fyne.NewMenuItem("About Peninsula", func() { u.ShowAbout(w) }),
	)
	return fyne.NewMainMenu(file, view, help)
}

// refreshMenu rebuilds the menu so its check marks follow the settings.
func (u *UI) refreshMenu(w fyne.Window) {
	if w != nil && w.MainMenu() != nil {
		w.SetMainMenu(u.mainMenu(w))
	}
}

// readerSize is the reader's current text size in points.
func (u *UI) readerSize() float32 {
	if s := u.Reader.TextSize; s > 0 {
		return s
	}
	return fyne.CurrentApp().Settings().Theme().Size("text")
}

// desktopShortcut is Ctrl (⌘ on macOS) with a key.
type desktopShortcut struct{ key fyne.KeyName }

func (s *desktopShortcut) Key() fyne.KeyName               { return s.key }
func (s *desktopShortcut) Mod() fyne.KeyModifier           { return fyne.KeyModifierShortcutDefault }
func (s *desktopShortcut) ShortcutName() string            { return "Custom:" + string(s.key) }
func (s *desktopShortcut) Shortcut() fyne.KeyboardShortcut { return s }

func (u *UI) showOpen(w fyne.Window) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		u.openStoryIn(path, w)
	}, w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".md"}))
	d.Show()
}

func (u *UI) showExport(w fyne.Window) {
	scale := widget.NewRadioGroup([]string{"1× (as on screen)", "2× (sharper, for print)"}, nil)
	scale.SetSelected("1× (as on screen)")
	dialog.ShowCustomConfirm("Export view as PNG", "Choose file…", "Cancel", container.NewVBox(scale), func(ok bool) {
		if !ok {
			return
		}
		k := float32(1)
		if scale.Selected != "1× (as on screen)" {
			k = 2
		}
		save := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err != nil {
				dialog.ShowError(err, w)
				return
			}
			if wc == nil {
				return
			}
			path := wc.URI().Path()
			wc.Close()
			if err := u.ExportPNG(path, w.Canvas().Size(), k); err != nil {
				dialog.ShowError(err, w)
				return
			}
			dialog.ShowInformation("Exported", fmt.Sprintf("Saved %s", filepath.Base(path)), w)
		}, w)
		save.SetFileName("peninsula.png")
		save.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
		save.Show()
	}, w)
}

// ShowAbout opens Help ▸ About: the version, the explainer's source and
// every data source and licence.
func (u *UI) ShowAbout(w fyne.Window) {
	head := widget.NewLabel(fmt.Sprintf("Peninsula %s\nSouth Korea between China, Japan and the United States:"+
		" a map, the explainer and a timeline, linked.", Version))
	head.Wrapping = fyne.TextWrapWord
	src := ""
	if s := u.Story(); s != nil {
		src = "Story: " + s.Title + "\nBased on " + s.Source.Citation() + ". Written in our own words."
	}
	srcLabel := widget.NewLabel(src)
	srcLabel.Wrapping = fyne.TextWrapWord
	notice := widget.NewLabel(assets.Notice)
	notice.Wrapping = fyne.TextWrapWord
	notice.TextStyle.Monospace = false
	body := container.NewVBox(head, srcLabel, widget.NewSeparator(), notice)
	d := dialog.NewCustom("About Peninsula", "Close", container.NewVScroll(body), w)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}
