package model

import (
	"strings"
	"time"
)

const kubeletPath = "node_config.kubelet_configuration"

func kubelet(np *NodePool) *KubeletConfig {
	if np.NodeConfig == nil {
		return nil
	}
	return np.NodeConfig.KubeletConfiguration
}

// checkKubeletGeneral applies R178 (needs a recent cluster), the containerd-only parts
// of R190/R191, and R193 (the CFS quota period needs its feature gate and a 1ms–1s range).
func checkKubeletGeneral(np *NodePool, r *report) {
	k := kubelet(np)
	if k == nil {
		return
	}
	r.warnf("R178", kubeletPath, "custom kubelet parameters need an ACK cluster of version 1.20 or later (Lingjun 1.22 or later)")
	if kc := np.KubernetesConfig; kc != nil && kc.Runtime != nil && *kc.Runtime != "containerd" {
		if k.ContainerLogMaxFiles != nil {
			r.warnf("R190", kubeletPath+".containerLogMaxFiles", "only applies with the containerd runtime, not %s", *kc.Runtime)
		}
		if k.ContainerLogMaxSize != nil {
			r.warnf("R191", kubeletPath+".containerLogMaxSize", "only applies with the containerd runtime, not %s", *kc.Runtime)
		}
	}
	if k.CPUCFSQuotaPeriod != nil {
		path := kubeletPath + ".cpuCFSQuotaPeriod"
		if d, err := time.ParseDuration(*k.CPUCFSQuotaPeriod); err == nil && (d < time.Millisecond || d > time.Second) {
			r.errorf("R193", path, "%s is outside the allowed range 1ms–1s", *k.CPUCFSQuotaPeriod)
		}
		if !k.FeatureGates["CustomCPUCFSQuotaPeriod"] {
			r.errorf("R193", path, "needs the feature gate CustomCPUCFSQuotaPeriod=true in featureGates")
		}
	}
}

// checkKubeletRanges applies the cross-field bounds: R192 (eventBurst ≥ eventRecordQPS)
// and R196 (image GC low threshold below the high one).
func checkKubeletRanges(np *NodePool, r *report) {
	k := kubelet(np)
	if k == nil {
		return
	}
	if k.EventBurst != nil && k.EventRecordQPS != nil && *k.EventBurst < *k.EventRecordQPS {
		r.errorf("R192", kubeletPath+".eventBurst", "%d is below eventRecordQPS %d; the burst must be at least the QPS", *k.EventBurst, *k.EventRecordQPS)
	}
	if k.ImageGCLowThresholdPercent != nil && k.ImageGCHighThresholdPercent != nil && *k.ImageGCLowThresholdPercent >= *k.ImageGCHighThresholdPercent {
		r.errorf("R196", kubeletPath+".imageGCLowThresholdPercent", "%d%% must be below imageGCHighThresholdPercent %d%%", *k.ImageGCLowThresholdPercent, *k.ImageGCHighThresholdPercent)
	}
}

// allowedSysctl reports whether an unsafe sysctl name (or prefix* pattern) is one ACK allows (R195).
func allowedSysctl(name string) bool {
	if name == "kernel.sem" {
		return true
	}
	for _, p := range []string{"kernel.shm", "kernel.msg", "fs.mqueue.", "net."} {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			return true
		}
	}
	return false
}

// checkKubeletMaps applies R195 (unsafe sysctls), R200 (eviction, reservation and NUMA
// maps) and R201 (feature gate names).
func checkKubeletMaps(np *NodePool, r *report) {
	k := kubelet(np)
	if k == nil {
		return
	}
	for i, s := range k.AllowedUnsafeSysctls {
		if !allowedSysctl(s) {
			r.errorf("R195", indexPath(kubeletPath+".allowedUnsafeSysctls", i), "%q is not allowed; use names under kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.* or net.*", s)
		}
	}
	for _, m := range []struct {
		name string
		vals map[string]string
	}{
		{"evictionHard", k.EvictionHard}, {"evictionSoft", k.EvictionSoft},
		{"kubeReserved", k.KubeReserved}, {"systemReserved", k.SystemReserved},
	} {
		for key, v := range m.vals {
			if !quantityPattern.MatchString(v) && !percentPattern.MatchString(v) {
				r.errorf("R200", kubeletPath+"."+m.name+"."+key, "%q is not a quantity or percentage; write it like 300Mi, 100m or 10%%", v)
			}
		}
	}
	for key := range k.EvictionSoft {
		if _, ok := k.EvictionSoftGracePeriod[key]; !ok {
			r.errorf("R200", kubeletPath+".evictionSoft."+key, "needs a grace period: add evictionSoftGracePeriod.%s (e.g. 30s)", key)
		}
	}
	for key, v := range k.EvictionSoftGracePeriod {
		if _, err := time.ParseDuration(v); err != nil {
			r.errorf("R200", kubeletPath+".evictionSoftGracePeriod."+key, "%q is not a duration; write it like 30s or 1m30s", v)
		}
	}
	for i, rm := range k.ReservedMemory {
		path := indexPath(kubeletPath+".reservedMemory", i)
		for key, v := range rm.Limits {
			if !quantityPattern.MatchString(v) {
				r.errorf("R200", path+".limits."+key, "%q is not a quantity; write it like 1Gi", v)
			}
		}
	}
	for name := range k.FeatureGates {
		if name == "" || strings.ContainsAny(name, " .=/") {
			r.errorf("R201", kubeletPath+".featureGates."+name, "%q is not a feature gate name (e.g. CustomCPUCFSQuotaPeriod)", name)
		}
	}
}
