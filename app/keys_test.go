package app

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// keyboard sends input as the GLFW driver does: key presses and releases
// to the canvas's key-down/up handlers, keys and characters to the canvas's
// typed-key/rune handlers (nothing has the focus) and shortcuts through the
// canvas's shortcut handling.
type keyboard struct {
	c  fyne.Canvas
	dc desktop.Canvas // the key-down and key-up handlers installed with c
}

func newKeyboard(u *UI, w fyne.Window) keyboard {
	dc := &desktopCanvas{Canvas: w.Canvas()}
	u.InstallShortcuts(dc)
	return keyboard{w.Canvas(), dc}
}

func (k keyboard) press(names ...fyne.KeyName) {
	for _, n := range names {
		k.dc.OnKeyDown()(&fyne.KeyEvent{Name: n})
	}
}

func (k keyboard) release(names ...fyne.KeyName) {
	for _, n := range names {
		k.dc.OnKeyUp()(&fyne.KeyEvent{Name: n})
	}
}

func (k keyboard) key(n fyne.KeyName) {
	k.press(n)
	if f := k.c.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: n})
	} else {
		k.c.OnTypedKey()(&fyne.KeyEvent{Name: n})
	}
	k.release(n)
}

func (k keyboard) shiftKey(n fyne.KeyName) {
	k.press(desktop.KeyShiftLeft)
	k.key(n)
	k.release(desktop.KeyShiftLeft)
}

func (k keyboard) char(r rune) {
	if f := k.c.Focused(); f != nil {
		f.TypedRune(r)
	} else {
		k.c.OnTypedRune()(r)
	}
}

func (k keyboard) ctrl(n fyne.KeyName) {
	k.c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: n, Modifier: fyne.KeyModifierControl})
}

// readmeKeys returns the rows of the README's keyboard table, backticks
// removed.
func readmeKeys(t *testing.T) []Shortcut {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, "### Keyboard")
	if i < 0 {
		t.Fatal("the README has no keyboard table")
	}
	var rows []Shortcut
	for _, line := range strings.Split(text[i:], "\n")[1:] {
		if strings.HasPrefix(line, "#") {
			break
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 2 || cells[0] == "keys" || strings.HasPrefix(cells[0], "---") {
			continue
		}
		rows = append(rows, Shortcut{strings.ReplaceAll(cells[0], "`", ""), cells[1]})
	}
	return rows
}

