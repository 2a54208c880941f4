package sandbox

import (
	"fmt"
	"strings"

	"ackpool/model"
)

// nodeFilter is what DescribeClusterNodes was asked for.
type nodeFilter struct {
	nodepoolID, state string
	instanceIDs       map[string]bool
}

func (f nodeFilter) keep(n map[string]any) bool {
	if f.state != "" && f.state != "all" && n["state"] != f.state {
		return false
	}
	return len(f.instanceIDs) == 0 || f.instanceIDs[fmt.Sprint(n["instance_id"])]
}

// describeClusterNodes serves DescribeClusterNodes: the nodes of the cluster's live
// pools as the pools' tasks have made them, filtered and paged.
func (h *Handler) describeClusterNodes(c *call) (any, *cloudError) {
	clusterID := c.params[model.PathClusterID]
	cl, _, ok := h.account.Cluster(clusterID)
	if !ok {
		return nil, errClusterNotFound(clusterID)
	}
	page, size, cerr := paging(c, "pageNumber", "pageSize", 10, 100)
	if cerr != nil {
		return nil, cerr
	}
	f := nodeFilter{nodepoolID: c.query.Get("nodepool_id"), state: c.query.Get("state")}
	if ids := c.query.Get("instanceIds"); ids != "" {
		f.instanceIDs = map[string]bool{}
		for _, id := range strings.Split(strings.Trim(ids, "[]"), ",") {
			f.instanceIDs[strings.Trim(strings.TrimSpace(id), `"`)] = true
		}
	}
	var all []any
	for _, p := range sortedPools(h.state.clusterPools(clusterID)) {
		if f.nodepoolID != "" && p.ID != f.nodepoolID {
			continue
		}
		for _, n := range h.nodesOf(cl, p) {
			if f.keep(n) {
				all = append(all, n)
			}
		}
	}
	return map[string]any{
		"nodes":      pageOf(all, page, size),
		"page":       map[string]any{"page_number": page, "page_size": size, "total_count": len(all)},
		"request_id": c.requestID,
	}, nil
}

// nodesOf lists a pool's nodes at the current time.
func (h *Handler) nodesOf(cl *Cluster, p *pool) []map[string]any {
	snap := h.state.snapshotOf(p)
	c := counts{total: snap.pool.Nodes, healthy: snap.pool.Nodes}
	if snap.op != nil {
		c = nodeCountsOf(snap.op, snap.progress)
	}
	sg, _ := snap.pool.Body[model.PathScalingGroup].(map[string]any)
	itype, charge, spot := "", "PostPaid", "NoSpot"
	if sg != nil {
		if ts, ok := sg["instance_types"].([]any); ok && len(ts) > 0 {
			itype = fmt.Sprint(ts[0])
		}
		if v, ok := sg["instance_charge_type"].(string); ok && v != "" {
			charge = v
		}
		if v, ok := sg["spot_strategy"].(string); ok && v != "" {
			spot = v
		}
	}
	family := itype
	if i := strings.LastIndex(itype, "."); i > 0 {
		family = itype[:i]
	}
	var out []map[string]any
	for i := 0; i < c.total && i < len(snap.pool.InstanceIDs); i++ {
		state, status := "initial", "Unknown"
		switch {
		case i < c.healthy:
			state, status = "running", "Ready"
		case i < c.healthy+c.removing:
			state, status = "removing", "Ready"
		case c.failed > 0:
			state, status = "failed", "Unknown"
		}
		ip := fmt.Sprintf("10.%d.%d.%d", len(cl.Name)%16, (i/250)%256, i%250+2)
		out = append(out, map[string]any{
			"instance_id": snap.pool.InstanceIDs[i], "instance_name": "worker-k8s-for-cs-" + cl.ID[:12],
			"node_name": cl.RegionID + "." + ip, "host_name": "iZ" + strings.TrimPrefix(snap.pool.InstanceIDs[i], "i-") + "Z",
			"ip_address": []any{ip}, "state": state, "node_status": status, "instance_status": "Running",
			"instance_type": itype, "instance_type_family": family, "instance_charge_type": charge, "spot_strategy": spot,
			"nodepool_id": snap.pool.ID, "instance_role": "Worker", "image_id": imageFor("AliyunLinux3"),
			"creation_time": cstTime(snap.pool.Created), "expired_time": "2099-12-31T15:59:00Z", "error_message": "",
			"source": "ess_attach", "is_aliyun_node": true,
		})
	}
	return out
}
