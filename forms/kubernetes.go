package forms

import (
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// kubernetesStep covers the Kubernetes side of the nodes: labels and taints, the
// container runtime and version, the CPU policy, custom node names, user data scripts,
// cordoning new nodes and the CloudMonitor agent.
func kubernetesStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	runtimeSel, runtimeIn := runtimePick(b, env)
	prefix, suffix := nodeNameBinding(b)
	nameNow := newLive(func() [2]string { return [2]string{*prefix, *suffix} })
	nameCheck := func(string) error {
		return firstError(model.CheckField(b.np, "kubernetes_config.node_name_mode", nodeNameMode(*prefix, *suffix)))
	}

	return b.step(StepKubernetes, "Kubernetes", []string{"kubernetes_config", "kubernetes_config.runtime_version"},
		b.group("Labels and taints",
			listText(b, "kubernetes_config.labels", "Node labels",
				"One key=value per line (value may be empty), at most 20; keys must not start with aliyun or acs:.", labelCodec),
			listText(b, "kubernetes_config.taints", "Node taints",
				"One key=value:Effect per line; Effect is NoSchedule (when left out), NoExecute or PreferNoSchedule.", taintCodec),
		),
		b.group("Container runtime",
			runtimeSel,
			b.enumSelect("kubernetes_config.cpu_policy", "CPU policy",
				"static pins whole CPUs to Guaranteed pods with integer CPU requests; none shares all CPUs."),
		),
		b.groupIf(runtimeIn.typing, "Container runtime", runtimeIn.sel),
		b.group("Node names",
			b.newInput().
				Key("kubernetes_config.node_name_mode").
				Title("Node name prefix").
				DescriptionFunc(func() string { return nodeNamePreview(nameNow.get()) }, nameNow).
				Value(prefix).
				Validate(nameCheck),
			b.newInput().
				Key("kubernetes_config.node_name_mode").
				Title("Node name suffix").
				Description("Optional text after the IP address.").
				Value(suffix).
				Validate(nameCheck),
		),
		b.group("Scripts",
			userDataText(b, "kubernetes_config.pre_user_data", "Script before joining",
				"Runs on the instance before it joins the cluster. Type it, paste base64, or write @file."),
			userDataText(b, "kubernetes_config.user_data", "Script after joining",
				"Runs on the instance after it joins the cluster. Type it, paste base64, or write @file."),
		),
		b.group("Node behaviour",
			b.triSelect("kubernetes_config.unschedulable", "Cordon new nodes",
				"New nodes join unschedulable; you uncordon them when ready."),
			b.triSelect("kubernetes_config.cms_enabled", "CloudMonitor agent",
				"Install the CloudMonitor agent to see node metrics in the console."),
		),
	)
}

// nodeNameBinding binds node_name_mode ("customized,<prefix>,ip,<suffix>") to a
// prefix and a suffix; both empty leave the key out.
func nodeNameBinding(b *binder) (prefix, suffix *string) {
	s := model.MustPath("kubernetes_config.node_name_mode")
	prefix, suffix = new(string), new(string)
	if cur := s.Text(b.np); cur != "" {
		parts := strings.SplitN(cur, ",", 4)
		if len(parts) == 4 && parts[0] == "customized" && parts[2] == "ip" {
			*prefix, *suffix = parts[1], parts[3]
		} else {
			*prefix = cur // shown as typed so the validator can say what is wrong
		}
	}
	b.onSync(func(np *model.NodePool) { setText(np, s, nodeNameMode(*prefix, *suffix)) })
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
func runtimePick(b *binder, env *Env) (*huh.Select[string], typedRuntime) {
	nameSlot, versionSlot := model.MustPath("kubernetes_config.runtime"), model.MustPath("kubernetes_config.runtime_version")
	initial := strings.TrimSpace(nameSlot.Text(b.np) + " " + versionSlot.Text(b.np))
	targetNow := newLive(env.target)
	validate := func(v string) error {
		name, version, _ := strings.Cut(strings.TrimSpace(v), " ")
		if err := firstError(model.CheckField(b.np, "kubernetes_config.runtime", name)); err != nil {
			return err
		}
		return firstError(model.CheckField(b.np, "kubernetes_config.runtime_version", strings.TrimSpace(version)))
	}
	pick, sel, in := newPickOne(b, pickSpec{
		key: "kubernetes_config.runtime", title: "Runtime", what: "runtimes", none: "(default: containerd, cluster's version)",
		desc: "Container runtime and version for the cluster's Kubernetes version.",
	}, initial, targetNow, func(t Target) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.Runtimes(t)
	}, validate)
	in.Description("Name and version separated by a space, e.g. containerd 1.6.28.")
	b.onSync(func(np *model.NodePool) {
		name, version, _ := strings.Cut(strings.TrimSpace(pick.value()), " ")
		setText(np, nameSlot, name)
		setText(np, versionSlot, version)
	})
	return sel, typedRuntime{sel: in, typing: pick.typing}
}
