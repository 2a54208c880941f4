package ui

import (
	"strings"
	"testing"
)

// TestBlankStartSendsWhatTheStepsShowAsChosen: billing is preselected as PostPaid on
// step 3; a review opened before that step ever was must not call it missing.
func TestBlankStartSendsWhatTheStepsShowAsChosen(t *testing.T) {
	e := newSandbox(t, 5000)
	d := reuseWizard(t, e, newReuseDirs(t))
	d.keys("b", "ctrl+r")
	if d.m.phase != phaseReview {
		t.Fatalf("phase %d, want the review", d.m.phase)
	}
	sg := d.m.np.ScalingGroup
	if sg == nil || sg.InstanceChargeType == nil || *sg.InstanceChargeType != "PostPaid" {
		t.Fatalf("the request lacks the billing step 3 shows as chosen: %+v", sg)
	}
	for _, p := range d.m.problems {
		if strings.Contains(p.Path, "instance_charge_type") {
			t.Fatalf("review reports %s: %s", p.Path, p.Message)
		}
	}
}
