package ui

import (
	"fmt"
	"github.com/charmbracelet/huh"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/forms"
	"ackpool/model"
)

// newTestWizard is a wizard over the test steps, without a client.
func newTestWizard(t *testing.T, w, h int) *driver {
	t.Helper()
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c-test"}
	return newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target)}, w, h)
}

func TestNavigationBetweenSteps(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	if d.m.cur != 0 || d.m.phase != phaseEditing {
		t.Fatalf("start: step %d phase %d, want step 0 editing", d.m.cur, d.m.phase)
	}
	d.keys("ctrl+f")
	if d.m.cur != 1 {
		t.Fatalf("ctrl+f: step %d, want 1", d.m.cur)
	}
	d.keys("ctrl+b")
	if d.m.cur != 0 {
		t.Fatalf("ctrl+b: step %d, want 0", d.m.cur)
	}
	d.keys("ctrl+b")
	if d.m.cur != 0 {
		t.Fatalf("ctrl+b on the first step moved to %d", d.m.cur)
	}
	// the step list opens any step
	d.keys("ctrl+l")
	if d.m.phase != phaseSteps {
		t.Fatalf("ctrl+l: phase %d, want the step list", d.m.phase)
	}
	d.keys("down", "down", "enter")
	if d.m.cur != 2 || d.m.phase != phaseEditing {
		t.Fatalf("step list enter: step %d phase %d, want step 2 editing", d.m.cur, d.m.phase)
	}
	// finishing a step's form moves on: through the target's two fields
	d.keys("ctrl+l", "up", "up", "enter")
	d.keys("enter", "enter")
	if d.m.cur != 1 {
		t.Fatalf("completing the target step: step %d, want 1", d.m.cur)
	}
	// after the last step comes the review
	d.keys("ctrl+r")
	if d.m.phase != phaseReview {
		t.Fatalf("ctrl+r: phase %d, want review", d.m.phase)
	}
	d.keys("esc")
	if d.m.phase != phaseEditing {
		t.Fatalf("esc on review: phase %d, want editing", d.m.phase)
	}
}

func TestGoingBackWorksWithErrors(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+f", "ctrl+f") // instances
	d.keys("tab", "ctrl+u", "backspace", "-5")
	if d.m.np.ScalingGroup == nil || d.m.np.ScalingGroup.DesiredSize == nil || *d.m.np.ScalingGroup.DesiredSize != -5 {
		t.Fatalf("desired size not synced: %+v", d.m.np.ScalingGroup)
	}
	if !d.m.steps[2].problems.HasErrors() {
		t.Fatalf("a negative desired size raised no error on the step: %v", d.m.problems)
	}
	d.expectView("✗ scaling_group.desired_size")
	d.keys("ctrl+b")
	if d.m.cur != 1 {
		t.Fatalf("ctrl+b with errors on the screen: step %d, want 1", d.m.cur)
	}
	d.expectView("✗ Instances & scaling")
}

func TestTypingUpdatesModelAndPreview(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+f", "web-pool")
	if got := d.m.np.NodepoolInfo.Name; got == nil || *got != "web-pool" {
		t.Fatalf("name = %v, want web-pool", got)
	}
	if !strings.Contains(string(d.m.preview.body), `"name": "web-pool"`) {
		t.Fatalf("preview body lacks the name:\n%s", d.m.preview.body)
	}
	var changed []string
	for i, l := range d.m.preview.lines {
		if d.m.preview.changed[i] {
			changed = append(changed, l.path)
		}
	}
	if len(changed) != 1 || changed[0] != "nodepool_info.name" {
		t.Fatalf("changed lines = %v, want [nodepool_info.name]", changed)
	}
	d.expectView("Request body", `"name": "web-pool"`)
}

func TestHiddenFieldsFollowTheModel(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+f", "ctrl+f")
	// PostPaid: the period page is hidden, so finishing the first page ends the step
	d.keys("tab", "enter")
	if d.m.phase != phaseReview {
		t.Fatalf("PostPaid: the hidden period page was shown (phase %d, step %d)", d.m.phase, d.m.cur)
	}
	if d.m.np.ScalingGroup.Period != nil {
		t.Fatalf("period sent while PostPaid: %d", *d.m.np.ScalingGroup.Period)
	}
	d.keys("esc")
	d.keys("shift+tab", "down", "enter", "tab")
	if got := *d.m.np.ScalingGroup.InstanceChargeType; got != "PrePaid" {
		t.Fatalf("charge type = %s, want PrePaid", got)
	}
	d.expectView("Period (months)")
	d.keys("12")
	if p := d.m.np.ScalingGroup.Period; p == nil || *p != 12 {
		t.Fatalf("period = %v, want 12", p)
	}
}

func TestPreviewToggleOnNarrowTerminal(t *testing.T) {
	d := newTestWizard(t, 100, 30)
	if strings.Contains(d.view(), "Request body") {
		t.Fatalf("preview shown on a narrow terminal before the toggle")
	}
	d.keys("ctrl+o")
	d.expectView("Request body")
	d.keys("ctrl+o")
	if strings.Contains(d.view(), "Request body") {
		t.Fatalf("preview still shown after toggling it off")
	}
	d.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	d.expectView("Request body")
}

