package forms

import (
	"os"
	"slices"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// Env is what the steps need besides the request model.
type Env struct {
	// Catalog answers the pick-lists from the account. Nil means no lookups: every
	// pick-list then says so and offers to type the value by hand.
	Catalog Catalog
	// Target is where the request goes. The target step writes the chosen region and
	// cluster here on Sync; the other steps' lookups read it. Build allocates one when nil.
	Target *Target
	// Theme is the huh theme of the wizard's forms. huh keeps the first theme a field
	// gets, so the steps apply it as they build each field (a later Form.WithTheme does
	// not change them): pass the UI's theme here. Build uses huh.ThemeCharm() when nil.
	Theme *huh.Theme
	// Accessible builds the steps for huh's accessible mode (run each step's groups
	// with Form.WithAccessible): plain prompts, no inline selects, fields on hidden pages
	// skipped, pick-lists loaded right before their prompt. Set it with --accessible or
	// TERM=dumb.
	Accessible bool
	// ReadFile loads the files named with @path in the user data fields; os.ReadFile
	// when nil. Tests give a fake.
	ReadFile func(name string) ([]byte, error)
	// NoViewCache renders every field afresh on every update, as plain huh does,
	// instead of keeping each field's view until it may have changed. Tests compare
	// the two.
	NoViewCache bool
	// Headless builds a step's bindings only (its values, how they reach the
	// request, its checks and the paths it owns), without the huh pages that show
	// them, which are most of the cost of a step. The wizard builds the steps it has
	// not shown yet this way and builds each whole (Step.Full) when it is opened.
	Headless bool
}

// ShowAdvancedKey is the key of the advanced step's "Show advanced options?" confirm;
// it is not a request field.
const ShowAdvancedKey = "show_advanced"

// The step IDs, in wizard order.
const (
	StepTarget     = "target"
	StepBasics     = "basics"
	StepInstances  = "instances"
	StepDisks      = "disks"
	StepNetwork    = "network"
	StepManagement = model.PathManagement
	StepKubernetes = "kubernetes"
	StepAdvanced   = "advanced"
)

// Defaults returns env, or a new Env when it is nil, with what it leaves unset filled
// in: an empty Target, huh's Charm theme and os.ReadFile. Build in forms/steps calls it.
func Defaults(env *Env) *Env {
	if env == nil {
		env = &Env{}
	}
	if env.Target == nil {
		env.Target = &Target{}
	}
	if env.Theme == nil {
		env.Theme = huh.ThemeCharm()
	}
	if env.ReadFile == nil {
		env.ReadFile = os.ReadFile
	}
	return env
}

// CurrentTarget returns the current target by value.
func (e *Env) CurrentTarget() Target { return *e.Target }

// Step assembles a Step from the binder. The step owns the problems of every request
// path its fields edit, plus extra (parent objects, deprecated fields it stands for).
func (b *Binder) Step(id, title string, extra []string, groups ...*huh.Group) Step {
	keys := make([][]string, len(groups))
	owns := append([]string(nil), extra...)
	for i, g := range groups {
		keys[i] = b.keys[g]
		for _, k := range keys[i] {
			if _, ok := model.Field(k); ok && !slices.Contains(owns, k) {
				owns = append(owns, k)
			}
		}
	}
	return Step{
		ID:      id,
		Title:   title,
		Groups:  groups,
		Keys:    keys,
		Owns:    owns,
		Sync:    b.sync,
		Pending: b.problems,
		Fit:     b.fit,
	}
}
