package steps_test

import (
	"encoding/json"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// fixture is a built wizard over a model with the fake catalog.
type fixture struct {
	np    *model.NodePool
	env   *forms.Env
	cat   *formstest.Catalog
	steps []forms.Step
	files map[string]string // what env.ReadFile serves
}

func newFixture(t *testing.T, np *model.NodePool) *fixture {
	t.Helper()
	if np == nil {
		np = &model.NodePool{}
	}
	fx := &fixture{np: np, cat: formstest.NewCatalog(), files: map[string]string{}}
	fx.env = &forms.Env{
		Catalog: fx.cat,
		Target:  &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID},
		ReadFile: func(name string) ([]byte, error) {
			if s, ok := fx.files[name]; ok {
				return []byte(s), nil
			}
			return nil, &fileError{name}
		},
	}
	fx.steps = steps.Build(np, fx.env)
	return fx
}

type fileError struct{ name string }

func (e *fileError) Error() string { return "open " + e.name + ": no such file or directory" }

// step returns the step with the id.
func (fx *fixture) step(t *testing.T, id string) forms.Step {
	t.Helper()
	for _, s := range fx.steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no step %q", id)
	return forms.Step{}
}

// sync syncs every step into the live model.
func (fx *fixture) sync() {
	for _, s := range fx.steps {
		s.Sync(fx.np)
	}
}

// body is the model's JSON as a generic map, for assertions on what is sent.
func (fx *fixture) body(t *testing.T) map[string]any {
	t.Helper()
	data, err := json.Marshal(fx.np)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// groupFields reads a group's fields. huh v1 keeps them unexported; tests look inside
// so they can reach fields in hidden groups without driving the whole form.
func groupFields(g *huh.Group) []huh.Field {
	sel := reflect.ValueOf(g).Elem().FieldByName("selector") // *selector.Selector[Field]
	items := sel.Elem().FieldByName("items")
	items = reflect.NewAt(items.Type(), unsafe.Pointer(items.UnsafeAddr())).Elem()
	fields := slices.Clone(items.Interface().([]huh.Field))
	for i, f := range fields {
		if w, ok := f.(interface{ Unwrap() huh.Field }); ok {
			fields[i] = w.Unwrap() // the view cache around every field
		}
	}
	return fields
}

// hidden evaluates a group's hide function.
func hidden(g *huh.Group) bool {
	h := reflect.ValueOf(g).Elem().FieldByName("hide")
	h = reflect.NewAt(h.Type(), unsafe.Pointer(h.UnsafeAddr())).Elem()
	if h.IsNil() {
		return false
	}
	return h.Interface().(func() bool)()
}

// field finds the first field with key in the step (in any group), and its group.
func field(t *testing.T, s forms.Step, key string) (huh.Field, *huh.Group) {
	t.Helper()
	for _, g := range s.Groups {
		for _, f := range groupFields(g) {
			if f.GetKey() == key {
				return f, g
			}
		}
	}
	t.Fatalf("step %s has no field %q", s.ID, key)
	return nil, nil
}

// visible reports whether the group holding key's first field is shown.
func visible(t *testing.T, s forms.Step, key string) bool {
	t.Helper()
	_, g := field(t, s, key)
	return !hidden(g)
}

// typeInto focuses an input or text field and types text into it (after clearing).
func typeInto(t *testing.T, f huh.Field, text string) {
	t.Helper()
	f.Focus()
	switch v := f.(type) {
	case *huh.Input:
		for range 200 {
			v.Update(tea.KeyMsg{Type: tea.KeyBackspace})
		}
		v.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	case *huh.Text, interface{ IsTextArea() bool }: // a list's text area shows a window of its lines
		for range 400 {
			v.Update(tea.KeyMsg{Type: tea.KeyBackspace})
		}
		v.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	default:
		t.Fatalf("cannot type into %T", f)
	}
}

// validate makes the field check its current value (as leaving it does) and returns
// the error it shows.
func validate(f huh.Field) error {
	f.Blur()
	return f.Error()
}

// settle sends a neutral message to the group, which makes huh re-evaluate every
// OptionsFunc and DescriptionFunc, and feeds the loaders' answers back.
func settle(g *huh.Group) {
	_, cmd := g.Update(struct{}{})
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 200; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil || isTimer(c) {
			continue
		}
		msg := c()
		if batch, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, batch...)
			continue
		}
		_, next := g.Update(msg)
		queue = append(queue, next)
	}
}

// isTimer spots the commands that sleep (spinner ticks, cursor blinks) by name.
func isTimer(c tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(c).Pointer()).Name()
	return strings.Contains(name, "spinner") || strings.Contains(name, "cursor") || strings.Contains(name, "Blink")
}

// optionsOf reads the options a select or multi-select currently offers. The
// wizard's own pick-lists list theirs; huh keeps its fields' unexported.
func optionsOf(f huh.Field) []huh.Option[string] {
	if c, ok := f.(interface{ Choices() []forms.Choice }); ok {
		var out []huh.Option[string]
		for _, ch := range c.Choices() {
			out = append(out, huh.NewOption(ch.Label, ch.Value))
		}
		return out
	}
	v := reflect.ValueOf(f).Elem().FieldByName("options").FieldByName("val")
	v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	return v.Interface().([]huh.Option[string])
}

// optionValues lists the values of optionsOf.
func optionValues(f huh.Field) []string {
	var out []string
	for _, o := range optionsOf(f) {
		out = append(out, o.Value)
	}
	return out
}

// jsonOf renders v as compact JSON.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }
