package main

// The commands that read a story and print what it holds: validate, links
// and figures.

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"peninsula/link"
	"peninsula/story"
)

// runValidate implements `peninsula validate FILE...`: every problem as
// file:line:col: message, exit 2 when a file has errors.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peninsula validate: name at least one story file")
		return 2
	}
	m, err := link.LoadMap()
	if err != nil {
		fmt.Fprintln(stderr, "peninsula:", err)
		return 2
	}
	status := 0
	for _, path := range fs.Args() {
		_, ds := story.Load(path, link.StoryOptions(m))
		for _, d := range ds {
			fmt.Fprintln(stderr, d.String())
		}
		if ds.HasErrors() {
			status = 2
		} else {
			fmt.Fprintf(stdout, "%s: ok\n", path)
		}
	}
	return status
}

func runLinks(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("links", stderr)
	place := fs.String("place", "", "print the sections and passages that link the place with this `id`")
	at := fs.String("at", "", "print the events, passages and places current at this `date`")
	storyPath := fs.String("story", "", "read this story `file` instead of the built-in one")
	if err := parse(fs, args); err != nil {
		return err
	}
	if (*place == "") == (*at == "") {
		return fmt.Errorf("links: give --place ID or --at DATE")
	}
	s, err := loadStory(*storyPath)
	if err != nil {
		return err
	}
	var out []byte
	if *at != "" {
		out, err = link.MomentJSON(s, *at)
	} else {
		out, err = s.PlaceLinksJSON(*place)
	}
	if err != nil {
		return fmt.Errorf("links: %v", err)
	}
	_, err = fmt.Fprintf(stdout, "%s\n", out)
	return err
}

func runFigures(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("figures", stderr)
	format := fs.String("format", "csv", "print `csv` or json")
	storyPath := fs.String("story", "", "read this story `file` instead of the built-in one")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "csv" && *format != "json" {
		return fmt.Errorf("figures: --format %q: want csv or json", *format)
	}
	s, err := loadStory(*storyPath)
	if err != nil {
		return err
	}
	out, err := link.FiguresCSV(s)
	if *format == "json" {
		out, err = link.FiguresJSON(s)
	}
	if err != nil {
		return fmt.Errorf("figures: %v", err)
	}
	_, err = stdout.Write(out)
	return err
}

// loadStory reads the story at path (the built-in one for "") on the
// built-in map, its problems an error.
func loadStory(path string) (*story.Story, error) {
	m, err := link.LoadMap()
	if err != nil {
		return nil, err
	}
	s, ds := link.LoadStory(path, m)
	return s, ds.Err()
}
