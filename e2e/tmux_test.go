package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The end-to-end tests build the ackpool binary and drive the wizard in tmux the way
// a person would: keys in, screen text out. They wait for text with a generous bound
// and never assert on timing.

// e2eWait bounds every wait for text on the screen.
const e2eWait = 90 * time.Second

// tmuxSession is one tmux server (private socket) with one window.
type tmuxSession struct {
	t      *testing.T
	socket string
}

// startTmux opens a w x h window and runs bin in it (with args) with env added to a clean
// environment (HOME and XDG folders in a temporary directory, no cloud credentials).
func startTmux(t *testing.T, bin string, w, h int, env ...string) *tmuxSession {
	return startTmuxArgs(t, bin, nil, w, h, env...)
}

// startTmuxArgs is startTmux with command-line arguments.
func startTmuxArgs(t *testing.T, bin string, args []string, w, h int, env ...string) *tmuxSession {
	t.Helper()
	home := t.TempDir()
	s := &tmuxSession{t: t, socket: fmt.Sprintf("ackpool-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	// the shell ends after ten minutes, and the tmux server with it, even if the test
	// binary dies before its cleanup runs
	s.tmux("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "timeout 600 sh")
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	vars := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + home + "/config", "XDG_STATE_HOME=" + home + "/state",
		"TERM=xterm-256color", "PATH=" + os.Getenv("PATH")}
	vars = append(vars, env...)
	cmd := "cd " + home + " && env -i " + strings.Join(quoteAll(vars), " ") + " " + strings.Join(quoteAll(append([]string{bin}, args...)), " ") + `; echo "ackpool"-exit=$?`
	s.tmux("send-keys", "-t", "main", "-l", "--", cmd)
	s.tmux("send-keys", "-t", "main", "Enter")
	return s
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return out
}

// tmux runs a tmux command on the session's server.
func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends named tmux keys (Enter, Space, C-r, ...).
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys", "-t", "main"}, keys...)...)
}

// typeText types literal text.
func (s *tmuxSession) typeText(text string) {
	s.t.Helper()
	s.tmux("send-keys", "-t", "main", "-l", "--", text)
}

// screen is the visible text of the window.
func (s *tmuxSession) screen() string { return s.tmux("capture-pane", "-p", "-t", "main") }

// waitFor polls the screen until it contains text, and returns it.
func (s *tmuxSession) waitFor(text string) string {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), e2eWait)
	defer cancel()
	for {
		scr := s.screen()
		if strings.Contains(scr, text) {
			return scr
		}
		select {
		case <-ctx.Done():
			s.t.Fatalf("waited %s for %q; the screen is:\n%s", e2eWait, text, scr)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// pressUntil presses key until the screen contains text (at most n times).
func (s *tmuxSession) pressUntil(key, text string, n int) string {
	s.t.Helper()
	for i := 0; i < n; i++ {
		scr := s.screen()
		if strings.Contains(scr, text) {
			return scr
		}
		s.keys(key)
		// let the wizard draw before looking again
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		for ctx.Err() == nil && s.screen() == scr {
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
	}
	return s.waitFor(text)
}

// fillRequired walks a person through the first three steps: default region and
// cluster, a pool name, one vSwitch, one instance type and pay-as-you-go billing;
// then Enter through the remaining defaults to the review screen.
func (s *tmuxSession) fillRequired(name string) {
	s.t.Helper()
	s.startBlank()
	s.waitFor("Where the cluster lives")
	s.keys("Enter")
	s.waitFor("Only running clusters")
	s.keys("Enter")
	s.waitFor("Pool name")
	s.typeText(name)
	s.keys("Enter")
	s.pressUntil("Enter", "vSwitches", 10)
	s.keys("Space", "Enter")
	s.waitFor("Instance types")
	s.waitFor("vCPU")
	s.keys("Space", "Enter")
	s.waitFor("PostPaid: pay as you go")
	s.pressUntil("Enter", "Review", 80) // every other field keeps its default
}

// startBlank answers the start screen, when there is one, with "start blank".
func (s *tmuxSession) startBlank() {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), e2eWait)
	defer cancel()
	for ctx.Err() == nil {
		scr := s.screen()
		if strings.Contains(scr, "Where the cluster lives") {
			return
		}
		if strings.Contains(scr, "Start blank") {
			s.keys("b")
			s.waitFor("Where the cluster lives")
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("neither the start screen nor the first step appeared:\n%s", s.screen())
}

var clusterInHeader = regexp.MustCompile(`cluster (c[0-9a-z]+)`)

func TestE2EFirstTimeFlowToSubmit(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	s := startTmux(t, bin, 160, 48)
	s.waitFor("SANDBOX")
	s.fillRequired("e2e-first")
	scr := s.waitFor("0 errors")
	if !strings.Contains(scr, `"name": "e2e-first"`) {
		t.Fatalf("the review does not show the name:\n%s", scr)
	}
	s.keys("s")
	s.waitFor("Create this node pool?")
	s.keys("y")
	s.waitFor("Node pool created")
	s.keys("q")
	out := s.waitFor("ackpool-exit=")
	if !strings.Contains(out, "ackpool-exit=0") || !strings.Contains(out, "nodepool_id=") {
		t.Fatalf("the wizard did not exit 0 with the IDs:\n%s", out)
	}
}

func TestE2EDuplicateNameFixedAndResubmitted(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	e := newSandbox(t, 50)
	endpoint := e.endpoint
	s := startTmux(t, bin, 160, 48,
		"ACKPOOL_ENDPOINT="+endpoint,
		"ALIBABA_CLOUD_ACCESS_KEY_ID="+e.handler.AccessKeyID(),
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET="+e.handler.AccessKeySecret())
	s.fillRequired("e2e-dup")
	m := clusterInHeader.FindStringSubmatch(s.screen())
	if m == nil {
		t.Fatalf("no cluster in the header:\n%s", s.screen())
	}
	// someone else creates a pool of the same name while the user reviews
	target, np := e.validBody(t, "e2e-dup")
	target.ClusterID = m[1]
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatalf("creating the competing pool: %v", err)
	}
	s.keys("s")
	s.waitFor("Create this node pool?")
	s.keys("y")
	s.waitFor("InvalidParameter.Name")
	s.keys("Enter") // go back and fix: the name field
	s.waitFor("Pool name")
	s.typeText("-2")
	s.keys("C-r")
	s.waitFor(`"name": "e2e-dup-2"`)
	s.keys("s")
	s.waitFor("Create this node pool?")
	s.keys("y")
	s.waitFor("Node pool created")
	s.keys("q")
	if out := s.waitFor("ackpool-exit="); !strings.Contains(out, "ackpool-exit=0") {
		t.Fatalf("exit:\n%s", out)
	}
}

func TestE2EResizeMidFlow(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	s := startTmux(t, bin, 160, 48)
	s.startBlank()
	s.waitFor("Request body")
	s.tmux("resize-window", "-t", "main", "-x", "80", "-y", "24")
	s.waitFor("Steps [1")
	s.tmux("resize-window", "-t", "main", "-x", "60", "-y", "20")
	s.waitFor("Terminal too small")
	s.tmux("resize-window", "-t", "main", "-x", "200", "-y", "50")
	s.waitFor("Request body")
	s.keys("Enter")
	s.waitFor("Only running clusters")
	s.keys("C-c")
	s.waitFor("Nothing has been sent")
	s.keys("y")
	if out := s.waitFor("ackpool-exit="); !strings.Contains(out, "ackpool-exit=130") {
		t.Fatalf("cancel did not exit 130:\n%s", out)
	}
}

func TestE2EAccessiblePromptsAndCtrlC(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	s := startTmuxArgs(t, bin, []string{"--accessible"}, 100, 30)
	s.waitFor("How do you want to start?")
	s.typeText("b")
	s.keys("Enter")
	s.waitFor("Step 1 of 8: Target")
	s.waitFor("Enter a number between")
	s.typeText("1")
	s.keys("Enter")
	s.waitFor("Cluster")
	s.keys("C-c")
	if out := s.waitFor("ackpool-exit="); !strings.Contains(out, "ackpool-exit=130") || !strings.Contains(out, "kept as a draft") {
		t.Fatalf("ctrl+c in accessible mode did not cancel (exit 130) keeping a draft:\n%s", out)
	}
}
