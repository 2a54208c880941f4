package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"ackpool/model"
)

// createNodePool serves CreateClusterNodePool: it applies the server-side rules in
// the cloud's order (body shape, model validation, cluster, name, network, instance
// types) and then records the pool and its task.
func (h *Handler) createNodePool(c *call) (any, *cloudError) {
	clusterID := c.params["ClusterId"]
	cl, reg, ok := h.account.Cluster(clusterID)
	if !ok {
		return nil, errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", clusterID)
	}
	np, body, cerr := decodeBody(c.body)
	if cerr != nil {
		return nil, cerr
	}
	if errs := model.Validate(np).Errors(); len(errs) > 0 {
		msgs := make([]string, 0, len(errs))
		for _, p := range errs {
			msgs = append(msgs, p.Path+": "+p.Message)
		}
		return nil, badRequest("InvalidParameter", "The request body is invalid: %s", strings.Join(msgs, "; "))
	}
	if cl.State != "running" {
		return nil, badRequest("ErrorClusterState", "The cluster %s is in state %s; node pools can be created only in a running cluster.", cl.ID, cl.State)
	}
	name := ""
	if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil {
		name = *np.NodepoolInfo.Name
	}
	if name == "" {
		return nil, badRequest("InvalidParameter.Name", "nodepool_info.name is required.")
	}
	if h.state.poolByName(cl.ID, name) != nil {
		return nil, badRequest("InvalidParameter.Name", "The node pool name %s already exists in cluster %s.", name, cl.ID)
	}
	if cerr := checkPlacement(h.account, cl, reg, np); cerr != nil {
		return nil, cerr
	}
	p := &pool{clusterID: cl.ID, regionID: reg.ID, name: name, body: body, desired: desiredSize(np)}
	t := h.state.addUniquePool(p)
	if t == nil {
		return nil, badRequest("InvalidParameter.Name", "The node pool name %s already exists in cluster %s.", name, cl.ID)
	}
	return map[string]any{"nodepool_id": p.id, "task_id": t.id, "request_id": c.requestID}, nil
}

// decodeBody reads the create body strictly into the model and loosely into a map
// (kept to echo it back in DescribeClusterNodePoolDetail).
func decodeBody(raw []byte) (*model.NodePool, map[string]any, *cloudError) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, badRequest("MissingParameter", "The request body is empty; CreateClusterNodePool needs a JSON object.")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var np model.NodePool
	if err := dec.Decode(&np); err != nil {
		return nil, nil, badRequest("InvalidParameter", "The request body is not a valid CreateClusterNodePool body: %v", err)
	}
	var body map[string]any
	dec = json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&body); err != nil {
		return nil, nil, badRequest("InvalidParameter", "The request body is not a JSON object: %v", err)
	}
	return &np, body, nil
}

// desiredSize is how many nodes the pool should end up with.
func desiredSize(np *model.NodePool) int {
	if sg := np.ScalingGroup; sg != nil && sg.DesiredSize != nil {
		return int(*sg.DesiredSize)
	}
	if np.Count != nil {
		return int(*np.Count)
	}
	if as := np.AutoScaling; as != nil && as.Enable != nil && *as.Enable && as.MinInstances != nil {
		return int(*as.MinInstances)
	}
	return 0
}

// checkPlacement applies the rules that need the account: vSwitches in the cluster's
// VPC, instance types offered in their zones, security groups, key pair, resource group.
func checkPlacement(a *Account, cl *Cluster, reg *Region, np *model.NodePool) *cloudError {
	sg := np.ScalingGroup
	if sg == nil {
		return nil
	}
	var zones []string
	for _, id := range sg.VSwitchIDs {
		vsw, ok := reg.VSwitch(id)
		if !ok {
			return badRequest("InvalidParameter.VSwitchIds", "The vSwitch %s does not exist in region %s.", id, reg.ID)
		}
		if vsw.VpcID != cl.VpcID {
			return badRequest("InvalidParameter.VSwitchIds", "The vSwitch %s belongs to %s, not to the cluster's VPC %s.", id, vsw.VpcID, cl.VpcID)
		}
		zones = append(zones, vsw.ZoneID)
	}
	if cerr := checkInstanceTypes(a, sg.InstanceTypes, zones); cerr != nil {
		return cerr
	}
	for _, id := range sg.SecurityGroupIDs {
		if !hasSecurityGroup(reg, cl.VpcID, id) {
			return badRequest("InvalidParameter.SecurityGroupIds", "The security group %s does not exist in the cluster's VPC %s.", id, cl.VpcID)
		}
	}
	if sg.KeyPair != nil && *sg.KeyPair != "" && !hasKeyPair(reg, *sg.KeyPair) {
		return badRequest("InvalidParameter.KeyPair", "The key pair %s does not exist in region %s.", *sg.KeyPair, reg.ID)
	}
	if info := np.NodepoolInfo; info != nil && info.ResourceGroupID != nil && *info.ResourceGroupID != "" {
		if !hasResourceGroup(a, *info.ResourceGroupID) {
			return badRequest("InvalidParameter.ResourceGroupId", "The resource group %s does not exist or is not usable.", *info.ResourceGroupID)
		}
	}
	return nil
}

