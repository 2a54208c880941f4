package forms

import (
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// ShowAdvancedKey is the key of the advanced step's "Show advanced options?" confirm;
// it is not a request field.
const ShowAdvancedKey = "show_advanced"

// advancedPaths are the request parts the advanced step edits; the step starts
// unfolded when the request already sets any of them.
var advancedPaths = []string{
	model.PathScalingGroupRAMRoleName, model.PathScalingGroupInstanceMetadataOptions, model.PathScalingGroupPrivatePoolOptions,
	model.PathScalingGroupResourcePoolOptions, model.PathTEEConfig, model.PathAutoMode, model.PathNodeComponents, model.PathNodeConfig,
	model.PathScalingGroupInstancePatterns, model.PathScalingGroupCPUOptions, model.PathScalingGroupSpotInstanceRemedy,
	model.PathScalingGroupRDSInstances, model.PathScalingGroupSOCEnabled, model.PathScalingGroupTags,
	model.PathInterconnectMode, model.PathIntranet, model.PathHostNetwork, model.PathEfloNodeGroup,
}

// advancedStep is folded by default; unfolded it covers identity and metadata access,
// confidential computing and auto mode, tags, private and resource pools, attribute-based
// instance selection, node components, the kubelet configuration, and the fields of
// edge and Lingjun pools (shown only for those pool types).
func advancedStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	show := new(bool)
	*show = anySet(np, advancedPaths)
	shown := func() bool { return *show }
	poolType := func() string { return model.MustPath(model.PathNodepoolInfoType).Text(b.np) }

	groups := []*huh.Group{
		b.group("Advanced",
			b.newConfirm().
				Key(ShowAdvancedKey).
				Title("Show advanced options?").
				Description("RAM role, metadata access, TEE, pools, node components, kubelet settings, edge and Lingjun fields.").
				Affirmative("Show").
				Negative("Skip").
				Value(show),
		),
		b.group("Identity and security",
			b.field(model.PathScalingGroupRAMRoleName),
			b.field(model.PathScalingGroupInstanceMetadataOptionsHttpTokens),
			b.field(model.PathScalingGroupSOCEnabled),
			b.field(model.PathTEEConfigTEEEnable),
			b.field(model.PathAutoModeEnable),
			b.field(model.PathScalingGroupCPUOptionsNestedVirtualization),
		),
		b.group("Instances",
			b.field(model.PathScalingGroupSpotInstanceRemedy),
			b.field(model.PathScalingGroupRDSInstances),
			listText(b, model.PathScalingGroupTags, tagCodec),
			listText(b, model.PathScalingGroupInstancePatterns, instancePatternCodec),
		),
		b.group("Private and resource pools",
			b.field(model.PathScalingGroupPrivatePoolOptionsMatchCriteria),
			b.field(model.PathScalingGroupPrivatePoolOptionsID),
			b.field(model.PathScalingGroupResourcePoolOptionsStrategy),
			b.field(model.PathScalingGroupResourcePoolOptionsPrivatePoolIDs),
		),
		b.group("Node components",
			listText(b, model.PathNodeComponents, nodeComponentCodec),
		),
	}
	for _, g := range kubeletGroups(b) {
		groups = append(groups, g)
	}
	groups = append(groups,
		b.groupIf(func() bool { return shown() && poolType() == "edge" }, "Edge pool",
			b.field(model.PathInterconnectMode),
			b.field(model.PathIntranet),
			b.field(model.PathHostNetwork),
		),
		b.groupIf(func() bool { return shown() && poolType() == "lingjun" }, "Lingjun pool",
			b.field(model.PathEfloNodeGroupClusterID),
			b.field(model.PathEfloNodeGroupGroupID),
			b.field(model.PathEfloNodeGroupWorkerRAMRoleName),
			b.field(model.PathEfloNodeGroupAutoAttachEnabled),
		),
	)
	for _, g := range groups[1 : len(groups)-2] {
		b.showWhen(g, shown)
	}
	return b.step(StepAdvanced, "Advanced", []string{model.PathNodeConfig, model.PathTEEConfig, model.PathAutoMode, model.PathEfloNodeGroup, model.PathInterconnectConfig, model.PathMaxNodes}, groups...)
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
