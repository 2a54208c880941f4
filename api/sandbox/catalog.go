package sandbox

import (
	"fmt"
	"sort"
	"strings"
)

// InstanceType is one entry of the sandbox's ECS instance type catalog.
type InstanceType struct {
	ID, Family, Category, FamilyLevel, Arch, Processor string
	Cores                                              int
	MemoryGiB                                          float64
	GPUAmount                                          int
	GPUSpec                                            string
	GPUMemoryGiB                                       float64
	ENIs, ENIPrivateIPs                                int
	LocalStorage                                       string // "" or local_ssd_pro / local_hdd_pro
	LocalStorageGiB                                    int
}

// family describes a CPU family: memory per vCPU and which sizes exist.
type family struct {
	name, category, arch, level, cpu string
	ratio                            float64
	sizes                            []string
	local                            string
}

// sizeCores maps a size suffix to its vCPU count.
var sizeCores = map[string]int{
	"large": 2, "xlarge": 4, "2xlarge": 8, "3xlarge": 12, "4xlarge": 16, "6xlarge": 24,
	"8xlarge": 32, "12xlarge": 48, "16xlarge": 64, "20xlarge": 80, "24xlarge": 96, "32xlarge": 128,
}

var (
	stdSizes   = []string{"large", "xlarge", "2xlarge", "3xlarge", "4xlarge", "6xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"}
	midSizes   = []string{"large", "xlarge", "2xlarge", "3xlarge", "4xlarge", "6xlarge", "8xlarge", "16xlarge"}
	smallSizes = []string{"large", "xlarge", "2xlarge", "4xlarge", "8xlarge"}
	ebmSizes   = []string{"32xlarge"}
)

const (
	general  = "General-purpose"
	compute  = "Compute-optimized"
	memory   = "Memory-optimized"
	bigData  = "Big data"
	storage  = "Local SSDs"
	highFreq = "High Clock Speed"
	burst    = "Shared"
	gpu      = "GPU-accelerated"
	ebm      = "ECS Bare Metal Instance"
)