// checkInstanceTypes wants every type in the catalog and offered in at least one of
// the zones, and at least one of them in stock.
func checkInstanceTypes(a *Account, types, zones []string) *cloudError {
	if len(zones) == 0 {
		return nil
	}
	inStock := false
	for _, t := range types {
		if !hasInstanceType(a, t) {
			return badRequest("InvalidParameter.InstanceTypes", "The instance type %s does not exist.", t)
		}
		offered := false
		for _, z := range zones {
			switch a.Availability(z, t) {
			case "Available":
				offered, inStock = true, true
			case "SoldOut":
				offered = true
			}
		}
		if !offered {
			return badRequest("InvalidParameter.InstanceTypes", "The instance type %s is not offered in zones %s; choose another type or add vSwitches in other zones.", t, strings.Join(zones, ", "))
		}
	}
	if len(types) > 0 && !inStock {
		return badRequest("OperationDenied.NoStock", "The instance types %s are sold out in zones %s.", strings.Join(types, ", "), strings.Join(zones, ", "))
	}
	return nil
}

func hasInstanceType(a *Account, id string) bool {
	for _, t := range a.InstanceTypes {
		if t.ID == id {
			return true
		}
	}
	return false
}

func hasSecurityGroup(reg *Region, vpcID, id string) bool {
	for _, g := range reg.SecurityGroups {
		if g.ID == id && g.VpcID == vpcID {
			return true
		}
	}
	return false
}

func hasKeyPair(reg *Region, name string) bool {
	for _, k := range reg.KeyPairs {
		if k.Name == name {
			return true
		}
	}
	return false
}

func hasResourceGroup(a *Account, id string) bool {
	for _, g := range a.ResourceGroups {
		if g.ID == id && g.Status == "OK" {
			return true
		}
	}
	return false
}

// describeNodePool serves DescribeClusterNodePoolDetail.
func (h *Handler) describeNodePool(c *call) (any, *cloudError) {
	clusterID, id := c.params["ClusterId"], c.params["NodepoolId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", clusterID)
	}
	for _, p := range h.state.clusterPools(clusterID) {
		if p.id == id {
			return h.poolView(p), nil
		}
	}
	return nil, errorf(http.StatusNotFound, "ErrorNodePoolNotFound", "The node pool %s does not exist in cluster %s.", id, clusterID)
}

// listNodePools serves DescribeClusterNodePools (optional exact NodepoolName filter).
func (h *Handler) listNodePools(c *call) (any, *cloudError) {
	clusterID := c.params["ClusterId"]
	if _, _, ok := h.account.Cluster(clusterID); !ok {
		return nil, errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", clusterID)
	}
	name := c.query.Get("NodepoolName")
	out := []any{}
	for _, p := range sortedPools(h.state.clusterPools(clusterID)) {
		if name == "" || p.name == name {
			out = append(out, h.poolView(p))
		}
	}
	return map[string]any{"nodepools": out, "request_id": c.requestID}, nil
}

// poolView renders a pool as DescribeClusterNodePoolDetail does: the create body's
// groups plus identity and status. login_password is echoed, as the cloud does.
func (h *Handler) poolView(p *pool) map[string]any {
	now := h.opts.Clock.Now()
	pr := h.state.progressOf(p, now)
	out := make(map[string]any, len(p.body)+2)
	for k, v := range p.body {
		out[k] = v
	}
	info := copyMap(p.body["nodepool_info"])
	info["nodepool_id"] = p.id
	info["name"] = p.name
	if _, ok := info["type"]; !ok {
		info["type"] = "ess"
	}
	info["region_id"] = p.regionID
	if _, ok := info["resource_group_id"]; !ok {
		info["resource_group_id"] = ""
	}
	info["is_default"] = p.name == "default-nodepool" && p.taskID == ""
	info["created"] = cstTime(p.created)
	info["updated"] = cstTime(now)
	out["nodepool_info"] = info
	sg := copyMap(p.body["scaling_group"])
	sg["scaling_group_id"] = p.scalingGroupID
	sg["ram_policy"] = "KubernetesWorkerRole-" + p.clusterID[:8]
	out["scaling_group"] = sg
	out["status"] = nodeCounts(p, pr)
	return out
}

