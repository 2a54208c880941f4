package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
	"ackpool/presets"
)

// fakeReuseWizard is the real steps over the fake catalog with the start screen on:
// a user preset and a draft on disk, written with the fixed clock.
func fakeReuseWizard(t testing.TB, w, h int) *driver {
	t.Helper()
	dirs := newReuseDirs(t)
	store := presets.NewStore(dirs.presets, presets.WithClock(fixedNow))
	drafts := presets.NewDrafts(dirs.drafts, presets.WithClock(fixedNow))
	cat := formstest.NewCatalog()
	target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	sample := sampleBody(t, cat, *target)
	if _, _, err := store.Save("team-web", "web front ends: 3 nodes over two zones", sample, presets.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := drafts.Save(presets.Draft{ClusterID: target.ClusterID, RegionID: target.Region, Step: forms.StepInstances,
		Origin: presets.Origin{Kind: presets.OriginPreset, Preset: "gpu"}, Request: sample}); err != nil {
		t.Fatal(err)
	}
	np := &model.NodePool{}
	env := &forms.Env{Catalog: cat, Target: target}
	opts := Options{NodePool: np, Target: target, Steps: steps.Build(np, env), FieldHelp: forms.FieldHelp,
		Presets: &Presets{
			Library: presets.Library{Store: store},
			Drafts:  drafts,
			Build:   func(np *model.NodePool) []forms.Step { return steps.Build(np, env) },
		}}
	return newDriver(t, opts, w, h)
}

func TestGoldenStartScreen(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeReuseWizard(t, size.w, size.h)
			d.keys("down", "down") // general-purpose: its description in full below the list
			golden.RequireEqual(t, d.bodyView())
		})
	}
}

func TestGoldenSavePresetDialog(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeReuseWizard(t, size.w, size.h)
			d.keys("r", "ctrl+r", "p")
			t.Run("name", func(t *testing.T) { golden.RequireEqual(t, d.bodyView()) })
			d.keys("ctrl+u", "team-web", "enter", "replaces the old one", "enter")
			t.Run("overwrite", func(t *testing.T) { golden.RequireEqual(t, d.bodyView()) })
		})
	}
}

func TestGoldenReviewDiff(t *testing.T) {
	for _, size := range goldenSizes {
		t.Run(size.name, func(t *testing.T) {
			d := fakeReuseWizard(t, size.w, size.h)
			d.keys("r", "ctrl+r", "d")
			golden.RequireEqual(t, d.bodyView())
		})
	}
}
