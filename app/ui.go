package app

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"peninsula/geo"
	"peninsula/story"
)

// UI is the content of Peninsula's window: the map with its controls and
// selection panel beside the reader, all wired to one State. It needs no
// window, so tests and the snapshot command build it headless.
type UI struct {
	State   *State
	Base    *geo.Map // the map data alone
	Map     *geo.Map // the map with the story's own places
	Story   *story.Story
	MapView *MapView
	Reader  *Reader

	Timeline *TimelineView
	Player   *Player

	info        *infoPanel
	legend      *legend
	linker      *Linker
	layers      *timeLayers
	highlight   []string        // map features of the current moment
	activeLinks map[string]bool // event ids of the current moment
	quietReader bool            // the next time change must not scroll the text
	lang        string          // map label language
	legendSlot  *fyne.Container // holds the legend, rebuilt with the palette
	themeMode   string
	storyPath   string          // the file the story came from; "" for the built-in one
	overlay     *fyne.Container // the controls, legend and panel over the map
	revealed    string          // the passage the timeline last scrolled to
	playButton  *widget.Button
	split       *container.Split
	content     fyne.CanvasObject
	jumpNext    bool // the next place change came from the map: jump the reader
	zoomIn      *widget.Button
	zoomOut     *widget.Button
	zoomReset   *widget.Button
}

// NewUI builds the interface for map m and story s (s may be nil).
func NewUI(m *geo.Map, s *story.Story) *UI {
	u := &UI{State: &State{}, Base: m}
	u.MapView = NewMapView(m)
	u.MapView.Name = u.featureName
	u.MapView.HoverName = u.hoverName
	u.lang = LangEnglish
	u.MapView.OnSelected = func(id string) {
		u.jumpNext = true
		if p := placeFor(u.Story, id); p != nil {
			id = p.ID
		}
		u.State.SetPlace(id)
		u.jumpNext = false
	}
	u.Reader = NewReader(nil)
	u.Reader.OnPlaceTapped = func(id string) { u.State.SetPlace(id) }
	u.Reader.OnEventTapped = func(id string) { u.goToEvent(id, true) }
	u.Reader.OnClosePlace = func() { u.State.SetPlace("") }
	u.info = newInfoPanel()
	u.legend = newLegend(u.MapView.Style)
	u.activeLinks = map[string]bool{}
	u.Player = &Player{State: u.State}
	u.State.Observe(u.stateChanged)

	u.zoomIn = widget.NewButtonWithIcon("", theme.ZoomInIcon(), u.MapView.ZoomIn)
	u.zoomOut = widget.NewButtonWithIcon("", theme.ZoomOutIcon(), u.MapView.ZoomOut)
	u.zoomReset = widget.NewButtonWithIcon("", theme.HomeIcon(), u.MapView.Reset)
	controls := container.NewVBox(u.zoomIn, u.zoomOut, u.zoomReset)
	u.legendSlot = container.NewVBox(u.legend.box)
	overlay := container.NewBorder(
		container.NewHBox(u.legendSlot, layout.NewSpacer(), controls),
		container.NewHBox(u.info.box, layout.NewSpacer()), nil, nil)
	u.legend.parent = overlay
	u.overlay = overlay
	mapArea := container.NewStack(u.MapView, container.NewPadded(overlay))
	u.split = container.NewHSplit(mapArea, u.Reader)
	u.split.Offset = 0.6
	u.Timeline = NewTimelineView()
	u.Timeline.OnScrub = func(t time.Time) {
		u.Player.Stop()
		u.State.SetTime(u.clampTime(t))
	}
	u.Timeline.OnEventTapped = func(id string) { u.goToEvent(id, false) }
	u.playButton = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), u.Player.Toggle)
	u.Player.OnChange = func(playing bool) {
		if playing {
			u.playButton.SetIcon(theme.MediaPauseIcon())
		} else {
			u.playButton.SetIcon(theme.MediaPlayIcon())
		}
	}
	bottom := container.NewBorder(nil, nil, container.NewCenter(u.playButton), nil, u.Timeline)
	u.content = container.NewBorder(nil, bottom, nil, nil, u.split)
	u.SetStory(s)
	return u
}

// Content returns the window content.
func (u *UI) Content() fyne.CanvasObject { return u.content }

// SetStory shows another story: the reader's text and the story's places
// on the map. The selection is cleared.
func (u *UI) SetStory(s *story.Story) {
	u.Story = s
	u.Map = u.Base
	if s != nil {
		u.Map = WithStory(u.Base, s)
	}
	u.MapView.SetMap(u.Map)
	u.Player.Stop()
	u.State.SetPlace("")
	u.Reader.SetStory(s)
	u.linker, u.Player.Schedule = nil, nil
	u.layers = newTimeLayers(s)
	if s != nil && len(s.Events) > 0 {
		u.linker = NewLinker(s)
		u.Player.Schedule = u.linker.Schedule
		u.Timeline.SetStory(s, u.linker.Schedule)
	}
	if u.linker != nil {
		// Open at the story's own moment: its publication.
		u.State.at = time.Time{}
		u.State.SetTime(u.linker.Published)
	} else {
		u.MapView.SetFilter(u.layers.visible)
	}
}

