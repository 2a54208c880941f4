package model

import "slices"

// Migrate moves deprecated fields to their replacements and returns a warning for each
// field it moved. When a deprecated field and its replacement are both set with
// different meanings, nothing is moved and an error (R045, or R020 for count) says which
// to keep. Deprecated fields without a replacement are left alone (Validate warns about them).
func Migrate(np *NodePool) Problems {
	r := &report{}
	if np == nil {
		return nil
	}
	migrateCount(np, r)
	if sg := np.ScalingGroup; sg != nil {
		migrateScalingGroup(np, sg, r)
		for i := range sg.InstancePatterns {
			migratePattern(&sg.InstancePatterns[i], indexPath("scaling_group.instance_patterns", i), r)
		}
	}
	migrateEIP(np, r)
	migrateUpgradeConfig(np, r)
	return r.problems
}

func migrateCount(np *NodePool, r *report) {
	if np.Count == nil {
		return
	}
	if np.ScalingGroup != nil && np.ScalingGroup.DesiredSize != nil {
		if *np.ScalingGroup.DesiredSize != *np.Count {
			r.errorf("R020", "count", "count (%d) and scaling_group.desired_size (%d) disagree; keep only scaling_group.desired_size", *np.Count, *np.ScalingGroup.DesiredSize)
			return
		}
	} else {
		if np.ScalingGroup == nil {
			np.ScalingGroup = &ScalingGroup{}
		}
		np.ScalingGroup.DesiredSize = ptr(*np.Count)
	}
	np.Count = nil
	r.warnf("R020", "count", "deprecated; moved to scaling_group.desired_size")
}

// migrateScalar moves *old into *repl when repl is unset or equal; it reports a conflict otherwise.
func migrateScalar[T comparable](old, repl **T, oldPath, replPath, rule string, r *report) {
	if *old == nil {
		return
	}
	if *repl != nil && **repl != **old {
		r.errorf("R045", oldPath, "deprecated and set differently from %s; keep only %s", replPath, replPath)
		return
	}
	*repl, *old = *old, nil
	r.warnf(rule, oldPath, "deprecated; moved to %s", replPath)
}

func migrateScalingGroup(np *NodePool, sg *ScalingGroup, r *report) {
	migrateScalar(&sg.Platform, &sg.ImageType, "scaling_group.platform", "scaling_group.image_type", "R022", r)
	migrateScalar(&sg.CISEnabled, &sg.SecurityHardeningOS, "scaling_group.cis_enabled", "scaling_group.security_hardening_os", "R023", r)
	if sg.SecurityGroupID != nil {
		id := *sg.SecurityGroupID
		switch {
		case len(sg.SecurityGroupIDs) == 0:
			sg.SecurityGroupIDs = []string{id}
		case !slices.Contains(sg.SecurityGroupIDs, id):
			r.errorf("R045", "scaling_group.security_group_id", "%s is not in scaling_group.security_group_ids, which the service uses instead; add it there and remove security_group_id", id)
			return
		}
		sg.SecurityGroupID = nil
		r.warnf("R024", "scaling_group.security_group_id", "deprecated; moved to scaling_group.security_group_ids")
	}
}

func migratePattern(p *InstancePattern, path string, r *report) {
	migrateScalar(&p.Core, &p.Cores, path+".core", path+".cores", "R028", r)
	if len(p.Architectures) > 0 {
		if len(p.CPUArchitectures) > 0 && !slices.Equal(p.Architectures, p.CPUArchitectures) {
			r.errorf("R045", path+".architectures", "deprecated and different from cpu_architectures; keep only cpu_architectures")
			return
		}
		p.CPUArchitectures, p.Architectures = p.Architectures, nil
		r.warnf("R028", path+".architectures", "deprecated; moved to %s.cpu_architectures", path)
	}
}

// migrateEIP turns the old EIP switches of auto_scaling into scaling_group's public IP settings.
func migrateEIP(np *NodePool, r *report) {
	as := np.AutoScaling
	if as == nil || (as.IsBondEIP == nil && as.EIPInternetChargeType == nil && as.EIPBandwidth == nil) {
		return
	}
	if isTrue(as.IsBondEIP) {
		if np.ScalingGroup == nil {
			np.ScalingGroup = &ScalingGroup{}
		}
		sg := np.ScalingGroup
		charge := ptr(str(as.EIPInternetChargeType))
		if *charge == "" {
			charge = ptr("PayByBandwidth")
		}
		if (sg.InternetChargeType != nil && *sg.InternetChargeType != *charge) ||
			(as.EIPBandwidth != nil && sg.InternetMaxBandwidthOut != nil && *sg.InternetMaxBandwidthOut != *as.EIPBandwidth) {
			r.errorf("R045", "auto_scaling.is_bond_eip", "the old EIP settings disagree with scaling_group.internet_charge_type/internet_max_bandwidth_out; keep only the scaling_group ones")
			return
		}
		sg.InternetChargeType = charge
		if as.EIPBandwidth != nil {
			sg.InternetMaxBandwidthOut = ptr(*as.EIPBandwidth)
		}
		r.warnf("R021", "auto_scaling.is_bond_eip", "deprecated; moved to scaling_group.internet_charge_type and scaling_group.internet_max_bandwidth_out")
	} else {
		r.warnf("R021", "auto_scaling.is_bond_eip", "deprecated EIP settings without is_bond_eip=true have no effect; removed")
	}
	as.IsBondEIP, as.EIPInternetChargeType, as.EIPBandwidth = nil, nil, nil
}

func migrateUpgradeConfig(np *NodePool, r *report) {
	m := np.Management
	if m == nil || m.UpgradeConfig == nil {
		return
	}
	migrateScalar(&m.UpgradeConfig.AutoUpgrade, &m.AutoUpgrade, "management.upgrade_config.auto_upgrade", "management.auto_upgrade", "R025", r)
	if *m.UpgradeConfig == (UpgradeConfig{}) {
		m.UpgradeConfig = nil
	}
}
