package export

import "ackpool/model"

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
		arg(model.PathNodepoolInfoName, "node_pool_name", "string", v1_219),
		arg(model.PathNodepoolInfoType, "type", "string", v1_252),
		arg(model.PathNodepoolInfoResourceGroupID, "resource_group_id", "string", ""),
		arg(model.PathScalingGroupVSwitchIDs, "vswitch_ids", "list(string)", v1_97).mandatory(),
		arg(model.PathScalingGroupInstanceTypes, "instance_types", "list(string)", v1_97).mandatory(),
		arg(model.PathScalingGroupInstanceChargeType, "instance_charge_type", "string", ""),
		arg(model.PathScalingGroupPeriod, "period", "number", "").zeroDropped().refusing(refusal{values: []string{"4", "24"}}),
		arg(model.PathScalingGroupPeriodUnit, "period_unit", "string", "").refusing(refusal{values: []string{"Week"}}),
		arg(model.PathScalingGroupAutoRenew, "auto_renew", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupAutoRenewPeriod, "auto_renew_period", "number", "").zeroDropped().refusing(refusal{values: []string{"24"}}),
		arg(model.PathScalingGroupDesiredSize, "desired_size", "number", v1_158).zeroDropped(),
		arg(model.PathCount, "node_count", "number", v1_97).zeroDropped(),
		arg(model.PathScalingGroupImageType, "image_type", "string", v1_236).refusing(refusal{values: []string{"AliyunLinux3Security", "AliyunLinux3ContainerOptimized"}}),
		arg(model.PathScalingGroupImageID, "image_id", "string", v1_97),
		arg(model.PathScalingGroupPlatform, "platform", "string", v1_127),
		arg(model.PathScalingGroupSystemDiskCategory, "system_disk_category", "string", v1_97).refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg(model.PathScalingGroupSystemDiskCategories, "system_disk_categories", "list(string)", "").refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg(model.PathScalingGroupSystemDiskSize, "system_disk_size", "number", v1_97).zeroDropped().refusing(refusal{above: 500}),
		arg(model.PathScalingGroupSystemDiskPerformanceLevel, "system_disk_performance_level", "string", ""),
		arg(model.PathScalingGroupSystemDiskBurstingEnabled, "system_disk_bursting_enabled", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupSystemDiskProvisionedIOPS, "system_disk_provisioned_iops", "number", "").zeroDropped(),
		arg(model.PathScalingGroupSystemDiskEncrypted, "system_disk_encrypted", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupSystemDiskEncryptAlgorithm, "system_disk_encrypt_algorithm", "string", ""),
		arg(model.PathScalingGroupSystemDiskKMSKeyID, "system_disk_kms_key", "string", ""),
		arg(model.PathScalingGroupSystemDiskSnapshotPolicyID, "system_disk_snapshot_policy_id", "string", v1_177),
		arg(model.PathScalingGroupKeyPair, "key_name", "string", v1_97),
		arg(model.PathScalingGroupLoginPassword, "password", "string", v1_97).secret(),
		arg(model.PathScalingGroupLoginAsNonRoot, "login_as_non_root", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupSecurityGroupIDs, "security_group_ids", "list(string)", ""),
		arg(model.PathScalingGroupSecurityGroupID, "security_group_id", "string", v1_97),
		arg(model.PathScalingGroupSecurityHardeningOS, "security_hardening_os", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupSOCEnabled, "soc_enabled", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupCISEnabled, "cis_enabled", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupRAMRoleName, "ram_role_name", "string", v1_242),
		arg(model.PathScalingGroupDeploymentsetID, "deployment_set_id", "string", v1_149),
		arg(model.PathScalingGroupRDSInstances, "rds_instances", "list(string)", v1_177),
		arg(model.PathScalingGroupInternetChargeType, "internet_charge_type", "string", ""),
		arg(model.PathScalingGroupInternetMaxBandwidthOut, "internet_max_bandwidth_out", "number", "").zeroDropped(),
		arg(model.PathScalingGroupMultiAZPolicy, "multi_az_policy", "string", ""),
		arg(model.PathScalingGroupScalingPolicy, "scaling_policy", "string", ""),
		arg(model.PathScalingGroupSpotStrategy, "spot_strategy", "string", ""),
		arg(model.PathScalingGroupSpotInstancePools, "spot_instance_pools", "number", "").zeroDropped(),
		arg(model.PathScalingGroupSpotInstanceRemedy, "spot_instance_remedy", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupCompensateWithOnDemand, "compensate_with_on_demand", "bool", "").zeroDropped(),
		arg(model.PathScalingGroupOnDemandBaseCapacity, "on_demand_base_capacity", "number", "").zeroDropped(),
		arg(model.PathScalingGroupOnDemandPercentageAboveBaseCapacity, "on_demand_percentage_above_base_capacity", "number", "").zeroDropped(),
		arg(model.PathKubernetesConfigRuntime, "runtime_name", "string", ""),
		arg(model.PathKubernetesConfigRuntimeVersion, "runtime_version", "string", ""),
		arg(model.PathKubernetesConfigCPUPolicy, "cpu_policy", "string", v1_177),
		arg(model.PathKubernetesConfigCMSEnabled, "install_cloud_monitor", "bool", "").zeroDropped().defaults(true),
		arg(model.PathKubernetesConfigNodeNameMode, "node_name_mode", "string", v1_97),
		arg(model.PathKubernetesConfigUnschedulable, "unschedulable", "bool", "").zeroDropped(),
		arg(model.PathKubernetesConfigUserData, "user_data", "string", v1_97).secret(),
		arg(model.PathKubernetesConfigPreUserData, "pre_user_data", "string", v1_232).secret(),
		arg(model.PathScalingGroupTags, "tags", "map(string)", v1_97).tags(),

		blocksArg(model.PathScalingGroupDataDisks, "data_disks", v1_97),
		arg(model.PathScalingGroupDataDisksCategory, "category", "string", v1_97).refusing(refusal{values: []string{"cloud_essd_entry", "elastic_ephemeral_disk_premium"}}),
		arg(model.PathScalingGroupDataDisksSize, "size", "number", v1_97).zeroDropped(),
		arg(model.PathScalingGroupDataDisksPerformanceLevel, "performance_level", "string", v1_120),
		arg(model.PathScalingGroupDataDisksEncrypted, "encrypted", "string", v1_97),
		arg(model.PathScalingGroupDataDisksKMSKeyID, "kms_key_id", "string", v1_97),
		arg(model.PathScalingGroupDataDisksSnapshotID, "snapshot_id", "string", ""),
		arg(model.PathScalingGroupDataDisksAutoSnapshotPolicyID, "auto_snapshot_policy_id", "string", ""),
		arg(model.PathScalingGroupDataDisksBurstingEnabled, "bursting_enabled", "bool", ""),
		arg(model.PathScalingGroupDataDisksProvisionedIOPS, "provisioned_iops", "number", "").zeroDropped(),
		arg(model.PathScalingGroupDataDisksDevice, "device", "string", ""),
		arg(model.PathScalingGroupDataDisksDiskName, "name", "string", ""),
		arg(model.PathScalingGroupDataDisksAutoFormat, "auto_format", "string", v1_229),
		arg(model.PathScalingGroupDataDisksFileSystem, "file_system", "string", v1_229),
		arg(model.PathScalingGroupDataDisksMountTarget, "mount_target", "string", v1_229),

		blocksArg(model.PathKubernetesConfigLabels, "labels", v1_97),
		arg(model.PathKubernetesConfigLabelsKey, "key", "string", v1_97),
		arg(model.PathKubernetesConfigLabelsValue, "value", "string", v1_97),
		blocksArg(model.PathKubernetesConfigTaints, "taints", v1_97),
		arg(model.PathKubernetesConfigTaintsKey, "key", "string", v1_97),
		arg(model.PathKubernetesConfigTaintsValue, "value", "string", v1_97),
		arg(model.PathKubernetesConfigTaintsEffect, "effect", "string", v1_97),
		blocksArg(model.PathScalingGroupSpotPriceLimit, "spot_price_limit", ""),
		arg(model.PathScalingGroupSpotPriceLimitInstanceType, "instance_type", "string", ""),
		arg(model.PathScalingGroupSpotPriceLimitPriceLimit, "price_limit", "string", ""),
		blockArg(model.PathScalingGroupPrivatePoolOptions, "private_pool_options", ""),
		arg(model.PathScalingGroupPrivatePoolOptionsID, "private_pool_options_id", "string", ""),
		arg(model.PathScalingGroupPrivatePoolOptionsMatchCriteria, "private_pool_options_match_criteria", "string", ""),
		blockArg(model.PathScalingGroupInstanceMetadataOptions, "instance_metadata_options", v1_266),
		arg(model.PathScalingGroupInstanceMetadataOptionsHttpTokens, "http_tokens", "string", v1_266),
		blocksArg(model.PathScalingGroupInstancePatterns, "instance_patterns", v1_266),
		arg(model.PathScalingGroupInstancePatternsInstanceFamilyLevel, "instance_family_level", "string", v1_266),
		arg(model.PathScalingGroupInstancePatternsCores, "cores", "number", v1_266),
		arg(model.PathScalingGroupInstancePatternsCPUArchitectures, "cpu_architectures", "list(string)", v1_266),
		arg(model.PathScalingGroupInstancePatternsExcludedInstanceTypes, "excluded_instance_types", "list(string)", v1_266),
		arg(model.PathScalingGroupInstancePatternsInstanceCategories, "instance_categories", "list(string)", v1_266),
		arg(model.PathScalingGroupInstancePatternsInstanceTypeFamilies, "instance_type_families", "list(string)", v1_266),
		arg(model.PathScalingGroupInstancePatternsMaxCPUCores, "max_cpu_cores", "number", v1_266),
		arg(model.PathScalingGroupInstancePatternsMaxMemorySize, "max_memory_size", "number", v1_266),
		arg(model.PathScalingGroupInstancePatternsMemory, "memory", "number", v1_266),
		arg(model.PathScalingGroupInstancePatternsMinCPUCores, "min_cpu_cores", "number", v1_266),
		arg(model.PathScalingGroupInstancePatternsMinMemorySize, "min_memory_size", "number", v1_266),

		blockArg(model.PathManagement, model.PathManagement, v1_109_1),
		arg(model.PathManagementEnable, "enable", "bool", ""),
		arg(model.PathManagementAutoRepair, "auto_repair", "bool", v1_109_1),
		blockArg(model.PathManagementAutoRepairPolicy, "auto_repair_policy", ""),
		arg(model.PathManagementAutoRepairPolicyRestartNode, "restart_node", "bool", ""),
		arg(model.PathManagementAutoUpgrade, "auto_upgrade", "bool", v1_109_1),
		blockArg(model.PathManagementAutoUpgradePolicy, "auto_upgrade_policy", ""),
		arg(model.PathManagementAutoUpgradePolicyAutoUpgradeKubelet, "auto_upgrade_kubelet", "bool", ""),
		arg(model.PathManagementAutoVulFix, "auto_vul_fix", "bool", ""),
		blockArg(model.PathManagementAutoVulFixPolicy, "auto_vul_fix_policy", ""),
		arg(model.PathManagementAutoVulFixPolicyRestartNode, "restart_node", "bool", ""),
		arg(model.PathManagementAutoVulFixPolicyVulLevel, "vul_level", "string", ""),
		arg(model.PathManagementUpgradeConfigMaxUnavailable, "max_unavailable", "number", v1_109_1),
		arg(model.PathManagementUpgradeConfigSurge, "surge", "number", v1_109_1),
		arg(model.PathManagementUpgradeConfigSurgePercentage, "surge_percentage", "number", v1_109_1),

		blockArg(model.PathAutoScaling, "scaling_config", v1_111),
		arg(model.PathAutoScalingEnable, "enable", "bool", ""),
		arg(model.PathAutoScalingMinInstances, "min_size", "number", v1_111),
		arg(model.PathAutoScalingMaxInstances, "max_size", "number", v1_111),
		arg(model.PathAutoScalingType, "type", "string", v1_111),
		arg(model.PathAutoScalingIsBondEIP, "is_bond_eip", "bool", v1_111),
		arg(model.PathAutoScalingEIPInternetChargeType, "eip_internet_charge_type", "string", v1_111),
		arg(model.PathAutoScalingEIPBandwidth, "eip_bandwidth", "number", v1_111).zeroDropped(),

		blockArg(model.PathNodeConfigKubeletConfiguration, "kubelet_configuration", ""),
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

		blockArg(model.PathAutoMode, model.PathAutoMode, v1_266),
		arg(model.PathAutoModeEnable, "enabled", "bool", v1_266),
		blockArg(model.PathTEEConfig, model.PathTEEConfig, ""),
		arg(model.PathTEEConfigTEEEnable, "tee_enable", "bool", ""),
		blockArg(model.PathEfloNodeGroup, model.PathEfloNodeGroup, v1_252),
		arg(model.PathEfloNodeGroupClusterID, "cluster_id", "string", v1_252),
		arg(model.PathEfloNodeGroupGroupID, "group_id", "string", v1_252),
	}
}
