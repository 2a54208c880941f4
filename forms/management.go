package forms

import (
	"strings"

	"ackpool/model"
)

// managementStep covers managed node pool features: the master switch, auto repair
// and its policy, CVE patching and its policy, auto upgrade and its scope, and the
// rolling-upgrade surge and unavailability limits.
func managementStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	enabled := b.tri("management.enable")
	repair := b.tri("management.auto_repair")
	vulFix := b.tri("management.auto_vul_fix")
	upgrade := b.tri("management.auto_upgrade")

	// vul_level is a comma-separated string on the wire; the form offers a multi-select.
	levelSlot := model.MustPath("management.auto_vul_fix_policy.vul_level")
	levels := new([]string)
	*levels = splitList(levelSlot.Text(np))
	b.onSync(func(np *model.NodePool) { setText(np, levelSlot, strings.Join(*levels, ",")) })

	managed := func() bool { return *enabled == triOn }
	// The three features default to on, so their policies show unless turned off.
	on := func(v *string) func() bool {
		return func() bool { return managed() && *v != triOff }
	}
	return b.step(StepManagement, "Management", []string{"management"},
		b.group("Managed node pool",
			b.triSelectOn(enabled, "management.enable",
				"Managed node pool", "ACK repairs, patches and upgrades the nodes for you in maintenance windows."),
		),
		b.appliesIf(managed, "Auto repair",
			b.triSelectOn(repair, "management.auto_repair", "Auto repair", "Repair nodes that turn unhealthy."),
			b.triSelect("management.auto_fault_diagnosis", "Fault diagnosis",
				"Use ECS fault diagnosis as part of node self-healing."),
			b.triSelect("management.drift_enabled", "Node rotation",
				"Replace nodes that drift from the pool's configuration (intelligent managed pools only)."),
		),
		b.appliesIf(on(repair), "Repair policy",
			b.triSelect("management.auto_repair_policy.restart_node", "Repair may restart nodes",
				"Allow a repair to reboot the node."),
			b.triSelect("management.auto_repair_policy.approval_required", "Approval required",
				"Wait for your approval before each repair."),
			b.input("management.auto_repair_policy.max_parallel_repairing_nodes", "Parallel repairs",
				"Nodes repaired at once: a count (1–100000) or a percentage such as 10%. Default 1."),
			b.input("management.auto_repair_policy.max_unhealthy_nodes_threshold", "Stop repairing above",
				"Unhealthy nodes (count or %) above which self-healing pauses, a circuit breaker. Default 100%."),
		),
		b.appliesIf(managed, "CVE patching",
			b.triSelectOn(vulFix, "management.auto_vul_fix", "Patch CVEs automatically",
				"Install security fixes for OS packages automatically."),
		),
		b.appliesIf(on(vulFix), "CVE policy",
			multiEnum(b, levels, "management.auto_vul_fix_policy.vul_level", "Severities",
				"Which CVEs to fix: asap (high), later (medium), nntf (low). None ticked: the default, asap."),
			b.triSelect("management.auto_vul_fix_policy.restart_node", "Patching may restart nodes",
				"Allow a fix that needs a reboot (such as a kernel) to restart the node."),
			b.input("management.auto_vul_fix_policy.exclude_packages", "Excluded packages",
				"Comma-separated packages never patched automatically. Default: kernel."),
		),
		b.appliesIf(managed, "Auto upgrade",
			b.triSelectOn(upgrade, "management.auto_upgrade", "Upgrade automatically",
				"Upgrade node components automatically in the maintenance window."),
		),
		b.appliesIf(on(upgrade), "Upgrade scope",
			b.triSelect("management.auto_upgrade_policy.auto_upgrade_kubelet", "Kubelet", "Allow kubelet upgrades (default on)."),
			b.triSelect("management.auto_upgrade_policy.auto_upgrade_runtime", "Container runtime",
				"Allow container runtime upgrades (default on)."),
			b.triSelect("management.auto_upgrade_policy.auto_upgrade_os", "Operating system",
				"Allow OS upgrades (default off)."),
		),
		b.appliesIf(managed, "Rolling upgrades",
			b.number("management.upgrade_config.surge", "Surge nodes",
				"Extra nodes added during an upgrade. Set this or the percentage, not both."),
			b.number("management.upgrade_config.surge_percentage", "Surge %",
				"Extra nodes during an upgrade as a percentage of the pool."),
			b.number("management.upgrade_config.max_unavailable", "Max unavailable",
				"Most nodes down at once during an upgrade, 1–1000. Default 1."),
		),
	)
}
