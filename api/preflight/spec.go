package preflight

import (
	"strconv"

	"ackpool/api"
	"ackpool/model"
)

// spec is what the checks and the price need from a request, with the service's
// defaults filled in.
type spec struct {
	types      []string
	vswitches  []string
	charge     string // PostPaid or PrePaid
	spot       string // "", NoSpot, SpotAsPriceGo or SpotWithPriceLimit
	spotLimits map[string]float64
	period     int
	periodUnit string // Month or Week

	systemCategories []string // in the order the service tries them
	systemDisk       api.Disk
	dataDisks        []api.Disk

	bandwidth      int
	internetCharge string

	autoScaling         bool
	desired, min, max   int
	multiAZ             string
	onDemandBase        int
	onDemandPercent     int
	hasOnDemandSettings bool

	imageType, imageID      string
	runtime, runtimeVersion string

	securityGroups     []string
	securityGroupsPath string
	keyPair            string
}

// Defaults the service applies when a field is unset.
const (
	defaultSystemDiskCategory = "cloud_efficiency"
	defaultSystemDiskSize     = 120
	defaultDataDiskCategory   = "cloud_efficiency"
	defaultDataDiskSize       = 40
)

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// specOf reads the request.
func specOf(np *model.NodePool) spec {
	s := spec{charge: "PostPaid", periodUnit: "Month", period: 1, multiAZ: "PRIORITY", onDemandPercent: 100}
	if as := np.AutoScaling; as != nil && deref(as.Enable, false) {
		s.autoScaling = true
		s.min, s.max = int(deref(as.MinInstances, 0)), int(deref(as.MaxInstances, 0))
	}
	if np.KubernetesConfig != nil {
		s.runtime = deref(np.KubernetesConfig.Runtime, "")
		s.runtimeVersion = deref(np.KubernetesConfig.RuntimeVersion, "")
	}
	sg := np.ScalingGroup
	if sg == nil {
		sg = &model.ScalingGroup{}
	}
	s.types = sg.InstanceTypes
	s.vswitches = sg.VSwitchIDs
	s.charge = deref(sg.InstanceChargeType, "PostPaid")
	s.spot = deref(sg.SpotStrategy, "")
	if s.spot == "NoSpot" {
		s.spot = ""
	}
	s.spotLimits = map[string]float64{}
	for _, l := range sg.SpotPriceLimit {
		if v, err := strconv.ParseFloat(deref(l.PriceLimit, ""), 64); err == nil && l.InstanceType != nil {
			s.spotLimits[*l.InstanceType] = v
		}
	}
	s.period = int(deref(sg.Period, 1))
	s.periodUnit = deref(sg.PeriodUnit, "Month")
	s.systemCategories = sg.SystemDiskCategories
	if len(s.systemCategories) == 0 {
		s.systemCategories = []string{deref(sg.SystemDiskCategory, defaultSystemDiskCategory)}
	}
	s.systemDisk = api.Disk{Category: s.systemCategories[0], SizeGiB: int(deref(sg.SystemDiskSize, defaultSystemDiskSize)),
		PerformanceLevel: deref(sg.SystemDiskPerformanceLevel, "")}
	for _, d := range sg.DataDisks {
		s.dataDisks = append(s.dataDisks, api.Disk{Category: deref(d.Category, defaultDataDiskCategory),
			SizeGiB: int(deref(d.Size, defaultDataDiskSize)), PerformanceLevel: deref(d.PerformanceLevel, "")})
	}
	s.bandwidth = int(deref(sg.InternetMaxBandwidthOut, 0))
	s.internetCharge = deref(sg.InternetChargeType, "PayByBandwidth")
	if !s.autoScaling {
		s.desired = desiredOf(np, sg)
	} else {
		s.desired = s.min
	}
	s.multiAZ = deref(sg.MultiAZPolicy, "PRIORITY")
	if sg.OnDemandBaseCapacity != nil || sg.OnDemandPercentageAboveBaseCapacity != nil {
		s.hasOnDemandSettings = true
		s.onDemandBase = int(deref(sg.OnDemandBaseCapacity, 0))
		s.onDemandPercent = int(deref(sg.OnDemandPercentageAboveBaseCapacity, 0))
	}
	s.imageType, s.imageID = deref(sg.ImageType, ""), deref(sg.ImageID, "")
	s.securityGroups, s.securityGroupsPath = sg.SecurityGroupIDs, model.PathScalingGroupSecurityGroupIDs
	if len(s.securityGroups) == 0 && sg.SecurityGroupID != nil {
		s.securityGroups, s.securityGroupsPath = []string{*sg.SecurityGroupID}, model.PathScalingGroupSecurityGroupID
	}
	s.keyPair = deref(sg.KeyPair, "")
	return s
}

// desiredOf is the node count of a pool without auto scaling: desired_size, or the
// deprecated count.
func desiredOf(np *model.NodePool, sg *model.ScalingGroup) int {
	if sg.DesiredSize != nil {
		return int(*sg.DesiredSize)
	}
	return int(deref(np.Count, 0))
}

// isSpot reports whether the pool buys spot instances.
func (s spec) isSpot() bool { return s.spot != "" }

// maxNodes is the most nodes the pool can have: max_instances with auto scaling.
func (s spec) maxNodes() int {
	if s.autoScaling {
		return s.max
	}
	return s.desired
}

// onDemandCount splits n nodes of a spot pool into on-demand and spot nodes by
// on_demand_base_capacity and on_demand_percentage_above_base_capacity.
func (s spec) onDemandCount(n int) int {
	if !s.isSpot() {
		return n
	}
	if !s.hasOnDemandSettings {
		return 0
	}
	base := min(n, s.onDemandBase)
	above := n - base
	return base + (above*s.onDemandPercent+99)/100
}

// zonesOf returns the zones of the pool's vSwitches, in order, without repeats.
func zonesOf(ids []string, vsw map[string]api.VSwitch) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		v, ok := vsw[id]
		if !ok || seen[v.ZoneID] {
			continue
		}
		seen[v.ZoneID] = true
		out = append(out, v.ZoneID)
	}
	return out
}
