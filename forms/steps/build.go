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
	makers := stepMakers()
	out := make([]forms.Step, len(makers))
	for i, build := range makers {
		out[i] = build(np, env)
	}
	return out
}

// BuildLazy returns the eight steps as Build does, but built headless (see
// forms.Env.Headless): their bindings only, each with a Full that builds the whole
// step, pages too, when the UI first opens it. A launch then costs the bindings of
// eight steps and the pages of one. In accessible mode it is Build: the plain
// prompts ask every step's questions in one go.
func BuildLazy(np *model.NodePool, env *forms.Env) []forms.Step {
	env = forms.Defaults(env)
	if env.Accessible {
		return Build(np, env)
	}
	head := *env
	head.Headless = true
	makers := stepMakers()
	out := make([]forms.Step, len(makers))
	for i, build := range makers {
		out[i] = build(np, &head)
		out[i].Full = func() forms.Step { return build(np, env) }
	}
	return out
}

// stepMakers are the functions that build the eight steps, in wizard order.
func stepMakers() []func(*model.NodePool, *forms.Env) forms.Step {
	return []func(*model.NodePool, *forms.Env) forms.Step{
		targetStep, basicsStep, instancesStep, disksStep, networkStep, managementStep, kubernetesStep, advancedStep,
	}
}