func TestTooSmall(t *testing.T) {
	d := newTestWizard(t, 79, 24)
	d.expectView("Terminal too small", "79x24")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.expectView("Steps")
}

func TestCtrlCAsksBeforeDiscarding(t *testing.T) {
	d := newTestWizard(t, 80, 24)
	d.keys("ctrl+c")
	if d.m.phase != phaseQuitConfirm || d.quit {
		t.Fatalf("ctrl+c: phase %d quit %v, want the discard prompt", d.m.phase, d.quit)
	}
	d.expectView("Discard this node pool")
	d.keys("n")
	if d.m.phase != phaseEditing {
		t.Fatalf("n: phase %d, want editing", d.m.phase)
	}
	d.keys("ctrl+c", "y")
	if !d.quit || d.m.Outcome().Kind != OutcomeCancelled {
		t.Fatalf("y: quit %v outcome %v, want cancelled", d.quit, d.m.Outcome().Kind)
	}
}

func TestFieldHelp(t *testing.T) {
	help := func(path string) string { return "help for " + path }
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), FieldHelp: help}, 120, 40)
	d.keys("?") // the region input takes text: "?" is typed
	if d.m.phase != phaseEditing {
		t.Fatalf("? in a text field opened help")
	}
	d.keys("f1")
	d.expectView("help for region")
	d.keys("x")
	if d.m.phase != phaseEditing {
		t.Fatalf("a key did not close help: phase %d", d.m.phase)
	}
	d.keys("ctrl+f", "ctrl+f", "?") // a select: "?" opens help
	if d.m.phase != phaseHelp {
		t.Fatalf("? on a select did not open help: phase %d", d.m.phase)
	}
	d.expectView("help for", "scaling_group.instance_charge_type")
}

func TestRouteByLongestPrefix(t *testing.T) {
	m := &Model{steps: []stepState{
		{Step: forms.Step{Owns: []string{"scaling_group"}}},
		{Step: forms.Step{Owns: []string{"scaling_group.data_disks", "scaling_group.system_disk_size"}}},
		{Step: forms.Step{Owns: []string{"management.auto_repair_policy"}}},
	}}
	cases := map[string]int{
		"scaling_group.desired_size":       0,
		"scaling_group.data_disks[1].size": 1,
		"scaling_group.data_disksX":        0,
		"scaling_group.system_disk_size":   1,
		"kubernetes_config.labels":         -1,
		"management":                       2,
		"scaling_group":                    0,
	}
	for path, want := range cases {
		if got := m.owner(path); got != want {
			t.Errorf("owner(%q) = %d, want %d", path, got, want)
		}
	}
}

func TestEditingActions(t *testing.T) {
	km := NewKeyMap()
	cases := []struct {
		key       string
		takesText bool
		want      action
	}{
		{"ctrl+f", false, actNextStep},
		{"pgdown", true, actNextStep},
		{"ctrl+b", true, actPrevStep},
		{"ctrl+l", true, actStepList},
		{"ctrl+r", true, actReview},
		{"ctrl+o", true, actPreview},
		{"f1", true, actFieldHelp},
		{"?", false, actFieldHelp},
		{"?", true, actNone},
		{"a", false, actNone},
		{"tab", false, actNone},
		{"ctrl+c", true, actQuit},
	}
	for _, c := range cases {
		if got := actionFor(editingKeys(km, 1, c.takesText), keyMsg(c.key)); got != c.want {
			t.Errorf("key %q (text=%v) = action %d, want %d", c.key, c.takesText, got, c.want)
		}
	}
}

func TestFieldHelpNamesTheFieldOnce(t *testing.T) {
	help := func(path string) string { return path + "\n\nwhat it does" } // like forms.FieldHelp
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), FieldHelp: help}, 120, 40)
	d.keys("f1")
	d.expectView("what it does")
	if n := strings.Count(d.view(), "region"); n != 1 {
		t.Errorf("the help names the field %d times:\n%s", n, d.view())
	}
}

func TestLongProblemsWrapInsteadOfBeingCut(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c61da77e8bfbc4c4c999af2b51b65abcd"}
	steps := testSteps(np, target)
	long := "10 is not allowed when period_unit is Month; use one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48 or finalword"
	steps[0].Pending = func() model.Problems {
		return model.Problems{{Path: "ClusterId", Message: long, Severity: model.SeverityError}}
	}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: steps}, 80, 24)
	d.keys("x") // any edit validates again
	d.expectView("ClusterId", "finalword")
	for _, line := range strings.Split(d.view(), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("line wider than the terminal (%d): %q", w, line)
		}
	}
	// with more problems than lines, the first is shown whole (its allowed values are
	// never cut off) and the rest are counted for the review
	d.m.steps[0].Pending = func() model.Problems {
		p := model.Problem{Path: "ClusterId", Message: long, Severity: model.SeverityError}
		return model.Problems{p, p, p, p}
	}
	d.keys("y")
	d.expectView("finalword", "and 3 more")
	if strings.Contains(d.view(), "…\n") || strings.Contains(d.view(), "48 or…") {
		t.Errorf("a problem is cut:\n%s", d.view())
	}
}

