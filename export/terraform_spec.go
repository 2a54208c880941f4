package export

// argKind says how a request value becomes Terraform.
type argKind int

const (
	attr      argKind = iota // scalar, list of scalars or free-form map, as an attribute
	block                    // object, as one nested block
	blocks                   // array of objects, as one nested block per item
	tagMap                   // array of {key, value}, as a map attribute
	secretVar                // secret string, as a reference to a sensitive variable
)

// arg maps one request path (relative to the object being rendered; dotted paths reach
// into children) to one Terraform argument of alicloud_cs_kubernetes_node_pool.
type arg struct {
	wire string
	tf   string
	kind argKind
	sub  []arg // fields of a block
}

func a(wire, tf string) arg                { return arg{wire: wire, tf: tf} }
func blk(wire, tf string, sub ...arg) arg  { return arg{wire: wire, tf: tf, kind: block, sub: sub} }
func blks(wire, tf string, sub ...arg) arg { return arg{wire: wire, tf: tf, kind: blocks, sub: sub} }
func same(names ...string) []arg           { return sameIn("", names...) }
func sameIn(prefix string, names ...string) []arg {
	out := make([]arg, len(names))
	for i, n := range names {
		out[i] = a(prefix+n, n)
	}
	return out
}

// resourceArgs returns the mapping of the request to the resource's arguments, in the
// order they are written. Argument names follow the alicloud provider's documentation
// of alicloud_cs_kubernetes_node_pool; request fields not listed here have no argument
// (see TerraformUnsupported).
func resourceArgs() []arg {
	return concat(
		[]arg{
			a("nodepool_info.name", "node_pool_name"),
			a("nodepool_info.type", "type"),
			a("nodepool_info.resource_group_id", "resource_group_id"),
		},
		sameIn("scaling_group.", "vswitch_ids", "instance_types", "instance_charge_type", "period", "period_unit",
			"auto_renew", "auto_renew_period", "desired_size"),
		[]arg{a("count", "node_count")},
		sameIn("scaling_group.", "image_type", "image_id", "platform", "system_disk_category", "system_disk_categories",
			"system_disk_size", "system_disk_performance_level", "system_disk_bursting_enabled",
			"system_disk_provisioned_iops", "system_disk_encrypted", "system_disk_encrypt_algorithm"),
		[]arg{
			a("scaling_group.system_disk_kms_key_id", "system_disk_kms_key"),
			a("scaling_group.system_disk_snapshot_policy_id", "system_disk_snapshot_policy_id"),
			a("scaling_group.key_pair", "key_name"),
			{wire: "scaling_group.login_password", tf: "password", kind: secretVar},
		},
		sameIn("scaling_group.", "login_as_non_root", "security_group_ids", "security_group_id", "security_hardening_os",
			"soc_enabled", "cis_enabled", "ram_role_name"),
		[]arg{a("scaling_group.deploymentset_id", "deployment_set_id")},
		sameIn("scaling_group.", "rds_instances", "internet_charge_type", "internet_max_bandwidth_out", "multi_az_policy",
			"scaling_policy", "spot_strategy", "spot_instance_pools", "spot_instance_remedy", "compensate_with_on_demand",
			"on_demand_base_capacity", "on_demand_percentage_above_base_capacity"),
		[]arg{
			a("kubernetes_config.runtime", "runtime_name"),
			a("kubernetes_config.runtime_version", "runtime_version"),
			a("kubernetes_config.cpu_policy", "cpu_policy"),
			a("kubernetes_config.cms_enabled", "install_cloud_monitor"),
			a("kubernetes_config.node_name_mode", "node_name_mode"),
			a("kubernetes_config.unschedulable", "unschedulable"),
			{wire: "kubernetes_config.user_data", tf: "user_data", kind: secretVar},
			{wire: "kubernetes_config.pre_user_data", tf: "pre_user_data", kind: secretVar},
			{wire: "scaling_group.tags", tf: "tags", kind: tagMap},
			blks("scaling_group.data_disks", "data_disks", append(same("category", "size", "performance_level", "encrypted",
				"kms_key_id", "snapshot_id", "auto_snapshot_policy_id", "bursting_enabled", "provisioned_iops", "device"),
				a("disk_name", "name"), a("auto_format", "auto_format"), a("file_system", "file_system"),
				a("mount_target", "mount_target"))...),
			blks("kubernetes_config.labels", "labels", same("key", "value")...),
			blks("kubernetes_config.taints", "taints", same("key", "value", "effect")...),
			blks("scaling_group.spot_price_limit", "spot_price_limit", same("instance_type", "price_limit")...),
			blk("scaling_group.private_pool_options", "private_pool_options",
				a("id", "private_pool_options_id"), a("match_criteria", "private_pool_options_match_criteria")),
			blk("scaling_group.instance_metadata_options", "instance_metadata_options", same("http_tokens")...),
			blks("scaling_group.instance_patterns", "instance_patterns", same("instance_family_level", "cores",
				"cpu_architectures", "excluded_instance_types", "instance_categories", "instance_type_families",
				"max_cpu_cores", "max_memory_size", "memory", "min_cpu_cores", "min_memory_size")...),
			blk("management", "management", append(same("enable", "auto_repair"),
				blk("auto_repair_policy", "auto_repair_policy", same("restart_node")...),
				a("auto_upgrade", "auto_upgrade"),
				blk("auto_upgrade_policy", "auto_upgrade_policy", same("auto_upgrade_kubelet")...),
				a("auto_vul_fix", "auto_vul_fix"),
				blk("auto_vul_fix_policy", "auto_vul_fix_policy", same("restart_node", "vul_level")...),
				a("upgrade_config.max_unavailable", "max_unavailable"),
				a("upgrade_config.surge", "surge"),
				a("upgrade_config.surge_percentage", "surge_percentage"))...),
			blk("auto_scaling", "scaling_config", a("enable", "enable"), a("min_instances", "min_size"),
				a("max_instances", "max_size"), a("type", "type"), a("is_bond_eip", "is_bond_eip"),
				a("eip_internet_charge_type", "eip_internet_charge_type"), a("eip_bandwidth", "eip_bandwidth")),
			blk("node_config.kubelet_configuration", "kubelet_configuration", kubeletArgs()...),
			blk("auto_mode", "auto_mode", a("enable", "enabled")),
			blk("tee_config", "tee_config", same("tee_enable")...),
			blk("eflo_node_group", "eflo_node_group", same("cluster_id", "group_id")...),
		},
	)
}

