// Package story owns the explainer's content model: the story file format
// (*.story.md, see docs/story-format.md), its parser and its validator.
//
// A story is YAML front matter (title, source, places, events, eras) and a
// CommonMark body of sections and passages whose links point at places and
// events. Parse and Load turn a file into a *Story and Diagnostics, each with
// the file, line and column of the problem; the Story carries precomputed
// indexes (PassagesForPlace, SectionsForPlace, ...) for the user interface.
package story
