// This file mirrors the wire shape of the CreateClusterNodePool body: one Go field per path of the field reference, JSON tags equal to the wire names.

package model

// NodePool is the JSON body of CreateClusterNodePool (POST /clusters/{ClusterId}/nodepools).
// Every optional scalar is a pointer so that "unset" differs from the zero value.
type NodePool struct {
	// Intelligent managed (auto mode) settings for the pool.
	AutoMode *AutoMode `json:"auto_mode,omitempty"`
	// Auto scaling settings; when disabled the pool holds scaling_group.desired_size nodes.
	AutoScaling *AutoScaling `json:"auto_scaling,omitempty"`
	// Old node count field. Deprecated: use scaling_group.desired_size.
	Count *int64 `json:"count,omitempty"`
	// Binding to a Lingjun (EFLO) cluster and group for Lingjun node pools.
	EfloNodeGroup *EfloNodeGroup `json:"eflo_node_group,omitempty"`
	// Whether pods use the node network stack (host network) instead of their own.
	HostNetwork *bool `json:"host_network,omitempty"`
	// Retired enhanced-edge network settings. Deprecated.
	InterconnectConfig *InterconnectConfig `json:"interconnect_config,omitempty"`
	// How an edge pool reaches the cloud: over the Internet or a private link.
	InterconnectMode *string `json:"interconnect_mode,omitempty"`
	// Whether nodes in an edge pool can reach each other at layer 3.
	Intranet *bool `json:"intranet,omitempty"`
	// Kubernetes-side node settings: labels, taints, runtime, user data, naming.
	KubernetesConfig *KubernetesConfig `json:"kubernetes_config,omitempty"`
	// Managed node pool features: auto repair, CVE fixing, auto upgrade.
	Management *Management `json:"management,omitempty"`
	// Retired cap on nodes in an edge pool. Deprecated.
	MaxNodes *int64 `json:"max_nodes,omitempty"`
	// Per-component versions and settings (e.g. kubelet) for the nodes.
	NodeComponents []NodeComponent `json:"node_components,omitempty"`
	// Node-level configuration; currently holds the kubelet configuration.
	NodeConfig *NodeConfig `json:"node_config,omitempty"`
	// Identity of the pool: name, type, resource group.
	NodepoolInfo *NodepoolInfo `json:"nodepool_info,omitempty"`
	// ECS scaling group settings: network, instances, billing, disks, login.
	ScalingGroup *ScalingGroup `json:"scaling_group,omitempty"`
	// Confidential computing (TEE) settings.
	TEEConfig *TEEConfig `json:"tee_config,omitempty"`
}

// AutoMode is `auto_mode`: intelligent managed (auto mode) settings for the pool.
type AutoMode struct {
	// Turns on intelligent managed mode for this pool.
	Enable *bool `json:"enable,omitempty"`
}

// AutoScaling is `auto_scaling`: auto scaling settings; when disabled the pool holds scaling_group.desired_size nodes.
type AutoScaling struct {
	// Old way to give scaled nodes an EIP bandwidth cap in Mbit/s. Deprecated: use scaling_group.internet_charge_type + scaling_group.internet_max_bandwidth_out.
	EIPBandwidth *int64 `json:"eip_bandwidth,omitempty"`
	// Old EIP billing mode for scaled nodes. Deprecated: use scaling_group.internet_charge_type + scaling_group.internet_max_bandwidth_out.
	EIPInternetChargeType *string `json:"eip_internet_charge_type,omitempty"`
	// Lets ACK add and remove nodes between min_instances and max_instances.
	Enable *bool `json:"enable,omitempty"`
	// Old switch that attached an EIP to every scaled node. Deprecated: use scaling_group.internet_charge_type + scaling_group.internet_max_bandwidth_out.
	IsBondEIP *bool `json:"is_bond_eip,omitempty"`
	// Upper bound of nodes the autoscaler may create (existing instances not counted).
	MaxInstances *int64 `json:"max_instances,omitempty"`
	// Lower bound of nodes the autoscaler keeps (existing instances not counted).
	MinInstances *int64 `json:"min_instances,omitempty"`
	// Kind of instances the autoscaler provisions.
	Type *string `json:"type,omitempty"`
}

