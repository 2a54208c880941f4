package presets

import (
	"strings"

	"ackpool/model"
)

// AccountSpecificPaths returns the wire paths a preset normally leaves out because
// their values belong to one account or cluster (vSwitches, security groups, key pair,
// ...): they are filled in when the preset is applied (by the wizard's pick-lists or
// --set). Built-in presets set none of them.
func AccountSpecificPaths() []string {
	return []string{
		"scaling_group.vswitch_ids",
		"scaling_group.security_group_ids",
		"scaling_group.security_group_id",
		"scaling_group.key_pair",
		"scaling_group.image_id",
		"scaling_group.deploymentset_id",
		"scaling_group.rds_instances",
		"scaling_group.private_pool_options.id",
		"scaling_group.resource_pool_options.private_pool_ids",
		"scaling_group.system_disk_kms_key_id",
		"scaling_group.system_disk_snapshot_policy_id",
		"nodepool_info.resource_group_id",
		"eflo_node_group.cluster_id",
		"eflo_node_group.group_id",
	}
}

// Validate checks a preset's request as a partial request: it runs model.Validate on a
// copy in which the required values that only exist per cluster (the vSwitches and,
// when unset, the pool name) hold placeholders, and drops the problems about those
// placeholders. Every other rule applies exactly as for a full request, so a preset
// that passes Validate becomes a valid request once the cluster's values are filled in.
func Validate(np *model.NodePool) model.Problems {
	if np == nil {
		np = &model.NodePool{}
	}
	filled := np.Clone()
	var placeholders []string
	if filled.ScalingGroup == nil {
		filled.ScalingGroup = &model.ScalingGroup{}
	}
	if len(filled.ScalingGroup.VSwitchIDs) == 0 {
		filled.ScalingGroup.VSwitchIDs = []string{"vsw-placeholder0", "vsw-placeholder1"}
		placeholders = append(placeholders, "scaling_group.vswitch_ids")
	}
	if filled.NodepoolInfo == nil {
		filled.NodepoolInfo = &model.NodepoolInfo{}
	}
	if filled.NodepoolInfo.Name == nil || *filled.NodepoolInfo.Name == "" {
		name := "placeholder"
		filled.NodepoolInfo.Name = &name
		placeholders = append(placeholders, "nodepool_info.name")
	}
	var out model.Problems
	for _, p := range model.Validate(filled) {
		if !underAny(p.Path, placeholders) {
			out = append(out, p)
		}
	}
	return out
}

// underAny reports whether path is one of prefixes or inside one of them.
func underAny(path string, prefixes []string) bool {
	for _, pre := range prefixes {
		if path == pre || strings.HasPrefix(path, pre+".") || strings.HasPrefix(path, pre+"[") {
			return true
		}
	}
	return false
}
