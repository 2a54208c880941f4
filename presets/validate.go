package presets

import (
	"strings"

	"ackpool/model"
)

// AccountSpecificPaths returns the wire paths a preset normally leaves out because
// their values belong to one account or cluster (vSwitches, security groups, key pair,
// ...; the field table's account column): they are filled in when the preset is applied
// (by the wizard's pick-lists or --set). Built-in presets set none of them.
func AccountSpecificPaths() []string {
	var out []string
	for fi := range model.EachField {
		if fi.AccountSpecific {
			out = append(out, fi.Path)
		}
	}
	return out
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
		placeholders = append(placeholders, model.PathScalingGroupVSwitchIDs)
	}
	if filled.NodepoolInfo == nil {
		filled.NodepoolInfo = &model.NodepoolInfo{}
	}
	if filled.NodepoolInfo.Name == nil || *filled.NodepoolInfo.Name == "" {
		name := "placeholder"
		filled.NodepoolInfo.Name = &name
		placeholders = append(placeholders, model.PathNodepoolInfoName)
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
