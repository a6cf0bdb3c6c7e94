package importer

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"peninsula/story"
)

func TestStarterParsesCleanly(t *testing.T) {
	st, ds := story.Parse("starter.story.md", Starter(), story.Options{})
	for _, d := range ds {
		t.Errorf("diagnostic: %v", d)
	}
	if len(st.Places) == 0 || len(st.Events) == 0 || len(st.Eras) == 0 || len(st.Figures) == 0 || st.Section("intro") == nil {
		t.Errorf("starter lacks a part: %d places, %d events, %d eras, %d figures", len(st.Places), len(st.Events), len(st.Eras), len(st.Figures))
	}
}

// TestStarterUsesEveryKey reads the keys that docs/story-format.md
// documents for the front matter and checks that the starter uses each.
func TestStarterUsesEveryKey(t *testing.T) {
	doc, err := os.ReadFile("../docs/story-format.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	text = text[strings.Index(text, "## Front matter"):strings.Index(text, "## Dates")]
	keys := map[string]bool{}
	add := func(re string, s string) {
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(s, -1) {
			keys[m[1]] = true
		}
	}
	add("(?m)^\\| `([a-z]+)` \\|", text) // the first column of the key tables
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "| `source`"), strings.HasPrefix(line, "| `name`"), strings.HasPrefix(line, "`id` (like an event id"):
			add("`([a-z]+)`", line[strings.Index(line[1:], "|")+1:]) // the keys the row names
		case strings.HasPrefix(line, "| `map`"), strings.HasPrefix(line, "| `view`"):
			add(`\{([a-z]+):`, line)
		}
	}
	var yamlLines []string // the lines of every yaml example
	for rest := text; strings.Contains(rest, "```yaml"); {
		rest = rest[strings.Index(rest, "```yaml")+7:]
		yamlLines = append(yamlLines, strings.Split(rest[:strings.Index(rest, "```")], "\n")...)
	}
	for _, line := range yamlLines {
		if strings.Contains(line, "# as used in") {
			continue // a party's names: the key is a place id
		}
		code, comment, _ := strings.Cut(line, "#")
		add(`^\s*(?:-\s+)?([a-z]+):`, code)
		add(`\b([a-z]+): \[\{`, comment) // "or series: [{name: …"
		add(`\{([a-z]+):`, comment)
	}
	if len(keys) < 30 {
		t.Fatalf("found only %d keys in the format's documentation: %v", len(keys), keys)
	}
	starter := string(Starter())
	front := starter[:strings.Index(starter[4:], "\n---\n")+4]
	for k := range keys {
		if !regexp.MustCompile(`(?m)(^|[\s{,])` + k + `:`).MatchString(front) {
			t.Errorf("the starter does not use the key %q", k)
		}
	}
}
