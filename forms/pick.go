package forms

import (
	"ackpool/model"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/huh"
)

// manualValue is the value of the "type it by hand" entry of a pick-list. Choosing it
// reveals a text input in the next group, so a failed or incomplete lookup never
// blocks the user.
const manualValue = "\x00manual"

// failedValue is the value of the entry that says a lookup failed; choosing it types
// by hand like manualValue. It is a value of its own so that when a later lookup
// succeeds the entry is gone and the select moves to the first listed choice, instead
// of keeping "type it by hand" chosen with the list scrolled out of sight above it.
const failedValue = "\x00lookup-failed"

// isManual reports whether v chooses to type the value by hand.
func isManual(v string) bool { return v == manualValue || v == failedValue }

// errNoCatalog is the lookup error when the wizard runs without account lookups.
var errNoCatalog = errors.New("no account lookups are available")

// pickOne is the state of a single-choice pick-list with its hand-typed fallback.
type pickOne struct {
	sel    string // the chosen option's value, or manualValue
	manual string // what was typed by hand
}

// value is the effective choice.
func (p *pickOne) value() string {
	if isManual(p.sel) {
		return strings.TrimSpace(p.manual)
	}
	return p.sel
}

// typing reports whether the hand-typed input is in use.
func (p *pickOne) typing() bool { return isManual(p.sel) }

// pickSpec describes a pick-list.
type pickSpec struct {
	key      string // wire path (or "region"/"ClusterId" for the target)
	title    string
	desc     string
	what     string // what is listed, for messages: "clusters", "key pairs"
	none     string // label of the empty choice, e.g. "(none)"; "" for no empty choice
	required bool   // an empty choice does not validate
	noManual bool   // no "type it by hand" entry (the list has its own fallback)
	height   int    // rows of the list; 8 when 0
	single   bool   // a single choice: a failed lookup's entry gives way to the list once it loads
	// accountChecked: the wizard checks the values against the account's list itself
	// (an error on the review), so the pick-list adds no "not listed" warning of its own
	accountChecked bool
}

// newPickOne builds a select whose options come from load (evaluated by huh off the UI
// goroutine, with the inputs captured in q) and an input to type the value by hand,
// hidden unless the user chooses that. initial is the model's current value; it is kept
// as an option even when the lookup does not list it. validate checks a typed value.
func newPickOne[Q any](b *binder, spec pickSpec, initial string, q live[Q], load func(Q) ([]Choice, error), validate func(string) error) (*pickOne, *huh.Select[string], *huh.Input) {
	p := &pickOne{sel: initial}
	spec.single = true
	sel := b.newSelect().
		Key(spec.key).
		Title(spec.title).
		Description(spec.desc).
		Filtering(false).
		Height(cmp.Or(spec.height, 8)).
		OptionsFunc(func() []huh.Option[string] {
			choices, err := load(q.get())
			return currentFirst(pickOptions(spec, choices, err, []string{initial}), []string{initial})
		}, q).
		Value(&p.sel).
		Validate(func(v string) error {
			if v == "" && spec.required {
				return fmt.Errorf("choose one of the %s, or choose \"type it by hand\"", spec.what)
			}
			if v == "" || isManual(v) {
				return nil
			}
			return validate(v)
		})
	// huh keeps the options of each lookup it has seen; going back to one (the region
	// before) shows them with the cursor on the first but leaves the value as it was.
	// A failed or empty lookup's entry is then no longer listed: take what is shown.
	b.onSync(func(*model.NodePool) {
		if p.sel == failedValue {
			if v, ok := sel.Hovered(); ok && v != failedValue {
				p.sel = v
			}
		}
	})
	b.loaders[sel] = func() {
		choices, err := load(q.now())
		sel.Options(currentFirst(pickOptions(spec, choices, err, []string{initial}), []string{initial})...)
	}
	in := b.newInput().
		Key(spec.key).
		Title(spec.title + " (typed by hand)").
		Description("Type the ID or name exactly as the console shows it.").
		Value(&p.manual).
		Validate(func(v string) error {
			v = strings.TrimSpace(v)
			if v == "" && spec.required {
				return fmt.Errorf("type the %s value, or go back and pick from the list", spec.title)
			}
			if v == "" {
				return nil
			}
			return validate(v)
		})
	return p, sel, in
}

// pickMany is the state of a multi-choice pick-list with its hand-typed fallback.
type pickMany struct {
	sel    []string // chosen values, in the order ticked; may include manualValue
	manual string   // comma-separated values typed by hand
}

