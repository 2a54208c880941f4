package forms

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// The values a tri-state select writes for an optional boolean. "" leaves the key out
// of the request, so the server default applies.
const (
	triDefault = ""
	triOn      = "true"
	triOff     = "false"
)

// binder collects what one step binds: each form value lives in a string (or string
// slice) owned by the step, initialised from the model when the step is built, and a
// sync function per value writes it back. Parse failures that cannot reach the model
// (a number that is not a number, a malformed list line) are kept as problems.
type binder struct {
	np      *model.NodePool // the live model: initial values and validation context
	env     *Env
	syncs   []func(np *model.NodePool)
	checks  []func() *model.Problem
	keys    map[*huh.Group][]string // field keys of each group made with b.group
	shows   map[*huh.Group]func() bool
	loaders map[huh.Field]func() // accessible mode: fill a pick-list's options now
	// inapplicable are the appliesIf groups: hidden, their fields are not sent
	inapplicable       []*huh.Group
	inapplicableFields [][]inapplicableField // their request fields, resolved on first use
	long               []longList            // long pick-lists that grow into free rows (fit)
}

func newBinder(np *model.NodePool, env *Env) *binder {
	return &binder{
		np: np, env: env,
		keys:    map[*huh.Group][]string{},
		shows:   map[*huh.Group]func() bool{},
		loaders: map[huh.Field]func(){},
	}
}

// sync runs every registered sync function against np.
func (b *binder) sync(np *model.NodePool) {
	for _, f := range b.syncs {
		f(np)
	}
	b.clearInapplicable(np)
}

// problems lists what the user typed that could not be written to the model.
func (b *binder) problems() model.Problems {
	var ps model.Problems
	for _, c := range b.checks {
		if p := c(); p != nil {
			ps = append(ps, *p)
		}
	}
	return ps
}

// onSync registers an extra sync function.
func (b *binder) onSync(f func(np *model.NodePool)) { b.syncs = append(b.syncs, f) }

// text binds a scalar or string-list field to a text value: *string, *int64 and
// *float64 fields take the text as typed (empty means unset), []string fields take a
// comma-separated list.
func (b *binder) text(path string) *string {
	s := mustSlot(path)
	val := new(string)
	*val = formatLeaf(s.get(b.np))
	var parseErr error
	b.syncs = append(b.syncs, func(np *model.NodePool) {
		v, err := parseLeaf(s.leaf, *val)
		parseErr = err
		if err != nil {
			return // the field's own validation shows the error; keep the model's last good value
		}
		s.set(np, v)
	})
	b.checks = append(b.checks, func() *model.Problem {
		if parseErr == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: parseErr.Error(), Severity: model.SeverityError}
	})
	return val
}

// tri binds a *bool field to "", "true" or "false".
func (b *binder) tri(path string) *string {
	s := mustSlot(path)
	if s.leaf != reflect.TypeFor[*bool]() {
		panic("forms: " + path + " is not an optional boolean")
	}
	return b.text(path)
}

// formatLeaf renders a model value as the text a person would type.
func formatLeaf(v reflect.Value) string {
	if !v.IsValid() || v.IsZero() {
		return ""
	}
	switch v.Kind() {
	case reflect.Pointer:
		switch e := v.Elem(); e.Kind() {
		case reflect.String:
			return e.String()
		case reflect.Int64:
			return strconv.FormatInt(e.Int(), 10)
		case reflect.Float64:
			return strconv.FormatFloat(e.Float(), 'f', -1, 64)
		case reflect.Bool:
			return strconv.FormatBool(e.Bool())
		}
	case reflect.Slice:
		if list, ok := v.Interface().([]string); ok {
			return strings.Join(list, ",")
		}
	}
	panic("forms: cannot bind a field of type " + v.Type().String() + " to text")
}

// parseLeaf converts typed text to a value of type t; empty text is the zero value (unset).
func parseLeaf(t reflect.Type, raw string) (reflect.Value, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return reflect.Zero(t), nil
	}
	switch t {
	case reflect.TypeFor[*string]():
		return reflect.ValueOf(&raw), nil
	case reflect.TypeFor[*int64]():
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not a whole number", raw)
		}
		return reflect.ValueOf(&n), nil
	case reflect.TypeFor[*float64]():
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not a number", raw)
		}
		return reflect.ValueOf(&f), nil
	case reflect.TypeFor[*bool]():
		v, err := strconv.ParseBool(raw)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not true or false", raw)
		}
		return reflect.ValueOf(&v), nil
	case reflect.TypeFor[[]string]():
		return reflect.ValueOf(nonEmpty(splitList(raw))), nil
	}
	panic("forms: cannot bind a field of type " + t.String() + " to text")
}

// splitList splits a comma-separated list, trimming blanks and dropping empty items.
func splitList(raw string) []string {
	var out []string
	for _, item := range strings.Split(raw, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// nonEmpty returns nil for an empty slice, so an empty list is left out of the body.
func nonEmpty(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	return list
}
