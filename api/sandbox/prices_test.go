package sandbox

import (
	"strings"
	"testing"
)

func TestSpotIsTenToFortyPercentOfOnDemandAndVariesByZone(t *testing.T) {
	a := NewAccount(1)
	reg, _ := a.Region("cn-hangzhou")
	varies := 0
	for _, it := range a.InstanceTypes {
		seen := map[float64]bool{}
		for _, z := range reg.Zones {
			for i := 0; i < 12; i++ {
				r := spotRatio(it.ID, z, i)
				if r < 0.10 || r > 0.40 {
					t.Fatalf("%s in %s: spot at %.2f of on-demand", it.ID, z, r)
				}
			}
			seen[spotRatio(it.ID, z, 0)] = true
		}
		if len(seen) > 1 {
			varies++
		}
	}
	if varies < len(a.InstanceTypes)*9/10 {
		t.Errorf("spot differs between zones for only %d of %d types", varies, len(a.InstanceTypes))
	}
}

func TestPricesGrowWithSizeWithinAFamily(t *testing.T) {
	a := NewAccount(1)
	last := map[string]InstanceType{}
	for _, it := range a.InstanceTypes {
		if it.GPUAmount > 0 {
			cpuOnly := it
			cpuOnly.GPUAmount = 0
			if instanceHourly(it) <= instanceHourly(cpuOnly) {
				t.Errorf("GPU type %s at %.3f/h, no more than without its GPUs", it.ID, instanceHourly(it))
			}
			continue
		}
		if prev, ok := last[it.Family]; ok && it.Cores > prev.Cores && instanceHourly(it) <= instanceHourly(prev) {
			t.Errorf("%s (%d vCPU) costs %.3f, %s (%d vCPU) %.3f", it.ID, it.Cores, instanceHourly(it), prev.ID, prev.Cores, instanceHourly(prev))
		}
		if prev, ok := last[it.Family]; !ok || it.Cores > prev.Cores {
			last[it.Family] = it
		}
	}
	g7, _ := a.instanceType("ecs.g7.xlarge")
	g8y, _ := a.instanceType("ecs.g8y.xlarge")
	if instanceHourly(g8y) >= instanceHourly(g7) {
		t.Errorf("ARM g8y %.3f not cheaper than g7 %.3f", instanceHourly(g8y), instanceHourly(g7))
	}
}

func TestSomeFamiliesSupportOnlySomeDiskCategories(t *testing.T) {
	a := NewAccount(1)
	g5, _ := a.instanceType("ecs.g5.xlarge")
	g7, _ := a.instanceType("ecs.g7.xlarge")
	if contains(diskCategoriesFor(g5), "cloud_essd") || !contains(diskCategoriesFor(g7), "cloud_essd") {
		t.Errorf("g5 %v, g7 %v", diskCategoriesFor(g5), diskCategoriesFor(g7))
	}
	if _, cerr := diskLine(g5, "SystemDisk", "cloud_essd", "", 40); cerr == nil || !strings.Contains(cerr.code, "SystemDiskCategory") {
		t.Errorf("pricing an ESSD on g5: %v", cerr)
	}
}

func TestEveryVPCHasANearlyFullVSwitch(t *testing.T) {
	for _, reg := range NewAccount(1).Regions {
		for _, vpc := range reg.VPCs {
			full := 0
			for _, v := range vpc.VSwitches {
				if v.AvailableIPs < 10 {
					full++
				}
			}
			if full != 1 {
				t.Errorf("%s %s: %d nearly full vSwitches", reg.ID, vpc.Name, full)
			}
		}
	}
}
