package forms

import (
	"github.com/charmbracelet/huh"
)

// kubeletPath is the prefix of the kubelet configuration; its keys are camelCase.
const kubeletPath = "node_config.kubelet_configuration."

// kubeletGroups are the kubelet configuration pages of the advanced step: common
// scalar settings as inputs, maps as key=value lines.
func kubeletGroups(b *binder) []*huh.Group {
	k := func(name string) string { return kubeletPath + name }
	return []*huh.Group{
		b.group("Kubelet: pods and CPU",
			b.number(k("maxPods"), "Max pods", "Most pods per node; mind the IPs your network plugin gives each node."),
			b.number(k("podPidsLimit"), "Pod PID limit", "Most processes per pod; -1 means no limit."),
			b.enumSelect(k("cpuManagerPolicy"), "CPU manager policy", "static gives Guaranteed pods exclusive CPUs; none shares them."),
			b.enumSelect(k("memoryManagerPolicy"), "Memory manager policy", "Static reserves NUMA memory for Guaranteed pods (needs reservedMemory)."),
			b.enumSelect(k("topologyManagerPolicy"), "Topology manager policy", "How strictly CPUs, memory and devices are aligned to one NUMA node."),
			b.triSelect(k("cpuCFSQuota"), "Enforce CPU limits", "Enforce container CPU limits with CFS quota (default on)."),
			b.input(k("cpuCFSQuotaPeriod"), "CFS quota period", "Duration between 1ms and 1s, e.g. 100ms (needs the CustomCPUCFSQuotaPeriod gate)."),
		),
		b.group("Kubelet: rates and images",
			b.number(k("eventRecordQPS"), "Event QPS", "Events the kubelet may create per second, 1–50 (default 5)."),
			b.number(k("eventBurst"), "Event burst", "Burst of event creation, 1–100 and at least the event QPS (default 10)."),
			b.number(k("kubeAPIQPS"), "API QPS", "Steady requests per second to the API server."),
			b.number(k("kubeAPIBurst"), "API burst", "Burst of requests to the API server."),
			b.number(k("registryPullQPS"), "Image pull QPS", "Image pulls per second (0 means no limit)."),
			b.number(k("registryBurst"), "Image pull burst", "Burst of image pulls."),
			b.triSelect(k("serializeImagePulls"), "Pull images one at a time", "Off lets the kubelet pull several images in parallel."),
			b.number(k("imageGCHighThresholdPercent"), "Image GC high %", "Disk usage that always triggers image garbage collection, 0–100."),
			b.number(k("imageGCLowThresholdPercent"), "Image GC low %", "Disk usage image GC frees down to; below the high mark."),
		),
		b.group("Kubelet: logs, ports and tracing",
			b.input(k("containerLogMaxSize"), "Container log max size", "Size that rotates a container log, e.g. 100Mi (containerd only)."),
			b.number(k("containerLogMaxFiles"), "Container log files", "Rotated files kept per container, 2–10 (default 10)."),
			b.number(k("containerLogMaxWorkers"), "Log rotation workers", "Concurrent log rotation workers (1 or more)."),
			b.input(k("containerLogMonitorInterval"), "Log check interval", "How often logs are checked for rotation, e.g. 10s."),
			b.number(k("readOnlyPort"), "Read-only port", "Unauthenticated kubelet port, 0–65535; 0 disables it (safer)."),
			b.triSelect(k("serverTLSBootstrap"), "Serving certificate from API server", "Request the kubelet's serving certificate through a CSR."),
			b.input(k("allowedUnsafeSysctls"), "Allowed unsafe sysctls", "Comma-separated: kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, net.*"),
			b.input(k("clusterDNS"), "Cluster DNS", "Comma-separated DNS server IPs for pods; empty keeps the cluster's."),
			b.input(k("tracing.endpoint"), "Tracing endpoint", "OpenTelemetry collector host:port, e.g. localhost:4317."),
			b.number(k("tracing.samplingRatePerMillion"), "Tracing samples per million", "0–1000000 spans sampled per million."),
		),
		b.group("Kubelet: reservations and eviction",
			mapText(b, k("evictionHard"), "Hard eviction", "Evict pods at once when a signal crosses this, e.g. memory.available=300Mi.", stringMapCodec),
			mapText(b, k("evictionSoft"), "Soft eviction", "Evict after a grace period, e.g. memory.available=500Mi.", stringMapCodec),
			mapText(b, k("evictionSoftGracePeriod"), "Soft eviction grace", "One per soft signal, e.g. memory.available=30s.", stringMapCodec),
			mapText(b, k("kubeReserved"), "Reserved for Kubernetes", "Kept from pods for the kubelet and runtime, e.g. cpu=100m, memory=1Gi.", stringMapCodec),
			mapText(b, k("systemReserved"), "Reserved for the OS", "Kept from pods for OS daemons, e.g. memory=500Mi.", stringMapCodec),
			mapText(b, k("featureGates"), "Feature gates", "One Name=true or Name=false per line.", featureGateCodec),
			listText(b, k("reservedMemory"), "Reserved memory per NUMA node", "One node per line: 0:memory=1Gi (for the Static memory manager).", reservedMemoryCodec),
		),
	}
}
