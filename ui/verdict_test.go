package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"ackpool/model"
)

// TestServerVerdictStaysOnTheFieldUntilChanged: after InvalidParameter.Name the
// Basics step does not say "no problems" for the name the service just refused; the
// refusal goes once the name changes.
func TestServerVerdictStaysOnTheFieldUntilChanged(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "taken")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatalf("creating the first pool: %v", err)
	}
	d := sandboxWizard(t, e, "taken")
	d.keys("ctrl+r", "s", "y", "enter")
	if d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "basics" {
		t.Fatalf("fix: phase %d step %s", d.m.phase, d.m.steps[d.m.cur].ID)
	}
	d.expectView("the service refused this value (InvalidParameter.Name)")
	if ps := d.m.steps[d.m.cur].problems; len(ps) != 1 || ps[0].Rule != verdictRule {
		t.Fatalf("basics problems %+v, want the service's verdict", ps)
	}
	d.keys("ctrl+r")
	d.expectView("1 error", "nodepool_info.name: the service refused this value")
	d.keys("esc", "-2")
	for _, p := range d.m.problems {
		if p.Rule == verdictRule {
			t.Fatalf("the verdict outlived the change: %+v", p)
		}
	}
}

// TestRejectedVSwitchOpensItsField: a vSwitch the cluster does not have is refused by
// the service; enter on the rejection opens the step that holds the vSwitches. (The
// wizard runs without account lookups here, or its review would catch the vSwitch.)
func TestRejectedVSwitchOpensItsField(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "vsw-elsewhere")
	d.m.opts.Catalog = nil
	d.m.np.ScalingGroup.VSwitchIDs = []string{"vsw-notinthisvpc0000000"}
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseFailed {
		t.Fatalf("phase %d, want failed:\n%s", d.m.phase, d.view())
	}
	d.keys("enter")
	if d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "instances" {
		t.Fatalf("fix: phase %d step %s, want the step owning scaling_group.vswitch_ids", d.m.phase, d.m.steps[d.m.cur].ID)
	}
}

// TestReviewCatchesIDsFromAnotherCluster: a vSwitch and a key pair the target does
// not have (a preset made for another cluster) are errors on the review, before
// anything is sent; a list that could not be loaded is a warning instead.
func TestReviewCatchesIDsFromAnotherCluster(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "from-elsewhere")
	key := "no-such-key"
	d.m.np.ScalingGroup.VSwitchIDs = []string{d.m.np.ScalingGroup.VSwitchIDs[0], "vsw-notinthisvpc0000000"}
	d.m.np.ScalingGroup.KeyPair = &key
	d.keys("ctrl+r")
	got := map[string]string{}
	for _, p := range d.m.problems {
		if p.Rule == accountRule {
			got[p.Path] = string(p.Severity)
		}
	}
	if got["scaling_group.vswitch_ids[1]"] != string(model.SeverityError) || got["scaling_group.key_pair"] != string(model.SeverityError) || len(got) != 2 {
		t.Fatalf("account problems %v", got)
	}
	d.expectView(`"vsw-notinthisvpc0000000" is not among the cluster VPC's vSwitches`, `"no-such-key" is not among the region's key pairs`)
	d.keys("s")
	if d.m.phase != phaseReview {
		t.Fatalf("submitted IDs the target does not have: phase %d", d.m.phase)
	}
}

// TestAccountListThatFailedIsAWarning: while the key pairs could not be listed, a
// key pair is reported as not checked (a warning), not as wrong.
func TestAccountListThatFailedIsAWarning(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "unchecked")
	key := "some-key"
	d.m.np.ScalingGroup.KeyPair = &key
	d.m.opts.Catalog.failed["kp/"+d.m.target.Region] = errors.New("Throttling.User: Request was denied due to user flow control.")
	var got []model.Problem
	for _, p := range d.m.accountProblems() {
		if p.Path == "scaling_group.key_pair" {
			got = append(got, p)
		}
	}
	if len(got) != 1 || got[0].Severity != model.SeverityWarning || !strings.Contains(got[0].Message, "not checked against the account") {
		t.Fatalf("key pair problems %+v", got)
	}
}

// TestARefusedRequestIsKeptAsADraft: the service refuses the request the person
// started from a preset and did not change; the answers are saved as a draft at
// once, so quitting (or a closed terminal) loses nothing.
func TestARefusedRequestIsKeptAsADraft(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "taken-again")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatal(err)
	}
	dirs := newReuseDirs(t)
	d := reuseWizard(t, e, dirs)
	d.keys("b")
	*d.m.np = *np.Clone()
	d.m.np.ScalingGroup.LoginPassword = nil
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseFailed {
		t.Fatalf("phase %d, want the rejection:\n%s", d.m.phase, d.view())
	}
	dr, err := d.m.opts.Presets.Drafts.Load()
	if err != nil || dr == nil || dr.Request.NodepoolInfo == nil || *dr.Request.NodepoolInfo.Name != "taken-again" {
		t.Fatalf("no draft of the refused request: %+v %v", dr, err)
	}
}
