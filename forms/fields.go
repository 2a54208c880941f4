package forms

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// FirstError turns the first error-severity problem into an error for huh to show
// under the field; warnings do not block leaving a field (the step list shows them).
func FirstError(ps model.Problems) error {
	for _, p := range ps {
		if p.Severity == model.SeverityError {
			return errors.New(p.Message)
		}
	}
	return nil
}

// Check returns a huh validator for path that asks the model about the proposed text
// in the context of the live request, so cross-field rules see the other steps' values.
func (b *Binder) Check(path string) func(string) error {
	return func(raw string) error {
		return FirstError(model.CheckField(b.Request, path, strings.TrimSpace(raw)))
	}
}

// Field is the widget the field table names for path (input, number, toggle or
// select), with the table's title and description.
func (b *Binder) Field(path string) huh.Field {
	fi, _ := model.Field(path)
	build, ok := simpleWidgets()[fi.Widget]
	if !ok {
		panic("forms: " + path + ": the field table gives widget " + fi.Widget + ", which b.field does not build")
	}
	return build(b, path, fi.Title, fi.Desc)
}

// simpleWidgets builds the widgets b.Field knows from a path, a title and a description.
func simpleWidgets() map[string]func(b *Binder, path, title, desc string) huh.Field {
	return map[string]func(b *Binder, path, title, desc string) huh.Field{
		"input":  func(b *Binder, path, title, desc string) huh.Field { return b.Input(path, title, desc) },
		"number": func(b *Binder, path, title, desc string) huh.Field { return b.Number(path, title, desc) },
		"toggle": func(b *Binder, path, title, desc string) huh.Field { return b.TriSelect(path, title, desc) },
		"select": func(b *Binder, path, title, desc string) huh.Field { return b.EnumSelect(path, title, desc) },
	}
}

// TitleDesc is the field table's title and description of path.
func TitleDesc(path string) (title, desc string) {
	fi, _ := model.Field(path)
	return fi.Title, fi.Desc
}

// Input is a text field bound to path with the model's validation.
func (b *Binder) Input(path, title, desc string) *huh.Input {
	return b.NewInput().
		Key(path).
		Title(title).
		Description(desc).
		Value(b.Text(path)).
		Validate(b.Check(path))
}

// Number is an input for an integer field; the placeholder shows the server default.
func (b *Binder) Number(path, title, desc string) *huh.Input {
	in := b.Input(path, title, desc)
	if d := defaultText(path); d != "" {
		in.Placeholder("default " + d)
	}
	return in
}

// TriSelect binds an optional boolean to a three-way choice: the server default
// (key left out), on, or off.
func (b *Binder) TriSelect(path, title, desc string) *huh.Select[string] {
	return b.triSelectWith(b.Tri(path), path, title, desc)
}

// TriSelectOn is the table's toggle for path over a value the step already bound with
// b.Tri, for steps whose hide rules read it.
func (b *Binder) TriSelectOn(val *string, path string) *huh.Select[string] {
	title, desc := TitleDesc(path)
	return b.triSelectWith(val, path, title, desc)
}

// triSelectWith is TriSelectOn with its own title and description.
func (b *Binder) triSelectWith(val *string, path, title, desc string) *huh.Select[string] {
	def := "(default)"
	if d := defaultText(path); d != "" {
		def = "(default: " + onOff(d) + ")"
	}
	return b.NewSelect().
		Key(path).
		Title(title).
		Description(desc).
		Inline(!b.Env.Accessible).
		Options(
			huh.NewOption(def, TriDefault),
			huh.NewOption("on", TriOn),
			huh.NewOption("off", TriOff),
		).
		Value(val).
		Validate(b.Check(path))
}

func onOff(s string) string {
	switch s {
	case "true":
		return "on"
	case "false":
		return "off"
	}
	return s
}

// EnumSelect offers the reference's allowed values of path, after a "(default)"
// entry that leaves the key out of the request.
func (b *Binder) EnumSelect(path, title, desc string) *huh.Select[string] {
	val := b.Text(path)
	return b.enumSelectFrom(val, EnumOptions(path, *val, false), path, title, desc)
}

// EnumSelectOn is the table's select for path over a value the step already bound
// with b.Text.
func (b *Binder) EnumSelectOn(val *string, path string) *huh.Select[string] {
	title, desc := TitleDesc(path)
	return b.enumSelectFrom(val, EnumOptions(path, *val, false), path, title, desc)
}