// TestEveryKey walks every row of the README's keyboard table (which must
// be the Help dialog's list) and every menu accelerator, sending the keys
// as the driver does, and checks what each did.
func TestEveryKey(t *testing.T) {
	if rows := readmeKeys(t); !slices.Equal(rows, Shortcuts) {
		t.Fatalf("the README's keyboard table\n%v\nis not the Help dialog's\n%v", rows, Shortcuts)
	}
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	kb := newKeyboard(u, w)
	l := u.Explainer.Linker
	at := func(s string) time.Time { return dateOf(t, s) }
	start := func(i int) time.Time { f, _ := l.Schedule.Interval(i); return f }
	checks := map[string]func(t *testing.T){
		"← / →": func(t *testing.T) {
			u.State.SetTime(at("1950-06-25"), FromTimeline)
			kb.key(fyne.KeyRight)
			if want := start(l.Schedule.Next(at("1950-06-25"))); !u.State.Time().Equal(want) {
				t.Errorf("→: %v, want %v", u.State.Time(), want)
			}
			kb.key(fyne.KeyLeft)
			kb.key(fyne.KeyLeft)
			if want := start(l.Schedule.Prev(at("1950-06-25"))); !u.State.Time().Equal(want) {
				t.Errorf("← ←: %v, want %v", u.State.Time(), want)
			}
		},
		"Shift+← / Shift+→": func(t *testing.T) {
			u.State.SetTime(at("1960-03-01"), FromTimeline)
			kb.shiftKey(fyne.KeyRight)
			if want := at("1961-03-01"); !u.State.Time().Equal(want) {
				t.Errorf("Shift+→: %v, want %v", u.State.Time(), want)
			}
			kb.shiftKey(fyne.KeyLeft)
			kb.shiftKey(fyne.KeyLeft)
			if want := at("1959-03-01"); !u.State.Time().Equal(want) {
				t.Errorf("Shift+← twice: %v, want %v", u.State.Time(), want)
			}
			kb.key(fyne.KeyRight) // Shift released: the next event again
			if want := start(l.Schedule.Next(at("1959-03-01"))); !u.State.Time().Equal(want) {
				t.Errorf("→ after Shift: %v, want %v", u.State.Time(), want)
			}
		},
		"Home / End": func(t *testing.T) {
			kb.key(fyne.KeyHome)
			if !u.State.Time().Equal(l.Schedule.Start()) {
				t.Errorf("Home: %v", u.State.Time())
			}
			kb.key(fyne.KeyEnd)
			if want := at("2006-02-08"); !u.State.Time().Equal(want) {
				t.Errorf("End: %v, want the publication %v", u.State.Time(), want)
			}
		},
		"Space": func(t *testing.T) {
			u.Player.start = func(*fyne.Animation) {}
			u.State.SetTime(at("1950-06-25"), FromTimeline)
			kb.key(fyne.KeySpace)
			if !u.Player.Playing() || u.play.Icon.Name() != "media-pause.svg" && !strings.Contains(u.play.Icon.Name(), "pause") {
				t.Errorf("Space: playing %v, button %s", u.Player.Playing(), u.play.Icon.Name())
			}
			kb.key(fyne.KeySpace)
			if u.Player.Playing() {
				t.Error("Space while playing did not pause")
			}
			u.State.SetTime(start(len(l.Schedule.Items)-1), FromPlayback) // played to the last event: finished
			if !strings.Contains(u.play.Icon.Name(), "replay") {
				t.Errorf("at the end the button shows %s, want replay", u.play.Icon.Name())
			}
			kb.key(fyne.KeySpace)
			if !u.Player.Playing() || !u.State.Time().Equal(l.Schedule.Start()) {
				t.Errorf("Space at the end: playing %v from %v, want from the start", u.Player.Playing(), u.State.Time())
			}
			kb.key(fyne.KeySpace)
		},
		"+ / −": func(t *testing.T) {
			z := u.MapView.Viewport().Zoom
			kb.char('+')
			if u.MapView.Viewport().Zoom <= z {
				t.Errorf("+ did not zoom in")
			}
			kb.char('−')
			kb.char('-')
			if u.MapView.Viewport().Zoom >= z {
				t.Errorf("− − did not zoom out past the start (%v → %v)", z, u.MapView.Viewport().Zoom)
			}
		},
		"0": func(t *testing.T) {
			kb.char('+')
			kb.char('0')
			if u.MapView.Moved() {
				t.Errorf("0 did not return to the whole region")
			}
		},
		"Esc": func(t *testing.T) {
			u.SelectPlace("dokdo", FromMap)
			u.window = w
			defer func() { u.window = nil }()
			u.aboutDialog()
			kb.key(fyne.KeyEscape)
			if w.Canvas().Overlays().Top() != nil || u.State.Place() != "dokdo" {
				t.Errorf("the first Esc: dialog open %v, place %q; want the dialog closed, the place kept",
					w.Canvas().Overlays().Top() != nil, u.State.Place())
			}
			kb.key(fyne.KeyEscape)
			if u.State.Place() != "" || u.Reader.BarText() != "" {
				t.Errorf("Esc: place %q, bar %q", u.State.Place(), u.Reader.BarText())
			}
		},
		"Ctrl+= / Ctrl+−": func(t *testing.T) {
			size := u.readerSize()
			kb.ctrl(fyne.KeyEqual)
			if u.Reader.TextSize != size+1 {
				t.Errorf("Ctrl+=: text size %v, want %v", u.Reader.TextSize, size+1)
			}
			kb.ctrl(fyne.KeyMinus)
			kb.ctrl(fyne.KeyMinus)
			if u.Reader.TextSize != size-1 {
				t.Errorf("Ctrl+−: text size %v, want %v", u.Reader.TextSize, size-1)
			}
		},
		"Ctrl+F": func(t *testing.T) {
			kb.ctrl(fyne.KeyF)
			if !u.find.box.Visible() || w.Canvas().Focused() != u.find.box.Field() {
				t.Fatalf("Ctrl+F: box shown %v, focus %T", u.find.box.Visible(), w.Canvas().Focused())
			}
			for _, r := range "Takeshima" {
				kb.char(r)
			}
			kb.key(fyne.KeyReturn)
			if u.State.Place() != "dokdo" {
				t.Errorf("Return after typing Takeshima selected %q", u.State.Place())
			}
			kb.key(fyne.KeyEscape)
			if u.find.box.Visible() || u.State.Place() != "" {
				t.Errorf("Esc: box shown %v, place %q", u.find.box.Visible(), u.State.Place())
			}
		},
		"Ctrl+O": func(t *testing.T) {
			u.window = w
			defer func() { u.window = nil }()
			kb.ctrl(fyne.KeyO)
			if top := w.Canvas().Overlays().Top(); top == nil {
				t.Error("Ctrl+O opened no dialog")
			} else {
				w.Canvas().Overlays().Remove(top)
			}
		},
		"Ctrl+Q": func(t *testing.T) {
			quit := 0
			u.onQuit = func() { quit++ }
			kb.ctrl(fyne.KeyQ)
			if quit != 1 {
				t.Errorf("Ctrl+Q quit %d times", quit)
			}
		},
	}
	for _, s := range Shortcuts {
		check := checks[s.Keys]
		if check == nil {
			t.Errorf("no check for %q", s.Keys)
			continue
		}
		t.Run(s.Keys, check)
	}
	// Every menu accelerator is one of those rows, with the name the GLFW
	// driver looks up.
	for _, m := range u.mainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil {
				continue
			}
			if _, ok := it.Shortcut.(*desktop.CustomShortcut); !ok {
				t.Errorf("%s ▸ %s: shortcut %T, want desktop.CustomShortcut", m.Label, it.Label, it.Shortcut)
			}
			if !strings.HasPrefix(it.Shortcut.ShortcutName(), "CustomDesktop:Control+") {
				t.Errorf("%s ▸ %s: shortcut name %q", m.Label, it.Label, it.Shortcut.ShortcutName())
			}
		}
	}
}

