// Package app wires Peninsula's window together: it builds the widgets
// (app/mapview, app/reader, app/timelineview), keeps the one State they
// show (the selected place, the passage in focus, the moment, and where
// each change came from), and holds the menus, dialogs, keys, preferences,
// playback and the software snapshot.
//
// Every view is a function of the State (and of its own view state, such
// as the map's zoom): a widget reports what the user did through its OnX
// callbacks, the State changes, and show gives each widget its new data,
// computed by package link. New builds the content for the window, the
// snapshot command, Export and the measurements alike. Nothing here
// imports the GLFW driver (fyne.io/fyne/v2/app); main.go does, so this
// package builds and tests without a display.
package app