// RequiredEnumSelect is the table's select for a field required wherever it is shown
// (the period unit of a subscription): no "(default)" entry, the server default first.
func (b *Binder) RequiredEnumSelect(path string) *huh.Select[string] {
	title, desc := TitleDesc(path)
	val := b.Text(path)
	return b.enumSelectFrom(val, EnumOptions(path, *val, true), path, title, desc)
}

// enumSelectFrom is a select of opts bound to val.
func (b *Binder) enumSelectFrom(val *string, opts []huh.Option[string], path, title, desc string) *huh.Select[string] {
	sel := b.NewSelect().
		Key(path).
		Title(title).
		Description(desc).
		Options(opts...).
		Value(val).
		Validate(b.Check(path))
	ShowFromTop(sel, opts, *val)
	return sel
}

// ShowFromTop scrolls a select's list to its first option while keeping the choice.
// huh scrolls a select so that the current choice is the first line shown, which hides
// the options above it; a preset value would look like the only choice.
func ShowFromTop(sel *huh.Select[string], opts []huh.Option[string], current string) {
	at := slices.IndexFunc(opts, func(o huh.Option[string]) bool { return o.Value == current })
	if at <= 0 {
		return
	}
	sel.WithKeyMap(huh.NewDefaultKeyMap()) // the form sets its own keymap later
	for range at {
		sel.Update(tea.KeyMsg{Type: tea.KeyUp})
	}
	for range at {
		sel.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
}

// EnumOptions lists the allowed values of path after a "(default)" entry. A current
// value that the reference does not list is kept as an option so it is not lost.
//
// A required field (instance_charge_type, or required says so) has no "(default)"
// entry: the API wants it sent, so its server default is listed first and preselected.
func EnumOptions(path, current string, required bool) []huh.Option[string] {
	fi, _ := model.Field(path)
	required = required || fi.Required
	d := defaultText(path)
	var opts []huh.Option[string]
	values := fi.Enum
	if required && IsOneOf(d, values) {
		values = append([]string{d}, slices.DeleteFunc(slices.Clone(values), func(v string) bool { return v == d })...)
	} else {
		label := "(default)"
		if d != "" {
			label = "(default: " + d + ")"
		}
		opts = append(opts, huh.NewOption(label, ""))
	}
	known := current == ""
	for _, v := range values {
		label := v
		if required && v == d {
			label += " (the server's default)"
		}
		opts = append(opts, huh.NewOption(label, v))
		known = known || v == current
	}
	if !known {
		opts = append(opts, huh.NewOption(current+" (not in the reference list)", current))
	}
	return opts
}

// itemEnum is the allowed values of each item of a list field.
func itemEnum(path string) []string {
	fi, _ := model.Field(path)
	if len(fi.ItemEnum) > 0 {
		return fi.ItemEnum
	}
	return fi.Enum
}

// defaultText is the reference's server-side default of path as text, or "".
func defaultText(path string) string {
	fi, ok := model.Field(path)
	if !ok || fi.Default == nil {
		return ""
	}
	switch d := fi.Default.(type) {
	case float64:
		return fmt.Sprintf("%g", d)
	default:
		return fmt.Sprint(d)
	}
}

// Group is a huh group (a page of the step) with a title; the binder records its field
// keys for Step.Keys. Each field is wrapped so that its view is rendered only when it
// may have changed (see cachedField); in accessible mode it is wrapped instead so that
// it is skipped while its page is hidden and its pick-list is loaded before the prompt.
func (b *Binder) Group(title string, fields ...huh.Field) *huh.Group {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.GetKey()
	}
	if b.Env.Headless {
		g := new(huh.Group) // never shown: it stands for the page in the binder's records
		b.keys[g] = keys
		return g
	}
	b.noteLongLists(fields)
	var g *huh.Group
	var cached []*cachedField
	for i, f := range fields {
		if b.Env.Accessible {
			fields[i] = &accessibleField{Field: f, shown: func() bool { return b.shown(g) }, load: b.Loaders[f]}
		} else if !b.Env.NoViewCache {
			c := cache(f)
			fields[i], cached = c, append(cached, c)
		}
	}
	g = huh.NewGroup(fields...).Title(title).WithTheme(b.Env.Theme)
	for _, c := range cached {
		c.built()
	}
	b.keys[g] = keys
	return g
}