func TestShiftTabFromAFieldWithAnErrorKeepsTheFocus(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	first, second := "ok", ""
	required := func(s string) error {
		if s == "" {
			return fmt.Errorf("required")
		}
		return nil
	}
	steps := []forms.Step{{
		ID: "one", Title: "One",
		Groups: []*huh.Group{
			huh.NewGroup(huh.NewInput().Key("a").Title("First").Value(&first)),
			huh.NewGroup(huh.NewInput().Key("b").Title("Second").Value(&second).Validate(required)),
		},
		Sync: func(*model.NodePool) {},
	}}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: steps}, 120, 40)
	d.keys("tab") // to the second page
	if d.m.focusedKey() != "b" {
		t.Fatalf("tab did not reach the second page: focus %q", d.m.focusedKey())
	}
	d.keys("shift+tab") // huh refuses this (the page has an error); the wizard goes back anyway
	d.keys("x")
	if second != "x" && first != "okx" {
		t.Fatalf("after a refused shift+tab the keys go nowhere: first %q second %q\n%s", first, second, d.view())
	}
}

func TestSecretsAreValidatedAsTyped(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c61da77e8bfbc4c4c999af2b51b65abcd"}
	password := ""
	steps := []forms.Step{{
		ID: "login", Title: "Login", Owns: []string{"scaling_group"},
		Groups: []*huh.Group{huh.NewGroup(huh.NewInput().Key("scaling_group.login_password").Title("Password").Value(&password))},
		Sync: func(np *model.NodePool) {
			if np.ScalingGroup == nil {
				np.ScalingGroup = &model.ScalingGroup{}
			}
			np.ScalingGroup.LoginPassword = ptrOrNil(password)
		},
	}}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: steps}, 120, 40)
	d.keys("a", "b", "c")
	if !strings.Contains(fmt.Sprint(d.m.problems), "is 3 characters") {
		t.Fatalf("the password problems are stale (the masked preview did not change): %v", d.m.problems)
	}
}

func TestShiftTabGoesBackEvenWithAnErrorOnThePage(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	first, second := "ok", ""
	required := func(s string) error {
		if s == "" {
			return fmt.Errorf("required")
		}
		return nil
	}
	steps := []forms.Step{{
		ID: "one", Title: "One",
		Groups: []*huh.Group{
			huh.NewGroup(huh.NewInput().Key("a").Title("First").Value(&first)),
			huh.NewGroup(huh.NewInput().Key("b").Title("Second").Value(&second).Validate(required)),
		},
		Sync: func(*model.NodePool) {},
	}}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: steps}, 120, 40)
	d.keys("tab", "shift+tab")
	if d.m.focusedKey() != "a" {
		t.Fatalf("shift+tab from a page with an error stayed on %q; going back must always work", d.m.focusedKey())
	}
}

func TestLongFieldHelpScrollsInsteadOfBeingCut(t *testing.T) {
	var long []string
	for i := 1; i <= 40; i++ {
		long = append(long, fmt.Sprintf("help line %02d", i))
	}
	help := func(string) string { return strings.Join(long, "\n") }
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), FieldHelp: help}, 80, 24)
	d.keys("f1")
	d.expectView("help line 01", "╚") // the dialog's bottom edge is on the screen
	if lines := strings.Split(d.view(), "\n"); len(lines) > 24 {
		t.Fatalf("the help is %d lines on a 24-line terminal", len(lines))
	}
	for range 40 {
		d.keys("down")
	}
	d.expectView("help line 40", "╚")
	if d.m.phase != phaseHelp {
		t.Fatalf("scrolling closed the help")
	}
	d.keys("x")
	if d.m.phase != phaseEditing {
		t.Fatalf("another key did not close the help")
	}
}

func TestJumpToAFieldOnALaterPage(t *testing.T) {
	np := &model.NodePool{}
	target := &forms.Target{Region: "cn-hangzhou"}
	a, b, c, dd := "", "", "", ""
	steps := []forms.Step{{
		ID: "one", Title: "One",
		Groups: []*huh.Group{
			huh.NewGroup(huh.NewInput().Key("a").Title("A").Value(&a)),
			huh.NewGroup(huh.NewInput().Key("b").Title("B").Value(&b)),
			huh.NewGroup(huh.NewInput().Key("c").Title("C").Value(&c), huh.NewInput().Key("d").Title("D").Value(&dd)),
		},
		Keys: [][]string{{"a"}, {"b"}, {"c", "d"}},
		Sync: func(*model.NodePool) {},
	}}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: steps}, 120, 40)
	d.run(d.m.jumpTo("d"))
	if d.m.focusedKey() != "d" {
		t.Fatalf("jumping to a field on the third page focused %q", d.m.focusedKey())
	}
	d.keys("z")
	if dd != "z" {
		t.Fatalf("the field jumped to does not take keys: a=%q b=%q c=%q d=%q", a, b, c, dd)
	}
}
