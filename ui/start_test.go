package ui

import (
	"context"
	tea "github.com/charmbracelet/bubbletea"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ackpool/api"
	"ackpool/forms"
	"ackpool/model"
	"ackpool/presets"
)

// reuseDirs are the preset and draft folders of one test.
type reuseDirs struct {
	presets string
	drafts  string
}

// newReuseDirs returns empty folders under the test's temporary directory.
func newReuseDirs(t testing.TB) reuseDirs {
	t.Helper()
	root := t.TempDir()
	return reuseDirs{presets: filepath.Join(root, "config", "presets"), drafts: filepath.Join(root, "state", "drafts")}
}

// reuseOptions are the reuse features over dirs, with the small test steps bound to
// target.
func (dirs reuseDirs) options(target *forms.Target) *Presets {
	return &Presets{
		Library: presets.Library{Store: presets.NewStore(dirs.presets, presets.WithClock(fixedNow))},
		Drafts:  presets.NewDrafts(dirs.drafts, presets.WithClock(fixedNow)),
		Build:   func(np *model.NodePool) []forms.Step { return testSteps(np, target) },
	}
}

// reuseWizard is a wizard with the start screen over the sandbox, the target's
// region and cluster preset to the sandbox's first running cluster. Like the
// program, it passes no steps: the start screen's answer builds them.
func reuseWizard(t *testing.T, e *sandboxEnv, dirs reuseDirs) *driver {
	t.Helper()
	target, _ := e.validBody(t, "unused")
	np := &model.NodePool{}
	return newDriver(t, Options{
		Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target,
		Presets: dirs.options(target),
	}, 160, 48)
}

// The steps are built once, when the start screen is answered, not at launch and
// again after the answer.
func TestStartScreenBuildsTheStepsOnce(t *testing.T) {
	dirs := newReuseDirs(t)
	target := &forms.Target{Region: "cn-hangzhou"}
	np := &model.NodePool{}
	opts := dirs.options(target)
	builds := 0
	build := opts.Build
	opts.Build = func(np *model.NodePool) []forms.Step { builds++; return build(np) }
	d := newDriver(t, Options{NodePool: np, Target: target, Presets: opts}, 160, 48)
	d.expectView("How do you want to start?", "Start blank")
	if builds != 0 || len(d.m.steps) != 0 {
		t.Fatalf("%d builds and %d steps before the start screen is answered", builds, len(d.m.steps))
	}
	d.keys("b")
	if builds != 1 || d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "target" {
		t.Fatalf("after blank: %d builds, phase %d, %d steps", builds, d.m.phase, len(d.m.steps))
	}
	d.expectView("Region", "Cluster")
}

func TestStartScreenOffersBlankPresetsAndClone(t *testing.T) {
	e := newSandbox(t, 5000)
	d := reuseWizard(t, e, newReuseDirs(t))
	if d.m.phase != phaseStart {
		t.Fatalf("phase %d, want the start screen", d.m.phase)
	}
	d.expectView("How do you want to start?", "Start blank", "general-purpose", "gpu", "secure-baseline",
		"spot-cost-optimised", "Clone an existing pool", "built-in")
	if strings.Contains(d.view(), "Resume the draft") {
		t.Fatalf("a resume choice without a draft:\n%s", d.view())
	}
	d.keys("b")
	if d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "target" || d.m.reuse.origin.Kind != presets.OriginBlank {
		t.Fatalf("blank: phase %d step %q origin %+v", d.m.phase, d.m.steps[d.m.cur].ID, d.m.reuse.origin)
	}
	d.keys("ctrl+r", "d")
	d.expectView("Started blank: there is nothing to compare with")
}

