package model

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// ruleFunc is a hand-written cross-field rule: it reads the request and reports problems.
type ruleFunc func(np *NodePool, r *report)

// crossRules lists the hand-written rules, grouped by topic in their own files.
var crossRules = sync.OnceValue(func() []ruleFunc {
	return []ruleFunc{
		// shape and deprecations (required.go, deprecated.go)
		checkRequiredObjects, checkPoolName, checkInstanceTypes, checkVSwitches,
		checkCountConflict, checkDeprecatedConflicts, checkSecurityGroupConflict,
		// login and exclusive choices (network.go)
		checkLogin, checkPassword, checkPublicIP, checkSecurityGroups, checkRAMRole,
		checkMetadataOptions, checkSOC, checkPoolTypeFields,
		// billing and pools (billing.go)
		checkSubscription, checkSpot, checkMultiAZ, checkPools,
		// disks (disks.go)
		checkSystemDisk, checkDataDisks, checkHighDensity,
		// management and scaling (management.go, scaling.go)
		checkManagement, checkUpgradeConfig, checkAutoScaling, checkDesiredSize, checkDeploymentSet,
		// Kubernetes and kubelet (kubernetes.go, kubelet.go)
		checkNodeNameMode, checkLabels, checkTaints, checkTags, checkTEE,
		checkKubeletGeneral, checkKubeletRanges, checkKubeletMaps,
		// instance patterns (patterns.go)
		checkInstancePatterns,
	}
})

// Validate checks the whole request body against every rule of the reference
// (R001–R234 that can be checked without the cloud) and returns the problems found,
// sorted by path. Data-driven checks (enums, ranges, lengths, patterns, formats,
// required fields, deprecations) come from the embedded field reference; cross-field
// rules are hand-written. A nil request is treated as empty. Validate does not change np.
func Validate(np *NodePool) Problems {
	if np == nil {
		np = &NodePool{}
	}
	r := &report{}
	validationPlan().walk(r, reflect.ValueOf(np).Elem(), "")
	for _, rule := range crossRules() {
		rule(np, r)
	}
	return sortByPath(r.problems)
}

// sortByPath orders problems by path, keeping the order of problems on the same path.
// It sorts indexes and copies once, which is much cheaper than moving the structs.
func sortByPath(ps Problems) Problems {
	if len(ps) < 2 {
		return ps
	}
	idx := make([]int32, len(ps))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return strings.Compare(ps[a].Path, ps[b].Path) })
	out := make(Problems, len(ps))
	for i, j := range idx {
		out[i] = ps[j]
	}
	return out
}

// ValidateClusterID checks the ClusterId path parameter (R001): it is required and,
// because it is placed in the URL path, must not contain spaces, slashes or control characters.
func ValidateClusterID(id string) Problems {
	r := &report{}
	switch {
	case strings.TrimSpace(id) == "":
		r.errorf("R001", "ClusterId", "required; the ID of the cluster that gets the pool, e.g. c61da77e8bfbc4c4c999af2b51b65xxxx")
	case strings.ContainsFunc(id, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsControl(c) || c == '/' }):
		r.errorf("R001", "ClusterId", "%q is not a cluster ID; it must not contain spaces, slashes or control characters", id)
	}
	return r.problems
}

// CheckField validates one field's proposed raw value (as typed) in the context of
// the whole request: it sets raw at path on a copy of np, validates, and returns the
// problems that concern that path (the path itself, its elements and its children).
// A value that cannot be converted to the field's type is reported as an R008 error.
// np is not changed.
func CheckField(np *NodePool, path string, raw string) Problems {
	c := np.Clone()
	if c == nil {
		c = &NodePool{}
	}
	if err := SetPath(c, path, raw); err != nil {
		msg := strings.TrimPrefix(err.Error(), path+": ")
		return Problems{{Path: path, Message: msg, Severity: SeverityError, Rule: "R008"}}
	}
	var out Problems
	for _, p := range Validate(c) {
		if Covers(path, p.Path) {
			out = append(out, p)
		}
	}
	return out
}
