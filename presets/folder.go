package presets

import (
	"fmt"
	"os"
	"path/filepath"
)

// FolderNotices says what is unusual about the store's folder and may put presets at
// risk: a folder that is a symbolic link (presets are read and written where it points)
// or one that other users may read or write (its mode allows group or others). A
// missing folder, or a private one, has no notices.
func (s *Store) FolderNotices() []string {
	var out []string
	if fi, err := os.Lstat(s.dir); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		target, _ := filepath.EvalSymlinks(s.dir)
		out = append(out, fmt.Sprintf("the presets folder %s is a symbolic link to %s; presets are read and written there", s.dir, target))
	}
	fi, err := os.Stat(s.dir)
	if err != nil || !fi.IsDir() {
		return out
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		out = append(out, fmt.Sprintf("the presets folder %s has mode %04o, so other users can read or replace your presets: run chmod 700 %s", s.dir, perm, s.dir))
	}
	return out
}