// values is the effective list: the chosen entries plus the typed ones, without duplicates.
func (p *pickMany) values() []string {
	var out []string
	for _, v := range p.sel {
		if !isManual(v) && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	if p.typing() {
		for _, v := range splitList(p.manual) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// typing reports whether the hand-typed input is in use.
func (p *pickMany) typing() bool { return slices.ContainsFunc(p.sel, isManual) }

// newPickMany is newPickOne for lists: a filterable multi-select (at most limit
// entries when limit > 0) plus a comma-separated input to type values by hand. read
// captures the lookup's inputs on the UI goroutine; load runs off it. validate checks
// the effective list as comma text.
func newPickMany[Q any](b *binder, spec pickSpec, initial []string, limit int, read func() Q, load func(Q) ([]Choice, error), validate func(string) error) (*pickMany, *multiPick, *huh.Input) {
	p := &pickMany{sel: append([]string(nil), initial...)}
	query := func() (string, func() ([]Choice, error)) {
		q := read()
		return fmt.Sprintf("%v", q), func() ([]Choice, error) { return load(q) }
	}
	check := func() error {
		if p.typing() {
			return nil // checked when the typed list is entered
		}
		return validate(strings.Join(p.values(), ","))
	}
	ms := newMultiPick(spec, p, limit, query, check)
	ms.WithTheme(b.env.Theme)
	b.checks = append(b.checks, func() *model.Problem {
		if spec.accountChecked {
			return nil
		}
		vs := ms.notListed()
		if len(vs) == 0 {
			return nil
		}
		return &model.Problem{Path: spec.key, Severity: model.SeverityWarning, Message: fmt.Sprintf(
			"%s: not among the %s listed for this cluster and zones (chosen for another one?); untick it unless you know it is right",
			strings.Join(vs, ", "), spec.what)}
	})
	b.loaders[ms] = ms.loadNow
	in := b.newInput().
		Key(spec.key).
		Title(spec.title + " (typed by hand)").
		Description("Comma-separated IDs, e.g. id-1,id-2; they are added to what is ticked above.").
		Value(&p.manual).
		Validate(func(string) error { return validate(strings.Join(p.values(), ",")) })
	return p, ms, in
}

// pickOptions turns a lookup answer into options: the empty choice, the listed
// choices, the current values the lookup did not list, and the hand-typed entry. A
// lookup error becomes the label of the hand-typed entry, so the list says what failed.
func pickOptions(spec pickSpec, choices []Choice, err error, current []string) []huh.Option[string] {
	var opts []huh.Option[string]
	if spec.none != "" {
		opts = append(opts, huh.NewOption(spec.none, ""))
	}
	listed := make(map[string]bool, len(choices))
	if err == nil {
		for _, c := range choices {
			label := c.Label
			if label == "" {
				label = c.Value
			}
			opts = append(opts, huh.NewOption(label, c.Value))
			listed[c.Value] = true
		}
	}
	for _, v := range current {
		if v != "" && !isManual(v) && !listed[v] {
			opts = append(opts, huh.NewOption(v+"  (current value, not in the list)", v))
		}
	}
	var empty emptyListError
	if errors.As(err, &empty) {
		opts = append(opts, huh.NewOption(fmt.Sprintf("! %s, or choose this to type it by hand", empty.why), failedEntry(spec)))
	} else if err != nil {
		opts = append(opts, huh.NewOption(fmt.Sprintf("! could not list %s: %v; choose this to type it by hand", spec.what, err), failedEntry(spec)))
	} else if !spec.noManual {
		opts = append(opts, huh.NewOption("type it by hand...", manualValue))
	}
	return opts
}

// emptyListError is a lookup that worked and found nothing to offer. Its entry says
// so (not "could not list"), and like a failed lookup's it gives way to the list once
// a later lookup finds something, so no stale choice is shown as selected.
type emptyListError struct{ why string }

func (e emptyListError) Error() string { return e.why }

// failedEntry is the value of a failed lookup's entry: its own for a single choice
// (see failedValue); in a multi-select a ticked entry must stay visible to be unticked,
// so there it is the plain hand-typed entry.
func failedEntry(spec pickSpec) string {
	if spec.single {
		return failedValue
	}
	return manualValue
}

// currentFirst moves the options holding the current values to the front, keeping the
// order otherwise. huh scrolls a list so that its current choice is the first line
// shown; with the choice first, nothing is hidden above it.
func currentFirst(opts []huh.Option[string], current []string) []huh.Option[string] {
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
