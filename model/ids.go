package model

import "strings"

// idShape is how the IDs of one kind of cloud resource look: one of a few fixed
// prefixes followed by lowercase letters and digits (vsw-bp1s5fnvk4gn2tws03ms). The
// service refuses anything else, so a typo or a stray index ("1,3") is caught before
// the request is sent.
type idShape struct {
	what     string   // the resource, for messages: "vSwitch ID"
	prefixes []string // accepted prefixes, e.g. "vsw-"
	example  string   // a well-formed ID shown in messages
	loose    bool     // after the prefix also uppercase letters, '-', '_' and '.' (names, UUIDs)
}

// idRule is the rule ID under which malformed resource IDs are reported. It is
// ackpool's own: the reference types these fields only as strings.
const idRule = "R235"

// resourceIDShapes maps each request path that holds a resource ID (or a list of them)
// to the shape of those IDs.
func resourceIDShapes() map[string]idShape {
	vsw := idShape{what: "vSwitch ID", prefixes: []string{"vsw-"}, example: "vsw-bp1s5fnvk4gn2tws03ms"}
	sg := idShape{what: "security group ID", prefixes: []string{"sg-"}, example: "sg-bp1fgf7xd3ga1b9j3kfy"}
	sp := idShape{what: "automatic snapshot policy ID", prefixes: []string{"sp-"}, example: "sp-2zej1nogjvovnz4zdp1h"}
	kms := idShape{what: "KMS key ID", example: "0e478b7a-4262-4802-b8cb-00d3fb408df2", loose: true}
	pool := idShape{what: "private pool ID", prefixes: []string{"eap-", "crp-"}, example: "eap-bp67acfmxazb4ph4zg5b"}
	return map[string]idShape{
		"scaling_group.vswitch_ids":                            vsw,
		"scaling_group.security_group_ids":                     sg,
		"scaling_group.security_group_id":                      sg,
		"nodepool_info.resource_group_id":                      {what: "resource group ID", prefixes: []string{"rg-"}, example: "rg-acfmyvw3wjmb5ni"},
		"scaling_group.deploymentset_id":                       {what: "deployment set ID", prefixes: []string{"ds-"}, example: "ds-bp1d19mmbsv3jf6xgz2p"},
		"scaling_group.system_disk_snapshot_policy_id":         sp,
		"scaling_group.data_disks[].auto_snapshot_policy_id":   sp,
		"scaling_group.data_disks[].snapshot_id":               {what: "snapshot ID", prefixes: []string{"s-"}, example: "s-bp17441ohwkdca0mm3z6"},
		"scaling_group.system_disk_kms_key_id":                 kms,
		"scaling_group.data_disks[].kms_key_id":                kms,
		"scaling_group.private_pool_options.id":                pool,
		"scaling_group.resource_pool_options.private_pool_ids": pool,
		"scaling_group.image_id":                               {what: "image ID", example: "aliyun_3_x64_20G_alibase_20240819.vhd", loose: true},
		"eflo_node_group.group_id":                             {what: "Lingjun node group ID", prefixes: []string{"ng-"}, example: "ng-ec3c96ff0aa4c60d"},
		"interconnect_config.ccn_id":                           {what: "CCN instance ID", prefixes: []string{"ccn-"}, example: "ccn-qm5i0i0q9yi3tbqt9i"},
		"interconnect_config.cen_id":                           {what: "CEN instance ID", prefixes: []string{"cen-"}, example: "cen-7qthudw0ll6jmcrmxr"},
	}
}

// matches reports whether s has the shape.
func (s idShape) matches(v string) bool {
	rest, ok := v, len(s.prefixes) == 0
	for _, p := range s.prefixes {
		if strings.HasPrefix(v, p) {
			rest, ok = v[len(p):], true
			break
		}
	}
	if !ok || rest == "" || len(v) > 128 {
		return false
	}
	for _, c := range rest {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case s.loose && (c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// expected says what a well-formed ID looks like, for messages.
func (s idShape) expected() string {
	chars := "lowercase letters and digits"
	if s.loose {
		chars = "letters, digits, '-', '_' and '.'"
	}
	if len(s.prefixes) == 0 {
		return "a " + s.what + " of " + chars + " (at most 128), e.g. " + s.example
	}
	return "a " + s.what + ": " + strings.Join(s.prefixes, " or ") + " followed by " + chars + ", e.g. " + s.example
}

// checkID reports v at path when it is not shaped like the field's resource IDs.
// Empty values are left to the required and empty-item checks.
func (fp *fieldPlan) checkID(r *report, path string, v shownValue) {
	if fp.id == nil || strings.TrimSpace(v.s) == "" || fp.id.matches(v.s) {
		return
	}
	r.errorf(idRule, path, "%s is not %s", v, fp.id.expected())
}
