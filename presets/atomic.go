package presets

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Folder and file modes: only the owner may read presets and drafts.
const (
	dirMode  os.FileMode = 0o700
	fileMode os.FileMode = 0o600
)

// options are the dependencies of a Store or Drafts; tests replace them.
type options struct {
	now    func() time.Time
	rename func(oldpath, newpath string) error
}

// Option changes a dependency of a Store or Drafts.
type Option func(*options)

// WithClock sets the clock used for created/updated/saved times.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithRename replaces os.Rename, the step that makes a write visible. Tests use it to
// simulate a crash between writing the temporary file and renaming it.
func WithRename(rename func(oldpath, newpath string) error) Option {
	return func(o *options) { o.rename = rename }
}

func newOptions(opts []Option) options {
	o := options{now: time.Now, rename: os.Rename}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// ensureDir creates dir (and parents) with mode 0700 when it does not exist.
// An existing folder keeps its mode.
func ensureDir(dir string) error {
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s exists and is not a folder; move it away", dir)
		}
		return nil
	}
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	// MkdirAll applies the umask; make sure the leaf is exactly 0700.
	if err := os.Chmod(dir, dirMode); err != nil {
		return fmt.Errorf("set the mode of %s: %w", dir, err)
	}
	return nil
}

// writeAtomic replaces path with data so that a reader sees either the old file or the
// new one, never a mix: it writes a hidden temporary file in the same folder, syncs
// it, renames it over path and syncs the folder. On failure the old file is untouched
// and the temporary file is removed; temporary files that killed writes left behind
// are removed first (removeStaleTemps).
func writeAtomic(o options, path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if err := ensureDir(dir); err != nil {
		return err
	}
	removeStaleTemps(dir)
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()
	if err := tmp.Chmod(fileMode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := o.rename(tmpName, path); err != nil {
		return fmt.Errorf("write %s: replace the old file: %w", path, err)
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Windows cannot sync a folder handle; there
// the rename itself is the durability point.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
