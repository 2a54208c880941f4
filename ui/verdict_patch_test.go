package ui

import (
	"testing"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// TestVerdictFollowsPatchedAndRebuiltPreviews checks that a service verdict on the
// pool name stays while other values change, whether the preview is patched in place
// (a number typed) or walked again (a label added), and goes once the name changes.
func TestVerdictFollowsPatchedAndRebuiltPreviews(t *testing.T) {
	cat := formstest.NewCatalogSized(0)
	target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	np := sampleBody(t, cat, *target)
	st := steps.Build(np, &forms.Env{Catalog: cat, Target: target})
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: st, FieldHelp: forms.FieldHelp}, 160, 48)
	if d.m.steps[d.m.cur].ID != forms.StepTarget {
		t.Fatalf("the wizard opens on %s, not the target step", d.m.steps[d.m.cur].ID)
	}
	const path = model.PathNodepoolInfoName
	d.m.sub.verdict = &verdict{
		problem: model.Problem{Path: path, Message: "the service refused this value", Severity: model.SeverityError, Rule: verdictRule},
		shown:   d.m.fieldText(path),
	}
	if d.m.sub.verdict.shown == "" {
		t.Fatal("the sample request has no pool name")
	}
	kept := func(what string) {
		t.Helper()
		for _, p := range d.m.problems {
			if p.Rule == verdictRule && p.Path == path {
				return
			}
		}
		t.Fatalf("after %s the verdict is gone: %v", what, d.m.problems)
	}
	size := int64(77)
	d.m.np.ScalingGroup.SystemDiskSize = &size
	d.m.refresh(false)
	if d.m.preview.rebuilt {
		t.Fatal("a number typed made the preview walk the whole body")
	}
	kept("a number typed")
	k, v := "team", "web"
	if d.m.np.KubernetesConfig == nil {
		d.m.np.KubernetesConfig = &model.KubernetesConfig{}
	}
	d.m.np.KubernetesConfig.Labels = append(d.m.np.KubernetesConfig.Labels, model.Label{Key: &k, Value: &v})
	d.m.refresh(false)
	if !d.m.preview.rebuilt {
		t.Fatal("a label added was patched in place")
	}
	kept("a label added")
	name := "another-name"
	d.m.np.NodepoolInfo.Name = &name
	d.m.refresh(false)
	if d.m.preview.rebuilt || d.m.sub.verdict != nil {
		t.Fatalf("after the name changed: rebuilt %v, verdict %+v", d.m.preview.rebuilt, d.m.sub.verdict)
	}
}
