package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// keyCounter sends keys to the wizard and counts them the way a person presses
// them: every named key is one, typed text is one per character.
type keyCounter struct {
	s *tmuxSession
	n int
}

// press sends named tmux keys (Enter, C-r, BSpace) or single characters.
func (c *keyCounter) press(keys ...string) {
	c.s.t.Helper()
	c.n += len(keys)
	c.s.keys(keys...)
}

// typeText types literal text, one key per character.
func (c *keyCounter) typeText(text string) {
	c.s.t.Helper()
	c.n += len([]rune(text))
	c.s.typeText(text)
}

// reuseHome is a temporary configuration and state folder pair for the binary.
func reuseHome(t *testing.T) (config, state string, env []string) {
	root := t.TempDir()
	config, state = filepath.Join(root, "config"), filepath.Join(root, "state")
	return config, state, []string{"XDG_CONFIG_HOME=" + config, "XDG_STATE_HOME=" + state}
}

// TestE2EPresetToSubmitKeystrokes is the on-call path: a preset, the default
// region's first cluster, a different size, submit. It counts the keys from launch
// to the created pool.
func TestE2EPresetToSubmitKeystrokes(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	_, _, env := reuseHome(t)
	s := startTmux(t, bin, 160, 48, env...)
	c := &keyCounter{s: s}
	s.waitFor("How do you want to start?")
	c.press("1") // general-purpose
	s.waitFor("running")
	c.press("Enter") // the default region
	s.waitFor("┃ Cluster")
	c.press("Enter") // the first running cluster
	s.waitFor("Pool name")
	c.press("C-f")      // instances & scaling
	s.waitFor("✓ vsw-") // the cluster's vSwitches, preselected for the preset
	c.press("Enter")    // keep them
	s.waitFor("Up to 10 types")
	c.press("Enter") // the preset's instance types
	s.waitFor("PostPaid: pay as you go")
	c.press("Enter") // the preset's billing
	s.waitFor("Spot strategy")
	c.press("Enter") // no spot
	s.waitFor("On: ACK adds")
	c.press("Enter") // no auto scaling
	s.waitFor("Desired nodes")
	c.press("BSpace")
	c.typeText("5")
	s.waitFor(`"desired_size": 5`)
	c.press("C-r")
	s.waitFor("no problems: ready to submit")
	c.press("s")
	s.waitFor("Create this node pool?")
	c.press("y")
	s.waitFor("Node pool created")
	t.Logf("keystrokes from launch to a submitted pool (preset, cluster, size): %d", c.n)
	if c.n > 15 {
		t.Errorf("the preset flow took %d keys; the goal is 15 or fewer", c.n)
	}
	s.keys("q")
	if out := s.waitFor("ackpool-exit="); !strings.Contains(out, "ackpool-exit=0") {
		t.Fatalf("exit:\n%s", out)
	}
}

// TestE2ESavePresetFromReview saves the request as a preset from the review screen
// and finds it with `ackpool preset list`.
func TestE2ESavePresetFromReview(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	config, _, env := reuseHome(t)
	s := startTmux(t, bin, 80, 24, env...)
	s.waitFor("How do you want to start?")
	s.keys("2") // gpu
	s.waitFor("running")
	s.keys("C-r")
	s.waitFor("Review")
	s.keys("p")
	s.waitFor("Save as preset")
	s.keys("C-u")
	s.typeText("e2e-gpu")
	s.keys("Enter")
	s.typeText("GPU pools from the e2e test")
	s.keys("Enter")
	s.waitFor("Saved preset e2e-gpu")
	s.keys("Escape")
	s.waitFor("saved preset e2e-gpu")
	cmd := exec.Command(bin, "preset", "list")
	cmd.Env = []string{"HOME=" + t.TempDir(), "XDG_CONFIG_HOME=" + config, "PATH=" + os.Getenv("PATH")}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "e2e-gpu") || !strings.Contains(string(out), "GPU pools from the e2e test") {
		t.Fatalf("ackpool preset list (%v):\n%s", err, out)
	}
	s.keys("C-c")
	s.waitFor("y: quit")
	s.keys("y")
	s.waitFor("ackpool-exit=130")
}

// TestE2EQuitAndResumeDraft quits mid-flow and resumes on the next launch.
func TestE2EQuitAndResumeDraft(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	_, state, env := reuseHome(t)
	s := startTmux(t, bin, 160, 48, env...)
	s.waitFor("How do you want to start?")
	s.keys("1")
	s.waitFor("running")
	s.keys("Enter")
	s.waitFor("┃ Cluster")
	s.keys("Enter")
	s.waitFor("Pool name")
	s.typeText("-resumed")
	s.waitFor(`"name": "general-resumed"`)
	s.keys("C-c")
	s.waitFor("kept as a draft")
	s.keys("y")
	s.waitFor("ackpool-exit=130")
	if _, err := os.Stat(filepath.Join(state, "ackpool", "drafts", "draft.yaml")); err != nil {
		t.Fatalf("no draft after quitting: %v", err)
	}

	s2 := startTmux(t, bin, 80, 24, env...)
	s2.waitFor("Resume the draft")
	s2.waitFor("from preset general-purpose")
	s2.keys("r")
	s2.waitFor("Pool name")
	s2.waitFor("general-resumed")
	s2.keys("C-r")
	s2.waitFor("no problems: ready to submit") // the cluster's vSwitches came back too
	s2.keys("d")
	s2.waitFor(`~ nodepool_info.name: "general" -> "general-resumed"`)
	s2.keys("C-c")
	s2.waitFor("y: quit")
	s2.keys("y")
	s2.waitFor("ackpool-exit=130")
}