func TestStartFromPresetFillsTheStepsAndTheClusterDefaults(t *testing.T) {
	e := newSandbox(t, 5000)
	d := reuseWizard(t, e, newReuseDirs(t))
	d.keys("down", "enter") // blank, then general-purpose (1)
	if d.m.reuse.origin != (presets.Origin{Kind: presets.OriginPreset, Preset: "general-purpose"}) {
		t.Fatalf("origin %+v, want preset general-purpose", d.m.reuse.origin)
	}
	want, err := presets.Builtin("general-purpose")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.m.np.ScalingGroup.InstanceTypes, want.Request.ScalingGroup.InstanceTypes) {
		t.Fatalf("instance types %v, want the preset's %v", d.m.np.ScalingGroup.InstanceTypes, want.Request.ScalingGroup.InstanceTypes)
	}
	// the steps are bound to the preset: the name field shows its name
	d.run(d.m.enterStep(1))
	d.expectView(*want.Request.NodepoolInfo.Name)
	// the cluster's worker vSwitches fill the gap the preset leaves
	cl, err := e.client.DescribeCluster(context.Background(), d.m.target.Region, d.m.target.ClusterID)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.m.np.ScalingGroup.VSwitchIDs; len(got) == 0 || !slices.Equal(got, cl.VSwitchIDs) {
		t.Fatalf("vswitches %v, want the cluster's %v", got, cl.VSwitchIDs)
	}
	// another cluster: the vSwitches filled in for the first one are replaced
	cs, err := e.client.ListClusters(context.Background(), d.m.target.Region)
	if err != nil || len(cs) < 2 {
		t.Fatalf("the sandbox has %d clusters (%v), want 2+", len(cs), err)
	}
	first := d.m.target.ClusterID
	other := cs[0]
	if other.ClusterID == first {
		other = cs[1]
	}
	d.m.target.ClusterID = other.ClusterID
	d.send(reflowMsg{})
	if got := d.m.np.ScalingGroup.VSwitchIDs; !slices.Equal(got, other.VSwitchIDs) {
		t.Fatalf("after the cluster changed: vswitches %v, want %v", got, other.VSwitchIDs)
	}
	d.m.target.ClusterID = first
	d.send(reflowMsg{})
	// change the size, then the diff names exactly what changed
	d.run(d.m.jumpTo("scaling_group.desired_size"))
	d.keys("backspace", "7")
	d.keys("ctrl+r", "d")
	d.expectView("Changes from preset general-purpose", "~ scaling_group.desired_size: 2 -> 7", "+ scaling_group.vswitch_ids[0]")
	d.keys("d")
	d.expectView(`"desired_size": 7`)
}

func TestStartClonesAPool(t *testing.T) {
	e := newSandbox(t, 5000)
	target, src := e.validBody(t, "src")
	res, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, src)
	if err != nil {
		t.Fatal(err)
	}
	dirs := newReuseDirs(t)
	d := reuseWizard(t, e, dirs)
	d.keys("c")
	d.expectView("Clone a pool: which cluster?", target.ClusterID)
	// tab walks the regions; shift+tab comes back
	d.keys("tab")
	if d.m.target.Region == target.Region || strings.Contains(d.view(), target.ClusterID) {
		t.Fatalf("tab: region %q, want the next region's clusters:\n%s", d.m.target.Region, d.view())
	}
	d.keys("shift+tab")
	d.expectView("Running clusters in "+target.Region, target.ClusterID)
	// the sandbox's first running cluster is the target's
	// esc while the pools load cancels the lookup and stays on the cluster list
	_, load := d.m.Update(keyMsg("enter"))
	d.expectView("loading the cluster's node pools")
	d.keys("esc")
	d.run(load) // the late answer is ignored
	d.expectView("Clone a pool: which cluster?", target.ClusterID)
	d.keys("enter")
	d.expectView("Clone a pool: which pool?", "src", res.NodepoolID)
	for i, it := range d.m.reuse.start.items {
		if it.value == res.NodepoolID {
			d.m.reuse.start.cursor = i
		}
	}
	d.keys("enter")
	d.expectView("Copied pool "+res.NodepoolID, "src-copy", "scaling_group.login_password")
	want := presets.Origin{Kind: presets.OriginPool, ClusterID: target.ClusterID, NodepoolID: res.NodepoolID}
	if d.m.reuse.origin != want || d.m.target.ClusterID != target.ClusterID {
		t.Fatalf("origin %+v target %+v, want %+v", d.m.reuse.origin, d.m.target, want)
	}
	if d.m.np.ScalingGroup.LoginPassword != nil || !slices.Equal(d.m.np.ScalingGroup.VSwitchIDs, src.ScalingGroup.VSwitchIDs) {
		t.Fatalf("clone: password %v vswitches %v; want no password and the IDs kept", d.m.np.ScalingGroup.LoginPassword, d.m.np.ScalingGroup.VSwitchIDs)
	}
	d.keys("enter")
	if d.m.phase != phaseReview {
		t.Fatalf("enter: phase %d, want review", d.m.phase)
	}
	d.keys("d")
	d.expectView("Changes from pool "+res.NodepoolID, `~ nodepool_info.name: "src" -> "src-copy"`)
	// narrow, the diff's title wraps instead of losing the cluster
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(strings.Join(strings.Fields(d.view()), " "), "of cluster "+target.ClusterID) {
		t.Fatalf("the diff title is cut at 80 columns:\n%s", d.view())
	}
	d.send(tea.WindowSizeMsg{Width: 160, Height: 48})

	// a draft of the clone, resumed, reads the pool again for the diff
	d.run(d.m.jumpTo("nodepool_info.name"))
	d.keys("2")
	if err := d.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	d2 := reuseWizard(t, e, dirs)
	d2.expectView("Resume the draft", "cloned from pool "+res.NodepoolID)
	d2.keys("r", "ctrl+r", "d")
	d2.expectView("Changes from pool "+res.NodepoolID, `~ nodepool_info.name: "src" -> "src-copy2"`)
}

