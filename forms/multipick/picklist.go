package multipick

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// Choice is one entry of a pick-list.
type Choice struct {
	Value string // what is written to the model, e.g. "vsw-abc"
	Label string // what the user sees, e.g. "vsw-abc  cn-hangzhou-h  4021 free IPs"
	// Note follows the label, after the price in a priced list, so the prices line
	// up: e.g. "1 x NVIDIA A10  (only cn-hangzhou-h, -i)". Filters search it too.
	Note string
	// Type describes an instance type choice, so that a filter such as
	// "vcpu>=8 mem>=32" can select it; nil for every other kind of choice.
	Type *model.TypeSpec
}

// ManualValue is the value of the "type it by hand" entry of a pick-list. Choosing it
// reveals a text input in the next group, so a failed or incomplete lookup never
// blocks the user.
const ManualValue = "\x00manual"

// FailedValue is the value of the entry that says a lookup failed; choosing it types
// by hand like ManualValue. It is a value of its own so that when a later lookup
// succeeds the entry is gone and the select moves to the first listed choice, instead
// of keeping "type it by hand" chosen with the list scrolled out of sight above it.
const FailedValue = "\x00lookup-failed"

// IsManual reports whether v chooses to type the value by hand.
func IsManual(v string) bool { return v == ManualValue || v == FailedValue }

// Spec describes a pick-list.
type Spec struct {
	Key      string // wire path (or "region"/"ClusterId" for the target)
	Title    string
	Desc     string
	What     string // what is listed, for messages: "clusters", "key pairs"
	None     string // label of the empty choice, e.g. "(none)"; "" for no empty choice
	Required bool   // an empty choice does not validate
	NoManual bool   // no "type it by hand" entry (the list has its own fallback)
	Height   int    // rows of the list; 8 when 0
	Single   bool   // a single choice: a failed lookup's entry gives way to the list once it loads
	// AccountChecked: the wizard checks the values against the account's list itself
	// (an error on the review), so the pick-list adds no "not listed" warning of its own
	AccountChecked bool
}

// Selection is the state of a multi-choice pick-list with its hand-typed fallback.
type Selection struct {
	Sel    []string // chosen values, in the order ticked; may include ManualValue
	Manual string   // comma-separated values typed by hand
}

// Values is the effective list: the chosen entries plus the typed ones, without duplicates.
func (p *Selection) Values() []string {
	var out []string
	for _, v := range p.Sel {
		if !IsManual(v) && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	if p.Typing() {
		for _, v := range splitList(p.Manual) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// Typing reports whether the hand-typed input is in use.
func (p *Selection) Typing() bool { return slices.ContainsFunc(p.Sel, IsManual) }

// PickOptions turns a lookup answer into options: the empty choice, the listed
// choices, the current values the lookup did not list, and the hand-typed entry. A
// lookup error becomes the label of the hand-typed entry, so the list says what failed.
func PickOptions(spec Spec, choices []Choice, err error, current []string) []huh.Option[string] {
	var opts []huh.Option[string]
	if spec.None != "" {
		opts = append(opts, huh.NewOption(spec.None, ""))
	}
	listed := make(map[string]bool, len(choices))
	if err == nil {
		for _, c := range choices {
			label := c.Label
			if label == "" {
				label = c.Value
			}
			if c.Note != "" {
				label += "  " + c.Note
			}
			opts = append(opts, huh.NewOption(label, c.Value))
			listed[c.Value] = true
		}
	}
	for _, v := range current {
		if v != "" && !IsManual(v) && !listed[v] {
			opts = append(opts, huh.NewOption(v+"  (current value, not in the list)", v))
		}
	}
	var empty EmptyListError
	if errors.As(err, &empty) {
		opts = append(opts, huh.NewOption(fmt.Sprintf("! %s, or choose this to type it by hand", empty.Why), failedEntry(spec)))
	} else if err != nil {
		opts = append(opts, huh.NewOption(fmt.Sprintf("! could not list %s: %v; choose this to type it by hand", spec.What, err), failedEntry(spec)))
	} else if !spec.NoManual {
		opts = append(opts, huh.NewOption("type it by hand...", ManualValue))
	}
	return opts
}

// EmptyListError is a lookup that worked and found nothing to offer. Its entry says
// so (not "could not list"), and like a failed lookup's it gives way to the list once
// a later lookup finds something, so no stale choice is shown as selected.
type EmptyListError struct{ Why string }

// Error implements error.
func (e EmptyListError) Error() string { return e.Why }

// failedEntry is the value of a failed lookup's entry: its own for a single choice
// (see FailedValue); in a multi-select a ticked entry must stay visible to be unticked,
// so there it is the plain hand-typed entry.
func failedEntry(spec Spec) string {
	if spec.Single {
		return FailedValue
	}
	return ManualValue
}

// CurrentFirst moves the options holding the current values to the front, keeping the
// order otherwise. huh scrolls a list so that its current choice is the first line
// shown; with the choice first, nothing is hidden above it.
func CurrentFirst(opts []huh.Option[string], current []string) []huh.Option[string] {
	isCurrent := func(o huh.Option[string]) bool { return o.Value != "" && slices.Contains(current, o.Value) }
	out := make([]huh.Option[string], 0, len(opts))
	for _, o := range opts {
		if isCurrent(o) {
			out = append(out, o)
		}
	}
	for _, o := range opts {
		if !isCurrent(o) {
			out = append(out, o)
		}
	}
	return out
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
