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

// ErrNoCatalog is the lookup error when the wizard runs without account lookups.
var ErrNoCatalog = errors.New("no account lookups are available")

// pickOne is the state of a single-choice pick-list with its hand-typed fallback.
type pickOne struct {
	Sel    string // the chosen option's value, or manualValue
	manual string // what was typed by hand
}

// Value is the effective choice.
func (p *pickOne) Value() string {
	if isManual(p.Sel) {
		return strings.TrimSpace(p.manual)
	}
	return p.Sel
}

// Typing reports whether the hand-typed input is in use.
func (p *pickOne) Typing() bool { return isManual(p.Sel) }

// PickSpec describes a pick-list.
type PickSpec struct {
	Key      string // wire path (or "region"/"ClusterId" for the target)
	Title    string
	Desc     string
	What     string // what is listed, for messages: "clusters", "key pairs"
	None     string // label of the empty choice, e.g. "(none)"; "" for no empty choice
	Required bool   // an empty choice does not validate
	NoManual bool   // no "type it by hand" entry (the list has its own fallback)
	Height   int    // rows of the list; 8 when 0
	Single   bool   // a single choice: a failed lookup's entry gives way to the list once it loads
}

// NewPickOne builds a select whose options come from load (evaluated by huh off the UI
// goroutine, with the inputs captured in q) and an input to type the value by hand,
// hidden unless the user chooses that. initial is the model's current value; it is kept
// as an option even when the lookup does not list it. validate checks a typed value.
func NewPickOne[Q any](b *Binder, spec PickSpec, initial string, q Live[Q], load func(Q) ([]Choice, error), validate func(string) error) (*pickOne, *huh.Select[string], *huh.Input) {
	p := &pickOne{Sel: initial}
	spec.Single = true
	sel := b.NewSelect().
		Key(spec.Key).
		Title(spec.Title).
		Description(spec.Desc).
		Filtering(false).
		Height(cmp.Or(spec.Height, 8)).
		OptionsFunc(func() []huh.Option[string] {
			choices, err := load(q.Get())
			return CurrentFirst(PickOptions(spec, choices, err, []string{initial}), []string{initial})
		}, q).
		Value(&p.Sel).
		Validate(func(v string) error {
			if v == "" && spec.Required {
				return fmt.Errorf("choose one of the %s, or choose \"type it by hand\"", spec.What)
			}
			if v == "" || isManual(v) {
				return nil
			}
			return validate(v)
		})
	b.Loaders[sel] = func() {
		choices, err := load(q.Now())
		sel.Options(CurrentFirst(PickOptions(spec, choices, err, []string{initial}), []string{initial})...)
	}
	in := b.NewInput().
		Key(spec.Key).
		Title(spec.Title + " (typed by hand)").
		Description("Type the ID or name exactly as the console shows it.").
		Value(&p.manual).
		Validate(func(v string) error {
			v = strings.TrimSpace(v)
			if v == "" && spec.Required {
				return fmt.Errorf("type the %s value, or go back and pick from the list", spec.Title)
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

// Values is the effective list: the chosen entries plus the typed ones, without duplicates.
func (p *pickMany) Values() []string {
	var out []string
	for _, v := range p.sel {
		if !isManual(v) && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	if p.Typing() {
		for _, v := range SplitList(p.manual) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// Typing reports whether the hand-typed input is in use.
func (p *pickMany) Typing() bool { return slices.ContainsFunc(p.sel, isManual) }

// NewPickMany is newPickOne for lists: a filterable multi-select (at most limit
// entries when limit > 0) plus a comma-separated input to type values by hand. read
// captures the lookup's inputs on the UI goroutine; load runs off it. validate checks
// the effective list as comma text.
func NewPickMany[Q any](b *Binder, spec PickSpec, initial []string, limit int, read func() Q, load func(Q) ([]Choice, error), validate func(string) error) (*pickMany, *multiPick, *huh.Input) {
	p := &pickMany{sel: append([]string(nil), initial...)}
	query := func() (string, func() ([]Choice, error)) {
		q := read()
		return fmt.Sprintf("%v", q), func() ([]Choice, error) { return load(q) }
	}
	check := func() error {
		if p.Typing() {
			return nil // checked when the typed list is entered
		}
		return validate(strings.Join(p.Values(), ","))
	}
	ms := newMultiPick(spec, p, limit, query, check)
	ms.WithTheme(b.Env.Theme)
	b.Checks = append(b.Checks, func() *model.Problem {
		vs := ms.notListed()
		if len(vs) == 0 {
			return nil
		}
		return &model.Problem{Path: spec.Key, Severity: model.SeverityWarning, Message: fmt.Sprintf(
			"%s: not among the %s listed for this cluster and zones (chosen for another one?); untick it unless you know it is right",
			strings.Join(vs, ", "), spec.What)}
	})
	b.Loaders[ms] = ms.loadNow
	in := b.NewInput().
		Key(spec.Key).
		Title(spec.Title + " (typed by hand)").
		Description("Comma-separated IDs, e.g. id-1,id-2; they are added to what is ticked above.").
		Value(&p.manual).
		Validate(func(string) error { return validate(strings.Join(p.Values(), ",")) })
	return p, ms, in
}

// PickOptions turns a lookup answer into options: the empty choice, the listed
// choices, the current values the lookup did not list, and the hand-typed entry. A
// lookup error becomes the label of the hand-typed entry, so the list says what failed.
func PickOptions(spec PickSpec, choices []Choice, err error, current []string) []huh.Option[string] {
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
			opts = append(opts, huh.NewOption(label, c.Value))
			listed[c.Value] = true
		}
	}
	for _, v := range current {
		if v != "" && !isManual(v) && !listed[v] {
			opts = append(opts, huh.NewOption(v+"  (current value, not in the list)", v))
		}
	}
	if err != nil {
		opts = append(opts, huh.NewOption(fmt.Sprintf("! could not list %s: %v; choose this to type it by hand", spec.What, err), failedEntry(spec)))
	} else if !spec.NoManual {
		opts = append(opts, huh.NewOption("type it by hand...", manualValue))
	}
	return opts
}

// failedEntry is the value of a failed lookup's entry: its own for a single choice
// (see failedValue); in a multi-select a ticked entry must stay visible to be unticked,
// so there it is the plain hand-typed entry.
func failedEntry(spec PickSpec) string {
	if spec.Single {
		return failedValue
	}
	return manualValue
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