func TestDraftAutosaveResumeAndClear(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	d := reuseWizard(t, e, dirs)
	d.keys("1", "ctrl+f") // general-purpose, then the basics step
	d.keys("-x")
	first, firstChange := d.m.requests.awaitedTicket(slotDraft), d.m.reuse.draft.change
	d.keys("y")
	if d.m.reuse.draft.change == firstChange {
		t.Fatalf("a change did not schedule a draft save")
	}
	// the wake-up of an earlier change does not save; the latest one does
	d.send(draftTickMsg{reply: reply{first}, change: firstChange})
	if d.m.reuse.draft.saves != 0 {
		t.Fatalf("a stale wake-up saved the draft")
	}
	d.send(draftTickMsg{reply: reply{d.m.requests.awaitedTicket(slotDraft)}, change: d.m.reuse.draft.change})
	if d.m.reuse.draft.saves != 1 || d.m.reuse.draft.err != "" {
		t.Fatalf("saves %d err %q, want one save", d.m.reuse.draft.saves, d.m.reuse.draft.err)
	}
	// one more change, then quit: the pending change is flushed
	d.keys("z")
	if err := d.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	dr, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || dr == nil {
		t.Fatalf("no draft on disk: %v", err)
	}
	if got := *dr.Request.NodepoolInfo.Name; got != "general-xyz" || dr.Step != "basics" || dr.ClusterID != d.m.target.ClusterID ||
		dr.Origin != (presets.Origin{Kind: presets.OriginPreset, Preset: "general-purpose"}) {
		t.Fatalf("draft = name %q step %q cluster %q origin %+v", got, dr.Step, dr.ClusterID, dr.Origin)
	}

	// the next start offers it first and restores everything
	target := &forms.Target{Region: "cn-hangzhou"}
	np := &model.NodePool{}
	d2 := newDriver(t, Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target,
		Presets: dirs.options(target)}, 160, 48)
	d2.expectView("Resume the draft", "step basics", "from preset general-purpose")
	d2.keys("enter")
	if d2.m.steps[d2.m.cur].ID != "basics" || d2.m.target.ClusterID != dr.ClusterID || *d2.m.np.NodepoolInfo.Name != "general-xyz" {
		t.Fatalf("resume: step %q cluster %q name %q", d2.m.steps[d2.m.cur].ID, d2.m.target.ClusterID, *d2.m.np.NodepoolInfo.Name)
	}
	d2.expectView("general-xyz")

	// a successful submit removes the draft
	d2.run(d2.m.jumpTo("nodepool_info.name"))
	d2.m.np.ScalingGroup.LoginPassword = ptrOrNil("Sandbox-Passw0rd!")
	d2.keys("ctrl+r", "s", "y")
	if d2.m.Outcome().Kind != OutcomeCreated {
		t.Fatalf("submit: outcome %+v problems %v\n%s", d2.m.Outcome(), d2.m.problems, d2.view())
	}
	if dr, err := presets.NewDrafts(dirs.drafts).Load(); dr != nil || err != nil {
		t.Fatalf("the draft is still there after the submit (%v)", err)
	}
	if err := d2.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dirs.drafts, "draft.yaml")); !os.IsNotExist(err) {
		t.Fatalf("quitting after the submit wrote a draft again: %v", err)
	}
}

func TestSavePresetFromReviewWithOverwriteConfirm(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	d := reuseWizard(t, e, dirs)
	d.keys("1")
	d.m.np.ScalingGroup.LoginPassword = ptrOrNil("Not-On-Disk-1")
	d.keys("ctrl+r", "p")
	d.expectView("Save as preset", "name:", "general") // suggested from the pool name
	d.keys("ctrl+u", "../etc")
	d.expectView("invalid preset name")
	d.keys("ctrl+u", "team-web", "enter", "front end pools", "enter")
	d.expectView("✓ Saved preset team-web", "scaling_group.login_password", "ackpool create --preset team-web")
	d.keys("x") // any key closes
	d.expectView("saved preset team-web")
	data, err := os.ReadFile(filepath.Join(dirs.presets, "team-web.yaml"))
	if err != nil || strings.Contains(string(data), "Not-On-Disk-1") || !strings.Contains(string(data), "front end pools") {
		t.Fatalf("preset file (%v):\n%s", err, data)
	}
	// the same name again asks before overwriting
	d.keys("p", "ctrl+u", "team-web", "tab", "second", "enter")
	d.expectView("A preset named team-web already exists", "y: overwrite")
	d.keys("n")
	d.expectView("not overwritten")
	d.keys("enter")
	d.expectView("already exists")
	d.keys("y")
	d.expectView("✓ Saved preset team-web")
	p, err := presets.NewStore(dirs.presets).Load("team-web")
	if err != nil || p.Description != "second" {
		t.Fatalf("after overwrite: %+v %v", p, err)
	}
	// a built-in name is refused
	d.keys("x", "p", "ctrl+u", "gpu", "enter")
	d.expectView("built-in preset")
}

