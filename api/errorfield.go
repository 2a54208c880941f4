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
	{code: "InvalidParameter.Name", path: model.PathNodepoolInfoName},
	{code: "InvalidVSwitchId.IpNotEnough", path: model.PathScalingGroupVSwitchIDs},
	{code: "InvalidInstanceType.NotSupportDiskCategory", path: model.PathScalingGroupSystemDiskCategory},
	{code: "InvalidParameter.VSwitchIds", path: model.PathScalingGroupVSwitchIDs},
	{code: "InvalidVSwitchId", prefix: true, path: model.PathScalingGroupVSwitchIDs},
	{code: "InvalidParameter.InstanceTypes", path: model.PathScalingGroupInstanceTypes},
	{code: "InvalidInstanceType", prefix: true, path: model.PathScalingGroupInstanceTypes},
	{code: "OperationDenied.NoStock", prefix: true, path: model.PathScalingGroupInstanceTypes},
	{code: "NoStock", prefix: true, path: model.PathScalingGroupInstanceTypes},
	{code: "InvalidParameter.SecurityGroupIds", path: model.PathScalingGroupSecurityGroupIDs},
	{code: "InvalidSecurityGroupId", prefix: true, path: model.PathScalingGroupSecurityGroupIDs},
	{code: "InvalidParameter.KeyPair", path: model.PathScalingGroupKeyPair},
	{code: "InvalidKeyPair", prefix: true, path: model.PathScalingGroupKeyPair},
	{code: "InvalidParameter.ResourceGroupId", path: model.PathNodepoolInfoResourceGroupID},
	{code: "InvalidImageId", prefix: true, path: model.PathScalingGroupImageID},
	{code: "ErrorClusterNotFound", path: model.PathClusterID},
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
	for fi := range model.EachField {
		if p := strings.ReplaceAll(fi.Path, "[]", ""); len(p) > len(best) && strings.Contains(e.Message, p) {
			best = fi.Path
		}
	}
	return strings.ReplaceAll(best, "[]", "")
}
