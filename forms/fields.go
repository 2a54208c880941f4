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

// firstError turns the first error-severity problem into an error for huh to show
// under the field; warnings do not block leaving a field (the step list shows them).
func firstError(ps model.Problems) error {
	for _, p := range ps {
		if p.Severity == model.SeverityError {
			return errors.New(p.Message)
		}
	}
	return nil
}

// check returns a huh validator for path that asks the model about the proposed text
// in the context of the live request, so cross-field rules see the other steps' values.
func (b *binder) check(path string) func(string) error {
	return func(raw string) error {
		return firstError(model.CheckField(b.np, path, strings.TrimSpace(raw)))
	}
}

// input is a text field bound to path with the model's validation.
func (b *binder) input(path, title, desc string) *huh.Input {
	return b.newInput().
		Key(path).
		Title(title).
		Description(desc).
		Value(b.text(path)).
		Validate(b.check(path))
}

// number is an input for an integer field; the placeholder shows the server default.
func (b *binder) number(path, title, desc string) *huh.Input {
	in := b.input(path, title, desc)
	if d := defaultText(path); d != "" {
		in.Placeholder("default " + d)
	}
	return in
}

// triSelect binds an optional boolean to a three-way choice: the server default
// (key left out), on, or off.
func (b *binder) triSelect(path, title, desc string) *huh.Select[string] {
	return b.triSelectOn(b.tri(path), path, title, desc)
}