// EfloNodeGroup is `eflo_node_group`: binding to a Lingjun (EFLO) cluster and group for Lingjun node pools.
type EfloNodeGroup struct {
	// Whether Lingjun nodes are added to the pool automatically.
	AutoAttachEnabled *bool `json:"auto_attach_enabled,omitempty"`
	// Lingjun cluster to associate with the new pool.
	ClusterID *string `json:"cluster_id,omitempty"`
	// Group inside the Lingjun cluster to associate with the new pool.
	GroupID *string `json:"group_id,omitempty"`
	// Worker RAM role used by the Lingjun pool.
	WorkerRAMRoleName *string `json:"worker_ram_role_name,omitempty"`
}

// InterconnectConfig is `interconnect_config`: retired enhanced-edge network settings. Deprecated on the wire.
type InterconnectConfig struct {
	// Retired: bandwidth in Mbit/s of an enhanced edge pool. Deprecated.
	Bandwidth *int64 `json:"bandwidth,omitempty"`
	// Retired: Cloud Connect Network instance of an enhanced edge pool. Deprecated.
	CCNID *string `json:"ccn_id,omitempty"`
	// Retired: region of that Cloud Connect Network instance. Deprecated.
	CCNRegionID *string `json:"ccn_region_id,omitempty"`
	// Retired: Cloud Enterprise Network instance of an enhanced edge pool. Deprecated.
	CENID *string `json:"cen_id,omitempty"`
	// Retired: purchase length in months of an enhanced edge pool. Deprecated.
	ImprovedPeriod *string `json:"improved_period,omitempty"`
}

// KubernetesConfig is `kubernetes_config`: kubernetes-side node settings: labels, taints, runtime, user data, naming.
type KubernetesConfig struct {
	// Installs the CloudMonitor agent on the nodes.
	CMSEnabled *bool `json:"cms_enabled,omitempty"`
	// Kubelet CPU manager policy for the nodes.
	CPUPolicy *string `json:"cpu_policy,omitempty"`
	// Kubernetes labels put on every node of the pool.
	Labels []Label `json:"labels,omitempty"`
	// Custom node naming: prefix + private IP + suffix; also renames the ECS instance and hostname.
	NodeNameMode *string `json:"node_name_mode,omitempty"`
	// Base64 script run on the instance before it joins the cluster.
	PreUserData *string `json:"pre_user_data,omitempty"`
	// Container runtime name.
	Runtime *string `json:"runtime,omitempty"`
	// Container runtime version (e.g. a containerd version).
	RuntimeVersion *string `json:"runtime_version,omitempty"`
	// Kubernetes taints put on every node of the pool.
	Taints []Taint `json:"taints,omitempty"`
	// Marks newly added nodes as unschedulable (cordoned).
	Unschedulable *bool `json:"unschedulable,omitempty"`
	// Base64 script run on the instance after it joins the cluster.
	UserData *string `json:"user_data,omitempty"`
}

// Label is `kubernetes_config.labels[]`: kubernetes labels put on every node of the pool.
type Label struct {
	// Label key.
	Key *string `json:"key,omitempty"`
	// Label value (may be empty).
	Value *string `json:"value,omitempty"`
}

// Taint is `kubernetes_config.taints[]`: kubernetes taints put on every node of the pool.
type Taint struct {
	// Scheduling effect of the taint.
	Effect *string `json:"effect,omitempty"`
	// Taint key.
	Key *string `json:"key,omitempty"`
	// Taint value.
	Value *string `json:"value,omitempty"`
}

