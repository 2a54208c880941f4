package cli

import (
	"path/filepath"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestReuseDirsFollowXDG(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(root, "config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(root, "state"))
	p, d := reuseDirs()
	if p != filepath.Join(root, "config", "ackpool", "presets") || d != filepath.Join(root, "state", "ackpool", "drafts") {
		t.Fatalf("reuseDirs() = %q, %q", p, d)
	}
}

func TestWizardPresetsWiresTheFolders(t *testing.T) {
	dir := t.TempDir()
	opts := &wizardOptions{PresetDir: filepath.Join(dir, "p"), DraftDir: filepath.Join(dir, "d")}
	target := &forms.Target{Region: "cn-hangzhou"}
	if p := wizardPresets(opts, nil, target, nil, true); p == nil || p.Drafts == nil {
		t.Fatalf("plain prompts got no start screen or drafts: %+v", p)
	}
	p := wizardPresets(opts, nil, target, nil, false)
	if p.Library.Store == nil || p.Library.Store.Dir() != opts.PresetDir {
		t.Fatalf("store = %+v, want %s", p.Library.Store, opts.PresetDir)
	}
	if p.Drafts == nil || p.Drafts.Path() != filepath.Join(opts.DraftDir, "draft.yaml") {
		t.Fatalf("drafts = %+v, want under %s", p.Drafts, opts.DraftDir)
	}
	np := &model.NodePool{}
	if steps := p.Build(np); len(steps) != 8 || steps[0].ID != forms.StepTarget {
		t.Fatalf("Build gave %d steps", len(steps))
	}
	none := wizardPresets(&wizardOptions{}, nil, target, nil, false)
	if none.Library.Store != nil || none.Drafts != nil {
		t.Fatalf("no folders: %+v", none)
	}
}
