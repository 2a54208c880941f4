package steps_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// manual is the value of a pick-list's "type it by hand" entry, as the options show it.
func manualOption(t *testing.T, f huh.Field) huh.Option[string] {
	t.Helper()
	opts := optionsOf(f)
	if len(opts) == 0 {
		t.Fatalf("%s offers nothing", f.GetKey())
	}
	return opts[len(opts)-1]
}

var (
	keyDown  = tea.KeyMsg{Type: tea.KeyDown}
	keyUp    = tea.KeyMsg{Type: tea.KeyUp}
	keyRight = tea.KeyMsg{Type: tea.KeyRight} // inline selects (the on/off/default choices) move sideways
	keyLeft  = tea.KeyMsg{Type: tea.KeyLeft}
	toggle   = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}}
)

// press sends keys to a focused field.
func press(f huh.Field, keys ...tea.Msg) {
	f.WithKeyMap(huh.NewDefaultKeyMap())
	f.Focus()
	for _, k := range keys {
		f.Update(k)
	}
}

func TestTargetListsRegionsAndUsableClusters(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepTarget)
	region, rg := field(t, s, "region")
	settle(rg)
	if got := optionValues(region); !slices.Contains(got, formstest.Region) || len(got) != 4 {
		t.Errorf("region options %q", got)
	}
	cluster, cg := field(t, s, "ClusterId")
	settle(cg)
	got := optionValues(cluster)
	if !slices.Contains(got, formstest.ClusterID) || !slices.Contains(got, formstest.OtherCluster) {
		t.Errorf("cluster options %q", got)
	}
	press(cluster, keyDown) // from the current cluster to the other one
	fx.sync()
	if fx.env.Target.ClusterID != formstest.OtherCluster || fx.env.Target.Region != formstest.Region {
		t.Errorf("target after choosing: %+v", *fx.env.Target)
	}
	if body := jsonOf(t, fx.np); strings.Contains(body, formstest.Region) || strings.Contains(body, formstest.OtherCluster) {
		t.Errorf("the target leaked into the request body: %s", body)
	}
}

func TestTargetFallsBackToTypingWhenTheLookupFails(t *testing.T) {
	fx := newFixture(t, nil)
	fx.cat.Fail("Clusters", errors.New("Forbidden.RAM: not allowed to list clusters"))
	s := fx.step(t, forms.StepTarget)
	cluster, cg := field(t, s, "ClusterId")
	settle(cg)
	last := manualOption(t, cluster)
	if !strings.Contains(last.Key, "could not list clusters") || !strings.Contains(last.Key, "Forbidden.RAM") {
		t.Errorf("the list does not say what failed: %q", last.Key)
	}
	typed := s.Groups[2]
	if !hidden(typed) {
		t.Fatal("the typed-by-hand input shows before it is chosen")
	}
	press(cluster, keyDown) // the current value is listed first, then the fallback
	if hidden(typed) {
		t.Fatal("choosing the fallback does not reveal the input")
	}
	in := groupFields(typed)[0]
	typeInto(t, in, "c99998888777766665555444433332222")
	if err := validate(in); err != nil {
		t.Errorf("a good cluster ID is refused: %v", err)
	}
	fx.sync()
	if fx.env.Target.ClusterID != "c99998888777766665555444433332222" {
		t.Errorf("typed cluster not used: %+v", *fx.env.Target)
	}
	typeInto(t, in, "")
	if err := validate(in); err == nil {
		t.Error("an empty cluster ID is accepted")
	}
}