// Management is `management`: managed node pool features: auto repair, CVE fixing, auto upgrade.
type Management struct {
	// Uses ECS fault diagnosis as part of node self-healing.
	AutoFaultDiagnosis *bool `json:"auto_fault_diagnosis,omitempty"`
	// Automatically repairs unhealthy nodes.
	AutoRepair *bool `json:"auto_repair,omitempty"`
	// Rules for automatic node repair.
	AutoRepairPolicy *AutoRepairPolicy `json:"auto_repair_policy,omitempty"`
	// Automatically upgrades node components.
	AutoUpgrade *bool `json:"auto_upgrade,omitempty"`
	// Which components auto upgrade may touch.
	AutoUpgradePolicy *AutoUpgradePolicy `json:"auto_upgrade_policy,omitempty"`
	// Automatically patches OS CVEs.
	AutoVulFix *bool `json:"auto_vul_fix,omitempty"`
	// Rules for automatic CVE patching.
	AutoVulFixPolicy *AutoVulFixPolicy `json:"auto_vul_fix_policy,omitempty"`
	// Node rotation (drift replacement); only intelligent managed pools support it and have it on by default.
	DriftEnabled *bool `json:"drift_enabled,omitempty"`
	// Master switch for managed node pool features.
	Enable *bool `json:"enable,omitempty"`
	// Old nested auto-upgrade block; still the only place for surge/max_unavailable. Deprecated: use management.auto_upgrade.
	UpgradeConfig *UpgradeConfig `json:"upgrade_config,omitempty"`
}

// AutoRepairPolicy is `management.auto_repair_policy`: rules for automatic node repair.
type AutoRepairPolicy struct {
	// Requires a manual approval before a repair runs.
	ApprovalRequired *bool `json:"approval_required,omitempty"`
	// How many nodes (count or percentage) may be repaired at once.
	MaxParallelRepairingNodes *string `json:"max_parallel_repairing_nodes,omitempty"`
	// Unhealthy-node count or percentage above which self-healing stops (circuit breaker).
	MaxUnhealthyNodesThreshold *string `json:"max_unhealthy_nodes_threshold,omitempty"`
	// Allows a repair to reboot the node.
	RestartNode *bool `json:"restart_node,omitempty"`
}

// AutoUpgradePolicy is `management.auto_upgrade_policy`: which components auto upgrade may touch.
type AutoUpgradePolicy struct {
	// Allows automatic kubelet upgrades.
	AutoUpgradeKubelet *bool `json:"auto_upgrade_kubelet,omitempty"`
	// Allows automatic operating system upgrades.
	AutoUpgradeOS *bool `json:"auto_upgrade_os,omitempty"`
	// Allows automatic container runtime upgrades.
	AutoUpgradeRuntime *bool `json:"auto_upgrade_runtime,omitempty"`
}

// AutoVulFixPolicy is `management.auto_vul_fix_policy`: rules for automatic CVE patching.
type AutoVulFixPolicy struct {
	// Packages left out of automatic CVE patching.
	ExcludePackages *string `json:"exclude_packages,omitempty"`
	// Allows CVE patching to reboot the node.
	RestartNode *bool `json:"restart_node,omitempty"`
	// Comma-separated severities that get patched automatically.
	VulLevel *string `json:"vul_level,omitempty"`
}

// UpgradeConfig is `management.upgrade_config`: old nested auto-upgrade block; still the only place for surge/max_unavailable. Deprecated on the wire.
type UpgradeConfig struct {
	// Old auto-upgrade switch. Deprecated: use management.auto_upgrade.
	AutoUpgrade *bool `json:"auto_upgrade,omitempty"`
	// Most nodes allowed to be unavailable during an upgrade.
	MaxUnavailable *int64 `json:"max_unavailable,omitempty"`
	// Extra nodes added during an upgrade (absolute count).
	Surge *int64 `json:"surge,omitempty"`
	// Extra nodes added during an upgrade, as a percentage of current nodes.
	SurgePercentage *int64 `json:"surge_percentage,omitempty"`
}

// NodeComponent is `node_components[]`: per-component versions and settings (e.g. kubelet) for the nodes.
type NodeComponent struct {
	// Configuration for this node component.
	Config *NodeComponentConfig `json:"config,omitempty"`
	// Node component name, e.g. kubelet.
	Name *string `json:"name,omitempty"`
	// Node component version, e.g. 1.33.3-aliyun.1.
	Version *string `json:"version,omitempty"`
}

// NodeComponentConfig is `node_components[].config`: configuration for this node component.
type NodeComponentConfig struct {
	// Free-form component settings as a JSON object (e.g. {"cpuManagerPolicy":"static"}).
	CustomConfig map[string]any `json:"custom_config,omitempty"`
	// Environment variables passed to the node component.
	Envs []EnvVar `json:"envs,omitempty"`
}

