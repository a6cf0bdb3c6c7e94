package display

import (
	"net"
	"testing"
)

// TestReachable: each way DISPLAY can fail is told in words; a display
// that answers is fine.
func TestReachable(t *testing.T) {
	l, err := net.Listen("unix", "@/tmp/.X11-unix/X731") // an X server, as far as a connect goes
	if err != nil {
		t.Skipf("no abstract unix sockets here: %v", err)
	}
	defer l.Close()
	for _, tt := range []struct{ display, want string }{
		{"", "DISPLAY is not set"},
		{"foo", `DISPLAY="foo" is not host:number`},
		{":732", "the X display :732 does not answer"},
		{":731", ""},
		{":731.0", ""},
	} {
		t.Setenv("DISPLAY", tt.display)
		err := Reachable()
		if (err == nil) != (tt.want == "") || (err != nil && err.Error() != tt.want) {
			t.Errorf("DISPLAY=%q: %v, want %q", tt.display, err, tt.want)
		}
	}
}