func copyMap(v any) map[string]any {
	out := map[string]any{}
	if m, ok := v.(map[string]any); ok {
		for k, x := range m {
			out[k] = x
		}
	}
	return out
}

// describeTask serves DescribeTaskInfo.
func (h *Handler) describeTask(c *call) (any, *cloudError) {
	id := c.params["task_id"]
	t, ok := h.state.task(id)
	if !ok {
		return nil, errorf(http.StatusNotFound, "ErrorTaskNotFound", "The task %s does not exist.", id)
	}
	return h.taskView(t, c.requestID), nil
}

// taskView renders a task at the current time.
func (h *Handler) taskView(t *task, requestID string) map[string]any {
	p := t.pool
	now := h.opts.Clock.Now()
	pr := h.state.progressOf(p, now)
	state := "running"
	switch {
	case pr.failed:
		state = "fail"
	case pr.done:
		state = "success"
	}
	var stages, events, results []any
	for i, st := range createStages {
		s := map[string]any{"state": "pending", "start_time": "", "end_time": "", "message": st.message, "outputs": map[string]any{}}
		switch {
		case i < pr.stage:
			s["state"], s["start_time"], s["end_time"] = "success", stageTime(pr.stageAt[i]), stageTime(pr.stageAt[i+1])
		case i == pr.stage && pr.failed:
			s["state"], s["start_time"], s["end_time"] = "fail", stageTime(pr.stageAt[i]), stageTime(now)
			s["message"] = failureMessage(p)
		case i == pr.stage:
			s["state"], s["start_time"] = "running", stageTime(pr.stageAt[i])
		}
		stages = append(stages, s)
		if i <= pr.stage && i < len(pr.stageAt) {
			events = append(events, map[string]any{"action": "start", "level": "Normal", "reason": st.name + "Start",
				"source": "ACK", "message": st.message, "timestamp": fmt.Sprint(pr.stageAt[i].UnixMilli())})
		}
	}
	counts := nodeCounts(p, pr)
	total, healthy := counts["total_nodes"].(int), counts["healthy_nodes"].(int)
	for i := 0; i < total && i < len(p.instanceIDs); i++ {
		status := "initial"
		switch {
		case pr.failed:
			status = "failed"
		case i < healthy:
			status = "success"
		}
		results = append(results, map[string]any{"data": p.instanceIDs[i], "status": status})
	}
	out := map[string]any{
		"task_id": t.id, "cluster_id": p.clusterID, "task_type": "nodepool_create", "state": state,
		"created": cstTime(p.created), "updated": cstTime(now), "current_stage": "",
		"target":     map[string]any{"id": p.id, "type": "nodepool"},
		"parameters": map[string]any{"nodepool_id": p.id, "nodepool_name": p.name, "desired_size": p.desired},
		"stages":     stages, "events": events, "task_result": results, "outputs": map[string]any{},
		"request_id": requestID,
	}
	if pr.stage < len(createStages) {
		out["current_stage"] = createStages[pr.stage].name
	}
	if pr.failed {
		events = append(events, map[string]any{"action": "fail", "level": "Warning", "reason": "NodePoolCreateFailed",
			"source": "ACK", "message": failureMessage(p), "timestamp": fmt.Sprint(now.UnixMilli())})
		out["events"] = events
		out["error"] = map[string]any{"code": "400", "message": failureMessage(p)}
	}
	return out
}

// failureMessage is what a failed task reports.
func failureMessage(p *pool) string {
	types := "the requested instance types"
	if sg, ok := p.body["scaling_group"].(map[string]any); ok {
		if ts, ok := sg["instance_types"].([]any); ok && len(ts) > 0 {
			parts := make([]string, 0, len(ts))
			for _, t := range ts {
				parts = append(parts, fmt.Sprint(t))
			}
			types = strings.Join(parts, ", ")
		}
	}
	return fmt.Sprintf("ScaleOutInstances failed: ECS RunInstances returned OperationDenied.NoStock for %s; %d of %d instances were not created (sandbox: --fail-tasks)", types, p.desired, p.desired)
}
