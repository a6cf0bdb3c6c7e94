package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// shortcutsTable lays out Shortcuts in two columns, then the mouse.
func shortcutsTable() fyne.CanvasObject {
	grid := container.NewGridWithColumns(2)
	for _, s := range Shortcuts {
		k := widget.NewLabel(s.Keys)
		k.TextStyle.Bold = true
		grid.Add(k)
		grid.Add(widget.NewLabel(s.Does))
	}
	mouse := widget.NewLabel("Mouse: drag the map to pan, scroll to zoom, click a place to read about it.\n" +
		"On the timeline: drag the handle or click to move in time, scroll to zoom, drag the overview to pan.\n" +
		"On the charts under the map: hover a point for its value and source, click it to go to its date.\n\n" +
		"View ▸ Find (Ctrl+F): search places in every language, events and the text; Return, ↓ and ↑ step through the hits.\n" +
		"View ▸ Compare two moments: the map at two dates side by side, with what changed between them; drag the " +
		"timeline's second handle (B) to move the second date.\n" +
		"View ▸ Names: the neutral names of disputed places, or those used in one country; a * marks a name shown " +
		"alone — hover it for the other.\n" +
		"A story opened from File ▸ Open (or with --watch) is reloaded when you save it; problems show in a bar " +
		"at the top and the last good version stays.")
	mouse.Wrapping = fyne.TextWrapWord
	return container.NewVBox(grid, widget.NewSeparator(), mouse)
}

// noticeSegments formats assets/NOTICE for the About dialog: a line
// underlined with "=" is a heading, one underlined with "-" a subheading,
// indented lines (licence texts) a block quote, and the hard-wrapped lines
// of a paragraph one paragraph.
func noticeSegments(text string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	var para []string
	quote := false
	flush := func() {
		if len(para) > 0 {
			style := widget.RichTextStyleParagraph
			if quote {
				style = widget.RichTextStyleBlockquote
			}
			segs = append(segs, &widget.TextSegment{Text: strings.Join(para, " "), Style: style})
		}
		para, quote = nil, false
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		under := ""
		if i+1 < len(lines) {
			under = strings.TrimSpace(lines[i+1])
		}
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case under != "" && strings.Trim(under, "=") == "" && len(under) >= 3:
			flush()
			segs = append(segs, &widget.TextSegment{Text: strings.TrimSpace(line), Style: widget.RichTextStyleHeading})
			i++
		case under != "" && strings.Trim(under, "-") == "" && len(under) >= 3:
			flush()
			segs = append(segs, &widget.TextSegment{Text: strings.TrimSpace(line), Style: widget.RichTextStyleSubHeading})
			i++
		default:
			indented := strings.HasPrefix(line, "  ")
			if len(para) > 0 && indented != quote {
				flush()
			}
			quote = indented
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return segs
}
