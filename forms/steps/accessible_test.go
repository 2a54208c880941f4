package steps_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// runAccessible answers a step's prompts in huh's accessible mode with the given lines
// and returns what was printed.
func runAccessible(t *testing.T, s forms.Step, answers ...string) string {
	t.Helper()
	var out bytes.Buffer
	in := &lineReader{lines: answers}
	if err := huh.NewForm(s.Groups...).WithAccessible(true).WithInput(in).WithOutput(&out).Run(); err != nil {
		t.Fatalf("step %s: %v\n%s", s.ID, err, out.String())
	}
	return out.String()
}

// lineReader hands out one answer per Read, as a terminal does: huh's accessible
// prompts each read through a fresh scanner, which would swallow a whole buffer.
type lineReader struct{ lines []string }

func (r *lineReader) Read(p []byte) (int, error) {
	if len(r.lines) == 0 {
		return 0, errors.New("the test ran out of answers")
	}
	n := copy(p, r.lines[0]+"\n")
	r.lines = r.lines[1:]
	return n, nil
}

func accessibleFixture(np *model.NodePool) (*forms.Env, []forms.Step, *formstest.Catalog) {
	cat := formstest.NewCatalog()
	env := &forms.Env{Catalog: cat, Accessible: true}
	return env, steps.Build(np, env), cat
}

func TestAccessibleTargetLoadsListsAndSkipsHiddenPrompts(t *testing.T) {
	np := &model.NodePool{}
	env, steps, _ := accessibleFixture(np)
	out := runAccessible(t, steps[0], "2", "2") // cn-hangzhou, then the second cluster
	if !strings.Contains(out, formstest.Region) || !strings.Contains(out, "staging") {
		t.Errorf("the lists were not offered:\n%s", out)
	}
	if strings.Contains(out, "typed by hand") {
		t.Errorf("a hidden prompt was asked:\n%s", out)
	}
	steps[0].Sync(np)
	if env.Target.Region != formstest.Region || env.Target.ClusterID != formstest.OtherCluster {
		t.Errorf("target %+v", *env.Target)
	}
}

func TestAccessibleFallbackPromptsForTypedValues(t *testing.T) {
	np := &model.NodePool{}
	env, steps, cat := accessibleFixture(np)
	cat.Fail("Clusters", errors.New("Forbidden"))
	// cn-hangzhou; the cluster list holds only the fallback; then the typed cluster.
	out := runAccessible(t, steps[0], "2", "1", "c99998888777766665555444433332222")
	if !strings.Contains(out, "could not list clusters: Forbidden") {
		t.Errorf("the failure is not shown:\n%s", out)
	}
	steps[0].Sync(np)
	if env.Target.ClusterID != "c99998888777766665555444433332222" {
		t.Errorf("typed cluster not used: %+v", *env.Target)
	}
}

func TestAccessibleInstancesAskOnlyWhatApplies(t *testing.T) {
	np := &model.NodePool{}
	env, steps, _ := accessibleFixture(np)
	env.Target.Region, env.Target.ClusterID = formstest.Region, formstest.ClusterID
	s := steps[2]
	answers := []string{
		"1", "0", // tick the first vSwitch, done
		"1", "0", // tick the first instance type, done
		"",                     // billing: keep PostPaid
		"",                     // spot strategy: default
		"",                     // auto scaling: default (off), so the desired size is asked
		"3",                    // desired size
		"", "", "", "", "", "", // zones and capacity mix: defaults
	}
	out := runAccessible(t, s, answers...)
	if strings.Contains(out, "Subscription period") || strings.Contains(out, "Minimum nodes") {
		t.Errorf("prompts for fields that do not apply:\n%s", out)
	}
	s.Sync(np)
	sg := np.ScalingGroup
	if sg == nil || !slices.Equal(sg.VSwitchIDs, []string{formstest.VSwitchID(0)}) || len(sg.InstanceTypes) != 1 || sg.DesiredSize == nil || *sg.DesiredSize != 3 {
		t.Errorf("instances after the prompts: %s\n%s", jsonOf(t, np), out)
	}
}

// In accessible mode a list is prompted for as text, and what is typed reaches the
// request on the next sync.
func TestAccessibleListReachesTheRequest(t *testing.T) {
	np := &model.NodePool{}
	k := accessibleStep(np, forms.StepKubernetes)
	answers := append([]string{"team=web"}, slices.Repeat([]string{""}, 40)...)
	runAccessible(t, k, answers...)
	k.Sync(np)
	if np.KubernetesConfig == nil || len(np.KubernetesConfig.Labels) != 1 || forms.Deref(np.KubernetesConfig.Labels[0].Key) != "team" {
		t.Fatalf("labels after the prompt: %+v", np.KubernetesConfig)
	}
}

// At the plain prompt a list takes an item a line until an empty line; a list with
// a problem is asked again, an empty first line keeps the list and "-" clears it.
func TestAccessibleListTakesALineEach(t *testing.T) {
	np := &model.NodePool{}
	k := accessibleStep(np, forms.StepKubernetes)
	labels := func() string {
		if np.KubernetesConfig == nil {
			return ""
		}
		var out []string
		for _, l := range np.KubernetesConfig.Labels {
			out = append(out, forms.Deref(l.Key)+"="+forms.Deref(l.Value))
		}
		return strings.Join(out, "\n")
	}
	rest := slices.Repeat([]string{""}, 40)
	out := runAccessible(t, k, append([]string{"team=web", "aliyun.x=1", "", "team=web", "tier=db", ""}, rest...)...)
	k.Sync(np)
	if got := labels(); got != "team=web\ntier=db" {
		t.Fatalf("labels after two lines: %q\n%s", got, out)
	}
	if !strings.Contains(out, "one per line as key=value; an empty line ends the list") || !strings.Contains(out, "reserved prefix") {
		t.Errorf("the prompt or the refusal of the reserved key is missing:\n%s", out)
	}
	out = runAccessible(t, k, append([]string{""}, rest...)...)
	k.Sync(np)
	if got := labels(); got != "team=web\ntier=db" || !strings.Contains(out, "  team=web\n  tier=db") {
		t.Fatalf("an empty first line did not keep the labels: %q\n%s", got, out)
	}
	runAccessible(t, k, append([]string{"-", ""}, rest...)...)
	k.Sync(np)
	if got := labels(); got != "" {
		t.Fatalf("- did not clear the labels: %q", got)
	}
}

// accessibleStep is the step id of the plain-prompt steps built over np.
func accessibleStep(np *model.NodePool, id string) forms.Step {
	_, all, _ := accessibleFixture(np)
	for _, s := range all {
		if s.ID == id {
			return s
		}
	}
	panic("no step " + id)
}
