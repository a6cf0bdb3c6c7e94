// Package reader is Peninsula's explainer text pane: the Reader widget,
// which shows a story's title, contents and sections with their passages,
// tints the passages of the current moment and of the selected place, marks
// the passage in focus, highlights the matches of a search, steps through
// the selected place's passages in a bar, and keeps the reading position
// while it rewraps and scrolls; and FlowText, the word-wrapped text with
// links each passage is drawn with.
//
// The reader owns only its presentation. The app gives it data (Story,
// Current, Place and Selected, Focused, Active, Marks, TextSize, through
// SetStory, SetCurrent, SetSelection, SetFocused, SetActive, SetMarks and
// SetTextSize), tells it where to scroll (Reveal, ScrollToSection), and
// hears what the user did through callbacks (OnPlaceTapped, OnEventTapped,
// OnFigureTapped, OnClosePlace, OnFocus). It never asks the app for state
// and never changes its data on its own. Colours come from the theme's
// names in peninsula/app/apptheme, except the search marks' (marks.go),
// which follow the theme's background.
package reader
