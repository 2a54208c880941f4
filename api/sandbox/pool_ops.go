package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"ackpool/model"
)

// errClusterNotFound is the cloud's answer for an unknown cluster.
func errClusterNotFound(id string) *cloudError {
	return errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", id)
}

// errPoolNotFound is the cloud's answer for an unknown or deleted pool.
func errPoolNotFound(id, clusterID string) *cloudError {
	return errorf(http.StatusNotFound, "ErrorNodePoolNotFound", "The node pool %s does not exist in cluster %s.", id, clusterID)
}

// describeNodePool serves DescribeClusterNodePoolDetail.
func (h *Handler) describeNodePool(c *call) (any, *cloudError) {
	clusterID, id := c.params[model.PathClusterID], c.params["NodepoolId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errClusterNotFound(clusterID)
	}
	for _, p := range h.state.clusterPools(clusterID) {
		if p.ID == id {
			v := h.poolView(p)
			v["request_id"] = c.requestID
			return v, nil
		}
	}
	return nil, errPoolNotFound(id, clusterID)
}

// listNodePools serves DescribeClusterNodePools (optional exact NodepoolName filter).
func (h *Handler) listNodePools(c *call) (any, *cloudError) {
	clusterID := c.params[model.PathClusterID]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errClusterNotFound(clusterID)
	}
	name := c.query.Get("NodepoolName")
	out := []any{}
	for _, p := range sortedPools(h.state.clusterPools(clusterID)) {
		v := h.poolView(p)
		if name == "" || v[model.PathNodepoolInfo].(map[string]any)["name"] == name {
			out = append(out, v)
		}
	}
	return map[string]any{"nodepools": out, "request_id": c.requestID}, nil
}

// currentNodes is how many nodes a pool has now; the caller holds the state lock.
func (s *state) currentNodes(p *pool) int {
	op := lastOp(p)
	if op == nil {
		return p.Nodes
	}
	return nodeCountsOf(op, s.progressOf(op, s.clock.Now())).total
}

// busy reports whether the pool's latest task still runs; the caller holds the lock.
func (s *state) busy(p *pool) bool {
	op := lastOp(p)
	return op != nil && !s.progressOf(op, s.clock.Now()).done
}

// deleteNodePool serves DeleteClusterNodepool: the pool goes "removing" while its
// nodes are drained and released, then it is gone. Without force=true a pool that
// still has nodes is refused.
func (h *Handler) deleteNodePool(c *call) (any, *cloudError) {
	clusterID, id := c.params[model.PathClusterID], c.params["NodepoolId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errClusterNotFound(clusterID)
	}
	force := c.query.Get("force") == "true"
	var op *operation
	cerr := h.state.change(func() *cloudError {
		p := h.state.livePool(clusterID, id)
		if p == nil {
			return errPoolNotFound(id, clusterID)
		}
		if last := lastOp(p); last != nil && last.Kind == opDelete {
			return badRequest("OperationDenied.NodePoolState", "The node pool %s is already being deleted.", id)
		}
		nodes := h.state.currentNodes(p)
		if !force && nodes > 0 {
			return badRequest("OperationDenied.NodePoolNotEmpty", "The node pool %s still has %d nodes; remove them first or delete with force=true.", id, nodes)
		}
		op = h.state.newOp(p, opDelete, nodes, 0)
		return nil
	})
	if cerr != nil {
		return nil, cerr
	}
	return map[string]any{"task_id": op.TaskID, "request_id": c.requestID}, nil
}

