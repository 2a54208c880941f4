package ui

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"ackpool/api"
	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// goldenSizes are the terminal sizes every screen is checked at.
var goldenSizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"160x48", 160, 48}}

// fakeWizard is the real eight steps over the fake catalog, with the target chosen
// and a plausible body, at the given size.
func fakeWizard(t testing.TB, w, h int) *driver {
	t.Helper()
	cat := formstest.NewCatalog()
	target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	np := sampleBody(t, cat, *target)
	steps := steps.Build(np, &forms.Env{Catalog: cat, Target: target})
	return newDriver(t, Options{NodePool: np, Target: target, Steps: steps, FieldHelp: forms.FieldHelp}, w, h)
}

// sampleBody is a small valid request built from the fake catalog's data.
func sampleBody(t testing.TB, cat *formstest.Catalog, target forms.Target) *model.NodePool {
	t.Helper()
	vsws, err := cat.VSwitches(target)
	if err != nil || len(vsws) < 2 {
		t.Fatalf("fake vswitches: %v", err)
	}
	ids := []string{vsws[0].Value, vsws[1].Value}
	types, err := cat.InstanceTypes(target, ids, "PostPaid", "")
	if err != nil || len(types) < 2 {
		t.Fatalf("fake instance types: %v", err)
	}
	str := func(s string) *string { return &s }
	n, size := int64(3), int64(120)
	return &model.NodePool{
		NodepoolInfo: &model.NodepoolInfo{Name: str("web")},
		ScalingGroup: &model.ScalingGroup{
			VSwitchIDs:         ids,
			InstanceTypes:      []string{types[0].Value, types[1].Value},
			DesiredSize:        &n,
			InstanceChargeType: str("PostPaid"),
			SystemDiskCategory: str("cloud_essd"),
			SystemDiskSize:     &size,
			LoginPassword:      str("Golden-Passw0rd!"),
		},
	}
}

// The golden files are split so one change rewrites few of them: TestGoldenShell
// holds the whole frame (header, step list, preview, problems, help line) once per
// size; TestGoldenSteps holds each step's form alone; the other screens hold what
// is under the header.

// stepView is the current step as the shell lays it out: its form in the form's
// column and height, and the step's problems under it.
func (d *driver) stepView() string {
	l := d.m.layout()
	return joinColumns([]column{{text: d.m.form.View(), width: l.formWidth}}, l.bodyHeight) + "\n" + d.m.renderProblems()
}

// bodyView is the screen without the header.
func (d *driver) bodyView() string { return d.m.renderBody() }

func TestGoldenShell(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeWizard(t, size.w, size.h)
			d.run(d.m.enterStep(1)) // a step after the first: the step list shows one done
			golden.RequireEqual(t, d.view())
		})
	}
}

func TestGoldenSteps(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeWizard(t, size.w, size.h)
			for i, s := range d.m.steps {
				d.run(d.m.enterStep(i))
				t.Run(s.ID, func(t *testing.T) { golden.RequireEqual(t, d.stepView()) })
			}
		})
	}
}

func TestGoldenReview(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeWizard(t, size.w, size.h)
			d.keys("ctrl+r")
			golden.RequireEqual(t, d.bodyView())
		})
	}
}

func TestGoldenProgress(t *testing.T) {
	result := &api.CreateResult{NodepoolID: "np-0123456789abcdef", TaskID: "T-0123456789abcdef", RequestID: "5E0C1F27-0000-4C4B-9F00-123456789ABC"}
	watching := api.WatchEvent{
		Phase: api.PhasePool, Elapsed: 95 * time.Second, TaskID: result.TaskID, TaskState: "success",
		Stage: "CreateInstances", StagesDone: 5, StagesTotal: 5, NodepoolID: result.NodepoolID, PoolState: "scaling",
		Nodes:   api.NodePoolStatus{TotalNodes: 3, ServingNodes: 1, HealthyNodes: 1, InitialNodes: 2},
		Message: "pool scaling: 1/3 nodes serving",
	}
	done := watching
	done.Phase, done.PoolState, done.Succeeded, done.Elapsed = api.PhaseDone, "active", true, 140*time.Second
	done.Nodes = api.NodePoolStatus{TotalNodes: 3, ServingNodes: 3, HealthyNodes: 3}
	done.Message = "pool active: 3/3 nodes healthy"
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeWizard(t, size.w, size.h)
			m := d.m
			m.sub = submission{result: result, ev: watching, elapsed: watching.Elapsed}
			m.out = Outcome{Kind: OutcomeDetached, Result: result}
			m.phase = phaseWatching
			t.Run("watching", func(t *testing.T) { golden.RequireEqual(t, d.bodyView()) })
			m.sub.ev, m.sub.elapsed = done, done.Elapsed
			m.out.Kind, m.phase = OutcomeCreated, phaseDone
			t.Run("done", func(t *testing.T) { golden.RequireEqual(t, d.bodyView()) })
		})
	}
}
