package steps

import (
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/model"
)

// advancedPaths are the request parts the advanced step edits (the field table's rows
// of the step, lists and objects standing for their items, deprecated fields left out);
// the step starts unfolded when the request already sets any of them.
func advancedPaths() []string {
	var out []string
	for fi := range model.EachField {
		if fi.Step == forms.StepAdvanced && !fi.Deprecated && !strings.Contains(fi.Path, "[]") {
			out = append(out, fi.Path)
		}
	}
	return out
}

// advancedStep is folded by default; unfolded it covers identity and metadata access,
// confidential computing and auto mode, tags, private and resource pools, attribute-based
// instance selection, node components, the kubelet configuration, and the fields of
// edge and Lingjun pools (shown only for those pool types).
func advancedStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	show := new(bool)
	*show = anySet(np, advancedPaths())
	shown := func() bool { return *show }
	poolType := func() string { return model.MustPath(model.PathNodepoolInfoType).Text(b.Request) }

	groups := []*huh.Group{
		b.Group("Advanced",
			b.NewConfirm().
				Key(forms.ShowAdvancedKey).
				Title("Show advanced options?").
				Description("RAM role, metadata access, TEE, pools, node components, kubelet settings, edge and Lingjun fields.").
				Affirmative("Show").
				Negative("Skip").
				Value(show),
		),
		b.Group("Identity and security",
			b.Field(model.PathScalingGroupRAMRoleName),
			b.Field(model.PathScalingGroupInstanceMetadataOptionsHttpTokens),
			b.Field(model.PathScalingGroupSOCEnabled),
			b.Field(model.PathTEEConfigTEEEnable),
			b.Field(model.PathAutoModeEnable),
			b.Field(model.PathScalingGroupCPUOptionsNestedVirtualization),
		),
		b.Group("Instances",
			b.Field(model.PathScalingGroupSpotInstanceRemedy),
			b.Field(model.PathScalingGroupRDSInstances),
			forms.ListText(b, model.PathScalingGroupTags, tagCodec()),
			forms.ListText(b, model.PathScalingGroupInstancePatterns, instancePatternCodec()),
		),
		b.Group("Private and resource pools",
			b.Field(model.PathScalingGroupPrivatePoolOptionsMatchCriteria),
			b.Field(model.PathScalingGroupPrivatePoolOptionsID),
			b.Field(model.PathScalingGroupResourcePoolOptionsStrategy),
			b.Field(model.PathScalingGroupResourcePoolOptionsPrivatePoolIDs),
		),
		b.Group("Node components",
			forms.ListText(b, model.PathNodeComponents, nodeComponentCodec()),
		),
	}
	for _, g := range kubeletGroups(b) {
		groups = append(groups, g)
	}
	groups = append(groups,
		b.GroupIf(func() bool { return shown() && poolType() == "edge" }, "Edge pool",
			b.Field(model.PathInterconnectMode),
			b.Field(model.PathIntranet),
			b.Field(model.PathHostNetwork),
		),
		b.GroupIf(func() bool { return shown() && poolType() == "lingjun" }, "Lingjun pool",
			b.Field(model.PathEfloNodeGroupClusterID),
			b.Field(model.PathEfloNodeGroupGroupID),
			b.Field(model.PathEfloNodeGroupWorkerRAMRoleName),
			b.Field(model.PathEfloNodeGroupAutoAttachEnabled),
		),
	)
	for _, g := range groups[1 : len(groups)-2] {
		b.ShowWhen(g, shown)
	}
	return b.Step(forms.StepAdvanced, "Advanced", []string{model.PathNodeConfig, model.PathTEEConfig, model.PathAutoMode, model.PathEfloNodeGroup, model.PathInterconnectConfig, model.PathMaxNodes}, groups...)
}

// anySet reports whether the request sets any of the paths.
func anySet(np *model.NodePool, paths []string) bool {
	for _, p := range paths {
		if model.MustPath(p).IsSet(np) {
			return true
		}
	}
	return false
}
