package api

import "ackpool/model"

// Spec is what an instance type filter ("vcpu>=8 mem>=32 arch=arm") looks at.
func (it InstanceType) Spec() model.TypeSpec {
	return model.TypeSpec{ID: it.InstanceTypeID, Family: it.Family, VCPU: it.CPUCores,
		MemoryGiB: it.MemoryGiB, GPU: it.GPUAmount, Arch: it.Architecture}
}
