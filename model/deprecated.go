package model

import "slices"

// checkCountConflict reports count sent together with scaling_group.desired_size (R020).
func checkCountConflict(np *NodePool, r *report) {
	if np.Count != nil && np.ScalingGroup != nil && np.ScalingGroup.DesiredSize != nil {
		r.errorf("R020", "count", "set together with scaling_group.desired_size; send only scaling_group.desired_size")
	}
}

// checkDeprecatedConflicts reports deprecated fields whose replacement is set to
// something else (R045).
func checkDeprecatedConflicts(np *NodePool, r *report) {
	if sg := np.ScalingGroup; sg != nil {
		if sg.Platform != nil && sg.ImageType != nil && *sg.Platform != *sg.ImageType {
			r.errorf("R045", "scaling_group.platform", "%q conflicts with scaling_group.image_type %q; keep only image_type", *sg.Platform, *sg.ImageType)
		}
		if sg.CISEnabled != nil && sg.SecurityHardeningOS != nil && *sg.CISEnabled != *sg.SecurityHardeningOS {
			r.errorf("R045", "scaling_group.cis_enabled", "conflicts with scaling_group.security_hardening_os; keep only security_hardening_os")
		}
		for i, p := range sg.InstancePatterns {
			path := indexPath("scaling_group.instance_patterns", i)
			if p.Core != nil && p.Cores != nil && *p.Core != *p.Cores {
				r.errorf("R045", path+".core", "%d conflicts with cores %d; keep only cores", *p.Core, *p.Cores)
			}
			if len(p.Architectures) > 0 && len(p.CPUArchitectures) > 0 && !slices.Equal(p.Architectures, p.CPUArchitectures) {
				r.errorf("R045", path+".architectures", "conflicts with cpu_architectures; keep only cpu_architectures")
			}
		}
	}
	if m := np.Management; m != nil && m.UpgradeConfig != nil && m.UpgradeConfig.AutoUpgrade != nil &&
		m.AutoUpgrade != nil && *m.UpgradeConfig.AutoUpgrade != *m.AutoUpgrade {
		r.errorf("R045", "management.upgrade_config.auto_upgrade", "conflicts with management.auto_upgrade; keep only management.auto_upgrade")
	}
	if as := np.AutoScaling; as != nil && isTrue(as.IsBondEIP) && np.ScalingGroup != nil {
		sg := np.ScalingGroup
		if as.EIPInternetChargeType != nil && sg.InternetChargeType != nil && *as.EIPInternetChargeType != *sg.InternetChargeType {
			r.errorf("R045", "auto_scaling.eip_internet_charge_type", "conflicts with scaling_group.internet_charge_type; keep only the scaling_group setting")
		}
		if as.EIPBandwidth != nil && sg.InternetMaxBandwidthOut != nil && *as.EIPBandwidth != *sg.InternetMaxBandwidthOut {
			r.errorf("R045", "auto_scaling.eip_bandwidth", "conflicts with scaling_group.internet_max_bandwidth_out; keep only the scaling_group setting")
		}
	}
}

// checkSecurityGroupConflict applies R042/R045 to security_group_id with security_group_ids.
func checkSecurityGroupConflict(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || sg.SecurityGroupID == nil || len(sg.SecurityGroupIDs) == 0 {
		return
	}
	if slices.Contains(sg.SecurityGroupIDs, *sg.SecurityGroupID) {
		r.warnf("R042", "scaling_group.security_group_id", "set together with security_group_ids, which the service uses; remove security_group_id")
	} else {
		r.errorf("R045", "scaling_group.security_group_id", "%s is not in security_group_ids, which the service uses instead; the node would not join it", *sg.SecurityGroupID)
	}
}
