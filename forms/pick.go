package forms

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/forms/multipick"
	"ackpool/model"
)

// ErrNoCatalog is the lookup error when the wizard runs without account lookups.
var ErrNoCatalog = errors.New("no account lookups are available")

// pickOne is the state of a single-choice pick-list with its hand-typed fallback.
type pickOne struct {
	Sel    string // the chosen option's value, or multipick.ManualValue
	manual string // what was typed by hand
}

// Value is the effective choice.
func (p *pickOne) Value() string {
	if multipick.IsManual(p.Sel) {
		return strings.TrimSpace(p.manual)
	}
	return p.Sel
}

// Typing reports whether the hand-typed input is in use.
func (p *pickOne) Typing() bool { return multipick.IsManual(p.Sel) }

// NewPickOne builds a select whose options come from load (evaluated by huh off the UI
// goroutine, with the inputs captured in q) and an input to type the value by hand,
// hidden unless the user chooses that. initial is the model's current value; it is kept
// as an option even when the lookup does not list it. validate checks a typed value.
func NewPickOne[Q any](b *Binder, spec multipick.Spec, initial string, q Live[Q], load func(Q) ([]Choice, error), validate func(string) error) (*pickOne, *huh.Select[string], *huh.Input) {
	spec = withTableText(spec)
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
			return multipick.CurrentFirst(multipick.PickOptions(spec, choices, err, []string{initial}), []string{initial})
		}, q).
		Value(&p.Sel).
		Validate(func(v string) error {
			if v == "" && spec.Required {
				return fmt.Errorf("choose one of the %s, or choose \"type it by hand\"", spec.What)
			}
			if v == "" || multipick.IsManual(v) {
				return nil
			}
			return validate(v)
		})
	// huh keeps the options of each lookup it has seen; going back to one (the region
	// before) shows them with the cursor on the first but leaves the value as it was.
	// A failed or empty lookup's entry is then no longer listed: take what is shown.
	b.OnSync(func(*model.NodePool) {
		if p.Sel == multipick.FailedValue {
			if v, ok := sel.Hovered(); ok && v != multipick.FailedValue {
				p.Sel = v
			}
		}
	})
	b.Loaders[sel] = func() {
		choices, err := load(q.Now())
		sel.Options(multipick.CurrentFirst(multipick.PickOptions(spec, choices, err, []string{initial}), []string{initial})...)
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

// NewPickMany is NewPickOne for lists: a filterable multi-select (at most limit
// entries when limit > 0) plus a comma-separated input to type values by hand. read
// captures the lookup's inputs on the UI goroutine; load runs off it. validate checks
// the effective list as comma text.
func NewPickMany[Q any](b *Binder, spec multipick.Spec, initial []string, limit int, read func() Q, load func(Q) ([]Choice, error), validate func(string) error) (*multipick.Selection, *multipick.Field, *huh.Input) {
	spec = withTableText(spec)
	p := &multipick.Selection{Sel: append([]string(nil), initial...)}
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
	ms := multipick.New(spec, p, limit, query, check)
	ms.WithTheme(b.Env.Theme)
	b.Checks = append(b.Checks, func() *model.Problem {
		if spec.AccountChecked {
			return nil
		}
		vs := ms.NotListed()
		if len(vs) == 0 {
			return nil
		}
		return &model.Problem{Path: spec.Key, Severity: model.SeverityWarning, Message: fmt.Sprintf(
			"%s: not among the %s listed for this cluster and zones (chosen for another one?); untick it unless you know it is right",
			strings.Join(vs, ", "), spec.What)}
	})
	b.Loaders[ms] = ms.LoadNow
	in := b.NewInput().
		Key(spec.Key).
		Title(spec.Title + " (typed by hand)").
		Description("Comma-separated IDs, e.g. id-1,id-2; they are added to what is ticked above.").
		Value(&p.Manual).
		Validate(func(string) error { return validate(strings.Join(p.Values(), ",")) })
	return p, ms, in
}

// withTableText fills a pick-list's empty title and description from the field table
// row of its key.
func withTableText(spec PickSpec) PickSpec {
	title, desc := TitleDesc(spec.Key)
	spec.Title = cmp.Or(spec.Title, title)
	spec.Desc = cmp.Or(spec.Desc, desc)
	return spec
}
