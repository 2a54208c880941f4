package model

// autoScalingOn reports whether auto scaling is enabled (default false).
func autoScalingOn(np *NodePool) bool {
	return np.AutoScaling != nil && isTrue(np.AutoScaling.Enable)
}

// checkAutoScaling applies R150 (settings need auto_scaling.enable) and R151 (min ≤ max).
func checkAutoScaling(np *NodePool, r *report) {
	as := np.AutoScaling
	if as == nil {
		return
	}
	if !isTrue(as.Enable) {
		for _, f := range []struct {
			set  bool
			path string
		}{
			{as.MaxInstances != nil, "auto_scaling.max_instances"},
			{as.MinInstances != nil, "auto_scaling.min_instances"},
			{as.Type != nil, "auto_scaling.type"},
		} {
			if f.set {
				r.warnf("R150", f.path, "only takes effect when auto_scaling.enable is true")
			}
		}
	}
	if as.MinInstances != nil && as.MaxInstances != nil && *as.MinInstances > *as.MaxInstances {
		r.errorf("R151", "auto_scaling.min_instances", "%d is above max_instances %d (allowed 0–max_instances)", *as.MinInstances, *as.MaxInstances)
	}
	if isTrue(as.Enable) && as.MaxInstances == nil {
		r.warnf("R151", "auto_scaling.max_instances", "not set, so it defaults to 0 and the pool cannot scale out; set the upper bound (up to 2000)")
	}
}

// checkDesiredSize applies R153: the node count when auto scaling is off.
func checkDesiredSize(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || sg.DesiredSize == nil || autoScalingOn(np) || *sg.DesiredSize < 0 {
		return
	}
	switch *sg.DesiredSize {
	case 0:
		r.warnf("R153", "scaling_group.desired_size", "0 creates the pool without nodes; at least 2 are recommended")
	case 1:
		r.warnf("R153", "scaling_group.desired_size", "a single node has no redundancy; at least 2 are recommended")
	}
}

// checkDeploymentSet applies R154: a deployment set caps the pool at 20 nodes per zone.
func checkDeploymentSet(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil || str(sg.DeploymentsetID) == "" || len(sg.VSwitchIDs) == 0 {
		return
	}
	limit := int64(20 * len(sg.VSwitchIDs))
	if sg.DesiredSize != nil && *sg.DesiredSize > limit {
		r.warnf("R154", "scaling_group.desired_size", "%d nodes exceeds what a deployment set allows by default: 20 per zone, at most %d with %d vSwitches", *sg.DesiredSize, limit, len(sg.VSwitchIDs))
	}
	if as := np.AutoScaling; as != nil && as.MaxInstances != nil && *as.MaxInstances > limit {
		r.warnf("R154", "auto_scaling.max_instances", "%d exceeds what a deployment set allows by default: 20 per zone, at most %d with %d vSwitches", *as.MaxInstances, limit, len(sg.VSwitchIDs))
	}
}
