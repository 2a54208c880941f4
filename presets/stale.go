package presets

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleTempAge is how old a leftover temporary file must be before a write removes
// it. A write keeps its temporary file for milliseconds, so an older one was left by a
// process that was killed between creating and renaming it; a younger one may belong
// to a write that is still running in another process.
const staleTempAge = time.Minute

// removeStaleTemps deletes the temporary files (".NAME.yaml.tmp-*") that interrupted
// writes left in dir. Errors are ignored: a file that cannot be removed now is tried
// again by the next write.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	cutoff := time.Now().Add(-staleTempAge)
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, ".") || !strings.Contains(name, fileExt+".tmp-") {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			_ = os.Remove(filepath.Join(dir, name))
		}
	}
}
