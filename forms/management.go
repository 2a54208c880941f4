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
	enabled := b.tri(model.PathManagementEnable)
	repair := b.tri(model.PathManagementAutoRepair)
	vulFix := b.tri(model.PathManagementAutoVulFix)
	upgrade := b.tri(model.PathManagementAutoUpgrade)

	// vul_level is a comma-separated string on the wire; the form offers a multi-select.
	levelSlot := model.MustPath(model.PathManagementAutoVulFixPolicyVulLevel)
	levels := new([]string)
	*levels = splitList(levelSlot.Text(np))
	b.onSync(func(np *model.NodePool) { setText(np, levelSlot, strings.Join(*levels, ",")) })

	managed := func() bool { return *enabled == triOn }
	// The three features default to on, so their policies show unless turned off.
	on := func(v *string) func() bool {
		return func() bool { return managed() && *v != triOff }
	}
	return b.step(StepManagement, "Management", []string{model.PathManagement},
		b.group("Managed node pool",
			b.triSelectOn(enabled, model.PathManagementEnable),
		),
		b.appliesIf(managed, "Auto repair",
			b.triSelectOn(repair, model.PathManagementAutoRepair),
			b.field(model.PathManagementAutoFaultDiagnosis),
			b.field(model.PathManagementDriftEnabled),
		),
		b.appliesIf(on(repair), "Repair policy",
			b.field(model.PathManagementAutoRepairPolicyRestartNode),
			b.field(model.PathManagementAutoRepairPolicyApprovalRequired),
			b.field(model.PathManagementAutoRepairPolicyMaxParallelRepairingNodes),
			b.field(model.PathManagementAutoRepairPolicyMaxUnhealthyNodesThreshold),
		),
		b.appliesIf(managed, "CVE patching",
			b.triSelectOn(vulFix, model.PathManagementAutoVulFix),
		),
		b.appliesIf(on(vulFix), "CVE policy",
			multiEnum(b, levels, model.PathManagementAutoVulFixPolicyVulLevel),
			b.field(model.PathManagementAutoVulFixPolicyRestartNode),
			b.field(model.PathManagementAutoVulFixPolicyExcludePackages),
		),
		b.appliesIf(managed, "Auto upgrade",
			b.triSelectOn(upgrade, model.PathManagementAutoUpgrade),
		),
		b.appliesIf(on(upgrade), "Upgrade scope",
			b.field(model.PathManagementAutoUpgradePolicyAutoUpgradeKubelet),
			b.field(model.PathManagementAutoUpgradePolicyAutoUpgradeRuntime),
			b.field(model.PathManagementAutoUpgradePolicyAutoUpgradeOS),
		),
		b.appliesIf(managed, "Rolling upgrades",
			b.field(model.PathManagementUpgradeConfigSurge),
			b.field(model.PathManagementUpgradeConfigSurgePercentage),
			b.field(model.PathManagementUpgradeConfigMaxUnavailable),
		),
	)
}
