// Package e2e drives the built ackpool binary the way a person does: in tmux, keys
// in and screen text out, and the wizard as a real bubbletea program. The binary is
// built once per test run; every test here is skipped by `go test -short`.
package e2e

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// binary is the ackpool binary TestMain built for this run ("" with -short).
var binary string

// TestMain builds the binary once for every test of the package, and removes it
// after them.
func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "ackpool-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "ackpool")
	if out, err := exec.Command("go", "build", "-o", binary, "ackpool").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// skipShort skips a test under -short: everything here runs the whole program.
func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
}

// builtBinary returns the binary TestMain built, skipping the test under -short or
// when tmux, which drives it, is not installed. The tmux tests run in parallel: each
// has its own tmux server, home folder and sandbox, and most of their time is spent
// waiting for a sandbox task.
func builtBinary(t *testing.T) string {
	t.Helper()
	skipShort(t)
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end wizard tests need it (CI installs it)")
	}
	return binary
}
