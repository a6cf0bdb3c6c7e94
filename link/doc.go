// Package link joins a story to its map and its timeline, without any user
// interface: which events, passages and places belong to a moment (Linker),
// which map features are drawn at a date (Layers), which map feature shows
// a story place and back, the names the map and its panels give a place,
// and the JSON of a moment that `peninsula links --at` prints.
//
// The views in app/ get everything they show from here as plain data (ids,
// names, times), so the rules of the explainer are tested without Fyne.
package link
