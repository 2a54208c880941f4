package ui

import (
	"fmt"
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// benchWizard is the real wizard over the fake catalog with n instance types (0: the
// default set), at 160x48 with the preview visible.
func benchWizard(b *testing.B, types int) *driver {
	b.Helper()
	cat := formstest.NewCatalogSized(types)
	target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	np := sampleBody(b, cat, *target)
	steps := steps.Build(np, &forms.Env{Catalog: cat, Target: target})
	return newDriver(b, Options{NodePool: np, Target: target, Steps: steps, FieldHelp: forms.FieldHelp}, 160, 48)
}

// fieldCount counts a group's fields (huh does not export it).
func fieldCount(g *huh.Group) int {
	return reflect.ValueOf(g).Elem().FieldByName("selector").Elem().FieldByName("items").Len()
}

// busiestTextStep opens the step with the most fields whose first page has a text
// input, and focuses that input.
func busiestTextStep(b *testing.B, d *driver) string {
	b.Helper()
	best, bestFields := -1, -1
	for i, s := range d.m.steps {
		n := 0
		for _, g := range s.Groups {
			n += fieldCount(g)
		}
		d.run(d.m.enterStep(i))
		if focusInput(d) && n > bestFields {
			best, bestFields = i, n
		}
	}
	if best < 0 {
		b.Fatal("no step with a text input on its first page")
	}
	d.run(d.m.enterStep(best))
	focusInput(d)
	return fmt.Sprintf("%s (%d fields)", d.m.steps[best].ID, bestFields)
}

// focusInput moves the focus to the first text input of the current page.
func focusInput(d *driver) bool {
	for k := 0; k < 64; k++ {
		if _, ok := d.m.form.GetFocusedField().(*huh.Input); ok {
			return true
		}
		before := d.m.form.GetFocusedField()
		d.m.form.NextField()
		if d.m.form.GetFocusedField() == before {
			return false
		}
	}
	return false
}

// BenchmarkWizardStart measures building the eight steps and the model up to the
// first View.
func BenchmarkWizardStart(b *testing.B) {
	cat := formstest.NewCatalog()
	target := forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	b.ReportAllocs()
	for b.Loop() {
		t := target
		np := &model.NodePool{}
		steps := steps.Build(np, &forms.Env{Catalog: cat, Target: &t})
		m := New(Options{NodePool: np, Target: &t, Steps: steps, FieldHelp: forms.FieldHelp})
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		_ = m.View()
	}
}

// BenchmarkKeystroke measures one character typed into a text field of the busiest
// step, preview visible, at 160x48: Update (sync, validation, preview) and View.
// Characters and backspaces alternate so the value stays short.
func BenchmarkKeystroke(b *testing.B) {
	d := benchWizard(b, 0)
	b.Logf("step: %s", busiestTextStep(b, d))
	keys := []tea.KeyMsg{keyMsg("a"), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.m.Update(keys[i%2])
		_ = d.m.View()
		i++
	}
}

// BenchmarkStepSwitch measures moving to the next or previous step: Update and View.
func BenchmarkStepSwitch(b *testing.B) {
	d := benchWizard(b, 0)
	d.run(d.m.enterStep(3))
	keys := []tea.KeyMsg{keyMsg("ctrl+f"), keyMsg("ctrl+b")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, cmd := d.m.Update(keys[i%2])
		d.run(cmd) // the new form's Init (focus, option lists from the cache)
		_ = d.m.View()
		i++
	}
}

// BenchmarkPreviewRender measures rendering the preview of a changed body: line
// paths, change marks, highlighting and the side panel.
func BenchmarkPreviewRender(b *testing.B) {
	d := benchWizard(b, 0)
	bodies := [2][]byte{}
	for i := range bodies {
		np := d.m.np.Clone()
		name := fmt.Sprintf("pool-%d", i)
		np.NodepoolInfo.Name = &name
		np.KubernetesConfig = &model.KubernetesConfig{}
		for j := 0; j < 20; j++ {
			k, v := fmt.Sprintf("team-%d", j), fmt.Sprintf("value-%d-%d", i, j)
			np.KubernetesConfig.Labels = append(np.KubernetesConfig.Labels, model.Label{Key: &k, Value: &v})
		}
		bodies[i] = encodeBody(np)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.m.preview.update(bodies[i%2], d.m.styles)
		d.m.renderPreview()
		i++
	}
}

// BenchmarkInstanceTypeFilter measures one keystroke in the filter of the instance
// type multi-select holding 2,000 types: Update and View.
func BenchmarkInstanceTypeFilter(b *testing.B) {
	d := benchWizard(b, 2000)
	for i, s := range d.m.steps {
		if s.ID == forms.StepInstances {
			d.run(d.m.enterStep(i))
		}
	}
	for k := 0; k < 10 && d.m.focusedKey() != "scaling_group.instance_types"; k++ {
		d.keys("tab")
	}
	if d.m.focusedKey() != "scaling_group.instance_types" {
		b.Fatalf("instance types not focused: %q", d.m.focusedKey())
	}
	d.keys("/", "8")
	d.expectView("/8") // the filter takes the keys (checked once, outside the timing)
	d.keys("backspace")
	keys := []tea.KeyMsg{keyMsg("8"), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.m.Update(keys[i%2])
		_ = d.m.View()
		i++
	}
}

// BenchmarkReferenceHuh is the baseline: one keystroke in a plain huh v1 form with as
// many fields and pages as the whole wizard, at 160x48.
func BenchmarkReferenceHuh(b *testing.B) {
	d := benchWizard(b, 0)
	fields, pages := 0, 0
	for _, s := range d.m.steps {
		for _, g := range s.Groups {
			fields += fieldCount(g)
			pages++
		}
	}
	b.Logf("%d fields on %d pages", fields, pages)
	values := make([]string, fields)
	groups := make([]*huh.Group, 0, pages)
	per := (fields + pages - 1) / pages
	for start := 0; start < fields; start += per {
		var fs []huh.Field
		for i := start; i < min(start+per, fields); i++ {
			fs = append(fs, huh.NewInput().Key(fmt.Sprintf("f%d", i)).Title(fmt.Sprintf("Field %d", i)).Value(&values[i]))
		}
		groups = append(groups, huh.NewGroup(fs...))
	}
	f := huh.NewForm(groups...)
	f.Init()
	f.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	keys := []tea.KeyMsg{keyMsg("a"), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		f.Update(keys[i%2])
		_ = f.View()
		i++
	}
}

// BenchmarkReferenceHuhSamePage is the fair baseline for BenchmarkKeystroke: the same
// step's groups in a plain huh form, no shell, one keystroke (Update and View).
func BenchmarkReferenceHuhSamePage(b *testing.B) {
	d := benchWizard(b, 0)
	b.Logf("step: %s", busiestTextStep(b, d))
	f := huh.NewForm(d.m.steps[d.m.cur].Groups...).WithWidth(66).WithHeight(41)
	f.Init()
	keys := []tea.KeyMsg{keyMsg("a"), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		f.Update(keys[i%2])
		_ = f.View()
		i++
	}
}
