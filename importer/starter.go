package importer

import _ "embed"

//go:embed starter.story.md
var starter []byte

// Starter returns the starter story that `peninsula new` writes: a short,
// valid story about the Panama Canal that uses every key of the format, for
// an author to read and then replace. The slice is a copy.
func Starter() []byte { return append([]byte(nil), starter...) }
