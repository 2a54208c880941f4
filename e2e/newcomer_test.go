package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"ackpool/presets"
)

// The runs of issue "the wizard as a newcomer meets it", at the smallest size the
// full-screen wizard draws in (80x24), and the plain prompts at the same size.

// sandboxVars point the binary at the test's own sandbox.
func sandboxVars(e *sandboxEnv) []string {
	return []string{"ACKPOOL_ENDPOINT=" + e.endpoint,
		"ALIBABA_CLOUD_ACCESS_KEY_ID=" + e.handler.AccessKeyID(),
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + e.handler.AccessKeySecret()}
}

// answer waits for the prompt text, then types line and enter.
func (s *tmuxSession) answer(prompt, line string) {
	s.t.Helper()
	s.waitFor(prompt)
	if line != "" {
		s.typeText(line)
	}
	s.keys("Enter")
}

// waitGone polls the screen until it no longer contains text, and returns it.
func (s *tmuxSession) waitGone(text string) string {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), e2eWait)
	defer cancel()
	for {
		scr := s.screen()
		if !strings.Contains(scr, text) {
			return scr
		}
		select {
		case <-ctx.Done():
			s.t.Fatalf("waited %s for %q to go; the screen is:\n%s", e2eWait, text, scr)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

var tickedRow = regexp.MustCompile(`(?m)^([0-9]+)\. \[x\] vsw-`)

// TestE2EAccessibleCommaNumbersReachACreatedPool: in the plain prompts, "1,3" at the
// vSwitch question ticks entries 1 and 3 (never the IDs "1" and "3"), and the walk
// ends with a created pool.
func TestE2EAccessibleCommaNumbersReachACreatedPool(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	e := newSandbox(t, 50)
	s := startTmuxArgs(t, bin, []string{"--accessible"}, 80, 24, sandboxVars(e)...)
	s.answer("How do you want to start?", "b")
	s.answer("Enter a number between 1 and 11", "1") // the region
	s.waitFor("Cluster")
	s.answer("Enter a number between 1 and 4", "1")
	s.answer("Pool name", "e2e-plain")
	s.pressUntil("Enter", "Choose up to 8", 5) // pool type and resource group keep their defaults
	s.answer("Choice:", "1,3")
	scr := s.waitFor("3. [x] vsw-")
	if rows := tickedRow.FindAllStringSubmatch(scr, -1); len(rows) != 2 || rows[0][1] != "1" || rows[1][1] != "3" {
		t.Fatalf("1,3 did not tick entries 1 and 3:\n%s", scr)
	}
	s.typeText("0")
	s.keys("Enter")
	s.waitFor("more: type a word to narrow the list") // the instance types
	s.typeText("family=g7 vcpu>=8 mem>=32")           // an attribute filter narrows them
	s.keys("Enter")
	s.waitFor(`match "family=g7 vcpu>=8 mem>=32"`)
	s.typeText("1")
	s.keys("Enter")
	s.waitFor("1. [x] ecs.g7.")
	s.typeText("0")
	s.keys("Enter")
	s.pressUntil("Enter", "y: send it", 150) // every other question keeps its default
	s.typeText("y")
	s.keys("Enter")
	out := s.waitFor("ackpool-exit=")
	if !strings.Contains(out, "ackpool-exit=0") || !strings.Contains(out, "created in cluster") {
		t.Fatalf("the plain prompts did not end with a created pool:\n%s", out)
	}
}

// TestE2EHandTypedClusterOfAnotherRegionRefused: a cluster typed by hand that the
// region does not have is refused on the Target step; `create --region mars-1` with
// a cluster of cn-hangzhou is refused before anything is sent.
func TestE2EHandTypedClusterOfAnotherRegionRefused(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	e := newSandbox(t, 50)
	s := startTmux(t, bin, 80, 24, sandboxVars(e)...)
	s.startBlank()
	s.keys("Enter") // the default region
	s.waitFor("prod-web")
	s.pressUntil("Down", "> type it by hand", 6)
	s.keys("Enter")
	s.waitFor("typed by hand")
	s.typeText("c0123456789abcdef0123456789abcdef")
	s.keys("Enter")
	scr := s.waitFor("is not among the region's")
	if !strings.Contains(scr, "✗ Target") {
		t.Fatalf("the Target step does not show the refusal:\n%s", scr)
	}

	target, _ := e.validBody(t, "unused")
	cmd := exec.Command(bin, "create", "--region", "mars-1", "--cluster", target.ClusterID, "--name", "e2e-mars",
		"--instance-types", "ecs.g7.large", "--vswitches", "vsw-ac0ie62038a17mpc4uxj", "--set", "scaling_group.instance_charge_type=PostPaid", "--yes")
	home := t.TempDir()
	cmd.Env = append([]string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, "c"), "XDG_STATE_HOME=" + filepath.Join(home, "s")}, sandboxVars(e)...)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errorsAs(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(string(out), "is in region cn-hangzhou, not mars-1") {
		t.Fatalf("create --region mars-1: %v\n%s", err, out)
	}
}

// TestE2EBillingOnTheReviewUnopened: start blank and jump to the review at once: the
// billing step 3 shows as chosen is in the request, never "required".
func TestE2EBillingOnTheReviewUnopened(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	s := startTmux(t, bin, 80, 24)
	s.startBlank()
	s.keys("C-r")
	scr := s.waitFor(`"instance_charge_type": "PostPaid"`)
	if strings.Contains(scr, "instance_charge_type: required") || !strings.Contains(scr, "PostPaid (pay as you go)") {
		t.Fatalf("billing is not in the request on the review:\n%s", scr)
	}
}

// TestE2EReviewScrollsThroughEveryProblem: a draft from another cluster with many
// problems: the review counts them all, says how many lie below, and scrolls to them.
func TestE2EReviewScrollsThroughEveryProblem(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	e := newSandbox(t, 50)
	_, state, env := reuseHome(t)
	target, np := e.validBody(t, "e2e-many")
	sg := np.ScalingGroup
	sg.VSwitchIDs = []string{"vsw-fromelsewhere00000001", "vsw-fromelsewhere00000002", "vsw-fromelsewhere00000003"}
	sg.SecurityGroupIDs = []string{"sg-fromelsewhere00000001", "sg-fromelsewhere00000002"}
	bad := int64(5)
	sg.SystemDiskSize = &bad
	if _, err := presets.NewDrafts(filepath.Join(state, "ackpool", "drafts")).Save(presets.Draft{
		ClusterID: target.ClusterID, RegionID: target.Region, Step: "basics", Request: np}); err != nil {
		t.Fatal(err)
	}
	s := startTmux(t, bin, 80, 24, append(env, sandboxVars(e)...)...)
	s.waitFor("Resume the draft")
	s.keys("r")
	s.waitFor("Pool name")
	s.keys("C-r")
	scr := s.waitFor("more")
	count := regexp.MustCompile(`([0-9]+) errors?, [0-9]+ warnings?: 1–([0-9]+) of ([0-9]+) · ↓ ([0-9]+) more`).FindStringSubmatch(scr)
	if count == nil {
		t.Fatalf("the review does not count the problems and those below:\n%s", scr)
	}
	last := count[3]
	scr = s.pressUntil("Down", "–"+last+" of "+last, 12) // the selection moves down to the last problem
	if !strings.Contains(scr, "above") {
		t.Fatalf("the review scrolled to its last problem without saying what lies above:\n%s", scr)
	}
}

// TestE2ERefusalLandsOnTheNameWithTheVerdict: the service refuses a duplicate name;
// enter on the refusal opens the name field, which shows the service's verdict until
// the name changes; the new name is sent and created.
func TestE2ERefusalLandsOnTheNameWithTheVerdict(t *testing.T) {
	bin := builtBinary(t)
	t.Parallel()
	e := newSandbox(t, 50)
	s := startTmux(t, bin, 80, 24, sandboxVars(e)...)
	s.fillRequired("e2e-dup80")
	m := clusterInHeader.FindStringSubmatch(s.screen())
	if m == nil {
		t.Fatalf("no cluster in the header:\n%s", s.screen())
	}
	target, np := e.validBody(t, "e2e-dup80")
	target.ClusterID = m[1]
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatalf("creating the competing pool: %v", err)
	}
	s.keys("s")
	s.waitFor("Create this node pool?")
	s.keys("y")
	s.waitFor("InvalidParameter.Name")
	s.keys("Enter")
	scr := s.waitFor("the service refused this value")
	if !strings.Contains(scr, "Pool name") {
		t.Fatalf("enter did not land on the name field:\n%s", scr)
	}
	s.typeText("-2")
	s.waitGone("the service refused this value")
	s.keys("C-r")
	s.waitFor(`"name": "e2e-dup80-2"`)
	s.keys("s")
	s.waitFor("Create this node pool?")
	s.keys("y")
	s.waitFor("Node pool created")
	s.keys("q")
	if out := s.waitFor("ackpool-exit="); !strings.Contains(out, "ackpool-exit=0") {
		t.Fatalf("exit:\n%s", out)
	}
}

// errorsAs is errors.As for the exit error of a command.
func errorsAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	if ok {
		*target = e
	}
	return ok
}
