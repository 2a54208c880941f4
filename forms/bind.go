package forms

import (
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// The values a tri-state select writes for an optional boolean. "" leaves the key out
// of the request, so the server default applies.
const (
	TriDefault = ""
	TriOn      = "true"
	TriOff     = "false"
)

// Binder collects what one step binds: each form value lives in a string (or string
// slice) owned by the step, initialised from the model when the step is built, and a
// sync function per value writes it back. Parse failures that cannot reach the model
// (a number that is not a number, a malformed list line) are kept as problems.
type Binder struct {
	// Request is the live model: initial values and validation context.
	Request *model.NodePool
	// Env is what the steps need besides the model (catalog, target, theme).
	Env   *Env
	syncs []func(np *model.NodePool)
	// Checks report what the user typed that cannot reach the model (see Step.Pending).
	Checks []func() *model.Problem
	keys   map[*huh.Group][]string // field keys of each group made with b.Group
	shows  map[*huh.Group]func() bool
	// Loaders fill a pick-list's options right before its prompt (accessible mode).
	Loaders map[huh.Field]func()
	// inapplicable are the AppliesIf groups: hidden, their fields are not sent
	inapplicable       []*huh.Group
	inapplicableFields [][]inapplicableField // their request fields, resolved on first use
	long               []longList            // long pick-lists that grow into free rows (fit)
}

// NewBinder returns a binder for one step over the live request np.
func NewBinder(np *model.NodePool, env *Env) *Binder {
	return &Binder{
		Request: np, Env: env,
		keys:    map[*huh.Group][]string{},
		shows:   map[*huh.Group]func() bool{},
		Loaders: map[huh.Field]func(){},
	}
}

// sync runs every registered sync function against np.
func (b *Binder) sync(np *model.NodePool) {
	for _, f := range b.syncs {
		f(np)
	}
	b.clearInapplicable(np)
}

// problems lists what the user typed that could not be written to the model.
func (b *Binder) problems() model.Problems {
	var ps model.Problems
	for _, c := range b.Checks {
		if p := c(); p != nil {
			ps = append(ps, *p)
		}
	}
	return ps
}

// OnSync registers an extra sync function.
func (b *Binder) OnSync(f func(np *model.NodePool)) { b.syncs = append(b.syncs, f) }

// Text binds a scalar or string-list field to a text value: string and number fields
// take the text as typed (empty means unset), string lists take a comma-separated list.
func (b *Binder) Text(path string) *string {
	p := model.MustPath(path)
	val := new(string)
	*val = p.Text(b.Request)
	var parseErr error
	b.syncs = append(b.syncs, func(np *model.NodePool) {
		// on an error the model keeps its last good value; the field's own validation shows it
		parseErr = p.SetText(np, *val)
	})
	b.Checks = append(b.Checks, func() *model.Problem {
		if parseErr == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: parseErr.Error(), Severity: model.SeverityError}
	})
	return val
}

// Tri binds a *bool field to "", "true" or "false".
func (b *Binder) Tri(path string) *string {
	if fi, ok := model.Field(path); !ok || fi.Type != "boolean" {
		panic("forms: " + path + " is not an optional boolean")
	}
	return b.Text(path)
}

// SplitList splits a comma-separated list, trimming blanks and dropping empty items.
func SplitList(raw string) []string {
	var out []string
	for _, item := range strings.Split(raw, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// NonEmpty returns nil for an empty slice, so an empty list is left out of the body.
func NonEmpty(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	return list
}

// SetText writes a text value to a string field, unsetting it when empty; a string
// field takes any text, so there is no error to report.
func SetText(np *model.NodePool, p model.Path, v string) {
	_ = p.SetText(np, v)
}

// SetValue stores a value of the field's own Go type; a mismatch is a programming
// error that the tests catch.
func SetValue(np *model.NodePool, p model.Path, v any) {
	if err := p.Set(np, v); err != nil {
		panic("forms: " + err.Error())
	}
}