// kubeletArgs returns how camelCase kubelet keys of the request to the provider's
// snake_case arguments map.
func kubeletArgs() []arg {
	return []arg{
		a("allowedUnsafeSysctls", "allowed_unsafe_sysctls"),
		a("clusterDNS", "cluster_dns"),
		a("containerLogMaxFiles", "container_log_max_files"),
		a("containerLogMaxSize", "container_log_max_size"),
		a("containerLogMaxWorkers", "container_log_max_workers"),
		a("containerLogMonitorInterval", "container_log_monitor_interval"),
		a("cpuCFSQuota", "cpu_cfs_quota"),
		a("cpuCFSQuotaPeriod", "cpu_cfs_quota_period"),
		a("cpuManagerPolicy", "cpu_manager_policy"),
		a("eventBurst", "event_burst"),
		a("eventRecordQPS", "event_record_qps"),
		a("evictionHard", "eviction_hard"),
		a("evictionSoft", "eviction_soft"),
		a("evictionSoftGracePeriod", "eviction_soft_grace_period"),
		a("featureGates", "feature_gates"),
		a("imageGCHighThresholdPercent", "image_gc_high_threshold_percent"),
		a("imageGCLowThresholdPercent", "image_gc_low_threshold_percent"),
		a("kubeAPIBurst", "kube_api_burst"),
		a("kubeAPIQPS", "kube_api_qps"),
		a("kubeReserved", "kube_reserved"),
		a("maxPods", "max_pods"),
		a("memoryManagerPolicy", "memory_manager_policy"),
		a("podPidsLimit", "pod_pids_limit"),
		a("readOnlyPort", "read_only_port"),
		a("registryBurst", "registry_burst"),
		a("registryPullQPS", "registry_pull_qps"),
		blks("reservedMemory", "reserved_memory", a("limits", "limits"), a("numaNode", "numa_node")),
		a("serializeImagePulls", "serialize_image_pulls"),
		a("serverTLSBootstrap", "server_tls_bootstrap"),
		a("systemReserved", "system_reserved"),
		a("topologyManagerPolicy", "topology_manager_policy"),
		blk("tracing", "tracing", a("endpoint", "endpoint"), a("samplingRatePerMillion", "sampling_rate_per_million")),
	}
}

func concat(parts ...[]arg) []arg {
	var out []arg
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
