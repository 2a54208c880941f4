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

// Row builders: keep the table below one line per argument. The argument's name, its
// provider type and the first provider version with it are columns of the field table
// (model/fieldtable.yaml: terraform, terraform_type, terraform_since); a row here adds
// what only the renderer needs.
func arg(wire string) tfArg {
	fi, _ := model.Field(wire)
	return tfArg{wire: wire, tf: fi.TerraformArg, typ: fi.TerraformType, since: fi.TerraformSince}
}
func blockArg(wire string) tfArg  { a := arg(wire); a.kind = block; return a }
func blocksArg(wire string) tfArg { a := arg(wire); a.kind = blocks; return a }

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

// minProvider is the oldest provider ackpool checks its output against: its schema
// (argument names, types, blocks) and the values it refuses are recorded here.
const minProvider = "1.240.0"

const kubelet = "node_config.kubelet_configuration."

// terraformTable is the whole mapping, in the order arguments are written. Versions
// come from the provider's documentation ("Available since"); see tfArg.since.
func terraformTable() []tfArg {
	return []tfArg{
		arg(model.PathNodepoolInfoName),
		arg(model.PathNodepoolInfoType),
		arg(model.PathNodepoolInfoResourceGroupID),
		arg(model.PathScalingGroupVSwitchIDs).mandatory(),
		arg(model.PathScalingGroupInstanceTypes).mandatory(),
		arg(model.PathScalingGroupInstanceChargeType),
		arg(model.PathScalingGroupPeriod).zeroDropped().refusing(refusal{values: []string{"4", "24"}}),
		arg(model.PathScalingGroupPeriodUnit).refusing(refusal{values: []string{"Week"}}),
		arg(model.PathScalingGroupAutoRenew).zeroDropped(),
		arg(model.PathScalingGroupAutoRenewPeriod).zeroDropped().refusing(refusal{values: []string{"24"}}),
		arg(model.PathScalingGroupDesiredSize).zeroDropped(),
		arg(model.PathCount).zeroDropped(),
		arg(model.PathScalingGroupImageType).refusing(refusal{values: []string{"AliyunLinux3Security", "AliyunLinux3ContainerOptimized"}}),
		arg(model.PathScalingGroupImageID),
		arg(model.PathScalingGroupPlatform),
		arg(model.PathScalingGroupSystemDiskCategory).refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg(model.PathScalingGroupSystemDiskCategories).refusing(refusal{values: []string{"cloud_essd_entry"}}),
		arg(model.PathScalingGroupSystemDiskSize).zeroDropped().refusing(refusal{above: 500}),
		arg(model.PathScalingGroupSystemDiskPerformanceLevel),
		arg(model.PathScalingGroupSystemDiskBurstingEnabled).zeroDropped(),
		arg(model.PathScalingGroupSystemDiskProvisionedIOPS).zeroDropped(),
		arg(model.PathScalingGroupSystemDiskEncrypted).zeroDropped(),
		arg(model.PathScalingGroupSystemDiskEncryptAlgorithm),
		arg(model.PathScalingGroupSystemDiskKMSKeyID),
		arg(model.PathScalingGroupSystemDiskSnapshotPolicyID),
		arg(model.PathScalingGroupKeyPair),
		arg(model.PathScalingGroupLoginPassword).secret(),
		arg(model.PathScalingGroupLoginAsNonRoot).zeroDropped(),
		arg(model.PathScalingGroupSecurityGroupIDs),
		arg(model.PathScalingGroupSecurityGroupID),
		arg(model.PathScalingGroupSecurityHardeningOS).zeroDropped(),
		arg(model.PathScalingGroupSOCEnabled).zeroDropped(),
		arg(model.PathScalingGroupCISEnabled).zeroDropped(),
		arg(model.PathScalingGroupRAMRoleName),
		arg(model.PathScalingGroupDeploymentsetID),
		arg(model.PathScalingGroupRDSInstances),
		arg(model.PathScalingGroupInternetChargeType),
		arg(model.PathScalingGroupInternetMaxBandwidthOut).zeroDropped(),
		arg(model.PathScalingGroupMultiAZPolicy),
		arg(model.PathScalingGroupScalingPolicy),
		arg(model.PathScalingGroupSpotStrategy),
		arg(model.PathScalingGroupSpotInstancePools).zeroDropped(),
		arg(model.PathScalingGroupSpotInstanceRemedy).zeroDropped(),
		arg(model.PathScalingGroupCompensateWithOnDemand).zeroDropped(),
		arg(model.PathScalingGroupOnDemandBaseCapacity).zeroDropped(),
		arg(model.PathScalingGroupOnDemandPercentageAboveBaseCapacity).zeroDropped(),
		arg(model.PathKubernetesConfigRuntime),
		arg(model.PathKubernetesConfigRuntimeVersion),
		arg(model.PathKubernetesConfigCPUPolicy),
		arg(model.PathKubernetesConfigCMSEnabled).zeroDropped().defaults(true),
		arg(model.PathKubernetesConfigNodeNameMode),
		arg(model.PathKubernetesConfigUnschedulable).zeroDropped(),
		arg(model.PathKubernetesConfigUserData).secret(),
		arg(model.PathKubernetesConfigPreUserData).secret(),
		arg(model.PathScalingGroupTags).tags(),

		blocksArg(model.PathScalingGroupDataDisks),
		arg(model.PathScalingGroupDataDisksCategory).refusing(refusal{values: []string{"cloud_essd_entry", "elastic_ephemeral_disk_premium"}}),
		arg(model.PathScalingGroupDataDisksSize).zeroDropped(),
		arg(model.PathScalingGroupDataDisksPerformanceLevel),
		arg(model.PathScalingGroupDataDisksEncrypted),
		arg(model.PathScalingGroupDataDisksKMSKeyID),
		arg(model.PathScalingGroupDataDisksSnapshotID),
		arg(model.PathScalingGroupDataDisksAutoSnapshotPolicyID),
		arg(model.PathScalingGroupDataDisksBurstingEnabled),
		arg(model.PathScalingGroupDataDisksProvisionedIOPS).zeroDropped(),
		arg(model.PathScalingGroupDataDisksDevice),
		arg(model.PathScalingGroupDataDisksDiskName),
		arg(model.PathScalingGroupDataDisksAutoFormat),
		arg(model.PathScalingGroupDataDisksFileSystem),
		arg(model.PathScalingGroupDataDisksMountTarget),

		blocksArg(model.PathKubernetesConfigLabels),
		arg(model.PathKubernetesConfigLabelsKey),
		arg(model.PathKubernetesConfigLabelsValue),
		blocksArg(model.PathKubernetesConfigTaints),
		arg(model.PathKubernetesConfigTaintsKey),
		arg(model.PathKubernetesConfigTaintsValue),
		arg(model.PathKubernetesConfigTaintsEffect),
		blocksArg(model.PathScalingGroupSpotPriceLimit),
		arg(model.PathScalingGroupSpotPriceLimitInstanceType),
		arg(model.PathScalingGroupSpotPriceLimitPriceLimit),
		blockArg(model.PathScalingGroupPrivatePoolOptions),
		arg(model.PathScalingGroupPrivatePoolOptionsID),
		arg(model.PathScalingGroupPrivatePoolOptionsMatchCriteria),
		blockArg(model.PathScalingGroupInstanceMetadataOptions),
		arg(model.PathScalingGroupInstanceMetadataOptionsHttpTokens),
		blocksArg(model.PathScalingGroupInstancePatterns),
		arg(model.PathScalingGroupInstancePatternsInstanceFamilyLevel),
		arg(model.PathScalingGroupInstancePatternsCores),
		arg(model.PathScalingGroupInstancePatternsCPUArchitectures),
		arg(model.PathScalingGroupInstancePatternsExcludedInstanceTypes),
		arg(model.PathScalingGroupInstancePatternsInstanceCategories),
		arg(model.PathScalingGroupInstancePatternsInstanceTypeFamilies),
		arg(model.PathScalingGroupInstancePatternsMaxCPUCores),
		arg(model.PathScalingGroupInstancePatternsMaxMemorySize),
		arg(model.PathScalingGroupInstancePatternsMemory),
		arg(model.PathScalingGroupInstancePatternsMinCPUCores),
		arg(model.PathScalingGroupInstancePatternsMinMemorySize),

		blockArg(model.PathManagement),
		arg(model.PathManagementEnable),
		arg(model.PathManagementAutoRepair),
		blockArg(model.PathManagementAutoRepairPolicy),
		arg(model.PathManagementAutoRepairPolicyRestartNode),
		arg(model.PathManagementAutoUpgrade),
		blockArg(model.PathManagementAutoUpgradePolicy),
		arg(model.PathManagementAutoUpgradePolicyAutoUpgradeKubelet),
		arg(model.PathManagementAutoVulFix),
		blockArg(model.PathManagementAutoVulFixPolicy),
		arg(model.PathManagementAutoVulFixPolicyRestartNode),
		arg(model.PathManagementAutoVulFixPolicyVulLevel),
		arg(model.PathManagementUpgradeConfigMaxUnavailable),
		arg(model.PathManagementUpgradeConfigSurge),
		arg(model.PathManagementUpgradeConfigSurgePercentage),

		blockArg(model.PathAutoScaling),
		arg(model.PathAutoScalingEnable),
		arg(model.PathAutoScalingMinInstances),
		arg(model.PathAutoScalingMaxInstances),
		arg(model.PathAutoScalingType),
		arg(model.PathAutoScalingIsBondEIP),
		arg(model.PathAutoScalingEIPInternetChargeType),
		arg(model.PathAutoScalingEIPBandwidth).zeroDropped(),

		blockArg(model.PathNodeConfigKubeletConfiguration),
		arg(kubelet + "allowedUnsafeSysctls"),
		arg(kubelet + "clusterDNS"),
		arg(kubelet + "containerLogMaxFiles"),
		arg(kubelet + "containerLogMaxSize"),
		arg(kubelet + "containerLogMaxWorkers"),
		arg(kubelet + "containerLogMonitorInterval"),
		arg(kubelet + "cpuCFSQuota"),
		arg(kubelet + "cpuCFSQuotaPeriod"),
		arg(kubelet + "cpuManagerPolicy"),
		arg(kubelet + "eventBurst"),
		arg(kubelet + "eventRecordQPS"),
		arg(kubelet + "evictionHard"),
		arg(kubelet + "evictionSoft"),
		arg(kubelet + "evictionSoftGracePeriod"),
		arg(kubelet + "featureGates"),
		arg(kubelet + "imageGCHighThresholdPercent"),
		arg(kubelet + "imageGCLowThresholdPercent"),
		arg(kubelet + "kubeAPIBurst"),
		arg(kubelet + "kubeAPIQPS"),
		arg(kubelet + "kubeReserved"),
		arg(kubelet + "maxPods"),
		arg(kubelet + "memoryManagerPolicy"),
		arg(kubelet + "podPidsLimit"),
		arg(kubelet + "readOnlyPort"),
		arg(kubelet + "registryBurst"),
		arg(kubelet + "registryPullQPS"),
		blocksArg(kubelet + "reservedMemory"),
		arg(kubelet + "reservedMemory[].limits"),
		arg(kubelet + "reservedMemory[].numaNode"),
		arg(kubelet + "serializeImagePulls"),
		arg(kubelet + "serverTLSBootstrap"),
		arg(kubelet + "systemReserved"),
		arg(kubelet + "topologyManagerPolicy"),
		blockArg(kubelet + "tracing"),
		arg(kubelet + "tracing.endpoint"),
		arg(kubelet + "tracing.samplingRatePerMillion"),

		blockArg(model.PathAutoMode),
		arg(model.PathAutoModeEnable),
		blockArg(model.PathTEEConfig),
		arg(model.PathTEEConfigTEEEnable),
		blockArg(model.PathEfloNodeGroup),
		arg(model.PathEfloNodeGroupClusterID),
		arg(model.PathEfloNodeGroupGroupID),
	}
}
