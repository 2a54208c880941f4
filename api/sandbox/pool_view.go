package sandbox

import (
	"fmt"
	"sort"
	"strings"

	"ackpool/model"
)

// poolView renders a pool as DescribeClusterNodePoolDetail does: what was sent, the
// service's defaults (from the field reference and from the cluster), the identity and
// status the service adds, and every other field of the SDK model with its zero value.
// login_password is echoed, as the cloud does.
func (h *Handler) poolView(p *pool) map[string]any {
	snap := h.state.snapshotOf(p)
	sp := &snap.pool
	out := sp.Body
	cl, _, _ := h.account.Cluster(sp.ClusterID)
	applyFieldDefaults(out)
	h.applyClusterDefaults(out, cl)

	info := groupOf(out, model.PathNodepoolInfo)
	info["nodepool_id"] = sp.ID
	info["name"] = sp.Name
	info["region_id"] = sp.RegionID
	info["is_default"] = sp.Default
	info["created"] = cstTime(sp.Created)
	info["updated"] = cstTime(sp.Updated)
	if v, _ := info["type"].(string); v == "" {
		info["type"] = "ess"
	}

	sg := groupOf(out, model.PathScalingGroup)
	sg["scaling_group_id"] = sp.ScalingGroupID
	if snap.op != nil && snap.op.Kind != opDelete {
		sg["desired_size"] = snap.op.To
	}

	out["status"] = statusView(snap)
	fillShape(out, h.poolModel)
	return out
}

// statusView is the status block of a pool snapshot.
func statusView(snap snapshot) map[string]any {
	c := counts{total: snap.pool.Nodes, healthy: snap.pool.Nodes}
	if snap.op != nil {
		c = nodeCountsOf(snap.op, snap.progress)
	}
	state := poolState(snap.op, snap.progress)
	initial := c.total - c.healthy - c.failed - c.removing
	if initial < 0 {
		initial = 0
	}
	return map[string]any{
		"state": state, "total_nodes": c.total, "healthy_nodes": c.healthy, "serving_nodes": c.healthy,
		"initial_nodes": initial, "offline_nodes": 0, "failed_nodes": c.failed, "removing_nodes": c.removing,
		"conditions": []any{},
	}
}

// groupOf returns the object at key, creating it when absent or not an object.
func groupOf(v map[string]any, key string) map[string]any {
	m, ok := v[key].(map[string]any)
	if !ok {
		m = map[string]any{}
		v[key] = m
	}
	return m
}

// applyFieldDefaults sets the server-side default of every field of the reference that
// was not sent, when the field applies ("only effective when x=y" holds).
func applyFieldDefaults(out map[string]any) {
	fields := model.Fields()
	sort.Slice(fields, func(i, j int) bool { return fields[i].Path < fields[j].Path })
	for _, f := range fields {
		if f.Default == nil || f.Location != "body" || strings.Contains(f.Path, "[]") || strings.HasPrefix(f.Path, "node_config.") {
			continue
		}
		if !conditionHolds(out, f.DependsOn) {
			continue
		}
		parts := strings.Split(f.Path, ".")
		m := out
		for _, k := range parts[:len(parts)-1] {
			m = groupOf(m, k)
		}
		if _, ok := m[parts[len(parts)-1]]; !ok {
			m[parts[len(parts)-1]] = f.Default
		}
	}
}

// conditionHolds evaluates a field's "depends on" note when it is made of "path=value"
// terms joined by "and"; a note in other words does not keep the default out.
func conditionHolds(out map[string]any, note string) bool {
	note = strings.TrimSpace(note)
	for _, prefix := range []string{"required and only effective when ", "only effective when "} {
		note = strings.TrimPrefix(note, prefix)
	}
	if note == "" {
		return true
	}
	for _, term := range strings.Split(note, " and ") {
		path, want, ok := strings.Cut(strings.TrimSpace(term), "=")
		if !ok || strings.ContainsAny(path, " ") {
			return true
		}
		if fmt.Sprint(valueAt(out, path)) != want {
			return false
		}
	}
	return true
}

// valueAt reads a dotted path of decoded JSON, nil when absent.
func valueAt(v map[string]any, path string) any {
	var cur any = v
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return cur
}

// setDefault sets key when it is absent, null or an empty string.
func setDefault(m map[string]any, key string, v any) {
	if cur, ok := m[key]; !ok || cur == nil || cur == "" {
		m[key] = v
	}
}

// applyClusterDefaults fills what the service takes from the cluster: its security
// group and worker role, the image for the OS type, the runtime version of the
// cluster's Kubernetes version, the system disk categories and the resource group.
func (h *Handler) applyClusterDefaults(out map[string]any, cl *Cluster) {
	if cl == nil {
		return
	}
	sg := groupOf(out, model.PathScalingGroup)
	if ids, ok := sg["security_group_ids"].([]any); ok && len(ids) > 0 {
		setDefault(sg, "security_group_id", ids[0])
	} else {
		setDefault(sg, "security_group_id", cl.SecurityGroupID)
		sg["security_group_ids"] = []any{sg["security_group_id"]}
	}
	role := "KubernetesWorkerRole-" + cl.ID[1:9] + "-" + cl.ID[9:13] + "-" + cl.ID[13:17]
	setDefault(sg, "ram_policy", role)
	setDefault(sg, "image_type", "AliyunLinux3")
	if sg["image_type"] != "CustomImage" {
		setDefault(sg, "image_id", imageFor(fmt.Sprint(sg["image_type"])))
	}
	setDefault(sg, "system_disk_size", 120)
	if _, ok := sg["system_disk_categories"]; !ok {
		sg["system_disk_categories"] = []any{sg["system_disk_category"]}
	}
	if sg["system_disk_category"] == "cloud_essd" {
		setDefault(sg, "system_disk_performance_level", "PL1")
	}
	setDefault(sg, "spot_strategy", "NoSpot")
	setDefault(sg, "internet_charge_type", "PayByTraffic")
	if sg["instance_charge_type"] != "PrePaid" {
		setDefault(sg, "period", 0)
		setDefault(sg, "period_unit", "")
	}

	kc := groupOf(out, model.PathKubernetesConfig)
	runtime := fmt.Sprint(kc["runtime"])
	setDefault(kc, "runtime_version", h.runtimeVersion(cl.Version, runtime))
	for _, k := range []string{"labels", "taints"} {
		if _, ok := kc[k]; !ok {
			kc[k] = []any{}
		}
	}

	info := groupOf(out, model.PathNodepoolInfo)
	setDefault(info, "resource_group_id", cl.ResourceGroupID)

	setDefault(out, model.PathInterconnectMode, "basic")
	groupOf(out, model.PathTEEConfig)
	groupOf(out, model.PathAutoMode)
}

// imageFor is the default image of an OS image type.
func imageFor(imageType string) string {
	for _, im := range imageSpecs {
		if im.typ == imageType {
			return im.id
		}
	}
	return imageSpecs[0].id
}

// runtimeVersion is the version of a runtime offered with a Kubernetes version (the
// newest one listed), or "" when the version does not offer it.
func (h *Handler) runtimeVersion(kubeVersion, runtime string) string {
	for _, v := range h.account.Versions {
		if v.Version != kubeVersion {
			continue
		}
		best := ""
		for _, rt := range v.Runtimes {
			if name, ver, _ := strings.Cut(rt, " "); name == runtime {
				best = ver
			}
		}
		return best
	}
	return ""
}