func TestReviewExportsTerraformAndSavesTheShownFormat(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "ui-export")
	d.m.opts.SaveDir = t.TempDir()
	d.keys("ctrl+r", "t")
	d.expectView("Terraform resource", `resource "alicloud_cs_kubernetes_node_pool"`)
	d.keys("w", "pool.tf", "enter")
	data, err := os.ReadFile(filepath.Join(d.m.opts.SaveDir, "pool.tf"))
	if err != nil || !strings.Contains(string(data), "alicloud_cs_kubernetes_node_pool") || strings.Contains(string(data), "Sandbox-Passw0rd!") {
		t.Fatalf("saved terraform (%v):\n%s", err, data)
	}
	d.keys("a")
	d.expectView("aliyun cs POST /clusters/" + d.m.target.ClusterID + "/nodepools")
}

func TestStartScreenReportsAnUnreadableDraftAndScrollsLongLists(t *testing.T) {
	dirs := newReuseDirs(t)
	if err := os.MkdirAll(dirs.drafts, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dirs.drafts, "draft.yaml"), []byte("version: [oops\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	store := presets.NewStore(dirs.presets)
	for i := 0; i < 30; i++ {
		name := "team-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		if _, _, err := store.Save(name, "preset "+name, &model.NodePool{}, presets.SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	target := &forms.Target{Region: "cn-hangzhou"}
	np := &model.NodePool{}
	d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), Presets: dirs.options(target)}, 80, 24)
	d.expectView("draft not offered", "Start blank")
	if notes := strings.Join(d.m.reuse.start.notes, "\n"); !strings.Contains(notes, filepath.Join(dirs.drafts, "draft.yaml")) {
		t.Fatalf("the note does not name the file: %q", notes)
	}
	if strings.Contains(d.view(), "Resume the draft") {
		t.Fatalf("an unreadable draft was offered:\n%s", d.view())
	}
	if _, err := os.Stat(filepath.Join(dirs.drafts, "draft.yaml")); err != nil {
		t.Fatalf("the unreadable draft was removed: %v", err)
	}
	for i := 0; i < 40; i++ {
		d.keys("down")
	}
	d.expectView("> ", "Clone an existing pool")
	if strings.Contains(d.view(), "Start blank") {
		t.Fatalf("the list did not scroll to the cursor:\n%s", d.view())
	}
	if n := strings.Count(d.view(), "\n") + 1; n > 24 {
		t.Fatalf("the start screen is %d lines high at 80x24", n)
	}
}

func TestSavePresetDialogSaysWhatEnterDoes(t *testing.T) {
	e := newSandbox(t, 5000)
	d := reuseWizard(t, e, newReuseDirs(t))
	d.keys("1", "ctrl+r", "p")
	// the description is empty: enter moves to it first, and the dialog says so
	d.expectView("enter: description")
	if strings.Contains(d.view(), "enter: save") || strings.Contains(d.view(), "enter save") {
		t.Errorf("the dialog promises enter saves, but it moves to the description:\n%s", d.view())
	}
	d.keys("enter", "for the web team")
	d.expectView("enter: save")
}

