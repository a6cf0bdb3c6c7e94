// Package app is Peninsula's Fyne user interface: the window, the map,
// reader and timeline widgets, the one State they all observe, shortcuts,
// menus, dialogs and preferences, and the headless snapshot renderer.
//
// Widgets never call each other: a view reports what the user did to the
// State, and every view redraws from the State when it changes. Nothing here
// imports the GLFW driver (fyne.io/fyne/v2/app); main.go does, so this
// package builds and tests without a display.
package app
