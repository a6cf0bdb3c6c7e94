// Package display tells whether there is a display to open a window on,
// before GLFW is asked (which, without one, panics with a stack trace).
package display

import (
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Reachable checks, on Linux and the BSDs, that the X display named
// in DISPLAY answers (the socket of ":0" or the TCP port of "host:0"), so
// that a missing display is told in one line rather than by GLFW.
func Reachable() error {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return nil
	}
	d := os.Getenv("DISPLAY")
	if d == "" {
		return errors.New("DISPLAY is not set")
	}
	host, rest, _ := strings.Cut(d, ":")
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if err != nil {
		return fmt.Errorf("DISPLAY=%q is not host:number", d)
	}
	var conn net.Conn
	if host == "" || host == "unix" {
		path := fmt.Sprintf("/tmp/.X11-unix/X%d", n)
		if conn, err = net.DialTimeout("unix", path, 2*time.Second); err != nil {
			conn, err = net.DialTimeout("unix", "@"+path, 2*time.Second) // Linux's abstract socket
		}
	} else {
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)), 2*time.Second)
	}
	if err != nil {
		return fmt.Errorf("the X display %s does not answer", d)
	}
	return conn.Close()
}
