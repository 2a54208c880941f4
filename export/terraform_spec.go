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

// refusal is a set of values of one argument that provider 1.240.0 (minProvider)
// rejects although the API accepts them.
type refusal struct {
	values []string // refused values, compared with the value's text
	above  float64  // numbers greater than this are refused (when non-zero)
	// acceptedSince is the first provider version known to accept the values; empty
	// when no accepting version has been established.
	acceptedSince string
}

// tfArg is one row of the mapping from the request to alicloud_cs_kubernetes_node_pool:
// the full wire path of a request field (array items written "[]") and the argument
// that expresses it. The argument's block is the row with the longest wire path that
// is a prefix of this one and is a block; top-level rows belong to the resource.
type tfArg struct {
	wire string // wire path in the reference's form, e.g. scaling_group.data_disks[].size
	tf   string // argument (or block) name inside its block
	kind argKind
	// typ is the provider's type: string, number, bool, list(string), map(string),
	// map(bool); empty for blocks. Values are converted to it (kubelet numbers are
	// strings in the provider).
	typ string
	// since is the first provider version that has the argument, where it could be
	// established from the provider's documentation; "" means the argument is in the
	// 1.240.0 schema and its first version is not recorded (treated as 1.240.0).
	since string
	// dropsZero: the provider's create call sends the argument only when it is not its
	// type's zero value (0, false), so a zero in the request does not reach the API.
	dropsZero bool
	// providerDefault is the provider's own default when it differs from the
	// service's; the renderer then writes the service default explicitly.
	providerDefault any
	refuses         []refusal
	// required: the provider requires the argument; when the request lacks it the
	// resource refers to a variable of that name.
	required bool
}

// Row builders: keep the table below one line per argument.
func arg(wire, tf, typ, since string) tfArg { return tfArg{wire: wire, tf: tf, typ: typ, since: since} }
func blockArg(wire, tf, since string) tfArg {
	return tfArg{wire: wire, tf: tf, kind: block, since: since}
}
func blocksArg(wire, tf, since string) tfArg {
	return tfArg{wire: wire, tf: tf, kind: blocks, since: since}
}

func (a tfArg) zeroDropped() tfArg { a.dropsZero = true; return a }
func (a tfArg) secret() tfArg      { a.kind = secretVar; return a }
func (a tfArg) tags() tfArg        { a.kind = tagMap; return a }
func (a tfArg) mandatory() tfArg   { a.required = true; return a }
func (a tfArg) defaults(v any) tfArg {
	a.providerDefault = v
	return a
}
func (a tfArg) refusing(r ...refusal) tfArg {
	a.refuses = append(append([]refusal(nil), a.refuses...), r...)
	return a
}

// Provider versions the table refers to.
const (
	// minProvider is the oldest provider ackpool checks its output against: its schema
	// (argument names, types, blocks) and the values it refuses are recorded here.
	minProvider = "1.240.0"
	v1_97       = "1.97.0"  // the resource itself
	v1_109_1    = "1.109.1" // management
	v1_111      = "1.111.0" // scaling_config
	v1_120      = "1.120.0"
	v1_127      = "1.127.0"
	v1_149      = "1.149.0"
	v1_158      = "1.158.0"
	v1_177      = "1.177.0"
	v1_219      = "1.219.0"
	v1_229      = "1.229.0"
	v1_232      = "1.232.0"
	v1_236      = "1.236.0"
	v1_242      = "1.242.0"
	v1_252      = "1.252.0"
	v1_266      = "1.266.0"
)

const kubelet = "node_config.kubelet_configuration."

