package model

import "slices"

// chargeType returns the billing method, PostPaid when unset (the server default).
func chargeType(sg *ScalingGroup) string {
	if sg.InstanceChargeType == nil {
		return "PostPaid"
	}
	return *sg.InstanceChargeType
}

// checkSubscription applies R060 (PrePaid needs period and period_unit), R063 (auto
// renewal only for PrePaid) and R064 (subscription fields ignored for PostPaid).
func checkSubscription(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	if chargeType(sg) == "PrePaid" {
		if sg.Period == nil {
			r.errorf("R060", "scaling_group.period", "required for subscription (PrePaid) nodes; e.g. 1 with period_unit Month")
		}
		if sg.PeriodUnit == nil {
			r.errorf("R060", "scaling_group.period_unit", "required for subscription (PrePaid) nodes; Month or Week")
		}
		return
	}
	if str(sg.InstanceChargeType) != "PostPaid" {
		return // a missing or unknown billing method is reported by R006
	}
	if sg.Period != nil {
		r.warnf("R064", "scaling_group.period", "only applies to PrePaid nodes; ignored for PostPaid")
	}
	if sg.PeriodUnit != nil {
		r.warnf("R064", "scaling_group.period_unit", "only applies to PrePaid nodes; ignored for PostPaid")
	}
	if sg.AutoRenew != nil {
		r.warnf("R063", "scaling_group.auto_renew", "only applies to PrePaid nodes; ignored for PostPaid")
	}
	if sg.AutoRenewPeriod != nil {
		r.warnf("R063", "scaling_group.auto_renew_period", "only applies to PrePaid nodes; ignored for PostPaid")
	}
}

// checkSpot applies R066 (spot needs pay-as-you-go) and R067 (price limits need
// SpotWithPriceLimit and should name the pool's instance types).
func checkSpot(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	strategy := str(sg.SpotStrategy)
	if strategy != "" && strategy != "NoSpot" && chargeType(sg) == "PrePaid" {
		r.errorf("R066", "scaling_group.spot_strategy", "%s needs pay-as-you-go nodes; set instance_charge_type to PostPaid or spot_strategy to NoSpot", strategy)
	}
	if len(sg.SpotPriceLimit) > 0 && strategy != "SpotWithPriceLimit" {
		r.warnf("R067", "scaling_group.spot_price_limit", "only used with spot_strategy SpotWithPriceLimit; ignored here")
	}
	for i, l := range sg.SpotPriceLimit {
		path := indexPath("scaling_group.spot_price_limit", i)
		if l.InstanceType == nil {
			r.errorf("R067", path+".instance_type", "required; name the instance type this price limit applies to")
		} else if len(sg.InstanceTypes) > 0 && !slices.Contains(sg.InstanceTypes, *l.InstanceType) {
			r.warnf("R067", path+".instance_type", "%s is not one of scaling_group.instance_types, so this limit never applies", *l.InstanceType)
		}
		if l.PriceLimit == nil {
			r.errorf("R067", path+".price_limit", "required; the highest hourly price as a decimal string, e.g. \"0.39\"")
		}
	}
}

// checkMultiAZ applies R068 and R069: COST_OPTIMIZED-only settings and when it matters.
func checkMultiAZ(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	policy := str(sg.MultiAZPolicy)
	if policy != "COST_OPTIMIZED" {
		if sg.CompensateWithOnDemand != nil {
			r.warnf("R068", "scaling_group.compensate_with_on_demand", "only used with multi_az_policy COST_OPTIMIZED; ignored here")
		}
		return
	}
	spot := str(sg.SpotStrategy) != "" && str(sg.SpotStrategy) != "NoSpot"
	if len(sg.InstanceTypes) < 2 && !spot {
		r.warnf("R069", "scaling_group.multi_az_policy", "COST_OPTIMIZED only makes a difference with several instance types or spot instances")
	}
}

// checkPools applies R044 (resource pool vs private pool), R065 (resource pools are for
// PostPaid), R081 (Target needs a pool ID) and R083 (PrivatePoolOnly needs pool IDs).
func checkPools(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	rpo, ppo := sg.ResourcePoolOptions, sg.PrivatePoolOptions
	if rpo != nil && ppo != nil && (ppo.MatchCriteria != nil || ppo.ID != nil) {
		r.errorf("R044", "scaling_group.resource_pool_options", "must not be set together with private_pool_options; choose one way to use private pools")
	}
	if rpo != nil && chargeType(sg) == "PrePaid" {
		r.warnf("R065", "scaling_group.resource_pool_options", "only applies to pay-as-you-go (PostPaid) nodes; ignored for PrePaid")
	}
	if ppo != nil && str(ppo.MatchCriteria) == "Target" && str(ppo.ID) == "" {
		r.errorf("R081", "scaling_group.private_pool_options.id", "required when match_criteria is Target; give the private pool ID")
	}
	if rpo != nil && str(rpo.Strategy) == "PrivatePoolOnly" && len(rpo.PrivatePoolIDs) == 0 {
		r.errorf("R083", "scaling_group.resource_pool_options.private_pool_ids", "required when strategy is PrivatePoolOnly; list 1–20 Target-mode private pool IDs")
	}
}
