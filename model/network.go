package model

import (
	"strings"
	"unicode"
)

// checkLogin applies R040 (key pair or password, not both) and R041 (ContainerOS needs a key pair).
func checkLogin(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	if str(sg.KeyPair) != "" && sg.LoginPassword != nil {
		r.errorf("R040", "scaling_group.login_password", "set together with scaling_group.key_pair; use either a key pair or a password")
	}
	if str(sg.ImageType) == "ContainerOS" && str(sg.LoginPassword) != "" {
		r.errorf("R041", "scaling_group.login_password", "ContainerOS images only support key pair login; remove the password and set scaling_group.key_pair")
	}
}

// passwordSpecials are the special characters ECS accepts in an instance password.
const passwordSpecials = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/"

// checkPassword applies R220 beyond the length (checked from the reference): character
// classes, allowed characters, and the Windows leading '/'. The password is never echoed.
func checkPassword(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || sg.LoginPassword == nil {
		return
	}
	const path = "scaling_group.login_password"
	pw := *sg.LoginPassword
	if pw == Mask {
		r.errorf("R220", path, "is the mask %s, not a password: the body was saved from a masked preview or export; set the real password (e.g. --set scaling_group.login_password=...) or remove the field", Mask)
		return
	}
	var upper, lower, digit, special bool
	for _, c := range pw {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digit = true
		case strings.ContainsRune(passwordSpecials, c):
			special = true
		default:
			r.errorf("R220", path, "contains a character ECS does not accept; use letters, digits and %s", passwordSpecials)
			return
		}
	}
	classes := 0
	for _, ok := range []bool{upper, lower, digit, special} {
		if ok {
			classes++
		}
	}
	if classes < 3 {
		r.errorf("R220", path, "uses %d of the 4 character classes; use at least 3 of upper case, lower case, digits and special characters", classes)
	}
	if strings.HasPrefix(pw, "/") && isWindows(str(sg.ImageType)) {
		r.errorf("R220", path, "must not start with '/' on Windows images")
	}
}

func isWindows(imageType string) bool { return strings.HasPrefix(imageType, "Windows") }

// checkPublicIP warns when only one of the two public IP settings is given (R221).
func checkPublicIP(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	if sg.InternetChargeType != nil && sg.InternetMaxBandwidthOut == nil {
		r.warnf("R221", "scaling_group.internet_max_bandwidth_out", "not set although internet_charge_type is; nodes get a public IP only with a bandwidth of 1–100 Mbit/s")
	}
	if sg.InternetMaxBandwidthOut != nil && sg.InternetChargeType == nil {
		r.warnf("R221", "scaling_group.internet_charge_type", "not set although internet_max_bandwidth_out is; choose PayByBandwidth or PayByTraffic")
	}
}

// checkSecurityGroups warns above the ECS limit of 5 security groups per instance (R224).
func checkSecurityGroups(np *NodePool, r *report) {
	if sg := np.ScalingGroup; sg != nil && len(sg.SecurityGroupIDs) > 5 {
		r.warnf("R224", "scaling_group.security_group_ids", "%d security groups; an ECS instance can join at most 5", len(sg.SecurityGroupIDs))
	}
}

// checkRAMRole applies R225: the reserved ACK role prefixes cannot be used.
func checkRAMRole(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || sg.RAMRoleName == nil {
		return
	}
	for _, prefix := range []string{"KubernetesMasterRole-", "KubernetesWorkerRole-"} {
		if strings.HasPrefix(*sg.RAMRoleName, prefix) {
			r.errorf("R225", "scaling_group.ram_role_name", "%q starts with the reserved prefix %s; use your own ECS service role, or leave it empty for the cluster's default role", *sg.RAMRoleName, prefix)
		}
	}
	if strings.IndexFunc(*sg.RAMRoleName, unicode.IsSpace) >= 0 {
		r.errorf("R225", "scaling_group.ram_role_name", "%q contains white space; RAM role names do not", *sg.RAMRoleName)
	}
}

// checkMetadataOptions warns that hardened-only IMDS access is restricted (R226).
func checkMetadataOptions(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg != nil && sg.InstanceMetadataOptions != nil && str(sg.InstanceMetadataOptions.HttpTokens) == "required" {
		r.warnf("R226", "scaling_group.instance_metadata_options.http_tokens", "\"required\" (hardened IMDS only) is limited to allowlisted accounts and ACK managed clusters 1.28 or later")
	}
}

// checkSOC applies R227: MLPS hardening needs an Alibaba Cloud Linux 2 or 3 image.
func checkSOC(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || !isTrue(sg.SOCEnabled) || sg.ImageType == nil {
		return
	}
	if !strings.HasPrefix(*sg.ImageType, "AliyunLinux") {
		r.errorf("R227", "scaling_group.soc_enabled", "MLPS hardening needs an Alibaba Cloud Linux 2 or 3 image; image_type is %s", *sg.ImageType)
	}
}

// checkPoolTypeFields applies R231 (edge-only fields) and R232 (Lingjun-only fields).
func checkPoolTypeFields(np *NodePool, r *report) {
	typ := ""
	if np.NodepoolInfo != nil {
		typ = str(np.NodepoolInfo.Type)
	}
	if typ != "edge" {
		if np.InterconnectMode != nil {
			r.warnf("R231", "interconnect_mode", "only applies to edge pools (nodepool_info.type=edge); it is ignored here")
		}
		if np.Intranet != nil {
			r.warnf("R231", "intranet", "only applies to edge pools (nodepool_info.type=edge); it is ignored here")
		}
	}
	if typ != "lingjun" && np.EfloNodeGroup != nil {
		r.warnf("R232", "eflo_node_group", "only applies to Lingjun pools (nodepool_info.type=lingjun); it is ignored here")
	}
}
