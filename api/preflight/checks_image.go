package preflight

import (
	"strings"

	"ackpool/api"
	"ackpool/model"
)

// imageArch is the architecture of an image type: arm64 for the ARM images, x86_64
// for the others.
func imageArch(imageType string) string {
	if strings.HasSuffix(imageType, "Arm64") {
		return "arm64"
	}
	return "x86_64"
}

// typeArch maps ECS CpuArchitecture to the image architecture names.
func typeArch(t api.InstanceType) string {
	if strings.EqualFold(t.Architecture, "ARM") {
		return "arm64"
	}
	return "x86_64"
}

// chosenImage says which image the pool uses and its architecture; custom is true
// for an image_id the cluster version does not list (its architecture is unknown).
func chosenImage(s spec, f *facts) (name, arch string, custom bool) {
	if s.imageID != "" {
		for _, v := range f.versions {
			for _, im := range v.Images {
				if im.ImageID == s.imageID {
					return s.imageID, im.Architecture, false
				}
			}
		}
		return s.imageID, "", true
	}
	if s.imageType != "" {
		return s.imageType, imageArch(s.imageType), false
	}
	return "", "", false
}

// checkImage wants the image to run on every type (architecture, GPU) and to be
// offered for the cluster's Kubernetes version.
func checkImage(s spec, f *facts) []Check {
	if f.types == nil {
		return nil
	}
	name, arch, custom := chosenImage(s, f)
	path := model.PathScalingGroupImageType
	if s.imageID != "" {
		path = model.PathScalingGroupImageID
	}
	var out []Check
	archs := map[string][]string{}
	for _, t := range uniq(s.types) {
		if it, ok := f.types[t]; ok {
			archs[typeArch(it)] = append(archs[typeArch(it)], t)
		}
	}
	switch {
	case custom:
		out = append(out, check(IDImageArch, Unknown, path, "custom image %s: its architecture cannot be checked; make sure it is built for %s", name, joinKeys(archs)))
	case arch == "" && len(archs) > 1:
		out = append(out, check(IDImageArch, Fail, model.PathScalingGroupInstanceTypes,
			"the pool mixes x86 (%s) and ARM (%s) instance types and one image cannot run on both; use one architecture per pool",
			strings.Join(archs["x86_64"], ", "), strings.Join(archs["arm64"], ", ")))
	case arch != "":
		for a, types := range archs {
			if a != arch {
				out = append(out, check(IDImageArch, Fail, path, "%s is a %s image but %s %s; choose a %s image (e.g. %s) or %s instance types",
					name, arch, strings.Join(types, ", "), isAre(len(types), a), a, exampleImage(a), arch))
			}
		}
		if len(out) == 0 {
			out = append(out, check(IDImageArch, OK, path, "%s runs on %s (%s)", name, count(len(uniq(s.types)), "instance type"), arch))
		}
	default:
		out = append(out, check(IDImageArch, OK, path, "the default image of the cluster's version fits the instance types (%s)", joinKeys(archs)))
	}
	out = append(out, gpuImageCheck(s, f, name, path)...)
	return append(out, versionImageCheck(s, f, path)...)
}

func isAre(n int, arch string) string {
	if n == 1 {
		return "is " + arch
	}
	return "are " + arch
}

func exampleImage(arch string) string {
	if arch == "arm64" {
		return "AliyunLinux3Arm64"
	}
	return "AliyunLinux3"
}

// gpuImageCheck fails for GPU types with a Windows image, which has no GPU drivers in ACK.
func gpuImageCheck(s spec, f *facts, name, path string) []Check {
	if !strings.HasPrefix(s.imageType, "Windows") {
		return nil
	}
	var gpus []string
	for _, t := range uniq(s.types) {
		if f.types[t].GPUAmount > 0 {
			gpus = append(gpus, t)
		}
	}
	if len(gpus) == 0 {
		return nil
	}
	return []Check{check(IDImageGPU, Fail, path, "%s cannot drive the GPUs of %s; use a Linux image such as AliyunLinux3 for GPU nodes", name, strings.Join(gpus, ", "))}
}

// versionImageCheck wants the image type among those the cluster's version offers.
func versionImageCheck(s spec, f *facts, path string) []Check {
	if s.imageType == "" || f.cluster == nil {
		return nil
	}
	if f.versionsErr != nil {
		return []Check{check(IDImageVersion, Unknown, path, "%s", lookupFailed("the images of Kubernetes "+f.cluster.CurrentVersion, f.versionsErr))}
	}
	offered := map[string]bool{}
	for _, v := range f.versions {
		for _, im := range v.Images {
			offered[im.ImageType] = true
		}
	}
	if len(offered) == 0 {
		return []Check{check(IDImageVersion, Unknown, path, "the service lists no images for Kubernetes %s", f.cluster.CurrentVersion)}
	}
	if !offered[s.imageType] {
		return []Check{check(IDImageVersion, Fail, path, "%s is not offered for the cluster's Kubernetes %s; choose one of %s",
			s.imageType, f.cluster.CurrentVersion, joinKeys(offered))}
	}
	return []Check{check(IDImageVersion, OK, path, "%s is offered for Kubernetes %s", s.imageType, f.cluster.CurrentVersion)}
}

// checkRuntime wants the container runtime (and version) among the cluster version's.
func checkRuntime(s spec, f *facts) []Check {
	if s.runtime == "" || f.cluster == nil || f.versionsErr != nil || len(f.versions) == 0 {
		return nil
	}
	path := model.PathKubernetesConfigRuntime
	var offered []string
	for _, v := range f.versions {
		for _, r := range v.Runtimes {
			offered = append(offered, r.Name+" "+r.Version)
			if r.Name == s.runtime && (s.runtimeVersion == "" || r.Version == s.runtimeVersion) {
				return []Check{check(IDRuntime, OK, path, "%s %s runs on Kubernetes %s", r.Name, r.Version, f.cluster.CurrentVersion)}
			}
		}
	}
	if s.runtimeVersion != "" {
		path = model.PathKubernetesConfigRuntimeVersion
	}
	return []Check{check(IDRuntime, Fail, path, "%s %s is not offered for Kubernetes %s; choose one of: %s",
		s.runtime, s.runtimeVersion, f.cluster.CurrentVersion, strings.Join(offered, ", "))}
}
