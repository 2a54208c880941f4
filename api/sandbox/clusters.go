package sandbox

import (
	"net/http"
	"strconv"
	"strings"

	"ackpool/model"
)

// clusterView renders a cluster as DescribeClustersV1 / DescribeClusterDetail do.
func clusterView(c *Cluster, detail bool) map[string]any {
	v := map[string]any{
		"cluster_id": c.ID, "name": c.Name, "region_id": c.RegionID, "state": c.State,
		"cluster_type": c.Type, "cluster_spec": c.Spec, "profile": c.Profile,
		"current_version": c.Version, "init_version": c.Version, "next_version": "",
		"vpc_id": c.VpcID, "vswitch_id": strings.Join(c.VSwitchIDs, ","), "vswitch_ids": toAny(c.VSwitchIDs),
		"security_group_id": c.SecurityGroupID, "resource_group_id": c.ResourceGroupID,
		"container_cidr": "172.20.0.0/16", "service_cidr": "192.168.0.0/16", "network_mode": "vpc",
		"proxy_mode": "ipvs", "ip_stack": "ipv4", "size": 3, "zone_id": "",
		"created": cstTime(c.Created), "updated": cstTime(c.Created),
		"tags":                 []any{map[string]any{"key": "env", "value": c.Name}},
		"deletion_protection":  c.State == "running",
		"worker_ram_role_name": "KubernetesWorkerRole-" + c.ID[:8], "timezone": "Asia/Shanghai",
		"cluster_domain": "cluster.local", "meta_data": `{"Addons":[],"Capabilities":{}}`,
	}
	if detail {
		v[model.PathAutoMode] = map[string]any{"enable": c.AutoMode}
		v["node_cidr_mask"] = "26"
		v["parameters"] = map[string]any{}
		v["control_plane_config"] = map[string]any{}
	}
	return v
}

// describeClustersV1 serves DescribeClustersV1 with its filters and paging.
func (h *Handler) describeClustersV1(c *call) (any, *cloudError) {
	return h.clusterPage(c, c.query.Get("region_id"))
}

// describeClustersForRegion serves DescribeClustersForRegion.
func (h *Handler) describeClustersForRegion(c *call) (any, *cloudError) {
	region := c.params["region_id"]
	if _, ok := h.account.Region(region); !ok {
		return nil, badRequest("InvalidParameter.RegionId", "The region %s is not served by this sandbox.", region)
	}
	return h.clusterPage(c, region)
}

func (h *Handler) clusterPage(c *call, region string) (any, *cloudError) {
	page, size, cerr := paging(c, "page_number", "page_size", 10, 100)
	if cerr != nil {
		return nil, cerr
	}
	var matched []any
	for _, reg := range h.account.Regions {
		if region != "" && reg.ID != region {
			continue
		}
		for i := range reg.Clusters {
			cl := &reg.Clusters[i]
			if !filterMatch(c, "cluster_id", cl.ID) || !filterMatch(c, "cluster_type", cl.Type) ||
				!filterMatch(c, "cluster_spec", cl.Spec) || !filterMatch(c, "profile", cl.Profile) {
				continue
			}
			if n := c.query.Get("name"); n != "" && !strings.Contains(cl.Name, n) {
				continue
			}
			matched = append(matched, clusterView(cl, false))
		}
	}
	return map[string]any{
		"clusters":  pageOf(matched, page, size),
		"page_info": map[string]any{"page_number": page, "page_size": size, "total_count": len(matched)},
	}, nil
}

func filterMatch(c *call, key, value string) bool {
	want := c.query.Get(key)
	return want == "" || want == value
}

// paging reads numbered paging parameters with their defaults and limits.
func paging(c *call, numberKey, sizeKey string, defSize, maxSize int) (page, size int, cerr *cloudError) {
	page, size = 1, defSize
	if v := c.query.Get(numberKey); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return 0, 0, badRequest("InvalidParameter", "The parameter %s must be a positive integer, got %q.", numberKey, v)
		}
		page = n
	}
	if v := c.query.Get(sizeKey); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxSize {
			return 0, 0, badRequest("InvalidParameter", "The parameter %s must be between 1 and %d, got %q.", sizeKey, maxSize, v)
		}
		size = n
	}
	return page, size, nil
}

// pageOf returns the items of one page (never nil, so it encodes as []).
func pageOf(items []any, page, size int) []any {
	start := (page - 1) * size
	if start >= len(items) {
		return []any{}
	}
	end := start + size
	if end > len(items) {
		end = len(items)
	}
	return items[start:end]
}

// describeClusterDetail serves DescribeClusterDetail.
func (h *Handler) describeClusterDetail(c *call) (any, *cloudError) {
	cl, _, ok := h.account.Cluster(c.params[model.PathClusterID])
	if !ok {
		return nil, errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", c.params[model.PathClusterID])
	}
	return clusterView(cl, true), nil
}

// imageSpec seeds the OS images offered for every version.
var imageSpecs = []struct{ id, name, typ, os, arch string }{
	{"aliyun_3_x64_20G_alibase_20250117.vhd", "Alibaba Cloud Linux 3.2104 LTS 64-bit", "AliyunLinux3", "Linux", "x86_64"},
	{"aliyun_3_arm64_20G_alibase_20250117.vhd", "Alibaba Cloud Linux 3.2104 LTS 64-bit ARM", "AliyunLinux3Arm64", "Linux", "arm64"},
	{"lifsea_3_x64_10G_containerd_1_6_28_alibase_20250107.vhd", "ContainerOS 3.3", "ContainerOS", "Linux", "x86_64"},
	{"aliyun_2_1903_x64_20G_alibase_20240628.vhd", "Alibaba Cloud Linux 2.1903 LTS 64-bit", "AliyunLinux", "Linux", "x86_64"},
	{"win2022_21H2_x64_dtc_en-us_40G_container_alibase_20250115.vhd", "Windows Server 2022", "Windows", "Windows", "x86_64"},
}

// versionMetadata serves DescribeKubernetesVersionMetadata (a JSON array).
func (h *Handler) versionMetadata(c *call) (any, *cloudError) {
	if c.query.Get("Region") == "" || c.query.Get("ClusterType") == "" {
		return nil, badRequest("MissingParameter", "Region and ClusterType are required.")
	}
	want := c.query.Get("KubernetesVersion")
	runtimeFilter := c.query.Get("runtime")
	out := []any{}
	for _, v := range h.account.Versions {
		if want != "" && v.Version != want {
			continue
		}
		var runtimes, images []any
		for _, rt := range v.Runtimes {
			name, ver, _ := strings.Cut(rt, " ")
			if runtimeFilter != "" && name != runtimeFilter {
				continue
			}
			runtimes = append(runtimes, map[string]any{"name": name, "version": ver})
		}
		for _, im := range imageSpecs {
			images = append(images, map[string]any{"image_id": im.id, "image_name": im.name, "platform": im.typ,
				"os_version": "", "image_type": im.typ, "os_type": im.os, "image_category": "system", "architecture": im.arch})
		}
		out = append(out, map[string]any{
			"version": v.Version, "release_date": "2025-01-06T00:00:00Z", "expiration_date": "", "creatable": true,
			"upgradable_versions": []any{}, "capabilities": map[string]any{}, "meta_data": map[string]any{},
			"runtimes": runtimes, "images": images,
		})
	}
	return out, nil
}
