// Package settings keeps Peninsula's settings in a file of their own,
// written whole and atomically: a new version is written to a temporary
// file beside it, synced and renamed over the old one. Two instances of
// the app saving at once therefore never leave a half-written file: the
// last writer wins whole values. A folder that cannot be written (read-only,
// full, a file where the folder should be) is reported by Check and Save, so
// the app can say so once and keep working.
package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FileName is the settings file's name in its folder.
const FileName = "settings.json"

// File is a settings file. The zero File has no path: Load finds nothing
// and Save fails.
type File struct {
	Path string
}

// Default returns the settings file in the user's configuration folder
// (on Linux $XDG_CONFIG_HOME or ~/.config), in a folder named dir.
func Default(dir string) (File, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return File{}, fmt.Errorf("settings: no configuration folder: %w", err)
	}
	return File{Path: filepath.Join(base, dir, FileName)}, nil
}

// Load returns the file's content, or nil with no error when there is no
// file yet.
func (f File) Load() ([]byte, error) {
	if f.Path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("settings: %w", err)
	}
	return b, nil
}

// Save replaces the file's content with b atomically, making its folder if
// needed.
func (f File) Save(b []byte) error {
	if f.Path == "" {
		return errors.New("settings: no settings file")
	}
	dir := filepath.Dir(f.Path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".settings-*.tmp")
	if err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return fmt.Errorf("settings: writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("settings: writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("settings: writing %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	done = true
	return nil
}

// Check reports whether settings can be saved: the folder exists or can be
// made, and a file can be written in it.
func (f File) Check() error {
	if f.Path == "" {
		return errors.New("settings: no settings file")
	}
	dir := filepath.Dir(f.Path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".settings-check-*.tmp")
	if err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	name := tmp.Name()
	_, werr := tmp.Write([]byte("{}\n"))
	cerr := tmp.Close()
	os.Remove(name)
	if err := errors.Join(werr, cerr); err != nil {
		return fmt.Errorf("settings: writing %s: %w", name, err)
	}
	return nil
}