func TestRegionTypedByHandWithoutCatalog(t *testing.T) {
	env := &forms.Env{}
	steps := steps.Build(&model.NodePool{}, env)
	region, rg := field(t, steps[0], "region")
	settle(rg)
	if opts := optionsOf(region); len(opts) != 1 || !strings.Contains(opts[0].Key, "no account lookups") {
		t.Fatalf("options without a catalog: %v", opts)
	}
	if hidden(steps[0].Groups[1]) {
		t.Fatal("the only choice is typing, but the input is hidden")
	}
	in := groupFields(steps[0].Groups[1])[0]
	typeInto(t, in, "Hangzhou")
	if err := validate(in); err == nil || !strings.Contains(err.Error(), "cn-hangzhou") {
		t.Errorf("a malformed region is not explained: %v", err)
	}
	typeInto(t, in, "cn-shanghai")
	steps[0].Sync(&model.NodePool{})
	if env.Target.Region != "cn-shanghai" {
		t.Errorf("region %q", env.Target.Region)
	}
}

func TestPoolNameIsCheckedAgainstTheClusterAndTheModel(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepBasics)
	name, _ := field(t, s, "nodepool_info.name")
	typeInto(t, name, formstest.TakenPoolName)
	err := validate(name)
	if err == nil || !strings.Contains(err.Error(), "already has a pool named") {
		t.Errorf("a taken name is not reported: %v", err)
	}
	typeInto(t, name, "")
	want := model.CheckField(fx.np, "nodepool_info.name", "").Errors()
	if err := validate(name); err == nil || len(want) == 0 || err.Error() != want[0].Message {
		t.Errorf("empty name: error %v, want the model's %v", err, want)
	}
	typeInto(t, name, "batch")
	if err := validate(name); err != nil {
		t.Errorf("a free name is refused: %v", err)
	}
	fx.cat.SetPoolsLoaded(false)
	typeInto(t, name, formstest.TakenPoolName)
	if err := validate(name); err != nil {
		t.Errorf("a name is refused before the pool list is known: %v", err)
	}
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"name": "existing-pool"`) {
		t.Errorf("name not synced: %s", got)
	}
}

func TestPoolNameDescriptionWarnsAsYouType(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepBasics)
	name, g := field(t, s, "nodepool_info.name")
	typeInto(t, name, formstest.TakenPoolName)
	settle(g)
	if view := name.View(); !strings.Contains(view, "already exists") {
		t.Errorf("the description does not warn:\n%s", view)
	}
}

func TestBasicsPoolTypeAndResourceGroup(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepBasics)
	kind, _ := field(t, s, "nodepool_info.type")
	if got := optionValues(kind); !slices.Equal(got, []string{"", "ess", "edge", "lingjun", "hybrid"}) {
		t.Errorf("pool type options %q", got)
	}
	press(kind, keyDown, keyDown) // (default) -> ess -> edge
	rg, g := field(t, s, "nodepool_info.resource_group_id")
	settle(g)
	if got := optionValues(rg); len(got) < 3 || got[0] != "" {
		t.Errorf("resource group options %q", got)
	}
	press(rg, keyDown)
	fx.sync()
	if got := canonical(t, fx.np); !strings.Contains(got, `"type": "edge"`) || !strings.Contains(got, `"resource_group_id": "rg-default0001"`) {
		t.Errorf("basics not synced: %s", got)
	}
}

func TestTakenPoolNameIsAStepProblem(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepBasics)
	name, _ := field(t, s, "nodepool_info.name")
	typeInto(t, name, formstest.TakenPoolName)
	fx.sync()
	ps := s.Pending()
	if len(ps) != 1 || ps[0].Path != "nodepool_info.name" || ps[0].Severity != model.SeverityError || !strings.Contains(ps[0].Message, "choose another name") {
		t.Fatalf("a taken name blocks the field but the step does not report it: %+v", ps)
	}
	typeInto(t, name, "batch")
	fx.sync()
	if ps := s.Pending(); len(ps) != 0 {
		t.Errorf("a free name is still reported: %+v", ps)
	}
}

func TestAFailedLookupThatRecoversOffersTheListAgain(t *testing.T) {
	fx := newFixture(t, nil)
	fx.env.Target.Region, fx.env.Target.ClusterID = "cn-beijing", ""
	fx.steps = steps.Build(fx.np, fx.env)
	fx.cat.Fail("Clusters", errors.New("Throttling: try again"))
	s := fx.step(t, forms.StepTarget)
	cluster, cg := field(t, s, "ClusterId")
	settle(cg)
	typed := s.Groups[2]
	if hidden(typed) {
		t.Fatal("with only the fallback listed, the typed-by-hand input is hidden")
	}
	// the lookup works again and the region changes: the clusters are listed, the
	// first one is chosen as when the list loads the first time, and nothing must be typed
	fx.cat.Fail("Clusters", nil)
	region, _ := field(t, s, "region")
	press(region, keyDown) // cn-beijing -> cn-hangzhou
	fx.sync()
	settle(cg)
	fx.sync()
	if fx.env.Target.ClusterID != formstest.ClusterID || !hidden(typed) {
		t.Fatalf("after the lookup recovered: cluster %q, typed input hidden %v; options %v",
			fx.env.Target.ClusterID, hidden(typed), optionValues(cluster))
	}
}

func TestARegionWithoutClustersSaysSoAndLeavesNoStaleChoice(t *testing.T) {
	fx := newFixture(t, nil)
	fx.env.Target.Region, fx.env.Target.ClusterID = "cn-beijing", ""
	fx.steps = steps.Build(fx.np, fx.env)
	s := fx.step(t, forms.StepTarget)
	cluster, cg := field(t, s, "ClusterId")
	settle(cg)
	if opts := optionsOf(cluster); len(opts) != 1 || !strings.Contains(opts[0].Key, "no clusters in cn-beijing: choose another region") {
		t.Fatalf("an empty region's cluster list: %v", opts)
	}
	region, _ := field(t, s, "region")
	press(region, keyDown) // cn-beijing -> cn-hangzhou, which has clusters
	fx.sync()
	settle(cg)
	fx.sync()
	if fx.env.Target.ClusterID != formstest.ClusterID || !hidden(s.Groups[2]) {
		t.Fatalf("back in a region with clusters: cluster %q (the list shows %v), typed input hidden %v",
			fx.env.Target.ClusterID, optionValues(cluster), hidden(s.Groups[2]))
	}
}

func TestAClusterTypedByHandIsCheckedAgainstTheRegion(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepTarget)
	cluster, cg := field(t, s, "ClusterId")
	settle(cg)
	press(cluster, keyDown, keyDown) // the current cluster, the other one, then "type it by hand"
	in := groupFields(s.Groups[2])[0]
	typeInto(t, in, "staging")
	if err := validate(in); err == nil || !strings.Contains(err.Error(), `"staging" is not a running cluster of cn-hangzhou`) {
		t.Fatalf("a cluster name typed as its ID: %v", err)
	}
	typeInto(t, in, formstest.OtherCluster)
	if err := validate(in); err != nil {
		t.Fatalf("a listed cluster typed by hand is refused: %v", err)
	}
}

func TestARegionTypedByHandIsCheckedForShape(t *testing.T) {
	env := &forms.Env{}
	built := steps.Build(&model.NodePool{}, env)
	in := groupFields(built[0].Groups[1])[0]
	typeInto(t, in, "b3 I4?4xU237e")
	if err := validate(in); err == nil || !strings.Contains(err.Error(), "is not a region ID") {
		t.Fatalf("a malformed region is accepted: %v", err)
	}
}

func TestBackToARegionSeenBeforeChoosesWhatTheListShows(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepTarget)
	cluster, cg := field(t, s, "ClusterId")
	region, _ := field(t, s, "region")
	settle(cg)
	for _, k := range []tea.Msg{keyDown, keyUp} { // to a region without clusters, then back
		press(region, k)
		fx.sync()
		settle(cg)
		fx.sync()
	}
	if fx.env.Target.Region != formstest.Region || fx.env.Target.ClusterID != formstest.ClusterID {
		t.Fatalf("back in %s the list shows %v but the target is %+v", fx.env.Target.Region, optionValues(cluster), *fx.env.Target)
	}
}
