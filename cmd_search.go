package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"peninsula/search"
)

// runSearch is `peninsula search QUERY [--story FILE]`: it prints, as JSON
// (search.Results.JSON), the places, events and passages of the story that
// match QUERY. The flags may come before or after the query; a query of
// several words may be given as one argument or as several.
func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	storyPath := fs.String("story", "", "search this story `file` instead of the built-in one")
	// Take the query's words from between the flags: the flag package stops
	// at the first argument that is not a flag.
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage // the flag package has printed the message
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	query := strings.Join(words, " ")
	if strings.TrimSpace(query) == "" {
		fmt.Fprintln(stderr, "peninsula search: give a QUERY, e.g. peninsula search Takeshima")
		fs.Usage()
		return errUsage
	}
	s, err := loadStory(*storyPath)
	if err != nil {
		return err
	}
	out, err := search.New(s).Search(query).JSON()
	if err != nil {
		return fmt.Errorf("search: %v", err)
	}
	_, err = fmt.Fprintf(stdout, "%s\n", out)
	return err
}