// stateChanged brings every view in line with the State.
func (u *UI) stateChanged(c Change) {
	if c&TimeChanged != 0 {
		u.timeChanged()
	}
	if c&PlaceChanged == 0 {
		return
	}
	id := u.State.Place()
	fid := featureFor(u.Story, id)
	u.MapView.SetSelected(fid)
	if !u.jumpNext && id != "" {
		u.MapView.FocusOn(fid)
	}
	u.Reader.ShowPlace(id, u.placeName(id), u.jumpNext)
	u.info.show(u.placeInfo(id))
	u.markPlaceEvents(id)
}

// featureName is a map feature's label: the story's English name for it
// when the story has one.
func (u *UI) featureName(f *geo.Feature) string {
	if p := placeFor(u.Story, f.ID); p != nil {
		return p.Name(u.lang)
	}
	return f.Name
}

// hoverName is the tooltip of a map feature: its names in all three
// languages when the story has them.
func (u *UI) hoverName(f *geo.Feature) string {
	if p := placeFor(u.Story, f.ID); p != nil {
		return FullName(p)
	}
	return f.Name
}

// SetLabelLanguage switches the map's labels to English, Korean or
// Japanese ("en", "ko", "ja"); names a place lacks in that language stay
// English.
func (u *UI) SetLabelLanguage(lang string) {
	if lang != LangKorean && lang != LangJapanese {
		lang = LangEnglish
	}
	if lang == u.lang {
		return
	}
	u.lang = lang
	u.MapView.RedrawBase() // labels are part of the base map
}

// LabelLanguage returns the map's label language.
func (u *UI) LabelLanguage() string { return u.lang }

// placeName is the English name of a story place or map feature.
func (u *UI) placeName(id string) string {
	if u.Story != nil {
		if p := u.Story.Place(id); p != nil {
			return p.Name("en")
		}
	}
	if f := u.Map.Feature(id); f != nil {
		return f.Name
	}
	return id
}

// placeInfo returns the selection panel's lines for a place: its name, its
// names in Korean and Japanese and other names, and what it is.
func (u *UI) placeInfo(id string) (title, names, kind string) {
	if id == "" {
		return "", "", ""
	}
	title = u.placeName(id)
	if u.Story != nil {
		if p := u.Story.Place(id); p != nil {
			if full := FullName(p); full != title {
				names = full
			}
		}
	}
	if f := u.Map.Feature(featureFor(u.Story, id)); f != nil {
		kind = kindText(f)
	}
	return title, names, kind
}

func kindText(f *geo.Feature) string {
	switch f.Kind {
	case geo.Country:
		return "Country"
	case geo.Area:
		return "Region"
	case geo.Line:
		return "Line"
	case geo.Badge:
		return "Across the Pacific"
	case geo.Point:
		if f.Class == "capital" {
			return "Capital"
		}
		return "Place"
	}
	return ""
}

// infoPanel is the small card at the map's bottom-left corner naming the
// selected place.
type infoPanel struct {
	title, names, kind *widget.Label
	bg                 *canvas.Rectangle
	box                *fyne.Container
}

func newInfoPanel() *infoPanel {
	p := &infoPanel{title: widget.NewLabel(""), names: widget.NewLabel(""), kind: widget.NewLabel("")}
	p.title.TextStyle.Bold = true
	p.kind.Importance = widget.LowImportance
	p.kind.TextStyle.Italic = true
	p.bg = canvas.NewRectangle(theme.Color(colorPanel))
	p.bg.CornerRadius = 6
	p.bg.StrokeColor = color.NRGBA{0x6f, 0x93, 0xab, 0xff}
	p.bg.StrokeWidth = 1
	p.box = container.NewStack(p.bg, container.NewVBox(p.title, p.names, p.kind))
	p.box.Hide()
	return p
}

func (p *infoPanel) show(title, names, kind string) {
	if title == "" {
		p.box.Hide()
		return
	}
	p.title.SetText(title)
	p.names.SetText(names)
	p.names.Hidden = names == ""
	p.kind.SetText(kind)
	p.box.Show()
	p.box.Refresh()
}

// SelectPlace selects a place by story place id or map feature id, as the
// --place flag does, jumping the reader to it. Unknown ids are an error.
func (u *UI) SelectPlace(id string) error {
	if (u.Story == nil || u.Story.Place(id) == nil) && !u.Map.Has(id) {
		return fmt.Errorf("unknown place %q", id)
	}
	u.jumpNext = true
	u.State.SetPlace(id)
	u.jumpNext = false
	return nil
}

// ApplyTheme switches the app to a theme mode (system, light or dark) and
// gives the map, its legend and its panels the matching palette.
func (u *UI) ApplyTheme(mode string) {
	if app := fyne.CurrentApp(); app != nil {
		app.Settings().SetTheme(ThemeFor(mode))
	}
	u.themeMode = mode
	u.syncPalette()
}

// syncPalette gives the map the light or dark palette of the app's theme.
func (u *UI) syncPalette() {
	st := geo.LightStyle()
	if isDark() {
		st = geo.DarkStyle()
	}
	u.MapView.SetStyle(st)
	u.legend = newLegend(st)
	u.legend.parent = u.overlay
	u.legendSlot.Objects = []fyne.CanvasObject{u.legend.box}
	if u.layers != nil {
		u.legend.update(u.layers.shown, len(u.highlight) > 0)
	}
	u.info.bg.FillColor = theme.Color(colorPanel)
	u.overlay.Refresh()
}

// ThemeMode returns the theme mode last applied.
func (u *UI) ThemeMode() string { return u.themeMode }
