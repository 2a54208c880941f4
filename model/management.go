package model

// checkManagement applies R130 (managed features need management.enable), R131, R133 and
// R134 (policies need their switch), and R137 (node rotation is for intelligent managed pools).
func checkManagement(np *NodePool, r *report) {
	m := np.Management
	if m == nil {
		return
	}
	if !isTrue(m.Enable) {
		for _, f := range []struct {
			set  bool
			path string
		}{
			{m.AutoRepair != nil, "management.auto_repair"},
			{m.AutoUpgrade != nil, "management.auto_upgrade"},
			{m.AutoVulFix != nil, "management.auto_vul_fix"},
			{m.UpgradeConfig != nil, "management.upgrade_config"},
		} {
			if f.set {
				r.warnf("R130", f.path, "only takes effect when management.enable is true")
			}
		}
	}
	if m.AutoRepairPolicy != nil && isFalse(m.AutoRepair) {
		r.warnf("R131", "management.auto_repair_policy", "only used when auto_repair is true; ignored here")
	}
	if m.AutoUpgradePolicy != nil && isFalse(m.AutoUpgrade) {
		r.warnf("R133", "management.auto_upgrade_policy", "only used when auto_upgrade is true; ignored here")
	}
	if m.AutoVulFixPolicy != nil && isFalse(m.AutoVulFix) {
		r.warnf("R134", "management.auto_vul_fix_policy", "only used when auto_vul_fix is true; ignored here")
	}
	if isTrue(m.DriftEnabled) && (np.AutoMode == nil || !isTrue(np.AutoMode.Enable)) {
		r.warnf("R137", "management.drift_enabled", "node rotation is only supported by intelligent managed pools (auto_mode.enable=true)")
	}
}

// checkUpgradeConfig applies R043 (surge or surge_percentage, not both) and R136 (surge
// should not exceed the node count).
func checkUpgradeConfig(np *NodePool, r *report) {
	if np.Management == nil || np.Management.UpgradeConfig == nil {
		return
	}
	uc := np.Management.UpgradeConfig
	if uc.Surge != nil && uc.SurgePercentage != nil {
		r.errorf("R043", "management.upgrade_config.surge_percentage", "set together with surge; use either an absolute surge or a percentage")
	}
	if uc.Surge != nil && np.ScalingGroup != nil && np.ScalingGroup.DesiredSize != nil && *uc.Surge > *np.ScalingGroup.DesiredSize {
		r.warnf("R136", "management.upgrade_config.surge", "%d extra nodes is more than the pool's %d nodes (scaling_group.desired_size)", *uc.Surge, *np.ScalingGroup.DesiredSize)
	}
}
