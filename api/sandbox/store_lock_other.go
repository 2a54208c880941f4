//go:build !unix

package sandbox

import (
	"fmt"
	"os"
	"path/filepath"
)

// lock only makes sure the state folder exists: without advisory locks, processes
// sharing a state file may overwrite each other's last change.
func (st *store) lock() (func(), error) {
	if err := os.MkdirAll(filepath.Dir(st.path), 0o700); err != nil {
		return nil, fmt.Errorf("sandbox state folder: %w", err)
	}
	return func() {}, nil
}