// EnvVar is `node_components[].config.envs[]`: environment variables passed to the node component.
type EnvVar struct {
	// Environment variable name.
	Name *string `json:"name,omitempty"`
	// Environment variable value.
	Value *string `json:"value,omitempty"`
}

// NodeConfig is `node_config`: node-level configuration; currently holds the kubelet configuration.
type NodeConfig struct {
	// Kubelet configuration overrides (KubeletConfig model; camelCase wire keys).
	KubeletConfiguration *KubeletConfig `json:"kubelet_configuration,omitempty"`
}

// KubeletConfig is `node_config.kubelet_configuration`: kubelet configuration overrides (KubeletConfig model; camelCase wire keys).
type KubeletConfig struct {
	// Unsafe sysctls (or prefix* patterns) pods may set.
	AllowedUnsafeSysctls []string `json:"allowedUnsafeSysctls,omitempty"`
	// DNS server IPs handed to pods.
	ClusterDNS []string `json:"clusterDNS,omitempty"`
	// Most rotated log files kept per container.
	ContainerLogMaxFiles *int64 `json:"containerLogMaxFiles,omitempty"`
	// Log file size that triggers rotation, a Kubernetes quantity such as 10Mi.
	ContainerLogMaxSize *string `json:"containerLogMaxSize,omitempty"`
	// Concurrent log-rotation workers.
	ContainerLogMaxWorkers *int64 `json:"containerLogMaxWorkers,omitempty"`
	// How often container logs are checked for rotation (duration, e.g. 10s).
	ContainerLogMonitorInterval *string `json:"containerLogMonitorInterval,omitempty"`
	// Enforces CPU limits with CFS quota.
	CPUCFSQuota *bool `json:"cpuCFSQuota,omitempty"`
	// CFS quota period as a duration, e.g. 100ms.
	CPUCFSQuotaPeriod *string `json:"cpuCFSQuotaPeriod,omitempty"`
	// Kubelet CPU manager policy.
	CPUManagerPolicy *string `json:"cpuManagerPolicy,omitempty"`
	// Burst size for event creation.
	EventBurst *int64 `json:"eventBurst,omitempty"`
	// Events the kubelet may create per second.
	EventRecordQPS *int64 `json:"eventRecordQPS,omitempty"`
	// Hard eviction thresholds, e.g. {"memory.available":"300Mi"}.
	EvictionHard map[string]string `json:"evictionHard,omitempty"`
	// Soft eviction thresholds (need a matching grace period).
	EvictionSoft map[string]string `json:"evictionSoft,omitempty"`
	// Grace period per soft eviction signal, e.g. {"memory.available":"30s"}.
	EvictionSoftGracePeriod map[string]string `json:"evictionSoftGracePeriod,omitempty"`
	// Kubelet feature gates, name -> bool.
	FeatureGates map[string]bool `json:"featureGates,omitempty"`
	// Disk usage percent that always triggers image GC; must be greater than the low threshold.
	ImageGCHighThresholdPercent *int64 `json:"imageGCHighThresholdPercent,omitempty"`
	// Disk usage percent below which image GC never runs.
	ImageGCLowThresholdPercent *int64 `json:"imageGCLowThresholdPercent,omitempty"`
	// Burst size for requests to the API server.
	KubeAPIBurst *int64 `json:"kubeAPIBurst,omitempty"`
	// Steady QPS towards the API server.
	KubeAPIQPS *int64 `json:"kubeAPIQPS,omitempty"`
	// Resources reserved for Kubernetes daemons, e.g. {"cpu":"100m","memory":"1Gi"}.
	KubeReserved map[string]string `json:"kubeReserved,omitempty"`
	// Most pods the node may run.
	MaxPods *int64 `json:"maxPods,omitempty"`
	// Kubelet memory manager policy.
	MemoryManagerPolicy *string `json:"memoryManagerPolicy,omitempty"`
	// Most process IDs per pod; -1 means no limit.
	PodPIDsLimit *int64 `json:"podPidsLimit,omitempty"`
	// Kubelet read-only port; 0 disables it.
	ReadOnlyPort *int64 `json:"readOnlyPort,omitempty"`
	// Burst size for image pulls.
	RegistryBurst *int64 `json:"registryBurst,omitempty"`
	// Image pulls allowed per second.
	RegistryPullQPS *int64 `json:"registryPullQPS,omitempty"`
	// Memory reserved per NUMA node (for the Static memory manager).
	ReservedMemory []ReservedMemory `json:"reservedMemory,omitempty"`
	// Pulls images one at a time.
	SerializeImagePulls *bool `json:"serializeImagePulls,omitempty"`
	// Requests the kubelet serving certificate from the API server.
	ServerTLSBootstrap *bool `json:"serverTLSBootstrap,omitempty"`
	// Resources reserved for OS daemons, e.g. {"cpu":"100m","memory":"1Gi"}.
	SystemReserved map[string]string `json:"systemReserved,omitempty"`
	// Kubelet topology manager policy.
	TopologyManagerPolicy *string `json:"topologyManagerPolicy,omitempty"`
	// OpenTelemetry tracing settings of the kubelet.
	Tracing *KubeletTracing `json:"tracing,omitempty"`
}

