package ui

import (
	"context"
	"testing"
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
// the service; enter on the rejection opens the step that holds the vSwitches.
func TestRejectedVSwitchOpensItsField(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "vsw-elsewhere")
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
