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

// TestUnreadableNumberGivesOneError: "5?" in a number field is one problem (the
// text is not a number), not also the last readable value's "5 is below 20".
func TestUnreadableNumberGivesOneError(t *testing.T) {
	d := fakeWizard(t, 160, 48)
	d.keys("ctrl+f", "ctrl+f", "ctrl+f", "tab")
	if got := d.m.focusedKey(); got != "scaling_group.system_disk_size" {
		t.Fatalf("focused %q, want the system disk size", got)
	}
	d.keys("backspace", "backspace", "backspace", "5", "?")
	var got []string
	for _, p := range d.m.problems {
		if p.Path == "scaling_group.system_disk_size" {
			got = append(got, p.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], `"5?" is not a whole number`) {
		t.Fatalf("problems for the field: %q", got)
	}
}

// TestShiftTabLeavesATextAreaWithAnError: a bad taint line does not trap the focus,
// and what is typed next goes to the field shift+tab reached.
func TestShiftTabLeavesATextAreaWithAnError(t *testing.T) {
	d := fakeWizard(t, 160, 48)
	d.keys("ctrl+f", "ctrl+f", "ctrl+f", "ctrl+f", "ctrl+f", "ctrl+f") // the Kubernetes step
	if d.m.steps[d.m.cur].ID != "kubernetes" {
		t.Fatalf("on step %s", d.m.steps[d.m.cur].ID)
	}
	d.keys("tab")
	if got := d.m.focusedKey(); got != "kubernetes_config.taints" {
		t.Fatalf("focused %q, want the taints", got)
	}
	d.keys("b", "a", "d", ":", "W", "r", "o", "n", "g", "shift+tab", "z", "=", "1")
	if got := d.m.focusedKey(); got != "kubernetes_config.labels" {
		t.Fatalf("after shift+tab the focus is on %q, want the labels", got)
	}
	labels := d.m.np.KubernetesConfig.Labels
	if len(labels) != 1 || labels[0].Key == nil || *labels[0].Key != "z" {
		t.Fatalf("labels %+v; the keys after shift+tab went elsewhere", labels)
	}
}