// TestStartBlankKeepsTheDraftUntilTheNewAnswersHaveContent: with a resumable draft on
// disk, "Start blank" and a walk through the steps without an answer neither replace
// the draft by autosave nor on quitting; the first real answer does.
func TestStartBlankKeepsTheDraftUntilTheNewAnswersHaveContent(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	d := reuseWizard(t, e, dirs)
	d.keys("1", "ctrl+f", "-x")
	if err := d.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	saved, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || saved == nil || saved.Request.NodepoolInfo == nil || saved.Request.NodepoolInfo.Name == nil {
		t.Fatalf("no draft to start from: %+v, %v", saved, err)
	}

	d2 := reuseWizard(t, e, dirs)
	d2.expectView("Resume the draft")
	d2.keys("b", "ctrl+f")
	d2.send(draftTickMsg{change: d2.m.reuse.draft.change})
	if err := d2.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	kept, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || kept == nil || kept.Request.NodepoolInfo == nil || kept.Request.NodepoolInfo.Name == nil || *kept.Request.NodepoolInfo.Name != *saved.Request.NodepoolInfo.Name {
		t.Fatalf("start blank replaced the draft: %+v, %v", kept, err)
	}
	d2.keys("n", "e", "w")
	if err := d2.m.FlushDraft(); err != nil {
		t.Fatal(err)
	}
	now, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || now == nil || now.Request.NodepoolInfo == nil || now.Request.NodepoolInfo.Name == nil || *now.Request.NodepoolInfo.Name != "new" {
		t.Fatalf("the new answers were not saved as the draft: %+v, %v", now, err)
	}
}

// evilPoolNames lists the cluster's pools with a name that holds an escape sequence
// (one that would set the terminal's title), as a hostile account could.
type evilPoolNames struct{ *api.SDKClient }

func (c evilPoolNames) ListNodePools(ctx context.Context, region, clusterID, name string) ([]api.NodePoolDetail, error) {
	pools, err := c.SDKClient.ListNodePools(ctx, region, clusterID, name)
	for i := range pools {
		pools[i].Info.Name = "np\x1b]0;pwned\x07"
	}
	return pools, err
}

// TestCloneListShowsControlCharactersVisibly: pool names in the clone list reach the
// screen with their control characters made visible.
func TestCloneListShowsControlCharactersVisibly(t *testing.T) {
	e := newSandbox(t, 5000)
	target, _ := e.validBody(t, "unused")
	client := evilPoolNames{e.client}
	np := &model.NodePool{}
	dirs := newReuseDirs(t)
	d := newDriver(t, Options{Client: client, Catalog: NewCatalog(client), NodePool: np, Target: target,
		Steps: testSteps(np, target), Presets: dirs.options(target)}, 160, 48)
	d.keys("c", "enter")
	d.expectView("Clone a pool: which pool?", `np\x1b]0;pwned\x07`)
	if strings.Contains(d.view(), "\x1b]0;") || strings.Contains(d.view(), "\x07") {
		t.Fatalf("the raw escape sequence reached the screen:\n%q", d.view())
	}
}

// TestStartMenuIsReadByACommand checks that building the wizard reads no file: the
// presets and the draft are read by the command Init returns, and a key before the
// answer comes finds nothing to choose from yet.
func TestStartMenuIsReadByACommand(t *testing.T) {
	dirs := newReuseDirs(t)
	target := &forms.Target{Region: "cn-hangzhou"}
	np := &model.NodePool{}
	m := New(Options{NodePool: np, Target: target, Steps: testSteps(np, target), Presets: dirs.options(target), Renderer: plainRenderer()})
	if m.phase != phaseStart || m.reuse.start.menuRead || len(m.reuse.start.items) != 0 {
		t.Fatalf("New read the menu: phase %d read %v items %d", m.phase, m.reuse.start.menuRead, len(m.reuse.start.items))
	}
	// a preset saved after New is on the menu: the disk is read by the command
	store := presets.NewStore(dirs.presets, presets.WithClock(fixedNow))
	if _, _, err := store.Save("after-new", "saved after the wizard was built", &model.NodePool{}, presets.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.expectView("loading your presets and draft")
	if strings.Contains(d.view(), "How do you want to start?") {
		t.Fatalf("the menu's question is shown before its answers:\n%s", d.view())
	}
	d.run(m.Init())
	d.expectView("How do you want to start?", "after-new", "general-purpose")
}

// TestDiffShowsTheBaseWhenItArrivesLate opens the diff of a resumed draft before its
// base (the preset it started from) is read, then delivers the base.
func TestDiffShowsTheBaseWhenItArrivesLate(t *testing.T) {
	d := fakeReuseWizard(t, 160, 48)
	m := d.m
	base := m.reuse.base
	if base == nil {
		d.keys("r")
		base = m.reuse.base
	}
	if base == nil {
		t.Fatalf("the resumed draft has no base")
	}
	m.reuse.base = nil // as if the read had not answered yet
	d.keys("ctrl+r", "d")
	d.expectView("still loading")
	d.send(baseMsg{reply: reply{m.requests.issue(slotBase)}, origin: m.reuse.origin, base: base})
	if strings.Contains(d.view(), "still loading") {
		t.Fatalf("the diff still says loading after the base arrived:\n%s", d.view())
	}
}
