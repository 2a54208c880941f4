package model

// checkRequiredObjects reports a missing nodepool_info or scaling_group (R011). They hold
// the required name, vSwitches, instance types and billing method, so the problems are
// reported at those required children: that is where a person fixes them.
func checkRequiredObjects(np *NodePool, r *report) {
	if np.NodepoolInfo == nil {
		r.errorf("R011", "nodepool_info.name", "required; give the pool a name unique in the cluster")
	}
	if np.ScalingGroup == nil {
		r.errorf("R011", "scaling_group.vswitch_ids", "required; list 1–8 vSwitches of the cluster's VPC")
		r.errorf("R011", "scaling_group.instance_types", "required; list 1–10 instance types, e.g. [ecs.g7.large]")
		r.errorf("R011", "scaling_group.instance_charge_type", "required; PostPaid (pay-as-you-go) or PrePaid (subscription)")
	}
}

// checkInstanceTypes applies R005 (required, several recommended) and R234 (instance_types
// together with, or replaced by, instance_patterns).
func checkInstanceTypes(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	const path = "scaling_group.instance_types"
	switch n := len(sg.InstanceTypes); {
	case n == 0 && len(sg.InstancePatterns) == 0:
		r.errorf("R005", path, "required; list 1–10 instance types, e.g. [ecs.g7.large]")
	case n == 0:
		r.warnf("R234", path, "empty while instance_patterns is set; the API documents instance_types as required, so the service may reject the request")
	case len(sg.InstancePatterns) > 0:
		r.warnf("R234", "scaling_group.instance_patterns", "set together with instance_types; the API does not say which one wins, so set only one")
	case n == 1:
		r.warnf("R005", path, "only one instance type; list several so the pool can still scale when that type is sold out")
	}
}

// checkVSwitches recommends vSwitches in more than one zone (R004).
func checkVSwitches(np *NodePool, r *report) {
	if sg := np.ScalingGroup; sg != nil && len(sg.VSwitchIDs) == 1 {
		r.warnf("R004", "scaling_group.vswitch_ids", "only one vSwitch; vSwitches in different zones keep the pool available when a zone fails")
	}
}