// ReservedMemory is `node_config.kubelet_configuration.reservedMemory[]`: memory reserved per NUMA node (for the Static memory manager).
type ReservedMemory struct {
	// Reserved amounts per resource, e.g. {"memory":"1Gi"}.
	Limits map[string]string `json:"limits,omitempty"`
	// NUMA node index.
	NUMANode *int64 `json:"numaNode,omitempty"`
}

// KubeletTracing is `node_config.kubelet_configuration.tracing`: openTelemetry tracing settings of the kubelet.
type KubeletTracing struct {
	// Collector endpoint, host:port (e.g. localhost:4317).
	Endpoint *string `json:"endpoint,omitempty"`
	// Spans sampled per million.
	SamplingRatePerMillion *int64 `json:"samplingRatePerMillion,omitempty"`
}

// NodepoolInfo is `nodepool_info`: identity of the pool: name, type, resource group.
type NodepoolInfo struct {
	// Name of the new node pool.
	Name *string `json:"name,omitempty"`
	// Resource group that the pool's instances are placed in.
	ResourceGroupID *string `json:"resource_group_id,omitempty"`
	// Kind of node pool.
	Type *string `json:"type,omitempty"`
}

// ScalingGroup is `scaling_group`: eCS scaling group settings: network, instances, billing, disks, login.
type ScalingGroup struct {
	// Renews subscription nodes automatically.
	AutoRenew *bool `json:"auto_renew,omitempty"`
	// Length of each automatic renewal.
	AutoRenewPeriod *int64 `json:"auto_renew_period,omitempty"`
	// Old CIS hardening switch. Deprecated: use scaling_group.security_hardening_os.
	CISEnabled *bool `json:"cis_enabled,omitempty"`
	// Falls back to pay-as-you-go instances when spot ones cannot be created.
	CompensateWithOnDemand *bool `json:"compensate_with_on_demand,omitempty"`
	// CPU feature options for the instances.
	CPUOptions *CPUOptions `json:"cpu_options,omitempty"`
	// Data disks attached to every node (DataDisk model).
	DataDisks []DataDisk `json:"data_disks,omitempty"`
	// Deployment set that spreads the pool's instances over physical hosts.
	DeploymentsetID *string `json:"deploymentset_id,omitempty"`
	// Number of nodes the pool keeps when auto scaling is off (0 = create none now).
	DesiredSize *int64 `json:"desired_size,omitempty"`
	// Block device initialisation rules (DiskInit model).
	DiskInit []DiskInit `json:"disk_init,omitempty"`
	// High-density cloud disk mode (more disks per instance type).
	EnableHighDensityMode *bool `json:"enable_high_density_mode,omitempty"`
	// Custom image to boot the nodes from; system image when unset.
	ImageID *string `json:"image_id,omitempty"`
	// Operating system image family.
	ImageType *string `json:"image_type,omitempty"`
	// Billing method of the nodes.
	InstanceChargeType *string `json:"instance_charge_type,omitempty"`
	// ECS instance metadata (IMDS) access settings.
	InstanceMetadataOptions *InstanceMetadataOptions `json:"instance_metadata_options,omitempty"`
	// Attribute-based instance type selection (InstancePatterns model).
	InstancePatterns []InstancePattern `json:"instance_patterns,omitempty"`
	// Instance types the pool may launch; the scaler picks among them.
	InstanceTypes []string `json:"instance_types,omitempty"`
	// Billing mode of the nodes' public IP.
	InternetChargeType *string `json:"internet_charge_type,omitempty"`
	// Outbound public bandwidth cap per node in Mbit/s.
	InternetMaxBandwidthOut *int64 `json:"internet_max_bandwidth_out,omitempty"`
	// ECS key pair name used for SSH login.
	KeyPair *string `json:"key_pair,omitempty"`
	// Log in as ecs-user instead of root.
	LoginAsNonRoot *bool `json:"login_as_non_root,omitempty"`
	// SSH password for the nodes.
	LoginPassword *string `json:"login_password,omitempty"`
	// How instances are spread over the vswitches' zones.
	MultiAZPolicy *string `json:"multi_az_policy,omitempty"`
	// Minimum number of pay-as-you-go instances in the group.
	OnDemandBaseCapacity *int64 `json:"on_demand_base_capacity,omitempty"`
	// Share of pay-as-you-go instances above the base capacity.
	OnDemandPercentageAboveBaseCapacity *int64 `json:"on_demand_percentage_above_base_capacity,omitempty"`
	// Subscription length.
	Period *int64 `json:"period,omitempty"`
	// Unit of period.
	PeriodUnit *string `json:"period_unit,omitempty"`
	// Old OS distribution field. Deprecated: use scaling_group.image_type.
	Platform *string `json:"platform,omitempty"`
	// Private pool (elasticity assurance / capacity reservation) to launch from.
	PrivatePoolOptions *PrivatePoolOptions `json:"private_pool_options,omitempty"`
	// Worker RAM role for the nodes; the cluster default role when empty.
	RAMRoleName *string `json:"ram_role_name,omitempty"`
	// ApsaraDB RDS instances whose whitelist gets the nodes.
	RDSInstances []string `json:"rds_instances,omitempty"`
	// Resource pool strategy (private pools first/only) for new instances.
	ResourcePoolOptions *ResourcePoolOptions `json:"resource_pool_options,omitempty"`
	// Scale-in behaviour: release instances or stop and keep them.
	ScalingPolicy *string `json:"scaling_policy,omitempty"`
	// Single security group (old form). Deprecated: use scaling_group.security_group_ids.
	SecurityGroupID *string `json:"security_group_id,omitempty"`
	// Security groups the nodes join.
	SecurityGroupIDs []string `json:"security_group_ids,omitempty"`
	// Applies Alibaba Cloud OS security hardening.
	SecurityHardeningOS *bool `json:"security_hardening_os,omitempty"`
	// Applies MLPS 2.0 (classified protection) hardening.
	SOCEnabled *bool `json:"soc_enabled,omitempty"`
	// Number of cheapest instance types spot capacity is spread over.
	SpotInstancePools *int64 `json:"spot_instance_pools,omitempty"`
	// Replaces spot instances before they are reclaimed.
	SpotInstanceRemedy *bool `json:"spot_instance_remedy,omitempty"`
	// Per-instance-type price caps for spot instances.
	SpotPriceLimit []SpotPriceLimit `json:"spot_price_limit,omitempty"`
	// Spot bidding mode.
	SpotStrategy *string `json:"spot_strategy,omitempty"`
	// Enables performance burst on the system disk.
	SystemDiskBurstingEnabled *bool `json:"system_disk_bursting_enabled,omitempty"`
	// System disk categories in priority order (fallbacks).
	SystemDiskCategories []string `json:"system_disk_categories,omitempty"`
	// System disk category.
	SystemDiskCategory *string `json:"system_disk_category,omitempty"`
	// System disk encryption algorithm.
	SystemDiskEncryptAlgorithm *string `json:"system_disk_encrypt_algorithm,omitempty"`
	// Encrypts the system disk.
	SystemDiskEncrypted *bool `json:"system_disk_encrypted,omitempty"`
	// KMS key used to encrypt the system disk.
	SystemDiskKMSKeyID *string `json:"system_disk_kms_key_id,omitempty"`
	// ESSD performance level of the system disk (allowed levels depend on size).
	SystemDiskPerformanceLevel *string `json:"system_disk_performance_level,omitempty"`
	// Extra provisioned IOPS of an ESSD AutoPL system disk.
	SystemDiskProvisionedIOPS *int64 `json:"system_disk_provisioned_iops,omitempty"`
	// System disk size in GiB.
	SystemDiskSize *int64 `json:"system_disk_size,omitempty"`
	// Automatic snapshot policy for the system disk.
	SystemDiskSnapshotPolicyID *string `json:"system_disk_snapshot_policy_id,omitempty"`
	// ECS tags added to the instances only.
	Tags []Tag `json:"tags,omitempty"`
	// vSwitches (and so zones) nodes are created in.
	VSwitchIDs []string `json:"vswitch_ids,omitempty"`
}

