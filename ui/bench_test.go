package ui

import (
	"fmt"
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

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

// launchOptions are the wizard's options as the program assembles them for a
// terminal: the start screen on (built-in presets, no store, no drafts), the steps
// left to it (built when the start screen is answered, each whole when opened).
func launchOptions(cat *formstest.Catalog, t *forms.Target, r *lipgloss.Renderer) Options {
	theme := NewStyles(r).Huh
	np := &model.NodePool{}
	build := func(np *model.NodePool) []forms.Step {
		return steps.BuildLazy(np, &forms.Env{Catalog: cat, Target: t, Theme: theme})
	}
	return Options{NodePool: np, Target: t, FieldHelp: forms.FieldHelp, Renderer: r, Now: fixedNow,
		Presets: &Presets{Build: build}}
}

// BenchmarkWizardStart measures a launch up to the first frame, as the program
// launches: the styles, the wizard with its start screen, a resize and View.
func BenchmarkWizardStart(b *testing.B) {
	cat := formstest.NewCatalog()
	b.ReportAllocs()
	for b.Loop() {
		t := forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
		m := New(launchOptions(cat, &t, plainRenderer()))
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		_ = m.View()
	}
}

// BenchmarkWizardFirstStep measures a launch up to the first step's frame: the
// start screen's menu read, "start blank" chosen, the steps built and the first
// step drawn.
func BenchmarkWizardFirstStep(b *testing.B) {
	cat := formstest.NewCatalog()
	b.ReportAllocs()
	for b.Loop() {
		t := forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
		d := newDriver(b, launchOptions(cat, &t, plainRenderer()), 160, 48)
		d.keys("b")
		if d.m.phase != phaseEditing {
			b.Fatalf("phase %d after start blank", d.m.phase)
		}
	}
}

// BenchmarkKeystroke measures one key typed into the system disk size on the disks
// step (the busiest page a digit is typed on), at 160x48 with the preview visible:
// Update (sync, live validation, preview) and View. '5' and backspace alternate so
// the value stays short.
func BenchmarkKeystroke(b *testing.B) {
	d := benchWizard(b, 0)
	focusDiskSize(b, d)
	typeAndErase(b, d.m, "5")
}

// typeAndErase is the timed loop of a key benchmark: key typed and backspace by
// turns (so the value stays short), each followed by View.
func typeAndErase(b *testing.B, m tea.Model, key string) {
	keys := []tea.KeyMsg{keyMsg(key), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Update(keys[i%2])
		_ = m.View()
		i++
	}
}

// focusDiskSize opens the disks step and focuses the system disk size.
func focusDiskSize(b *testing.B, d *driver) {
	b.Helper()
	d.run(d.m.enterStep(d.m.stepIndex(forms.StepDisks)))
	d.m.walkToField(model.PathScalingGroupSystemDiskSize)
	if k := d.m.focusedKey(); k != model.PathScalingGroupSystemDiskSize {
		b.Fatalf("focused %q, not the system disk size", k)
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
	typeAndErase(b, d.m, "8")
}

// BenchmarkReferenceHuh is the fair baseline of BenchmarkKeystroke: a plain huh v1
// form of the same page, the disks step's groups with the same titles, descriptions
// and kinds of field, at the form's size in the wizard (75x42), one key typed into
// the system disk size (Update and View), with huh's base theme and its default
// (Charm) theme, both drawn without colour like the wizard's benchmark.
func BenchmarkReferenceHuh(b *testing.B) {
	themes := []struct {
		name  string
		theme *huh.Theme
	}{{"base", huh.ThemeBase()}, {"charm", huh.ThemeCharm()}}
	for _, th := range themes {
		b.Run(th.name, func(b *testing.B) {
			d := benchWizard(b, 0)
			step := d.m.steps[d.m.stepIndex(forms.StepDisks)].Step
			f := plainPage(b, step, d.m.np).WithTheme(themeOn(th.theme, plainRenderer())).
				WithWidth(75).WithHeight(42).WithShowHelp(false)
			f.Init()
			f.NextField() // the category select, then the size
			if k := f.GetFocusedField().GetKey(); k != model.PathScalingGroupSystemDiskSize {
				b.Fatalf("focused %q, not the system disk size", k)
			}
			keys := []tea.KeyMsg{keyMsg("5"), keyMsg("backspace")}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				f.Update(keys[i%2])
				_ = f.View()
				i++
			}
		})
	}
}

// plainPage rebuilds a step as a plain huh form: a group per group with its title and
// description, and per field a plain field of the same kind, title and description,
// holding the request's value.
func plainPage(b *testing.B, step forms.Step, np *model.NodePool) *huh.Form {
	b.Helper()
	groups := make([]*huh.Group, 0, len(step.Groups))
	for gi, g := range step.Groups {
		gv := reflect.ValueOf(g).Elem()
		var fields []huh.Field
		for _, k := range step.Keys[gi] {
			title, desc := forms.TitleDesc(k)
			val := new(string)
			if p, err := model.ParsePath(k); err == nil {
				*val = p.Text(np)
			}
			fields = append(fields, plainField(fieldOf(b, g, k), k, title, desc, val))
		}
		groups = append(groups, huh.NewGroup(fields...).Title(gv.FieldByName("title").String()).
			Description(gv.FieldByName("description").String()))
	}
	return huh.NewForm(groups...)
}

// fieldOf finds the field with key k in g.
func fieldOf(b *testing.B, g *huh.Group, k string) huh.Field {
	items := reflect.ValueOf(g).Elem().FieldByName("selector").Elem().FieldByName("items")
	for i := 0; i < items.Len(); i++ {
		f := unwrapField(reflect.NewAt(items.Index(i).Type(), items.Index(i).Addr().UnsafePointer()).Elem().Interface().(huh.Field))
		if f.GetKey() == k {
			return f
		}
	}
	b.Fatalf("no field %s", k)
	return nil
}

// unwrapField is the field a wrapper stands for, or f itself.
func unwrapField(f huh.Field) huh.Field {
	if w, ok := f.(interface{ Unwrap() huh.Field }); ok {
		return w.Unwrap()
	}
	return f
}

// plainField is a plain huh field of the same kind as like: an inline three-way
// select for an optional boolean, a select of the allowed values, a text area or an
// input.
func plainField(like huh.Field, k, title, desc string, val *string) huh.Field {
	switch like.(type) {
	case *huh.Select[string]:
		if fi, _ := model.Field(k); fi.Type == "boolean" {
			return huh.NewSelect[string]().Key(k).Title(title).Description(desc).Inline(true).
				Options(huh.NewOptions("", "true", "false")...).Value(val)
		}
		return huh.NewSelect[string]().Key(k).Title(title).Description(desc).Options(forms.EnumOptions(k, *val, false)...).Value(val)
	case *huh.Text:
		return huh.NewText().Key(k).Title(title).Description(desc).Lines(4).Value(val)
	}
	return huh.NewInput().Key(k).Title(title).Description(desc).Value(val)
}

// BenchmarkWizardTextareaKey measures one key typed at the end of the labels text
// area holding 1, 100 or 1,000 labels, in the whole wizard at 160x48 with the preview
// visible: Update (sync, live validation, preview) and View. '5' and backspace
// alternate, so every key changes the body.
func BenchmarkWizardTextareaKey(b *testing.B) {
	for _, n := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			cat := formstest.NewCatalogSized(0)
			target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
			np := sampleBody(b, cat, *target)
			np.KubernetesConfig = &model.KubernetesConfig{}
			for i := range n {
				k, v := fmt.Sprintf("team-%d", i), fmt.Sprintf("value-%d", i)
				np.KubernetesConfig.Labels = append(np.KubernetesConfig.Labels, model.Label{Key: &k, Value: &v})
			}
			steps := steps.Build(np, &forms.Env{Catalog: cat, Target: target})
			d := newDriver(b, Options{NodePool: np, Target: target, Steps: steps, FieldHelp: forms.FieldHelp}, 160, 48)
			d.run(d.m.enterStep(d.m.stepIndex(forms.StepKubernetes)))
			d.m.walkToField(model.PathKubernetesConfigLabels)
			if k := d.m.focusedKey(); k != model.PathKubernetesConfigLabels {
				b.Fatalf("focused %q, not the labels", k)
			}
			typeAndErase(b, d.m, "5")
			if got := len(d.m.np.KubernetesConfig.Labels); got != n {
				b.Fatalf("%d labels after typing, want %d", got, n)
			}
		})
	}
}
