package startenv

import "testing"

func TestIsPlain(t *testing.T) {
	for l, want := range map[string]bool{
		"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true,
		"": false, "en_US.UTF-8": false, "ko_KR.UTF-8": false, "Ca": false, "CA.UTF-8": false,
	} {
		if got := isPlain(l); got != want {
			t.Errorf("isPlain(%q) = %v, want %v", l, got, want)
		}
	}
}
