package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"github.com/paulmach/orb"

	"peninsula/app/apptheme"
	"peninsula/app/figuresview"
	"peninsula/app/internal/control"
	"peninsula/app/mapview"
	"peninsula/app/noticebar"
	"peninsula/app/reader"
	"peninsula/app/timelineview"
	"peninsula/geo"
	"peninsula/link"
	"peninsula/search"
	"peninsula/story"
)

// HomeBound is the view the map opens on and returns to on reset when
// there is no story: Korea and its neighbours from Beijing to Tokyo,
// Vladivostok to Taipei. A story brings its own (link.Explainer.Home).
var HomeBound = orb.Bound{Min: orb.Point{113.5, 23.5}, Max: orb.Point{145, 46.5}}

// UI is the content of Peninsula's window: the map with its controls,
// legend and selection card beside the reader, the timeline underneath,
// all showing one State. It needs no window, so tests and the snapshot
// command build it headless.
type UI struct {
	State     *State
	Explainer *link.Explainer // the story on its map
	MapView   *mapview.MapView
	Reader    *reader.Reader
	Timeline  *timelineview.TimelineView
	Figures   *figuresview.FiguresView
	Player    *Player

	base       *geo.Map // the map data alone
	storyPath  string   // the file the story came from; "" for the built-in one
	lang       string   // map label language
	langChosen string   // the label language the user chose; "" while it follows the locale
	party      string   // whose names the map uses ("" for both, the story's neutral names)
	themeMode  string
	legend     *mapview.Legend
	info       *mapview.InfoCard
	overlay    *fyne.Container // the controls, legend and card over the map
	split      *container.Split
	play       *control.Button
	content    fyne.CanvasObject
	notices    *noticebar.Bar
	cmp        *comparison     // the second map and the changes while comparing
	find       *finder         // the search box
	cnv        fyne.Canvas     // the canvas the keys are installed on (InstallShortcuts)
	mapPane    *fyne.Container // the maps over the charts (or, comparing, the changes)
	readerPane *fyne.Container // the search box over the text
	watcher    *link.Watcher   // reloads the story file when it is saved; nil when not watching
	post       func(func())    // runs a function on the UI goroutine; nil for fyne.Do
	views      viewBuffers

	window     fyne.Window // nil when headless
	onQuit     func()      // what Quit does; nil quits the app
	shift      bool        // a Shift key is down
	lastOpened string      // the story file opened last (the Open dialog starts beside it)
}

// NewUI builds the interface for map m and story s (s may be nil).
func NewUI(m *geo.Map, s *story.Story) *UI {
	u := &UI{State: &State{}, base: m, lang: link.English, Explainer: link.New(m, nil)}
	u.MapView = mapview.New(m, HomeBound)
	u.MapView.OnSelected = func(fid string) { u.State.SelectPlace(u.Explainer.Place(fid), FromMap) }
	u.Reader = reader.New(nil)
	u.Reader.OnPlaceTapped = func(id string) { u.State.SelectPlace(id, FromReader) }
	u.Reader.OnEventTapped = func(id string) { u.goToEvent(id, FromReader) }
	u.Reader.OnClosePlace = func() { u.State.SelectPlace("", FromReader) }
	u.Reader.OnFocus = func(id string) { u.State.FocusPassage(id, FromReader) }
	u.Timeline = timelineview.New()
	u.Timeline.OnScrub = func(t time.Time) {
		u.Player.Stop()
		if l := u.Explainer.Linker; l != nil {
			u.State.SetTime(l.Clamp(t), FromTimeline)
		}
	}
	u.Timeline.OnEventTapped = func(id string) { u.goToEvent(id, FromTimeline) }
	u.Timeline.OnCompareScrub = func(t time.Time) {
		if l := u.Explainer.Linker; l != nil {
			u.State.SetCompare(l.Clamp(t), FromTimeline)
		}
	}
	u.Figures = figuresview.New()
	u.Figures.OnPointTapped = u.goToPoint
	u.Reader.OnFigureTapped = u.Figures.SetFocus
	u.Player = &Player{State: u.State}
	u.play = control.NewButton("", theme.MediaPlayIcon(), u.Player.Toggle)
	u.Player.OnChange = func(bool) { u.syncPlay() }
	u.legend = mapview.NewLegend(u.MapView.Style, nil)
	u.legend.Follow(u.MapView)
	u.info = mapview.NewInfoCard()
	controls := container.NewVBox(
		control.NewButton("", theme.ZoomInIcon(), u.MapView.ZoomIn),
		control.NewButton("", theme.ZoomOutIcon(), u.MapView.ZoomOut),
		control.NewButton("", theme.HomeIcon(), u.MapView.Reset))
	// The card sits at the bottom right, over the Pacific, clear of Taiwan.
	// While two moments are compared, what changed between them takes the
	// place of the charts under the maps.
	u.cmp = u.newComparison()
	u.overlay = container.NewBorder(
		container.NewHBox(container.NewVBox(u.legend), layout.NewSpacer(), controls),
		container.NewHBox(layout.NewSpacer(), u.info), nil, nil)
	mapArea := container.NewStack(u.cmp.maps, container.NewPadded(u.overlay))
	u.find = u.newFinder()
	u.mapPane = container.NewBorder(nil, container.NewStack(u.Figures, u.cmp.list), nil, nil, mapArea)
	u.readerPane = container.NewBorder(u.find.box, nil, nil, nil, u.Reader)
	u.split = container.NewHSplit(u.mapPane, u.readerPane)
	u.split.Offset = 0.6
	bottom := container.NewBorder(nil, nil, container.NewCenter(u.play), nil, u.Timeline)
	u.notices = noticebar.New()
	u.content = container.NewBorder(u.notices, bottom, nil, nil, u.split)
	u.notices.OnChanged = u.content.(*fyne.Container).Refresh
	u.State.Observe(u.show)
	u.SetStory(s)
	return u
}

