package e2e

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// randomKeys are the keys a person might press anywhere in the wizard: text, the
// form's navigation, the shell's keys, the review's actions. ctrl+c is left out so a
// run is not just the quit prompt; q and y are in, so some runs end and start again.
var randomKeys = []string{
	"a", "b", "1", "5", "-", "=", ":", "?", "/", "x", "q", "y", "n", "s", "w", "p", "d", "t",
	"Space", "BSpace", "Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right",
	"PageUp", "PageDown", "C-f", "C-b", "C-r", "C-l", "C-o", "C-u", "C-j", "F1",
}

// TestRandomKeysNeverCrashTheWizard drives the built binary in tmux with seeded random
// keys at 80x24 and 160x48: no panic is printed, and no screen line is wider than the
// terminal. It is bounded in keys (and each wait in time), and skipped with -short.
func TestRandomKeysNeverCrashTheWizard(t *testing.T) {
	bin := builtBinary(t)
	for _, size := range []struct{ w, h, keys int }{{80, 24, 250}, {160, 48, 150}} {
		s := startTmux(t, bin, size.w, size.h)
		s.waitFor("How do you want to start?")
		rng := rand.New(rand.NewPCG(uint64(size.w), 2026))
		for i := 0; i < size.keys; i++ {
			s.keys(randomKeys[rng.IntN(len(randomKeys))])
			if i%10 != 9 {
				continue
			}
			time.Sleep(30 * time.Millisecond)
			// -J joins the lines the terminal wrapped: a line drawn wider than the
			// terminal comes back as one line longer than the width
			checkRandomScreen(t, s.tmux("capture-pane", "-p", "-J", "-t", "main"), size.w, i)
			if scr := s.screen(); strings.Contains(scr, "ackpool-exit=") {
				if !strings.Contains(scr, "ackpool-exit=0") && !strings.Contains(scr, "ackpool-exit=130") {
					t.Fatalf("after %d keys the wizard exited abnormally:\n%s", i+1, scr)
				}
				s = startTmux(t, bin, size.w, size.h) // it ended (quit or exit): start again
				s.waitFor("How do you want to start?")
			}
		}
	}
}

// checkRandomScreen fails on a panic or a line wider than the terminal.
func checkRandomScreen(t *testing.T, scr string, width, keys int) {
	t.Helper()
	if strings.Contains(scr, "panic:") || strings.Contains(scr, "goroutine ") {
		t.Fatalf("after %d keys the wizard panicked:\n%s", keys+1, scr)
	}
	for _, line := range strings.Split(scr, "\n") {
		if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > width {
			t.Fatalf("after %d keys a line is %d wide on a %d-column terminal: %q", keys+1, w, width, line)
		}
	}
}