// triSelectOn is triSelect over a value the step already bound with b.tri, for steps
// whose hide rules read it.
func (b *binder) triSelectOn(val *string, path, title, desc string) *huh.Select[string] {
	def := "(default)"
	if d := defaultText(path); d != "" {
		def = "(default: " + onOff(d) + ")"
	}
	return b.newSelect().
		Key(path).
		Title(title).
		Description(desc).
		Inline(!b.env.Accessible).
		Options(
			huh.NewOption(def, triDefault),
			huh.NewOption("on", triOn),
			huh.NewOption("off", triOff),
		).
		Value(val).
		Validate(b.check(path))
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

// enumSelect offers the reference's allowed values of path, after a "(default)"
// entry that leaves the key out of the request.
func (b *binder) enumSelect(path, title, desc string) *huh.Select[string] {
	return b.enumSelectOn(b.text(path), path, title, desc)
}

// enumSelectOn is enumSelect over a value the step already bound with b.text.
func (b *binder) enumSelectOn(val *string, path, title, desc string) *huh.Select[string] {
	return b.enumSelectFrom(val, enumOptions(path, *val, false), path, title, desc)
}

// requiredEnumSelect is enumSelect for a field required wherever it is shown (the
// period unit of a subscription): no "(default)" entry, the server default first.
func (b *binder) requiredEnumSelect(path, title, desc string) *huh.Select[string] {
	val := b.text(path)
	return b.enumSelectFrom(val, enumOptions(path, *val, true), path, title, desc)
}

// enumSelectFrom is a select of opts bound to val.
func (b *binder) enumSelectFrom(val *string, opts []huh.Option[string], path, title, desc string) *huh.Select[string] {
	sel := b.newSelect().
		Key(path).
		Title(title).
		Description(desc).
		Options(opts...).
		Value(val).
		Validate(b.check(path))
	showFromTop(sel, opts, *val)
	return sel
}

// showFromTop scrolls a select's list to its first option while keeping the choice.
// huh scrolls a select so that the current choice is the first line shown, which hides
// the options above it; a preset value would look like the only choice.
func showFromTop(sel *huh.Select[string], opts []huh.Option[string], current string) {
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

// enumOptions lists the allowed values of path after a "(default)" entry. A current
// value that the reference does not list is kept as an option so it is not lost.
//
// A required field (instance_charge_type, or required says so) has no "(default)"
// entry: the API wants it sent, so its server default is listed first and preselected.
func enumOptions(path, current string, required bool) []huh.Option[string] {
	fi, _ := model.Field(path)
	required = required || fi.Required
	d := defaultText(path)
	var opts []huh.Option[string]
	values := fi.Enum
	if required && isOneOf(d, values) {
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

// group is a huh group (a page of the step) with a title; the binder records its field
// keys for Step.Keys. In accessible mode each field is wrapped so that it is skipped
// while its page is hidden and its pick-list is loaded before the prompt.
func (b *binder) group(title string, fields ...huh.Field) *huh.Group {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.GetKey()
	}
	b.noteLongLists(fields)
	var g *huh.Group
	if b.env.Accessible {
		for i, f := range fields {
			fields[i] = &accessibleField{Field: f, shown: func() bool { return b.shown(g) }, load: b.loaders[f]}
		}
	}
	g = huh.NewGroup(fields...).Title(title).WithTheme(b.env.Theme)
	b.keys[g] = keys
	return g
}

// groupIf is a group shown only while show holds.
func (b *binder) groupIf(show func() bool, title string, fields ...huh.Field) *huh.Group {
	g := b.group(title, fields...)
	b.showWhen(g, show)
	return g
}

// appliesIf is a group whose fields only apply while show holds: while it is hidden
// its fields are left out of the request (what was typed is kept and comes back when
// the group shows again), so a value the user can no longer see is neither sent nor
// able to block the submit. Folded sections use groupIf instead: folding hides,
// it does not unset.
func (b *binder) appliesIf(show func() bool, title string, fields ...huh.Field) *huh.Group {
	g := b.groupIf(show, title, fields...)
	b.inapplicable = append(b.inapplicable, g)
	return g
}

// clearInapplicable unsets the request fields of every appliesIf group that is hidden,
// unless a shown group edits the same field. The fields of each group and their slots
// are worked out on the first call, when every group of the step exists.
func (b *binder) clearInapplicable(np *model.NodePool) {
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
			f.slot.clear(np)
		}
	}
}

// inapplicableField is a request field of an appliesIf group.
type inapplicableField struct {
	key    string
	slot   slot
	shared bool // another group edits it too (a pick-list's typed-by-hand page)
}

// resolveInapplicable lists the request fields of each appliesIf group.
func (b *binder) resolveInapplicable() [][]inapplicableField {
	out := make([][]inapplicableField, len(b.inapplicable))
	for i, g := range b.inapplicable {
		out[i] = []inapplicableField{}
		for _, k := range b.keys[g] {
			s, err := resolveSlot(k)
			if err != nil {
				continue // a wizard key, not a request field
			}
			shared := false
			for other, keys := range b.keys {
				shared = shared || (other != g && slices.Contains(keys, k))
			}
			out[i] = append(out[i], inapplicableField{key: k, slot: s, shared: shared})
		}
	}
	return out
}

// shownKey reports whether a shown group has a field with key k.
func (b *binder) shownKey(k string) bool {
	for g, keys := range b.keys {
		if b.shown(g) && slices.Contains(keys, k) {
			return true
		}
	}
	return false
}

// showWhen shows g only while show holds.
func (b *binder) showWhen(g *huh.Group, show func() bool) {
	b.shows[g] = show
	g.WithHideFunc(func() bool { return !show() })
}

// shown reports whether g is currently shown.
func (b *binder) shown(g *huh.Group) bool {
	show := b.shows[g]
	return show == nil || show()
}

// not negates a condition.
func not(cond func() bool) func() bool {
	return func() bool { return !cond() }
}

// multiEnum is a multi-select over the allowed item values of a list field, bound to
// val (a slice the step syncs itself). Current values the reference
// does not list are kept as options.
func multiEnum(b *binder, val *[]string, path, title, desc string) *huh.MultiSelect[string] {
	allowed := itemEnum(path)
	opts := make([]huh.Option[string], 0, len(allowed))
	for _, v := range allowed {
		opts = append(opts, huh.NewOption(v, v))
	}
	for _, v := range *val {
		if !isOneOf(v, allowed) {
			opts = append(opts, huh.NewOption(v+" (not in the reference list)", v))
		}
	}
	ms := b.newMultiSelect().
		Key(path).
		Title(title).
		Description(desc).
		Options(opts...).
		Value(val).
		Validate(func(list []string) error {
			return b.check(path)(strings.Join(list, ","))
		})
	// huh scrolls to the first ticked option; start at the top instead.
	ms.WithKeyMap(huh.NewDefaultKeyMap())
	for range opts {
		ms.Update(tea.KeyMsg{Type: tea.KeyUp})
	}
	return ms
}
