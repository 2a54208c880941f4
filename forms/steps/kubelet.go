package steps

import (
	"github.com/charmbracelet/huh"

	"ackpool/forms"
	"ackpool/model"
)

// kubeletGroups are the kubelet configuration pages of the advanced step: common
// scalar settings as inputs, maps as key=value lines.
func kubeletGroups(b *forms.Binder) []*huh.Group {
	return []*huh.Group{
		b.Group("Kubelet: pods and CPU",
			b.Field(model.PathNodeConfigKubeletConfigurationMaxPods),
			b.Field(model.PathNodeConfigKubeletConfigurationPodPIDsLimit),
			b.Field(model.PathNodeConfigKubeletConfigurationCPUManagerPolicy),
			b.Field(model.PathNodeConfigKubeletConfigurationMemoryManagerPolicy),
			b.Field(model.PathNodeConfigKubeletConfigurationTopologyManagerPolicy),
			b.Field(model.PathNodeConfigKubeletConfigurationCPUCFSQuota),
			b.Field(model.PathNodeConfigKubeletConfigurationCPUCFSQuotaPeriod),
		),
		b.Group("Kubelet: rates and images",
			b.Field(model.PathNodeConfigKubeletConfigurationEventRecordQPS),
			b.Field(model.PathNodeConfigKubeletConfigurationEventBurst),
			b.Field(model.PathNodeConfigKubeletConfigurationKubeAPIQPS),
			b.Field(model.PathNodeConfigKubeletConfigurationKubeAPIBurst),
			b.Field(model.PathNodeConfigKubeletConfigurationRegistryPullQPS),
			b.Field(model.PathNodeConfigKubeletConfigurationRegistryBurst),
			b.Field(model.PathNodeConfigKubeletConfigurationSerializeImagePulls),
			b.Field(model.PathNodeConfigKubeletConfigurationImageGCHighThresholdPercent),
			b.Field(model.PathNodeConfigKubeletConfigurationImageGCLowThresholdPercent),
		),
		b.Group("Kubelet: logs, ports and tracing",
			b.Field(model.PathNodeConfigKubeletConfigurationContainerLogMaxSize),
			b.Field(model.PathNodeConfigKubeletConfigurationContainerLogMaxFiles),
			b.Field(model.PathNodeConfigKubeletConfigurationContainerLogMaxWorkers),
			b.Field(model.PathNodeConfigKubeletConfigurationContainerLogMonitorInterval),
			b.Field(model.PathNodeConfigKubeletConfigurationReadOnlyPort),
			b.Field(model.PathNodeConfigKubeletConfigurationServerTLSBootstrap),
			b.Field(model.PathNodeConfigKubeletConfigurationAllowedUnsafeSysctls),
			b.Field(model.PathNodeConfigKubeletConfigurationClusterDNS),
			b.Field(model.PathNodeConfigKubeletConfigurationTracingEndpoint),
			b.Field(model.PathNodeConfigKubeletConfigurationTracingSamplingRatePerMillion),
		),
		b.Group("Kubelet: reservations and eviction",
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationEvictionHard, stringMapCodec()),
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationEvictionSoft, stringMapCodec()),
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationEvictionSoftGracePeriod, stringMapCodec()),
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationKubeReserved, stringMapCodec()),
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationSystemReserved, stringMapCodec()),
			forms.MapText(b, model.PathNodeConfigKubeletConfigurationFeatureGates, featureGateCodec()),
			forms.ListText(b, model.PathNodeConfigKubeletConfigurationReservedMemory, reservedMemoryCodec()),
		),
	}
}
