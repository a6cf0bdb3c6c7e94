// Package startenv fixes the process environment before Fyne's packages
// initialise. Fyne 2.7.1 reads the locale variables as a language tag while
// its lang package initialises, cannot parse a C or POSIX locale such as
// "C.UTF-8" (the default of many containers and SSH sessions), and prints an
// error on every start, before main runs. Imported first by main, this
// package (which imports only os, so Go's initialisation order — by import
// path among the packages whose imports are ready — runs it before Fyne's
// text/template-dependent lang package) replaces such a locale with English.
package startenv

import "os"

func init() {
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); isPlain(l) {
			os.Setenv(v, "en_US.UTF-8")
		}
	}
}

// isPlain reports whether l is the C or POSIX locale, with or without a
// character set ("C", "C.UTF-8", "POSIX").
func isPlain(l string) bool {
	for _, p := range []string{"C", "POSIX"} {
		if l == p || (len(l) > len(p) && l[:len(p)+1] == p+".") {
			return true
		}
	}
	return false
}
