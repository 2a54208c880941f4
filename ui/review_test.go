package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestReviewSaveJSONMasksSecrets(t *testing.T) {
	dir := t.TempDir()
	secret := "Sup3r-Secret!"
	np := &model.NodePool{ScalingGroup: &model.ScalingGroup{LoginPassword: &secret}}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c-test"}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), SaveDir: dir}, 120, 40)
	d.keys("ctrl+r")
	if strings.Contains(d.view(), secret) {
		t.Fatalf("the review shows the password:\n%s", d.view())
	}
	d.keys("w", "pool.json", "enter")
	data, err := os.ReadFile(filepath.Join(dir, "pool.json"))
	if err != nil {
		t.Fatalf("saved file: %v (screen:\n%s)", err, d.view())
	}
	if strings.Contains(string(data), secret) || !strings.Contains(string(data), "login_password") {
		t.Fatalf("saved body does not mask the password:\n%s", data)
	}
	if info, _ := os.Stat(filepath.Join(dir, "pool.json")); info.Mode().Perm() != 0o600 {
		t.Fatalf("saved file mode %v, want 0600", info.Mode().Perm())
	}
	d.expectView("saved")
	// a second save to the same name refuses to overwrite
	d.keys("w", "pool.json", "enter")
	d.expectView("not saved")
}

func TestReviewAliyunCommand(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+f", "it's-mine", "ctrl+r", "a")
	d.expectView("aliyun cs POST /clusters/c-test/nodepools", "--region cn-hangzhou")
}

func TestReviewProblemJumpsToItsStep(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+f", "ctrl+f", "tab", "ctrl+u", "backspace", "-1") // a negative desired size
	d.keys("ctrl+l", "up", "up", "enter", "ctrl+r")
	if d.m.phase != phaseReview || !d.m.problems.HasErrors() {
		t.Fatalf("review: phase %d problems %v", d.m.phase, d.m.problems)
	}
	if !d.m.review.onProblems {
		t.Fatalf("with errors the problem list should have the keys")
	}
	idx := -1
	for i, p := range d.m.problems {
		if p.Path == "scaling_group.desired_size" {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatalf("no desired_size problem in %v", d.m.problems)
	}
	for i := 0; i < idx; i++ {
		d.keys("down")
	}
	d.keys("enter")
	if d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "instances" || d.m.focusedKey() != "scaling_group.desired_size" {
		t.Fatalf("jump: phase %d step %s field %q", d.m.phase, d.m.steps[d.m.cur].ID, d.m.focusedKey())
	}
	// submit is refused while errors remain
	d.keys("ctrl+r", "s")
	if d.m.phase != phaseReview {
		t.Fatalf("s with errors: phase %d, want to stay on the review", d.m.phase)
	}
}

func TestReviewExportsWrapToTheScreen(t *testing.T) {
	d := newTestWizard(t, 80, 24)
	d.keys("ctrl+f", "a-pool-name-long-enough-to-push-the-body-past-eighty-columns-end", "ctrl+r", "a")
	view := d.view()
	for _, want := range []string{"aliyun cs POST", "columns-end", "}'"} {
		if !strings.Contains(strings.ReplaceAll(view, "\n", ""), want) {
			t.Errorf("the aliyun command is cut at 80 columns: no %q in\n%s", want, view)
		}
	}
	// a narrower terminal wraps it again
	d.send(tea.WindowSizeMsg{Width: 80, Height: 30})
	d.keys("t") // terraform
	d.expectView("Terraform resource")
	for _, line := range strings.Split(d.view(), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("line wider than the terminal (%d): %q", w, line)
		}
	}
}

func TestSaveNoteMentionsSecretsOnlyWhenThereAreSome(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c-test"}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), SaveDir: t.TempDir()}, 120, 40)
	d.keys("ctrl+r", "w", "plain.json", "enter")
	d.expectView("saved")
	if strings.Contains(d.view(), "secrets masked") {
		t.Errorf("the note speaks of masked secrets in a body without any:\n%s", d.view())
	}
	secret := "Sup3r-Secret!"
	np.ScalingGroup = &model.ScalingGroup{LoginPassword: &secret}
	d.keys("w", "secret.json", "enter")
	d.expectView("secrets masked")
}

func TestProblemCountReadsNaturally(t *testing.T) {
	cases := map[string]struct{ errs, warns int }{
		"1 error, 0 warnings:":  {1, 0},
		"2 errors, 1 warning:":  {2, 1},
		"0 errors, 3 warnings:": {0, 3},
	}
	for want, c := range cases {
		if got := problemCount(c.errs, c.warns); got != want {
			t.Errorf("problemCount(%d, %d) = %q, want %q", c.errs, c.warns, got, want)
		}
	}
}
