package forms

import (
	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// kubeletGroups are the kubelet configuration pages of the advanced step: common
// scalar settings as inputs, maps as key=value lines.
func kubeletGroups(b *binder) []*huh.Group {
	return []*huh.Group{
		b.group("Kubelet: pods and CPU",
			b.field(model.PathNodeConfigKubeletConfigurationMaxPods),
			b.field(model.PathNodeConfigKubeletConfigurationPodPIDsLimit),
			b.field(model.PathNodeConfigKubeletConfigurationCPUManagerPolicy),
			b.field(model.PathNodeConfigKubeletConfigurationMemoryManagerPolicy),
			b.field(model.PathNodeConfigKubeletConfigurationTopologyManagerPolicy),
			b.field(model.PathNodeConfigKubeletConfigurationCPUCFSQuota),
			b.field(model.PathNodeConfigKubeletConfigurationCPUCFSQuotaPeriod),
		),
		b.group("Kubelet: rates and images",
			b.field(model.PathNodeConfigKubeletConfigurationEventRecordQPS),
			b.field(model.PathNodeConfigKubeletConfigurationEventBurst),
			b.field(model.PathNodeConfigKubeletConfigurationKubeAPIQPS),
			b.field(model.PathNodeConfigKubeletConfigurationKubeAPIBurst),
			b.field(model.PathNodeConfigKubeletConfigurationRegistryPullQPS),
			b.field(model.PathNodeConfigKubeletConfigurationRegistryBurst),
			b.field(model.PathNodeConfigKubeletConfigurationSerializeImagePulls),
			b.field(model.PathNodeConfigKubeletConfigurationImageGCHighThresholdPercent),
			b.field(model.PathNodeConfigKubeletConfigurationImageGCLowThresholdPercent),
		),
		b.group("Kubelet: logs, ports and tracing",
			b.field(model.PathNodeConfigKubeletConfigurationContainerLogMaxSize),
			b.field(model.PathNodeConfigKubeletConfigurationContainerLogMaxFiles),
			b.field(model.PathNodeConfigKubeletConfigurationContainerLogMaxWorkers),
			b.field(model.PathNodeConfigKubeletConfigurationContainerLogMonitorInterval),
			b.field(model.PathNodeConfigKubeletConfigurationReadOnlyPort),
			b.field(model.PathNodeConfigKubeletConfigurationServerTLSBootstrap),
			b.field(model.PathNodeConfigKubeletConfigurationAllowedUnsafeSysctls),
			b.field(model.PathNodeConfigKubeletConfigurationClusterDNS),
			b.field(model.PathNodeConfigKubeletConfigurationTracingEndpoint),
			b.field(model.PathNodeConfigKubeletConfigurationTracingSamplingRatePerMillion),
		),
		b.group("Kubelet: reservations and eviction",
			mapText(b, model.PathNodeConfigKubeletConfigurationEvictionHard, stringMapCodec),
			mapText(b, model.PathNodeConfigKubeletConfigurationEvictionSoft, stringMapCodec),
			mapText(b, model.PathNodeConfigKubeletConfigurationEvictionSoftGracePeriod, stringMapCodec),
			mapText(b, model.PathNodeConfigKubeletConfigurationKubeReserved, stringMapCodec),
			mapText(b, model.PathNodeConfigKubeletConfigurationSystemReserved, stringMapCodec),
			mapText(b, model.PathNodeConfigKubeletConfigurationFeatureGates, featureGateCodec),
			listText(b, model.PathNodeConfigKubeletConfigurationReservedMemory, reservedMemoryCodec),
		),
	}
}