// CPUOptions is `scaling_group.cpu_options`: cPU feature options for the instances.
type CPUOptions struct {
	// Turns nested virtualization on or off.
	NestedVirtualization *string `json:"nested_virtualization,omitempty"`
}

// DataDisk is `scaling_group.data_disks[]`: data disks attached to every node (DataDisk model).
type DataDisk struct {
	// Old switch to format and mount the disk automatically. Deprecated.
	AutoFormat *bool `json:"auto_format,omitempty"`
	// Automatic snapshot policy for this disk (none when empty).
	AutoSnapshotPolicyID *string `json:"auto_snapshot_policy_id,omitempty"`
	// Enables performance burst on this disk.
	BurstingEnabled *bool `json:"bursting_enabled,omitempty"`
	// Disk category.
	Category *string `json:"category,omitempty"`
	// Device name the disk is attached as; assigned automatically when empty.
	Device *string `json:"device,omitempty"`
	// Disk name.
	DiskName *string `json:"disk_name,omitempty"`
	// Encrypts the disk; a STRING "true"/"false" on the wire.
	Encrypted *string `json:"encrypted,omitempty"`
	// Old file system choice for auto_format. Deprecated.
	FileSystem *string `json:"file_system,omitempty"`
	// KMS key used to encrypt this disk.
	KMSKeyID *string `json:"kms_key_id,omitempty"`
	// Old mount path for an auto-formatted disk. Deprecated.
	MountTarget *string `json:"mount_target,omitempty"`
	// ESSD performance level of this disk (depends on size).
	PerformanceLevel *string `json:"performance_level,omitempty"`
	// Extra provisioned IOPS of an ESSD AutoPL disk.
	ProvisionedIOPS *int64 `json:"provisioned_iops,omitempty"`
	// Disk size in GiB (ignored when snapshot_id is set).
	Size *int64 `json:"size,omitempty"`
	// Snapshot to create the disk from; its size then wins over size.
	SnapshotID *string `json:"snapshot_id,omitempty"`
}

