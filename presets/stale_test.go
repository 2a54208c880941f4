package presets

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestNextWriteRemovesStaleTempFiles: temporary files that killed saves left behind
// (older than a minute) are removed by the next save in the folder, of any preset;
// a fresh one, which may belong to a save still running elsewhere, and other hidden
// files are kept.
func TestNextWriteRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	stale := []string{".web.yaml.tmp-111", ".web.yaml.tmp-222", ".db.yaml.tmp-333"}
	keep := []string{".web.yaml.tmp-fresh", ".notes"}
	for _, name := range append(stale, keep...) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("half a fi"), 0o600); err != nil {
			t.Fatal(err)
		}
		if name != ".web.yaml.tmp-fresh" {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, _, err := NewStore(dir).Save("web", "x", sampleRequest(), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s is still there (err %v)", name, err)
		}
	}
	for _, name := range keep {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
}