// syncPlay shows the player's state on its button: pause while playing,
// play again from the start once time has passed the last event, else play.
func (u *UI) syncPlay() {
	icon := theme.MediaPlayIcon()
	switch l := u.Explainer.Linker; {
	case u.Player.Playing():
		icon = theme.MediaPauseIcon()
	case l != nil && l.Schedule.Next(u.State.Time()) < 0:
		icon = theme.MediaReplayIcon()
	}
	if u.play.Icon != icon {
		u.play.SetIcon(icon)
	}
}

// maps returns the map, and the second map when there is one (Compare).
func (u *UI) maps() []*mapview.MapView {
	if u.cmp != nil && u.cmp.right != nil {
		return []*mapview.MapView{u.MapView, u.cmp.right}
	}
	return []*mapview.MapView{u.MapView}
}

// Content returns the window content.
func (u *UI) Content() fyne.CanvasObject { return u.content }

// Story returns the story shown (nil for none).
func (u *UI) Story() *story.Story { return u.Explainer.Story }

// Map returns the map shown: the map data with the story's own places.
func (u *UI) Map() *geo.Map { return u.Explainer.Map }

// SetStory shows another story (nil for none) and starts it over at its
// own moment, the publication, with nothing selected.
func (u *UI) SetStory(s *story.Story) {
	e := link.New(u.base, s)
	u.Explainer = e
	u.Player.Stop()
	u.Player.Schedule = nil
	for _, m := range u.maps() {
		m.Home = e.Home(HomeBound)
		m.SetMap(e.Map)
		m.Reset() // a new story opens at its own view
	}
	u.syncLabels(e.Tooltips())
	var keys []mapview.LegendEntry
	for _, k := range e.Keys() {
		keys = append(keys, mapview.LegendEntry{ID: k.Feature, Text: k.Text})
	}
	u.legend.SetEntries(keys)
	u.find.close(false)
	u.find.index = nil
	if s != nil {
		u.find.index = search.New(s)
	}
	u.Reader.SetStory(s)
	u.showFigures("")
	u.Timeline.SetStory(nil, nil)
	start := time.Time{}
	if e.Linker != nil {
		u.Player.Schedule = e.Linker.Schedule
		u.Timeline.SetStory(s, e.Linker.Schedule)
		start = e.Linker.Published
	}
	u.views.revealed = ""
	u.State.Reset(start, FromStory)
}

// SetLabelLanguage switches the map's labels to English, Korean or
// Japanese ("en", "ko", "ja"); names a place lacks in that language stay
// English. It is the user's choice: from now on the labels no longer
// follow the locale.
func (u *UI) SetLabelLanguage(lang string) {
	u.setLanguage(lang)
	u.langChosen = u.lang
}

// setLanguage switches the labels' language without making it a choice.
func (u *UI) setLanguage(lang string) {
	if lang != link.Korean && lang != link.Japanese {
		lang = link.English
	}
	if lang == u.lang {
		return
	}
	u.lang = lang
	u.syncLabels(u.MapView.Tooltips)
}

// LabelLanguage returns the map's label language.
func (u *UI) LabelLanguage() string { return u.lang }

// SetNames chooses whose names the map gives disputed places: "" for both
// (the story's neutral names, "Dokdo / Takeshima"), or a party of the
// story's disputed names ("kor": Dokdo, "jpn": Takeshima). A party the
// story does not know is taken as both. The choice is independent of the
// label language.
func (u *UI) SetNames(party string) {
	if !slices.ContainsFunc(u.Explainer.Parties(), func(p link.Party) bool { return p.ID == party }) {
		party = ""
	}
	if party == u.party {
		return
	}
	u.party = party
	u.syncLabels(u.MapView.Tooltips)
}

// Names returns whose names the map uses ("" for both).
func (u *UI) Names() string { return u.party }

// syncLabels gives the map its labels in the label language and naming,
// their disputed-name notes, and the tooltips.
func (u *UI) syncLabels(tooltips map[string]string) {
	labels, notes := u.Explainer.Labels(u.lang, u.party)
	for _, m := range u.maps() {
		m.Notes = notes
		m.SetLabels(labels, tooltips)
	}
}

// ApplyTheme switches the app to a theme mode (system, light or dark) and
// gives the map, its legend and its cards the matching palette.
func (u *UI) ApplyTheme(mode string) {
	if a := fyne.CurrentApp(); a != nil {
		a.Settings().SetTheme(apptheme.For(mode))
	}
	u.themeMode = mode
	u.syncPalette()
}

// ThemeMode returns the theme mode last applied.
func (u *UI) ThemeMode() string { return u.themeMode }

// syncPalette gives the map the light or dark palette of the app's theme.
func (u *UI) syncPalette() {
	st := geo.LightStyle()
	if apptheme.IsDark() {
		st = geo.DarkStyle()
	}
	for _, m := range u.maps() {
		m.SetStyle(st)
	}
	u.legend.SetStyle(st)
	u.info.Refresh()
	u.overlay.Refresh()
}