// DiskInit is `scaling_group.disk_init[]`: block device initialisation rules (DiskInit model).
type DiskInit struct {
	// Name of the disk to initialise (ties the rule to a data disk).
	DiskName *string `json:"disk_name,omitempty"`
	// Whether the target is a local (instance-store) disk.
	LocalDisk *bool `json:"local_disk,omitempty"`
	// File system to create, e.g. ext4.
	MkfsType *string `json:"mkfs_type,omitempty"`
	// Whether the disk is used as container runtime storage.
	MountForRuntime *bool `json:"mount_for_runtime,omitempty"`
	// Mount point, e.g. /mnt/disk0.
	MountTarget *string `json:"mount_target,omitempty"`
}

// InstanceMetadataOptions is `scaling_group.instance_metadata_options`: eCS instance metadata (IMDS) access settings.
type InstanceMetadataOptions struct {
	// IMDS access mode: normal plus hardened, or hardened (token) only.
	HttpTokens *string `json:"http_tokens,omitempty"`
}

// InstancePattern is `scaling_group.instance_patterns[]`: attribute-based instance type selection (InstancePatterns model).
type InstancePattern struct {
	// Old list of instance architectures. Deprecated: use scaling_group.instance_patterns[].cpu_architectures.
	Architectures []string `json:"architectures,omitempty"`
	// Old switch about burstable instance types. Deprecated.
	BurstPerformanceOption *string `json:"burst_performance_option,omitempty"`
	// Old vCPU count. Deprecated: use scaling_group.instance_patterns[].cores.
	Core *int64 `json:"core,omitempty"`
	// Exact vCPU count of acceptable types.
	Cores *int64 `json:"cores,omitempty"`
	// Acceptable CPU architectures.
	CPUArchitectures []string `json:"cpu_architectures,omitempty"`
	// Instance types to leave out.
	ExcludedInstanceTypes []string `json:"excluded_instance_types,omitempty"`
	// Acceptable instance categories.
	InstanceCategories []string `json:"instance_categories,omitempty"`
	// Instance family level.
	InstanceFamilyLevel *string `json:"instance_family_level,omitempty"`
	// Acceptable instance families, e.g. ecs.g7.
	InstanceTypeFamilies []string `json:"instance_type_families,omitempty"`
	// Highest vCPU count accepted.
	MaxCPUCores *int64 `json:"max_cpu_cores,omitempty"`
	// Highest memory accepted, GiB.
	MaxMemorySize *float64 `json:"max_memory_size,omitempty"`
	// Old hourly price cap. Deprecated.
	MaxPrice *float64 `json:"max_price,omitempty"`
	// Highest GPU count per instance accepted.
	MaximumGPUAmount *int64 `json:"maximum_gpu_amount,omitempty"`
	// Exact memory size in GiB of acceptable types.
	Memory *float64 `json:"memory,omitempty"`
	// Lowest vCPU count accepted.
	MinCPUCores *int64 `json:"min_cpu_cores,omitempty"`
	// Lowest memory accepted, GiB.
	MinMemorySize *float64 `json:"min_memory_size,omitempty"`
	// Lowest number of IPv6 addresses per ENI accepted.
	MinimumENIIPv6AddressQuantity *int64 `json:"minimum_eni_ipv6_address_quantity,omitempty"`
	// Lowest number of private IPv4 addresses per ENI accepted.
	MinimumENIPrivateIPAddressQuantity *int64 `json:"minimum_eni_private_ip_address_quantity,omitempty"`
	// Lowest number of ENIs per instance accepted.
	MinimumENIQuantity *int64 `json:"minimum_eni_quantity,omitempty"`
}

