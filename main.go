// Command peninsula is a desktop explainer of South Korea's place between
// China, Japan and the United States: a map, the explainer's text and a
// timeline, linked three ways.
//
//	peninsula [--story FILE [--watch]] [--place ID] [--at DATE] [--compare DATE]   open the window
//	peninsula snapshot -o OUT.png [--size WxH] [--scale N] [--place ID] [--at DATE] [--story FILE]
//	peninsula validate FILE...                          check story files
//	peninsula links (--place ID | --at DATE) [--story FILE]   JSON of what links there
//	peninsula search QUERY [--story FILE]               JSON of what matches QUERY
//	peninsula new FILE                                  a starter story
//	peninsula import ARTICLE.txt -o DRAFT.story.md      a draft story from an article
//	peninsula version
//
// Bad flags, files or ids print a message and exit with status 2.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/go-gl/glfw/v3.3/glfw"

	"peninsula/app"
	"peninsula/app/apptheme"
	"peninsula/app/display"
	"peninsula/app/pngfast"
	"peninsula/app/startenv" // first: before Fyne reads the locale
	"peninsula/link"
	"peninsula/story"
	"peninsula/timeline"
)

// fyneAppTOML is the app's metadata; its ID and version are used here so
// they are written in one place.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// tomlValue returns the quoted value of key in FyneApp.toml's [Details].
func tomlValue(key string) string {
	for _, line := range strings.Split(fyneAppTOML, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return ""
}

var appID = tomlValue("ID")

func init() { app.Version = tomlValue("Version") }

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

func main() {
	// Collect garbage sooner than Go's default (100): start-up measures every
	// word of the story and Fyne parses a font per text style, so the default
	// lets the heap grow to twice that before a collection. Measured with
	// app/internal/measure (rss, 1,000 scrub steps in the real window under
	// Xvfb, 3 runs each, alternating): peak RSS 205.6 MB at 30 against
	// 223.7 MB at 100, for 20.3 s of process CPU against 19.5 s (about
	// 0.9 ms a step).
	debug.SetGCPercent(30)
	if len(os.Args) > 1 && os.Args[1] == "snapshot" {
		// One picture and out: collect no garbage unless the heap nears
		// 1 GiB. At 30, collecting took about a quarter of the command's
		// time (50 of 225 ms for a 1600×1000 snapshot, alternating runs);
		// without, RSS peaks near 140 MB.
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(1 << 30)
	}
	// Fyne logs problems Peninsula handles itself (its own preferences
	// file, a settings folder it cannot use, a missing Videos folder): keep
	// those off the terminal, and everything else on it.
	log.SetOutput(startenv.QuietFyneErrors(os.Stderr))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	var err error
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		err = runGUI(args, stderr)
	case "snapshot":
		err = runSnapshot(args, stderr)
	case "validate":
		return runValidate(args, stdout, stderr)
	case "links":
		err = runLinks(args, stdout, stderr)
	case "figures":
		err = runFigures(args, stdout, stderr)
	case "search":
		err = runSearch(args, stdout, stderr)
	case "import":
		err = runImport(args, stdout, stderr)
	case "new":
		err = runNew(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "peninsula", app.Version)
	case "help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "peninsula: unknown command %q\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintln(stderr, "peninsula:", err)
		return 2
	}
}

const usage = `Usage:
  peninsula [--story FILE [--watch]] [--place ID] [--at DATE] [--compare DATE]   open the window
  peninsula snapshot -o OUT.png [--size WxH] [--scale N] [--place ID] [--at DATE] [--compare DATE] [--story FILE]
  peninsula validate FILE...                          check story files
  peninsula links (--place ID | --at DATE) [--story FILE]   JSON of what links there
  peninsula figures [--format csv|json] [--story FILE]      the story's numbers, every point
  peninsula search QUERY [--story FILE]               JSON of the places, events and passages matching QUERY
  peninsula new FILE                                  write a starter story that shows every part of the format
  peninsula import ARTICLE.txt -o DRAFT.story.md [-f] a first draft of a story from a plain-text article
  peninsula version                                   print the version
  peninsula help                                      this text
DATE is written as in stories: 1950, 1950-06, 1950-06-25, 1980s. A date
coarser than a day names that period: the moment is the first event inside
it (--at 1950 is the invasion of 25 June 1950), or its start if none.
`

