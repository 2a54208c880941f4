package steps

import (
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/model"
)

// kubernetesStep covers the Kubernetes side of the nodes: labels and taints, the
// container runtime and version, the CPU policy, custom node names, user data scripts,
// cordoning new nodes and the CloudMonitor agent.
func kubernetesStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	runtimeSel, runtimeIn := runtimePick(b, env)
	prefix, suffix := nodeNameBinding(b)
	nameNow := forms.NewLive(func() [2]string { return [2]string{*prefix, *suffix} })
	nameCheck := func(string) error {
		return forms.FirstError(model.CheckField(b.Request, model.PathKubernetesConfigNodeNameMode, nodeNameMode(*prefix, *suffix)))
	}

	return b.Step(forms.StepKubernetes, "Kubernetes", []string{model.PathKubernetesConfig, model.PathKubernetesConfigRuntimeVersion},
		b.Group("Labels and taints",
			forms.ListText(b, model.PathKubernetesConfigLabels, labelCodec()),
			forms.ListText(b, model.PathKubernetesConfigTaints, taintCodec()),
		),
		b.Group("Container runtime",
			runtimeSel,
			b.Field(model.PathKubernetesConfigCPUPolicy),
		),
		b.GroupIf(runtimeIn.typing, "Container runtime", runtimeIn.sel),
		b.Group("Node names",
			b.NewInput().
				Key(model.PathKubernetesConfigNodeNameMode).
				Title("Node name prefix").
				DescriptionFunc(func() string { return nodeNamePreview(nameNow.Get()) }, nameNow).
				Value(prefix).
				Validate(nameCheck),
			b.NewInput().
				Key(model.PathKubernetesConfigNodeNameMode).
				Title("Node name suffix").
				Description("Optional text after the IP address.").
				Value(suffix).
				Validate(nameCheck),
		),
		b.Group("Scripts",
			forms.UserDataText(b, model.PathKubernetesConfigPreUserData),
			forms.UserDataText(b, model.PathKubernetesConfigUserData),
		),
		b.Group("Node behaviour",
			b.Field(model.PathKubernetesConfigUnschedulable),
			b.Field(model.PathKubernetesConfigCMSEnabled),
		),
	)
}

// nodeNameBinding binds node_name_mode ("customized,<prefix>,ip,<suffix>") to a
// prefix and a suffix; both empty leave the key out.
func nodeNameBinding(b *forms.Binder) (prefix, suffix *string) {
	s := model.MustPath(model.PathKubernetesConfigNodeNameMode)
	prefix, suffix = new(string), new(string)
	if cur := s.Text(b.Request); cur != "" {
		parts := strings.SplitN(cur, ",", 4)
		if len(parts) == 4 && parts[0] == "customized" && parts[2] == "ip" {
			*prefix, *suffix = parts[1], parts[3]
		} else {
			*prefix = cur // shown as typed so the validator can say what is wrong
		}
	}
	b.OnSync(func(np *model.NodePool) { forms.SetText(np, s, nodeNameMode(*prefix, *suffix)) })
	return prefix, suffix
}

// nodeNameMode composes the wire value, or "" when neither part is set.
func nodeNameMode(prefix, suffix string) string {
	prefix, suffix = strings.TrimSpace(prefix), strings.TrimSpace(suffix)
	if prefix == "" && suffix == "" {
		return ""
	}
	return "customized," + prefix + ",ip," + suffix
}

// nodeNamePreview describes the prefix field with an example of the resulting name.
func nodeNamePreview(ps [2]string) string {
	const what = "Custom node names: prefix + private IP + suffix (also the ECS hostname)."
	p, s := strings.TrimSpace(ps[0]), strings.TrimSpace(ps[1])
	if p == "" && s == "" {
		return what + " Empty: ACK's default names."
	}
	return what + " Nodes will be named like " + p + "192.168.0.10" + s
}

// typedRuntime is the hand-typed fallback of the runtime pick-list.
type typedRuntime struct {
	sel    *huh.Input
	typing func() bool
}

// runtimePick offers the runtimes the catalog lists for the cluster's version; each
// choice's value is "name version" (e.g. "containerd 1.6.28"), written to runtime and
// runtime_version.
func runtimePick(b *forms.Binder, env *forms.Env) (*huh.Select[string], typedRuntime) {
	nameSlot, versionSlot := model.MustPath(model.PathKubernetesConfigRuntime), model.MustPath(model.PathKubernetesConfigRuntimeVersion)
	initial := strings.TrimSpace(nameSlot.Text(b.Request) + " " + versionSlot.Text(b.Request))
	targetNow := forms.NewLive(env.CurrentTarget)
	validate := func(v string) error {
		name, version, _ := strings.Cut(strings.TrimSpace(v), " ")
		if err := forms.FirstError(model.CheckField(b.Request, model.PathKubernetesConfigRuntime, name)); err != nil {
			return err
		}
		return forms.FirstError(model.CheckField(b.Request, model.PathKubernetesConfigRuntimeVersion, strings.TrimSpace(version)))
	}
	pick, sel, in := forms.NewPickOne(b, forms.PickSpec{
		Key: model.PathKubernetesConfigRuntime, Title: "Runtime", What: "runtimes", None: "(default: containerd, cluster's version)",
		Desc: "Container runtime and version for the cluster's Kubernetes version.",
	}, initial, targetNow, func(t forms.Target) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.Runtimes(t)
	}, validate)
	in.Description("Name and version separated by a space, e.g. containerd 1.6.28.")
	b.OnSync(func(np *model.NodePool) {
		name, version, _ := strings.Cut(strings.TrimSpace(pick.Value()), " ")
		forms.SetText(np, nameSlot, name)
		forms.SetText(np, versionSlot, version)
	})
	return sel, typedRuntime{sel: in, typing: pick.Typing}
}
