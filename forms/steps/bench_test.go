package steps_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// BenchmarkBuild measures building all eight steps over an empty request.
func BenchmarkBuild(b *testing.B) {
	cat := formstest.NewCatalog()
	theme := huh.ThemeCharm()
	for b.Loop() {
		steps.Build(&model.NodePool{}, &forms.Env{Catalog: cat, Theme: theme})
	}
}

// keystrokes alternates typing a character and deleting it, so the value stays short.
var keystrokes = []tea.Msg{
	tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'7'}},
	tea.KeyMsg{Type: tea.KeyBackspace},
}

// focus moves the form to the group whose first field has key.
func focus(b *testing.B, f *huh.Form, key string) {
	f.Init()
	var seen []string
	for range 40 {
		if f.GetFocusedField().GetKey() == key {
			return
		}
		seen = append(seen, f.GetFocusedField().GetKey())
		f.NextGroup()
	}
	b.Fatalf("no group starts with %s; saw %v (state %v, errors %v)", key, seen, f.State, f.Errors())
}

// BenchmarkKeystroke measures one keystroke in a text field of a step's busiest page,
// the way the wizard handles it: form Update, step Sync, form View.
func BenchmarkKeystroke(b *testing.B) {
	cases := []struct{ step, key string }{
		{forms.StepInstances, "scaling_group.multi_az_policy"},
		{forms.StepAdvanced, "node_config.kubelet_configuration.containerLogMaxSize"},
		{forms.StepBasics, "nodepool_info.name"},
		{forms.StepKubernetes, "kubernetes_config.node_name_mode"},
	}
	for _, c := range cases {
		b.Run(c.step, func(b *testing.B) {
			np := &model.NodePool{NodeConfig: &model.NodeConfig{KubeletConfiguration: &model.KubeletConfig{}}}
			np.NodeConfig.KubeletConfiguration.MaxPods = new(int64) // unfolds the advanced step
			np.ScalingGroup = &model.ScalingGroup{VSwitchIDs: []string{formstest.VSwitchID(0)}, InstanceTypes: []string{"ecs.g7.xlarge"}}
			env := &forms.Env{Catalog: formstest.NewCatalog(), Theme: huh.ThemeCharm(),
				Target: &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}}
			var step forms.Step
			for _, s := range steps.Build(np, env) {
				if s.ID == c.step {
					step = s
				}
			}
			f := huh.NewForm(step.Groups...).WithWidth(100).WithHeight(44).WithShowHelp(false)
			focus(b, f, c.key)
			if c.step == forms.StepInstances { // to the first text input of the page
				f.NextField()
			}
			i := 0
			for b.Loop() {
				f.Update(keystrokes[i%2])
				step.Sync(np)
				_ = f.View()
				i++
			}
		})
	}
}

// BenchmarkKeystrokePlainHuh is the baseline: the same keystroke in a plain huh form
// whose page has as many inputs as the busiest wizard page, and as many pages as the
// advanced step.
func BenchmarkKeystrokePlainHuh(b *testing.B) {
	vals := make([]string, 110)
	var groups []*huh.Group
	for g := range 11 {
		var fields []huh.Field
		for i := range 10 {
			fields = append(fields, huh.NewInput().Key(fmt.Sprint(g, i)).Title("Field").Description("A one-line description of the field.").Value(&vals[g*10+i]))
		}
		groups = append(groups, huh.NewGroup(fields...).Title("Page"))
	}
	f := huh.NewForm(groups...).WithTheme(huh.ThemeCharm()).WithWidth(100).WithHeight(44).WithShowHelp(false)
	f.Init()
	f.NextGroup()
	i := 0
	for b.Loop() {
		f.Update(keystrokes[i%2])
		_ = f.View()
		i++
	}
}

// BenchmarkSyncAll measures syncing every step into the model (the UI syncs only the
// current step after each update; this is the upper bound) over a request that sets
// fields on every step.
func BenchmarkSyncAll(b *testing.B) {
	np, err := model.Parse([]byte(richBody), "bench")
	if err != nil {
		b.Fatal(err)
	}
	steps := steps.Build(np, &forms.Env{Catalog: formstest.NewCatalog(), Theme: huh.ThemeCharm()})
	for b.Loop() {
		for _, s := range steps {
			s.Sync(np)
		}
	}
}

// BenchmarkFieldCheck measures one field validation (run when the user leaves a field
// or presses enter, not per keystroke) over a request that sets fields on every step.
func BenchmarkFieldCheck(b *testing.B) {
	np, err := model.Parse([]byte(richBody), "bench")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		model.CheckField(np, "scaling_group.system_disk_size", "120")
	}
}

// BenchmarkTextareaKey measures one key typed at the end of the labels text area of
// the Kubernetes step holding 1, 4 (as many as the area shows), 100 or 1,000 labels,
// the way the wizard handles it: form Update, step Sync, form View. Past the lines
// the area shows, the cost should not grow with the lines.
func BenchmarkTextareaKey(b *testing.B) {
	for _, n := range []int{1, 4, 100, 1000} {
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			np := &model.NodePool{KubernetesConfig: &model.KubernetesConfig{}}
			for i := range n {
				k, v := fmt.Sprintf("team-%d", i), fmt.Sprintf("value-%d", i)
				np.KubernetesConfig.Labels = append(np.KubernetesConfig.Labels, model.Label{Key: &k, Value: &v})
			}
			env := &forms.Env{Catalog: formstest.NewCatalog(), Theme: huh.ThemeCharm(),
				Target: &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}}
			var step forms.Step
			for _, s := range steps.Build(np, env) {
				if s.ID == forms.StepKubernetes {
					step = s
				}
			}
			f := huh.NewForm(step.Groups...).WithWidth(75).WithHeight(42).WithShowHelp(false)
			focus(b, f, model.PathKubernetesConfigLabels)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				f.Update(keystrokes[i%2])
				step.Sync(np)
				_ = f.View()
				i++
			}
			if got := len(np.KubernetesConfig.Labels); got != n {
				b.Fatalf("%d labels after typing, want %d", got, n)
			}
		})
	}
}