// terraformTable is the whole mapping, in the order arguments are written. Versions
// come from the provider's documentation ("Available since"); see tfArg.since.
func terraformTable() []tfArg {
	return []tfArg{
		arg("nodepool_info.name", "node_pool_name", "string", v1_219),
		arg("nodepool_info.type", "type", "string", v1_252),
		arg("nodepool_info.resource_group_id", "resource_group_id", "string", ""),
		arg("scaling_group.vswitch_ids", "vswitch_ids", "list(string)", v1_97).mandatory(),
		arg("scaling_group.instance_types", "instance_types", "list(string)", v1_97).mandatory(),
		arg("scaling_group.instance_charge_type", "instance_charge_type", "string", ""),
		arg("scaling_group.period", "period", "number", "").zeroDropped().refusing(refusal{values: []string{"4", "24"}}),
		arg("scaling_group.period_unit", "period_unit", "string", "").refusing(refusal{values: []string{"Week"}}),
		arg("scaling_group.auto_renew", "auto_renew", "bool", "").zeroDropped(),
		arg("scaling_group.auto_renew_period", "auto_renew_period", "number", "").zeroDropped().refusing(refusal{values: []string{"24"}}),
		arg("scaling_group.desired_size", "desired_size", "number", v1_158).zeroDropped(),
		arg("count", "node_count", "number", v1_97).zeroDropped(),
		arg("scaling_group.image_type", "image_type", "string", v1_236).refusing(refusal{values: []string{"AliyunLinux3Security", "AliyunLinux3ContainerOptimized"}}),
		arg("scaling_group.image_id", "image_id", "string", v1_97),
		arg("scaling_group.platform", "platform", "string", v1_127),
		arg("scaling_group.system_disk_category", "system_disk_category", "string", v1_97).refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg("scaling_group.system_disk_categories", "system_disk_categories", "list(string)", "").refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg("scaling_group.system_disk_size", "system_disk_size", "number", v1_97).zeroDropped().refusing(refusal{above: 500}),
		arg("scaling_group.system_disk_performance_level", "system_disk_performance_level", "string", ""),
		arg("scaling_group.system_disk_bursting_enabled", "system_disk_bursting_enabled", "bool", "").zeroDropped(),
		arg("scaling_group.system_disk_provisioned_iops", "system_disk_provisioned_iops", "number", "").zeroDropped(),
		arg("scaling_group.system_disk_encrypted", "system_disk_encrypted", "bool", "").zeroDropped(),
		arg("scaling_group.system_disk_encrypt_algorithm", "system_disk_encrypt_algorithm", "string", ""),
		arg("scaling_group.system_disk_kms_key_id", "system_disk_kms_key", "string", ""),
		arg("scaling_group.system_disk_snapshot_policy_id", "system_disk_snapshot_policy_id", "string", v1_177),
		arg("scaling_group.key_pair", "key_name", "string", v1_97),
		arg("scaling_group.login_password", "password", "string", v1_97).secret(),
		arg("scaling_group.login_as_non_root", "login_as_non_root", "bool", "").zeroDropped(),
		arg("scaling_group.security_group_ids", "security_group_ids", "list(string)", ""),
		arg("scaling_group.security_group_id", "security_group_id", "string", v1_97),
		arg("scaling_group.security_hardening_os", "security_hardening_os", "bool", "").zeroDropped(),
		arg("scaling_group.soc_enabled", "soc_enabled", "bool", "").zeroDropped(),
		arg("scaling_group.cis_enabled", "cis_enabled", "bool", "").zeroDropped(),
		arg("scaling_group.ram_role_name", "ram_role_name", "string", v1_242),
		arg("scaling_group.deploymentset_id", "deployment_set_id", "string", v1_149),
		arg("scaling_group.rds_instances", "rds_instances", "list(string)", v1_177),
		arg("scaling_group.internet_charge_type", "internet_charge_type", "string", ""),
		arg("scaling_group.internet_max_bandwidth_out", "internet_max_bandwidth_out", "number", "").zeroDropped(),
		arg("scaling_group.multi_az_policy", "multi_az_policy", "string", ""),
		arg("scaling_group.scaling_policy", "scaling_policy", "string", ""),
		arg("scaling_group.spot_strategy", "spot_strategy", "string", ""),
		arg("scaling_group.spot_instance_pools", "spot_instance_pools", "number", "").zeroDropped(),
		arg("scaling_group.spot_instance_remedy", "spot_instance_remedy", "bool", "").zeroDropped(),
		arg("scaling_group.compensate_with_on_demand", "compensate_with_on_demand", "bool", "").zeroDropped(),
		arg("scaling_group.on_demand_base_capacity", "on_demand_base_capacity", "number", "").zeroDropped(),
		arg("scaling_group.on_demand_percentage_above_base_capacity", "on_demand_percentage_above_base_capacity", "number", "").zeroDropped(),
		arg("kubernetes_config.runtime", "runtime_name", "string", ""),
		arg("kubernetes_config.runtime_version", "runtime_version", "string", ""),
		arg("kubernetes_config.cpu_policy", "cpu_policy", "string", v1_177),
		arg("kubernetes_config.cms_enabled", "install_cloud_monitor", "bool", "").zeroDropped().defaults(true),
		arg("kubernetes_config.node_name_mode", "node_name_mode", "string", v1_97),
		arg("kubernetes_config.unschedulable", "unschedulable", "bool", "").zeroDropped(),
		arg("kubernetes_config.user_data", "user_data", "string", v1_97).secret(),
		arg("kubernetes_config.pre_user_data", "pre_user_data", "string", v1_232).secret(),
		arg("scaling_group.tags", "tags", "map(string)", v1_97).tags(),

		blocksArg("scaling_group.data_disks", "data_disks", v1_97),
		arg("scaling_group.data_disks[].category", "category", "string", v1_97).refusing(refusal{values: []string{"cloud_essd_entry", "elastic_ephemeral_disk_premium"}}),
		arg("scaling_group.data_disks[].size", "size", "number", v1_97).zeroDropped(),
		arg("scaling_group.data_disks[].performance_level", "performance_level", "string", v1_120),
		arg("scaling_group.data_disks[].encrypted", "encrypted", "string", v1_97),
		arg("scaling_group.data_disks[].kms_key_id", "kms_key_id", "string", v1_97),
		arg("scaling_group.data_disks[].snapshot_id", "snapshot_id", "string", ""),
		arg("scaling_group.data_disks[].auto_snapshot_policy_id", "auto_snapshot_policy_id", "string", ""),
		arg("scaling_group.data_disks[].bursting_enabled", "bursting_enabled", "bool", ""),
		arg("scaling_group.data_disks[].provisioned_iops", "provisioned_iops", "number", "").zeroDropped(),
		arg("scaling_group.data_disks[].device", "device", "string", ""),
		arg("scaling_group.data_disks[].disk_name", "name", "string", ""),
		arg("scaling_group.data_disks[].auto_format", "auto_format", "string", v1_229),
		arg("scaling_group.data_disks[].file_system", "file_system", "string", v1_229),
		arg("scaling_group.data_disks[].mount_target", "mount_target", "string", v1_229),

		blocksArg("kubernetes_config.labels", "labels", v1_97),
		arg("kubernetes_config.labels[].key", "key", "string", v1_97),
		arg("kubernetes_config.labels[].value", "value", "string", v1_97),
		blocksArg("kubernetes_config.taints", "taints", v1_97),
		arg("kubernetes_config.taints[].key", "key", "string", v1_97),
		arg("kubernetes_config.taints[].value", "value", "string", v1_97),
		arg("kubernetes_config.taints[].effect", "effect", "string", v1_97),
		blocksArg("scaling_group.spot_price_limit", "spot_price_limit", ""),
		arg("scaling_group.spot_price_limit[].instance_type", "instance_type", "string", ""),
		arg("scaling_group.spot_price_limit[].price_limit", "price_limit", "string", ""),
		blockArg("scaling_group.private_pool_options", "private_pool_options", ""),
		arg("scaling_group.private_pool_options.id", "private_pool_options_id", "string", ""),
		arg("scaling_group.private_pool_options.match_criteria", "private_pool_options_match_criteria", "string", ""),
		blockArg("scaling_group.instance_metadata_options", "instance_metadata_options", v1_266),
		arg("scaling_group.instance_metadata_options.http_tokens", "http_tokens", "string", v1_266),
		blocksArg("scaling_group.instance_patterns", "instance_patterns", v1_266),
		arg("scaling_group.instance_patterns[].instance_family_level", "instance_family_level", "string", v1_266),
		arg("scaling_group.instance_patterns[].cores", "cores", "number", v1_266),
		arg("scaling_group.instance_patterns[].cpu_architectures", "cpu_architectures", "list(string)", v1_266),
		arg("scaling_group.instance_patterns[].excluded_instance_types", "excluded_instance_types", "list(string)", v1_266),
		arg("scaling_group.instance_patterns[].instance_categories", "instance_categories", "list(string)", v1_266),
		arg("scaling_group.instance_patterns[].instance_type_families", "instance_type_families", "list(string)", v1_266),
		arg("scaling_group.instance_patterns[].max_cpu_cores", "max_cpu_cores", "number", v1_266),
		arg("scaling_group.instance_patterns[].max_memory_size", "max_memory_size", "number", v1_266),
		arg("scaling_group.instance_patterns[].memory", "memory", "number", v1_266),
		arg("scaling_group.instance_patterns[].min_cpu_cores", "min_cpu_cores", "number", v1_266),
		arg("scaling_group.instance_patterns[].min_memory_size", "min_memory_size", "number", v1_266),

		blockArg("management", "management", v1_109_1),
		arg("management.enable", "enable", "bool", ""),
		arg("management.auto_repair", "auto_repair", "bool", v1_109_1),
		blockArg("management.auto_repair_policy", "auto_repair_policy", ""),
		arg("management.auto_repair_policy.restart_node", "restart_node", "bool", ""),
		arg("management.auto_upgrade", "auto_upgrade", "bool", v1_109_1),
		blockArg("management.auto_upgrade_policy", "auto_upgrade_policy", ""),
		arg("management.auto_upgrade_policy.auto_upgrade_kubelet", "auto_upgrade_kubelet", "bool", ""),
		arg("management.auto_vul_fix", "auto_vul_fix", "bool", ""),
		blockArg("management.auto_vul_fix_policy", "auto_vul_fix_policy", ""),
		arg("management.auto_vul_fix_policy.restart_node", "restart_node", "bool", ""),
		arg("management.auto_vul_fix_policy.vul_level", "vul_level", "string", ""),
		arg("management.upgrade_config.max_unavailable", "max_unavailable", "number", v1_109_1),
		arg("management.upgrade_config.surge", "surge", "number", v1_109_1),
		arg("management.upgrade_config.surge_percentage", "surge_percentage", "number", v1_109_1),

		blockArg("auto_scaling", "scaling_config", v1_111),
		arg("auto_scaling.enable", "enable", "bool", ""),
		arg("auto_scaling.min_instances", "min_size", "number", v1_111),
		arg("auto_scaling.max_instances", "max_size", "number", v1_111),
		arg("auto_scaling.type", "type", "string", v1_111),
		arg("auto_scaling.is_bond_eip", "is_bond_eip", "bool", v1_111),
		arg("auto_scaling.eip_internet_charge_type", "eip_internet_charge_type", "string", v1_111),
		arg("auto_scaling.eip_bandwidth", "eip_bandwidth", "number", v1_111).zeroDropped(),

		blockArg("node_config.kubelet_configuration", "kubelet_configuration", ""),
		arg(kubelet+"allowedUnsafeSysctls", "allowed_unsafe_sysctls", "list(string)", ""),
		arg(kubelet+"clusterDNS", "cluster_dns", "list(string)", v1_242),
		arg(kubelet+"containerLogMaxFiles", "container_log_max_files", "string", ""),
		arg(kubelet+"containerLogMaxSize", "container_log_max_size", "string", ""),
		arg(kubelet+"containerLogMaxWorkers", "container_log_max_workers", "string", v1_242),
		arg(kubelet+"containerLogMonitorInterval", "container_log_monitor_interval", "string", v1_242),
		arg(kubelet+"cpuCFSQuota", "cpu_cfs_quota", "string", v1_242),
		arg(kubelet+"cpuCFSQuotaPeriod", "cpu_cfs_quota_period", "string", v1_242),
		arg(kubelet+"cpuManagerPolicy", "cpu_manager_policy", "string", ""),
		arg(kubelet+"eventBurst", "event_burst", "string", ""),
		arg(kubelet+"eventRecordQPS", "event_record_qps", "string", ""),
		arg(kubelet+"evictionHard", "eviction_hard", "map(string)", ""),
		arg(kubelet+"evictionSoft", "eviction_soft", "map(string)", ""),
		arg(kubelet+"evictionSoftGracePeriod", "eviction_soft_grace_period", "map(string)", ""),
		arg(kubelet+"featureGates", "feature_gates", "map(bool)", ""),
		arg(kubelet+"imageGCHighThresholdPercent", "image_gc_high_threshold_percent", "string", v1_242),
		arg(kubelet+"imageGCLowThresholdPercent", "image_gc_low_threshold_percent", "string", v1_242),
		arg(kubelet+"kubeAPIBurst", "kube_api_burst", "string", ""),
		arg(kubelet+"kubeAPIQPS", "kube_api_qps", "string", ""),
		arg(kubelet+"kubeReserved", "kube_reserved", "map(string)", ""),
		arg(kubelet+"maxPods", "max_pods", "string", ""),
		arg(kubelet+"memoryManagerPolicy", "memory_manager_policy", "string", v1_242),
		arg(kubelet+"podPidsLimit", "pod_pids_limit", "string", v1_242),
		arg(kubelet+"readOnlyPort", "read_only_port", "string", ""),
		arg(kubelet+"registryBurst", "registry_burst", "string", ""),
		arg(kubelet+"registryPullQPS", "registry_pull_qps", "string", ""),
		blocksArg(kubelet+"reservedMemory", "reserved_memory", v1_242),
		arg(kubelet+"reservedMemory[].limits", "limits", "map(string)", v1_242),
		arg(kubelet+"reservedMemory[].numaNode", "numa_node", "number", v1_242),
		arg(kubelet+"serializeImagePulls", "serialize_image_pulls", "string", ""),
		arg(kubelet+"serverTLSBootstrap", "server_tls_bootstrap", "string", v1_266),
		arg(kubelet+"systemReserved", "system_reserved", "map(string)", ""),
		arg(kubelet+"topologyManagerPolicy", "topology_manager_policy", "string", v1_242),
		blockArg(kubelet+"tracing", "tracing", v1_242),
		arg(kubelet+"tracing.endpoint", "endpoint", "string", v1_242),
		arg(kubelet+"tracing.samplingRatePerMillion", "sampling_rate_per_million", "string", v1_242),

		blockArg("auto_mode", "auto_mode", v1_266),
		arg("auto_mode.enable", "enabled", "bool", v1_266),
		blockArg("tee_config", "tee_config", ""),
		arg("tee_config.tee_enable", "tee_enable", "bool", ""),
		blockArg("eflo_node_group", "eflo_node_group", v1_252),
		arg("eflo_node_group.cluster_id", "cluster_id", "string", v1_252),
		arg("eflo_node_group.group_id", "group_id", "string", v1_252),
	}
}