// PrivatePoolOptions is `scaling_group.private_pool_options`: private pool (elasticity assurance / capacity reservation) to launch from.
type PrivatePoolOptions struct {
	// Private pool ID.
	ID *string `json:"id,omitempty"`
	// How private pool capacity is matched.
	MatchCriteria *string `json:"match_criteria,omitempty"`
}

// ResourcePoolOptions is `scaling_group.resource_pool_options`: resource pool strategy (private pools first/only) for new instances.
type ResourcePoolOptions struct {
	// Target-mode private pool IDs to use.
	PrivatePoolIDs []string `json:"private_pool_ids,omitempty"`
	// Order in which private and public pools are used.
	Strategy *string `json:"strategy,omitempty"`
}

// SpotPriceLimit is `scaling_group.spot_price_limit[]`: per-instance-type price caps for spot instances.
type SpotPriceLimit struct {
	// Instance type the cap applies to.
	InstanceType *string `json:"instance_type,omitempty"`
	// Highest hourly price per instance, as a decimal string.
	PriceLimit *string `json:"price_limit,omitempty"`
}

// Tag is `scaling_group.tags[]`: eCS tags added to the instances only.
type Tag struct {
	// Tag key.
	Key *string `json:"key,omitempty"`
	// Tag value.
	Value *string `json:"value,omitempty"`
}

// TEEConfig is `tee_config`: confidential computing (TEE) settings.
type TEEConfig struct {
	// Creates confidential-computing (TEE) nodes.
	TEEEnable *bool `json:"tee_enable,omitempty"`
}