// newFlags returns a flag set that reports errors to stderr and returns
// them rather than exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		if name == "peninsula" { // the window's flags: show the commands too
			fmt.Fprint(stderr, usage, "\nFlags of the window:\n")
		} else {
			fmt.Fprintf(stderr, "Usage of peninsula %s:\n", name)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags and rejects stray arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage // the flag package has printed the message
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

func runGUI(args []string, stderr io.Writer) error {
	fs := newFlags("peninsula", stderr)
	storyPath := fs.String("story", "", "open this `file` (a .story.md) instead of the built-in Korea story")
	place := fs.String("place", "", "select the place with this `id`")
	at := fs.String("at", "", "open at this `date` (1950, 1950-06-25, ...)")
	compare := fs.String("compare", "", "compare the map at --at's date with this `date`, side by side")
	watch := fs.Bool("watch", false, "reload the --story file whenever it is saved")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *watch && *storyPath == "" {
		fmt.Fprintln(stderr, "peninsula: --watch needs --story FILE: the built-in story has no file to watch")
		return errUsage
	}
	for _, d := range []struct{ flag, val string }{{"--at", *at}, {"--compare", *compare}} {
		if d.val == "" {
			continue
		}
		if _, err := timeline.ParseDate(d.val); err != nil {
			return fmt.Errorf("%s: %v", d.flag, err)
		}
	}
	screen, err := readScreen()
	if err != nil {
		return fmt.Errorf("no display found (%v); `peninsula snapshot -o view.png` renders the window without one", err)
	}
	a := fyneapp.NewWithID(appID)
	return app.Run(a, app.Options{StoryPath: *storyPath, Place: *place, At: *at, Compare: *compare, Watch: *watch, Screen: screen})
}

// readScreen starts GLFW to read the primary screen's work area and the
// scale Fyne will draw at there (as Fyne works it out: the screen's DPI
// over 96, times FYNE_SCALE), then stops it again; Fyne starts it for the
// window. An error means there is no display to open a window on.
func readScreen() (scr app.Screen, err error) {
	if err := display.Reachable(); err != nil {
		return app.Screen{}, err
	}
	defer func() {
		if r := recover(); r != nil { // GLFW could not start after all
			scr, err = app.Screen{}, fmt.Errorf("%v", r)
		}
	}()
	if err := glfw.Init(); err != nil {
		return app.Screen{}, err
	}
	defer glfw.Terminate()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return app.Screen{}, nil // unknown: the window fits 1366×768
	}
	_, _, w, h := m.GetWorkarea()
	scale := float32(1)
	if mm, _ := m.GetPhysicalSize(); mm > 0 && m.GetVideoMode() != nil {
		if dpi := float32(m.GetVideoMode().Width) / (float32(mm) / 25.4); dpi > 96 && dpi < 1000 {
			scale = dpi / 96
		}
	}
	if f, err := strconv.ParseFloat(os.Getenv("FYNE_SCALE"), 32); err == nil && f > 0 {
		scale *= float32(f)
	}
	return app.Screen{Width: w, Height: h, Scale: scale}, nil
}

// headless builds the window's content for rendering without a display:
// the real Fyne app supplies the settings and text measuring (no window is
// opened, so it needs no display), the theme is the light one, and the
// story, moment and place are those asked for; any problem is an error.
func headless(storyPath, place, at, compare string) (*app.UI, error) {
	a := fyneapp.NewWithID(appID)
	a.Settings().SetTheme(apptheme.Default())
	d, err := app.LoadData()
	if err != nil {
		return nil, err
	}
	s := d.Story
	if storyPath != "" {
		var ds story.Diagnostics
		if s, ds = link.LoadStory(storyPath, d.Map); ds.HasErrors() {
			return nil, ds.Err()
		}
	}
	u, problems := app.New(d, app.Options{Story: s, Place: place, At: at, Compare: compare}, app.Prefs{Theme: apptheme.Light}.WithDefaults())
	if len(problems) > 0 {
		return nil, problems[0]
	}
	return u, nil
}

func runSnapshot(args []string, stderr io.Writer) error {
	fs := newFlags("snapshot", stderr)
	out := fs.String("o", "", "write the PNG to this `file` (required)")
	sizeFlag := fs.String("size", "1600x1000", "window size `WxH` in pixels")
	scale := fs.Float64("scale", 1, "pixel density: 2 renders a 2× image")
	storyPath := fs.String("story", "", "render this story `file` instead of the built-in one")
	place := fs.String("place", "", "select the place with this `id`")
	at := fs.String("at", "", "show the map and text at this `date`")
	compare := fs.String("compare", "", "show the map at this second `date` beside --at's, with what changed")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("snapshot: -o OUT.png is required")
	}
	size, err := parseSize(*sizeFlag)
	if err != nil {
		return fmt.Errorf("snapshot: --size: %v", err)
	}
	if !(*scale >= 0.5 && *scale <= 4) { // also refuses NaN
		return fmt.Errorf("snapshot: --scale %g: want 0.5 to 4", *scale)
	}
	u, err := headless(*storyPath, *place, *at, *compare)
	if err != nil {
		return err
	}
	img := app.Snapshot(u, size, float32(*scale))
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("snapshot: %v", err)
	}
	if err := pngfast.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("snapshot: writing %s: %v", *out, err)
	}
	return f.Close()
}

// parseSize reads "WxH" with both between 200 and 8000 pixels.
func parseSize(s string) (fyne.Size, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil {
		return fyne.Size{}, fmt.Errorf("%q is not WIDTHxHEIGHT, e.g. 1600x1000", s)
	}
	if w < 200 || h < 200 || w > 8000 || h > 8000 {
		return fyne.Size{}, fmt.Errorf("%q: width and height must be 200 to 8000", s)
	}
	return fyne.NewSize(float32(w), float32(h)), nil
}
