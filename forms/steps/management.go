package steps

import (
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

// managementStep covers managed node pool features: the master switch, auto repair
// and its policy, CVE patching and its policy, auto upgrade and its scope, and the
// rolling-upgrade surge and unavailability limits.
func managementStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	enabled := b.Tri(model.PathManagementEnable)
	repair := b.Tri(model.PathManagementAutoRepair)
	vulFix := b.Tri(model.PathManagementAutoVulFix)
	upgrade := b.Tri(model.PathManagementAutoUpgrade)

	// vul_level is a comma-separated string on the wire; the form offers a multi-select.
	levelSlot := model.MustPath(model.PathManagementAutoVulFixPolicyVulLevel)
	levels := new([]string)
	*levels = forms.SplitList(levelSlot.Text(np))
	b.OnSync(func(np *model.NodePool) { forms.SetText(np, levelSlot, strings.Join(*levels, ",")) })

	managed := func() bool { return *enabled == forms.TriOn }
	// The three features default to on, so their policies show unless turned off.
	on := func(v *string) func() bool {
		return func() bool { return managed() && *v != forms.TriOff }
	}
	return b.Step(forms.StepManagement, "Management", []string{model.PathManagement},
		b.Group("Managed node pool",
			b.TriSelectOn(enabled, model.PathManagementEnable),
		),
		b.AppliesIf(managed, "Auto repair",
			b.TriSelectOn(repair, model.PathManagementAutoRepair),
			b.Field(model.PathManagementAutoFaultDiagnosis),
			b.Field(model.PathManagementDriftEnabled),
		),
		b.AppliesIf(on(repair), "Repair policy",
			b.Field(model.PathManagementAutoRepairPolicyRestartNode),
			b.Field(model.PathManagementAutoRepairPolicyApprovalRequired),
			b.Field(model.PathManagementAutoRepairPolicyMaxParallelRepairingNodes),
			b.Field(model.PathManagementAutoRepairPolicyMaxUnhealthyNodesThreshold),
		),
		b.AppliesIf(managed, "CVE patching",
			b.TriSelectOn(vulFix, model.PathManagementAutoVulFix),
		),
		b.AppliesIf(on(vulFix), "CVE policy",
			forms.MultiEnum(b, levels, model.PathManagementAutoVulFixPolicyVulLevel),
			b.Field(model.PathManagementAutoVulFixPolicyRestartNode),
			b.Field(model.PathManagementAutoVulFixPolicyExcludePackages),
		),
		b.AppliesIf(managed, "Auto upgrade",
			b.TriSelectOn(upgrade, model.PathManagementAutoUpgrade),
		),
		b.AppliesIf(on(upgrade), "Upgrade scope",
			b.Field(model.PathManagementAutoUpgradePolicyAutoUpgradeKubelet),
			b.Field(model.PathManagementAutoUpgradePolicyAutoUpgradeRuntime),
			b.Field(model.PathManagementAutoUpgradePolicyAutoUpgradeOS),
		),
		b.AppliesIf(managed, "Rolling upgrades",
			b.Field(model.PathManagementUpgradeConfigSurge),
			b.Field(model.PathManagementUpgradeConfigSurgePercentage),
			b.Field(model.PathManagementUpgradeConfigMaxUnavailable),
		),
	)
}
