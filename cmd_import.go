package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"peninsula/importer"
)

// runImport implements `peninsula import ARTICLE.txt -o OUT.story.md`: it
// writes a draft story made from a plain-text article and prints what it
// found and what to check.
func runImport(args []string, stdout, stderr io.Writer) error {
	fset := newFlags("import", stderr)
	out := fset.String("o", "", "write the draft story to this `file` (required, e.g. draft.story.md)")
	force := fset.Bool("f", false, "overwrite the output file if it exists")
	files, err := parseArgs(fset, args)
	if err != nil {
		return err
	}
	switch {
	case len(files) != 1:
		fmt.Fprintln(stderr, "peninsula import: name one article file: peninsula import ARTICLE.txt -o OUT.story.md")
		return errUsage
	case *out == "":
		fmt.Fprintln(stderr, "peninsula import: give the output file: -o OUT.story.md")
		return errUsage
	}
	in := files[0]
	data, err := readArticle(in)
	if err != nil {
		return err
	}
	res, err := importer.Import(in, data)
	if err != nil {
		return err
	}
	if err := writeNew(*out, res.Story, *force, "use -f to overwrite it"); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s → %s: %d sections, %d passages, %d events, %d places", in, *out, res.Sections, res.Passages, res.Events, res.Places)
	if res.Dropped > 0 {
		fmt.Fprintf(stdout, "; %d lines of page furniture dropped", res.Dropped)
	}
	fmt.Fprintln(stdout)
	if len(res.Notes) > 0 {
		fmt.Fprintf(stdout, "Check these (%d):\n", len(res.Notes))
		for _, n := range res.Notes {
			if n.Line > 0 {
				fmt.Fprintf(stdout, "  %s:%d: %s\n", in, n.Line, n.Msg)
			} else {
				fmt.Fprintf(stdout, "  %s: %s\n", in, n.Msg)
			}
		}
	}
	fmt.Fprintf(stdout, "Every event is a draft: check its title and date, add the source, then run: peninsula validate %s\n", *out)
	return nil
}

// runNew implements `peninsula new FILE`: it writes the starter story,
// which uses every feature of the format, without overwriting a file.
func runNew(args []string, stdout, stderr io.Writer) error {
	fset := newFlags("new", stderr)
	files, err := parseArgs(fset, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "peninsula new: name the story file to write: peninsula new FILE.story.md")
		return errUsage
	}
	if err := writeNew(files[0], importer.Starter(), false, "choose another name or remove it"); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: a starter story about the Panama Canal that uses every key of the format.\nEdit it, then run: peninsula validate %s\n", files[0], files[0])
	return nil
}

// parseArgs parses flags that may come before or after the file names,
// which it returns.
func parseArgs(fset *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fset.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage // the flag package has printed the message
		}
		if fset.NArg() == 0 {
			return files, nil
		}
		files = append(files, fset.Arg(0))
		args = fset.Args()[1:]
	}
}

// readArticle reads the article at path, refusing a directory, a special
// file or one over importer.MaxSize before reading it.
func readArticle(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: cannot read the article: %v", path, pathErr(err))
	case fi.IsDir():
		return nil, fmt.Errorf("%s: cannot read the article: is a directory", path)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%s: cannot read the article: not a regular file", path)
	case fi.Size() > importer.MaxSize:
		return nil, fmt.Errorf("%s: article is %d bytes, over the limit of %d (10 MB)", path, fi.Size(), importer.MaxSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the article: %v", path, pathErr(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, importer.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the article: %v", path, pathErr(err))
	}
	return data, nil // Import refuses data over the limit if the file grew
}

// writeNew writes data to path; unless force, a file already there is an
// error (with the hint) rather than overwritten.
func writeNew(path string, data []byte, force bool, hint string) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s: cannot write: is a directory", path)
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: already exists; %s", path, hint)
	}
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", path, pathErr(err))
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("%s: cannot write: %v", path, pathErr(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: cannot write: %v", path, pathErr(err))
	}
	return nil
}

// pathErr drops the operation and path that *fs.PathError repeats: the
// message names the file first already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
