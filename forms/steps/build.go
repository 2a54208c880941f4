// Package steps holds the wizard's eight steps, one file each: target, basics,
// instances & scaling, disks, network & login, management, kubernetes and advanced.
// Each arranges fields of the request through the binding machinery of package forms;
// titles, descriptions, widgets and help come from the model's field table.
package steps

import (
	"ackpool/forms"
	"ackpool/model"
)

// Build returns the wizard's eight steps in order, bound to np: target, basics,
// instances & scaling, disks, network & login, management, kubernetes, advanced.
//
// np is the live request: the steps read their initial values from it, and their
// validators read it for cross-field context, so the UI should Sync into this same
// value. Rebuild the steps when the UI replaces the model (e.g. after loading a preset).
// A nil env, or one with fields unset, gets forms.Defaults.
func Build(np *model.NodePool, env *forms.Env) []forms.Step {
	env = forms.Defaults(env)
	return []forms.Step{
		targetStep(np, env),
		basicsStep(np, env),
		instancesStep(np, env),
		disksStep(np, env),
		networkStep(np, env),
		managementStep(np, env),
		kubernetesStep(np, env),
		advancedStep(np, env),
	}
}