// TestKeysWhereverFocusIs: after choosing a section from the contents menu
// the app's keys move time, not the section; a button that has the focus
// (Tab) passes the app's keys on and shows that it has it.
func TestKeysWhereverFocusIs(t *testing.T) {
	u, w := newTestUI(t, fyne.NewSize(1400, 900))
	kb := newKeyboard(u, w)
	test.Tap(u.Reader.ContentsButton())
	menu := w.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the contents button opened no menu")
	}
	item := findText(menu, "How does South Korea deal with North Korea?")
	if item == nil {
		t.Fatalf("the menu has no such section: %v", texts(menu))
	}
	test.Tap(item)
	if u.Reader.Section() != "north" || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("after choosing: section %q, menu open %v", u.Reader.Section(), w.Canvas().Overlays().Top() != nil)
	}
	if f := w.Canvas().Focused(); f != nil {
		t.Errorf("choosing a section left the focus on %T", f)
	}
	u.State.SetTime(dateOf(t, "1950-06-25"), FromTimeline)
	before := u.State.Time()
	kb.key(fyne.KeyRight)
	if !u.State.Time().After(before) || u.Reader.Section() == "" {
		t.Errorf("→ after choosing a section: time %v (was %v)", u.State.Time(), before)
	}
	// Tab to a button: the keys still reach the app; Return presses it.
	w.Canvas().Focus(u.play)
	kb.key(fyne.KeyLeft)
	if !u.State.Time().Equal(before) {
		t.Errorf("← with the play button focused: time %v, want %v", u.State.Time(), before)
	}
	u.Player.start = func(*fyne.Animation) {}
	kb.key(fyne.KeyReturn)
	if !u.Player.Playing() {
		t.Error("Return on the focused play button did not play")
	}
	u.Player.Stop()
}

// findText returns the first object under o that shows exactly s.
func findText(o fyne.CanvasObject, s string) fyne.Tappable {
	var found fyne.Tappable
	var walk func(o fyne.CanvasObject, tap fyne.Tappable)
	walk = func(o fyne.CanvasObject, tap fyne.Tappable) {
		if found != nil {
			return
		}
		if tp, ok := o.(fyne.Tappable); ok {
			tap = tp
		}
		if txt := texts(o); len(txt) == 1 && txt[0] == s && tap != nil {
			found = tap
			return
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch, tap)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch, tap)
			}
		}
	}
	walk(o, nil)
	return found
}
