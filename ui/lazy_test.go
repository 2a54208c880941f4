package ui

import (
	"testing"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
)

// TestLazyStepsAreTheSteps drives a wizard whose steps are built headless and whole
// on first opening (as the program builds them) next to one whose steps are all
// built at once, and requires the same screen after every key on every step, and
// the same request from the start.
func TestLazyStepsAreTheSteps(t *testing.T) {
	build := func(lazy bool) *driver {
		cat := formstest.NewCatalog()
		target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
		np := sampleBody(t, cat, *target)
		np.ScalingGroup.SystemDiskPerformanceLevel = new(string) // cleared by the disks step unless the category is ESSD
		*np.ScalingGroup.SystemDiskPerformanceLevel = "PL1"
		np.ScalingGroup.SystemDiskCategory = nil
		env := &forms.Env{Catalog: cat, Target: target}
		st := steps.Build(np, env)
		if lazy {
			st = steps.BuildLazy(np, env)
		}
		return newDriver(t, Options{NodePool: np, Target: target, Steps: st, FieldHelp: forms.FieldHelp}, 160, 48)
	}
	eager, lazy := build(false), build(true)
	if a, b := string(encodeBody(eager.m.np)), string(encodeBody(lazy.m.np)); a != b {
		t.Fatalf("the lazy steps start from another request:\n%s\nnot\n%s", b, a)
	}
	if lazy.m.np.ScalingGroup.SystemDiskPerformanceLevel != nil {
		t.Fatalf("the headless disks step left a performance level its hidden page does not apply")
	}
	for i, s := range lazy.m.steps {
		if i > 0 && s.Full == nil {
			t.Errorf("step %s was built whole before it was opened", s.ID)
		}
	}
	for range eager.m.steps {
		for _, k := range []string{"tab", "x", "backspace", "down", "tab", "7", "shift+tab", "ctrl+f"} {
			eager.keys(k)
			lazy.keys(k)
			if a, b := eager.view(), lazy.view(); a != b {
				t.Fatalf("after %q on step %s the lazy wizard draws\n%s\nnot\n%s", k, lazy.m.steps[lazy.m.cur].ID, b, a)
			}
		}
	}
	eager.keys("ctrl+r")
	lazy.keys("ctrl+r")
	if a, b := eager.view(), lazy.view(); a != b {
		t.Fatalf("the review differs:\n%s\nnot\n%s", b, a)
	}
}
