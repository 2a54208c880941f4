package api

import (
	"strings"

	"ackpool/model"
)

// fieldRule ties a cloud error code (or a family of codes, by prefix) to the request
// field it is about.
type fieldRule struct {
	code   string
	prefix bool
	path   string
}

// fieldRules are the codes whose field is known. The first match wins, so exact
// codes come before the prefixes that would also match them.
var fieldRules = []fieldRule{
	{code: "InvalidParameter.Name", path: "nodepool_info.name"},
	{code: "InvalidVSwitchId.IpNotEnough", path: "scaling_group.vswitch_ids"},
	{code: "InvalidInstanceType.NotSupportDiskCategory", path: "scaling_group.system_disk_category"},
	{code: "InvalidParameter.VSwitchIds", path: "scaling_group.vswitch_ids"},
	{code: "InvalidVSwitchId", prefix: true, path: "scaling_group.vswitch_ids"},
	{code: "InvalidParameter.InstanceTypes", path: "scaling_group.instance_types"},
	{code: "InvalidInstanceType", prefix: true, path: "scaling_group.instance_types"},
	{code: "OperationDenied.NoStock", prefix: true, path: "scaling_group.instance_types"},
	{code: "NoStock", prefix: true, path: "scaling_group.instance_types"},
	{code: "InvalidParameter.SecurityGroupIds", path: "scaling_group.security_group_ids"},
	{code: "InvalidSecurityGroupId", prefix: true, path: "scaling_group.security_group_ids"},
	{code: "InvalidParameter.KeyPair", path: "scaling_group.key_pair"},
	{code: "InvalidKeyPair", prefix: true, path: "scaling_group.key_pair"},
	{code: "InvalidParameter.ResourceGroupId", path: "nodepool_info.resource_group_id"},
	{code: "InvalidImageId", prefix: true, path: "scaling_group.image_id"},
	{code: "ErrorClusterNotFound", path: "ClusterId"},
}

// Field returns the wire path of the request field a rejection is about, or "" when
// it cannot tell: the field its code is known to concern, else the longest wire path
// of the request that its message names.
func (e *Error) Field() string {
	if e == nil {
		return ""
	}
	for _, r := range fieldRules {
		if e.Code == r.code || r.prefix && strings.HasPrefix(e.Code, r.code) {
			return r.path
		}
	}
	best := ""
	for _, fi := range model.Fields() {
		if p := strings.ReplaceAll(fi.Path, "[]", ""); len(p) > len(best) && strings.Contains(e.Message, p) {
			best = fi.Path
		}
	}
	return strings.ReplaceAll(best, "[]", "")
}