// modifyNodePool serves ModifyClusterNodePool: the body's groups are merged into the
// pool (the merged pool must still validate), a new name must be free, and a changed
// desired_size starts a scaling task that the nodes follow.
func (h *Handler) modifyNodePool(c *call) (any, *cloudError) {
	clusterID, id := c.params[model.PathClusterID], c.params["NodepoolId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errClusterNotFound(clusterID)
	}
	patch, cerr := decodeObject(c.body)
	if cerr != nil {
		return nil, cerr
	}
	var op *operation
	cerr = h.state.change(func() *cloudError {
		p := h.state.livePool(clusterID, id)
		if p == nil {
			return errPoolNotFound(id, clusterID)
		}
		if h.state.busy(p) {
			return badRequest("OperationDenied.NodePoolState", "The node pool %s is %s; wait until its task ends.", id, poolState(lastOp(p), h.state.progressOf(lastOp(p), h.state.clock.Now())))
		}
		merged := deepCopy(p.Body).(map[string]any)
		mergeInto(merged, patch)
		np, cerr := modelOf(merged)
		if cerr != nil {
			return cerr
		}
		if errs := model.Validate(np).Errors(); len(errs) > 0 {
			return validationError(errs)
		}
		name := p.Name
		if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil && *np.NodepoolInfo.Name != "" {
			name = *np.NodepoolInfo.Name
		}
		for _, q := range h.state.pools[clusterID] {
			if q != p && q.Name == name && !h.state.gone(q) {
				return errNameTaken(name, clusterID)
			}
		}
		from := h.state.currentNodes(p)
		to := from
		if d := desiredSize(np); hasDesired(patch) {
			to = d
		}
		kind := opScaleUp
		if to < from {
			kind = opScaleDown
		}
		p.Name, p.Body = name, merged
		op = h.state.newOp(p, kind, from, to)
		return nil
	})
	if cerr != nil {
		return nil, cerr
	}
	return map[string]any{"cluster_id": clusterID, "nodepool_id": id, "task_id": op.TaskID, "request_id": c.requestID}, nil
}

// scaleNodePool serves ScaleClusterNodePool: {"count": N} adds N nodes to the pool.
func (h *Handler) scaleNodePool(c *call) (any, *cloudError) {
	clusterID, id := c.params[model.PathClusterID], c.params["NodepoolId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errClusterNotFound(clusterID)
	}
	body, cerr := decodeObject(c.body)
	if cerr != nil {
		return nil, cerr
	}
	n, err := strconv.Atoi(fmt.Sprint(body["count"]))
	if err != nil || n < 1 || n > quotaNodesPerCluster {
		return nil, badRequest("InvalidParameter", "The parameter count must be an integer from 1 to %d, got %v.", quotaNodesPerCluster, body["count"])
	}
	var op *operation
	cerr = h.state.change(func() *cloudError {
		p := h.state.livePool(clusterID, id)
		if p == nil {
			return errPoolNotFound(id, clusterID)
		}
		if h.state.busy(p) {
			return badRequest("OperationDenied.NodePoolState", "The node pool %s is busy; wait until its task ends.", id)
		}
		from := h.state.currentNodes(p)
		op = h.state.newOp(p, opScaleUp, from, from+n)
		groupOf(p.Body, model.PathScalingGroup)["desired_size"] = from + n
		return nil
	})
	if cerr != nil {
		return nil, cerr
	}
	return map[string]any{"cluster_id": clusterID, "nodepool_id": id, "task_id": op.TaskID, "request_id": c.requestID}, nil
}

// hasDesired reports whether a modify body sets scaling_group.desired_size.
func hasDesired(patch map[string]any) bool {
	sg, ok := patch[model.PathScalingGroup].(map[string]any)
	if !ok {
		return false
	}
	_, ok = sg["desired_size"]
	return ok
}

// mergeInto merges decoded JSON objects: objects recursively, everything else replaced.
func mergeInto(dst, src map[string]any) {
	for k, v := range src {
		if sm, ok := v.(map[string]any); ok {
			if dm, ok := dst[k].(map[string]any); ok {
				mergeInto(dm, sm)
				continue
			}
		}
		dst[k] = deepCopy(v)
	}
}

// modelOf decodes a merged body into the model.
func modelOf(body map[string]any) (*model.NodePool, *cloudError) {
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, badRequest("InvalidParameter", "The node pool could not be encoded: %v", err)
	}
	np, _, cerr := decodeBody(raw)
	return np, cerr
}

// decodeObject reads a JSON object body, numbers kept exact.
func decodeObject(raw []byte) (map[string]any, *cloudError) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return map[string]any{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var body map[string]any
	if err := dec.Decode(&body); err != nil {
		return nil, jsonError(err)
	}
	if body == nil {
		return nil, badRequest("InvalidParameter", "The request body must be a JSON object, not null.")
	}
	if dec.More() {
		return nil, badRequest("InvalidParameter", "The request body must be one JSON object; more follows it.")
	}
	return body, nil
}
