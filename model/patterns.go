package model

// checkInstancePatterns applies R233: ordered min/max pairs in each instance pattern
// (the value lists are checked from the reference).
func checkInstancePatterns(np *NodePool, r *report) {
	sg := np.ScalingGroup
	if sg == nil {
		return
	}
	for i, p := range sg.InstancePatterns {
		path := indexPath("scaling_group.instance_patterns", i)
		if p.MinCPUCores != nil && p.MaxCPUCores != nil && *p.MinCPUCores > *p.MaxCPUCores {
			r.errorf("R233", path+".min_cpu_cores", "%d is above max_cpu_cores %d", *p.MinCPUCores, *p.MaxCPUCores)
		}
		if p.MinMemorySize != nil && p.MaxMemorySize != nil && *p.MinMemorySize > *p.MaxMemorySize {
			r.errorf("R233", path+".min_memory_size", "%s GiB is above max_memory_size %s GiB", formatNumber(*p.MinMemorySize, ""), formatNumber(*p.MaxMemorySize, ""))
		}
		for _, n := range []struct {
			name string
			v    *int64
		}{
			{"cores", p.Cores}, {"min_cpu_cores", p.MinCPUCores}, {"max_cpu_cores", p.MaxCPUCores},
			{"maximum_gpu_amount", p.MaximumGPUAmount}, {"minimum_eni_quantity", p.MinimumENIQuantity},
			{"minimum_eni_private_ip_address_quantity", p.MinimumENIPrivateIPAddressQuantity},
			{"minimum_eni_ipv6_address_quantity", p.MinimumENIIPv6AddressQuantity},
		} {
			if n.v != nil && *n.v < 0 {
				r.errorf("R233", path+"."+n.name, "%d is below the minimum 0", *n.v)
			}
		}
		for _, n := range []struct {
			name string
			v    *float64
		}{{"memory", p.Memory}, {"min_memory_size", p.MinMemorySize}, {"max_memory_size", p.MaxMemorySize}} {
			if n.v != nil && *n.v < 0 {
				r.errorf("R233", path+"."+n.name, "%s is below the minimum 0 GiB", formatNumber(*n.v, ""))
			}
		}
	}
}
