package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"peninsula/assets"
)

// The dialogs of the menus. Each needs the window; headless, they do
// nothing.

// openDialog is File ▸ Open story…: it starts in the folder of the story
// shown, or of the one opened last.
func (u *UI) openDialog() {
	w := u.window
	if w == nil {
		return
	}
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
	if dir := u.storyFolder(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

// storyFolder is the folder the Open dialog starts in: the current story's,
// else the last opened one's; "" when there is none.
func (u *UI) storyFolder() string {
	for _, p := range []string{u.storyPath, u.lastOpened} {
		if p != "" {
			return filepath.Dir(p)
		}
	}
	return ""
}

// exportDialog is File ▸ Export view as PNG…
func (u *UI) exportDialog() {
	w := u.window
	if w == nil {
		return
	}
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

// aboutDialog is Help ▸ About: the version, the explainer's source and
// every data source and licence, formatted.
func (u *UI) aboutDialog() {
	if u.window == nil {
		return
	}
	head := widget.NewLabel(fmt.Sprintf("Peninsula %s\nSouth Korea between China, Japan and the United States:"+
		" a map, the explainer and a timeline, linked.", Version))
	head.Wrapping = fyne.TextWrapWord
	src := ""
	if s := u.Story(); s != nil {
		src = "Story: " + s.Title + "\nBased on " + s.Source.Citation() + ". Written in our own words."
	}
	srcLabel := widget.NewLabel(src)
	srcLabel.Wrapping = fyne.TextWrapWord
	notice := widget.NewRichText(noticeSegments(assets.Notice)...)
	notice.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(head, srcLabel, widget.NewSeparator(), notice)
	d := dialog.NewCustom("About Peninsula", "Close", container.NewVScroll(body), u.window)
	d.Resize(fyne.NewSize(680, 600))
	d.Show()
}

// shortcutsDialog is Help ▸ Keyboard shortcuts.
func (u *UI) shortcutsDialog() {
	if u.window == nil {
		return
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", shortcutsTable(), u.window)
	d.Resize(fyne.NewSize(600, 520))
	d.Show()
}