// GroupIf is a group shown only while show holds.
func (b *Binder) GroupIf(show func() bool, title string, fields ...huh.Field) *huh.Group {
	g := b.Group(title, fields...)
	b.ShowWhen(g, show)
	return g
}

// AppliesIf is a group whose fields only apply while show holds: while it is hidden
// its fields are left out of the request (what was typed is kept and comes back when
// the group shows again), so a value the user can no longer see is neither sent nor
// able to block the submit. Folded sections use groupIf instead: folding hides,
// it does not unset.
func (b *Binder) AppliesIf(show func() bool, title string, fields ...huh.Field) *huh.Group {
	g := b.GroupIf(show, title, fields...)
	b.inapplicable = append(b.inapplicable, g)
	return g
}

// clearInapplicable unsets the request fields of every AppliesIf group that is hidden,
// unless a shown group edits the same field. The fields of each group and their paths
// are worked out on the first call, when every group of the step exists.
func (b *Binder) clearInapplicable(np *model.NodePool) {
	if b.inapplicableFields == nil {
		b.inapplicableFields = b.resolveInapplicable()
	}
	for i, g := range b.inapplicable {
		if b.shown(g) {
			continue
		}
		for _, f := range b.inapplicableFields[i] {
			if f.shared && b.shownKey(f.key) {
				continue
			}
			f.path.Clear(np)
		}
	}
}

// inapplicableField is a request field of an AppliesIf group.
type inapplicableField struct {
	key    string
	path   model.Path
	shared bool // another group edits it too (a pick-list's typed-by-hand page)
}

// resolveInapplicable lists the request fields of each AppliesIf group.
func (b *Binder) resolveInapplicable() [][]inapplicableField {
	out := make([][]inapplicableField, len(b.inapplicable))
	for i, g := range b.inapplicable {
		out[i] = []inapplicableField{}
		for _, k := range b.keys[g] {
			p, err := model.ParsePath(k)
			if err != nil {
				continue // a wizard key, not a request field
			}
			shared := false
			for other, keys := range b.keys {
				shared = shared || (other != g && slices.Contains(keys, k))
			}
			out[i] = append(out[i], inapplicableField{key: k, path: p, shared: shared})
		}
	}
	return out
}

// shownKey reports whether a shown group has a field with key k.
func (b *Binder) shownKey(k string) bool {
	for g, keys := range b.keys {
		if b.shown(g) && slices.Contains(keys, k) {
			return true
		}
	}
	return false
}

// ShowWhen shows g only while show holds.
func (b *Binder) ShowWhen(g *huh.Group, show func() bool) {
	b.shows[g] = show
	g.WithHideFunc(func() bool { return !show() })
}

// shown reports whether g is currently shown.
func (b *Binder) shown(g *huh.Group) bool {
	show := b.shows[g]
	return show == nil || show()
}

// Not negates a condition.
func Not(cond func() bool) func() bool {
	return func() bool { return !cond() }
}

// MultiEnum is a multi-select over the allowed item values of a list field, bound to
// val (a slice the step syncs itself). Current values the reference
// does not list are kept as options.
func MultiEnum(b *Binder, val *[]string, path string) *huh.MultiSelect[string] {
	title, desc := TitleDesc(path)
	allowed := itemEnum(path)
	opts := make([]huh.Option[string], 0, len(allowed))
	for _, v := range allowed {
		opts = append(opts, huh.NewOption(v, v))
	}
	for _, v := range *val {
		if !IsOneOf(v, allowed) {
			opts = append(opts, huh.NewOption(v+" (not in the reference list)", v))
		}
	}
	ms := b.NewMultiSelect().
		Key(path).
		Title(title).
		Description(desc).
		Options(opts...).
		Value(val).
		Validate(func(list []string) error {
			return b.Check(path)(strings.Join(list, ","))
		})
	// huh scrolls to the first ticked option; start at the top instead.
	ms.WithKeyMap(huh.NewDefaultKeyMap())
	for range opts {
		ms.Update(tea.KeyMsg{Type: tea.KeyUp})
	}
	return ms
}

// IsOneOf reports whether v is in list (exact case).
func IsOneOf(v string, list []string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