var cpuFamilies = []family{
	{"g7", general, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 4, stdSizes, ""},
	{"c7", compute, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 2, stdSizes, ""},
	{"r7", memory, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 8, stdSizes, ""},
	{"g8i", general, "X86", "EnterpriseLevel", "Intel Xeon (Sapphire Rapids) Platinum 8475B", 4, stdSizes, ""},
	{"c8i", compute, "X86", "EnterpriseLevel", "Intel Xeon (Sapphire Rapids) Platinum 8475B", 2, stdSizes, ""},
	{"r8i", memory, "X86", "EnterpriseLevel", "Intel Xeon (Sapphire Rapids) Platinum 8475B", 8, stdSizes, ""},
	{"g8a", general, "X86", "EnterpriseLevel", "AMD EPYC Genoa 9T24", 4, stdSizes, ""},
	{"c8a", compute, "X86", "EnterpriseLevel", "AMD EPYC Genoa 9T24", 2, stdSizes, ""},
	{"r8a", memory, "X86", "EnterpriseLevel", "AMD EPYC Genoa 9T24", 8, stdSizes, ""},
	{"g7a", general, "X86", "EnterpriseLevel", "AMD EPYC Milan 7T83", 4, midSizes, ""},
	{"c7a", compute, "X86", "EnterpriseLevel", "AMD EPYC Milan 7T83", 2, midSizes, ""},
	{"r7a", memory, "X86", "EnterpriseLevel", "AMD EPYC Milan 7T83", 8, midSizes, ""},
	{"g8y", general, "ARM", "EnterpriseLevel", "Yitian 710", 4, midSizes, ""},
	{"c8y", compute, "ARM", "EnterpriseLevel", "Yitian 710", 2, midSizes, ""},
	{"r8y", memory, "ARM", "EnterpriseLevel", "Yitian 710", 8, midSizes, ""},
	{"g6", general, "X86", "EnterpriseLevel", "Intel Xeon (Cascade Lake) Platinum 8269CY", 4, midSizes, ""},
	{"c6", compute, "X86", "EnterpriseLevel", "Intel Xeon (Cascade Lake) Platinum 8269CY", 2, midSizes, ""},
	{"r6", memory, "X86", "EnterpriseLevel", "Intel Xeon (Cascade Lake) Platinum 8269CY", 8, midSizes, ""},
	{"g6e", general, "X86", "EnterpriseLevel", "Intel Xeon Platinum 8269CY", 4, midSizes, ""},
	{"c6e", compute, "X86", "EnterpriseLevel", "Intel Xeon Platinum 8269CY", 2, midSizes, ""},
	{"r6e", memory, "X86", "EnterpriseLevel", "Intel Xeon Platinum 8269CY", 8, midSizes, ""},
	{"g7ne", general, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 4, midSizes, ""},
	{"c7nex", compute, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 2, smallSizes, ""},
	{"hfg7", highFreq, "X86", "EnterpriseLevel", "Intel Xeon (Cooper Lake) Platinum 8369HC", 4, midSizes, ""},
	{"hfc7", highFreq, "X86", "EnterpriseLevel", "Intel Xeon (Cooper Lake) Platinum 8369HC", 2, midSizes, ""},
	{"hfr7", highFreq, "X86", "EnterpriseLevel", "Intel Xeon (Cooper Lake) Platinum 8369HC", 8, midSizes, ""},
	{"g5", general, "X86", "EnterpriseLevel", "Intel Xeon (Skylake) Platinum 8163", 4, smallSizes, ""},
	{"c5", compute, "X86", "EnterpriseLevel", "Intel Xeon (Skylake) Platinum 8163", 2, smallSizes, ""},
	{"r5", memory, "X86", "EnterpriseLevel", "Intel Xeon (Skylake) Platinum 8163", 8, smallSizes, ""},
	{"u1", general, "X86", "EnterpriseLevel", "Intel Xeon Platinum", 4, smallSizes, ""},
	{"t6", burst, "X86", "CreditEntryLevel", "Intel Xeon (Skylake) Platinum 8163", 2, []string{"large", "xlarge", "2xlarge"}, ""},
	{"re7p", memory, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 16, []string{"4xlarge", "8xlarge", "16xlarge", "32xlarge"}, ""},
	{"i4", storage, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 8, []string{"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "16xlarge", "32xlarge"}, "local_ssd_pro"},
	{"d3c", bigData, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 4, []string{"3xlarge", "7xlarge", "14xlarge"}, "local_hdd_pro"},
	{"ebmg7", ebm, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 4, ebmSizes, ""},
	{"ebmc7", ebm, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 2, ebmSizes, ""},
	{"ebmr7", ebm, "X86", "EnterpriseLevel", "Intel Xeon (Ice Lake) Platinum 8369B", 8, ebmSizes, ""},
	{"ebmg8i", ebm, "X86", "EnterpriseLevel", "Intel Xeon (Sapphire Rapids) Platinum 8475B", 4, []string{"48xlarge"}, ""},
}

// gpuType seeds one GPU instance type.
type gpuType struct {
	id          string
	cores, gpus int
	mem         float64
	spec        string
	gpuMem      float64
}

var gpuTypes = []gpuType{
	{"ecs.gn7i-c8g1.2xlarge", 8, 1, 30, "NVIDIA A10", 24},
	{"ecs.gn7i-c16g1.4xlarge", 16, 1, 60, "NVIDIA A10", 24},
	{"ecs.gn7i-c32g1.8xlarge", 32, 1, 188, "NVIDIA A10", 24},
	{"ecs.gn7i-c48g1.12xlarge", 48, 1, 310, "NVIDIA A10", 24},
	{"ecs.gn7i-c56g1.14xlarge", 56, 1, 346, "NVIDIA A10", 24},
	{"ecs.gn7i-2x.8xlarge", 32, 2, 128, "NVIDIA A10", 24},
	{"ecs.gn7i-4x.8xlarge", 32, 4, 128, "NVIDIA A10", 24},
	{"ecs.gn7i-c32g1.32xlarge", 128, 4, 752, "NVIDIA A10", 24},
	{"ecs.gn6i-c4g1.xlarge", 4, 1, 15, "NVIDIA T4", 16},
	{"ecs.gn6i-c8g1.2xlarge", 8, 1, 31, "NVIDIA T4", 16},
	{"ecs.gn6i-c16g1.4xlarge", 16, 1, 62, "NVIDIA T4", 16},
	{"ecs.gn6i-c24g1.6xlarge", 24, 1, 93, "NVIDIA T4", 16},
	{"ecs.gn6i-c40g1.10xlarge", 40, 1, 155, "NVIDIA T4", 16},
	{"ecs.gn6i-c24g1.12xlarge", 48, 2, 186, "NVIDIA T4", 16},
	{"ecs.gn6i-c24g1.24xlarge", 96, 4, 372, "NVIDIA T4", 16},
	{"ecs.gn6v-c8g1.2xlarge", 8, 1, 32, "NVIDIA V100", 16},
	{"ecs.gn6v-c8g1.8xlarge", 32, 4, 128, "NVIDIA V100", 16},
	{"ecs.gn6v-c8g1.16xlarge", 64, 8, 256, "NVIDIA V100", 16},
	{"ecs.gn7-c12g1.3xlarge", 12, 1, 94, "NVIDIA A100", 40},
	{"ecs.gn7-c13g1.13xlarge", 52, 4, 378, "NVIDIA A100", 40},
	{"ecs.gn7-c13g1.26xlarge", 104, 8, 756, "NVIDIA A100", 40},
	{"ecs.gn7e-c16g1.4xlarge", 16, 1, 125, "NVIDIA A100", 80},
	{"ecs.gn7e-c16g1.16xlarge", 64, 4, 500, "NVIDIA A100", 80},
	{"ecs.gn7e-c16g1.32xlarge", 128, 8, 1000, "NVIDIA A100", 80},
	{"ecs.gn8is.2xlarge", 8, 1, 64, "NVIDIA L20", 48},
	{"ecs.gn8is.4xlarge", 16, 1, 128, "NVIDIA L20", 48},
	{"ecs.gn8is-2x.8xlarge", 32, 2, 256, "NVIDIA L20", 48},
	{"ecs.gn8is-4x.16xlarge", 64, 4, 512, "NVIDIA L20", 48},
	{"ecs.gn8is-8x.32xlarge", 128, 8, 1024, "NVIDIA L20", 48},
	{"ecs.ebmgn7i.32xlarge", 128, 4, 768, "NVIDIA A10", 24},
	{"ecs.ebmgn7e.32xlarge", 128, 8, 1024, "NVIDIA A100", 80},
	{"ecs.sgn7i-vws-m4.xlarge", 4, 1, 15, "NVIDIA A10 (1/12 vGPU)", 2},
	{"ecs.sgn7i-vws-m8.2xlarge", 8, 1, 31, "NVIDIA A10 (1/6 vGPU)", 4},
	{"ecs.vgn7i-vws-m4.xlarge", 4, 1, 30, "NVIDIA A10 (1/6 vGPU)", 4},
}

// instanceCatalog builds the whole catalog, sorted by ID.
func instanceCatalog() []InstanceType {
	var out []InstanceType
	for _, f := range cpuFamilies {
		for _, size := range f.sizes {
			cores, ok := sizeCores[size]
			if !ok {
				fmt.Sscanf(size, "%dxlarge", &cores)
				cores *= 4
			}
			t := InstanceType{
				ID: "ecs." + f.name + "." + size, Family: "ecs." + f.name, Category: f.category,
				FamilyLevel: f.level, Arch: f.arch, Processor: f.cpu, Cores: cores,
				MemoryGiB: float64(cores) * f.ratio, ENIs: eniCount(cores), ENIPrivateIPs: eniIPs(cores),
			}
			if f.local != "" {
				t.LocalStorage, t.LocalStorageGiB = f.local, cores*(map[string]int{"local_ssd_pro": 118, "local_hdd_pro": 500}[f.local])
			}
			out = append(out, t)
		}
	}
	for _, g := range gpuTypes {
		fam := g.id[:strings.LastIndexByte(g.id, '.')]
		fam, _, _ = strings.Cut(fam, "-")
		out = append(out, InstanceType{
			ID: g.id, Family: fam, Category: gpu, FamilyLevel: "EnterpriseLevel", Arch: "X86",
			Processor: "Intel Xeon (Ice Lake) Platinum 8369B", Cores: g.cores, MemoryGiB: g.mem,
			GPUAmount: g.gpus, GPUSpec: g.spec, GPUMemoryGiB: g.gpuMem,
			ENIs: eniCount(g.cores), ENIPrivateIPs: eniIPs(g.cores),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func eniCount(cores int) int {
	switch {
	case cores <= 2:
		return 3
	case cores <= 8:
		return 4
	case cores <= 32:
		return 8
	}
	return 15
}

func eniIPs(cores int) int {
	if cores <= 4 {
		return 6
	}
	if cores <= 16 {
		return 15
	}
	return 30
}
