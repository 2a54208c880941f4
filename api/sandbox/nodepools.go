package sandbox

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"ackpool/model"
)

// createNodePool serves CreateClusterNodePool: it applies the server-side rules in
// the cloud's order (body shape, model validation, cluster, name, network, instance
// types) and then records the pool and its task.
func (h *Handler) createNodePool(c *call) (any, *cloudError) {
	clusterID := c.params[model.PathClusterID]
	cl, reg, ok := h.account.Cluster(clusterID)
	if !ok {
		return nil, errorf(http.StatusNotFound, "ErrorClusterNotFound", "The specified cluster %s does not exist.", clusterID)
	}
	np, body, cerr := decodeBody(c.body)
	if cerr != nil {
		return nil, cerr
	}
	if errs := model.Validate(np).Errors(); len(errs) > 0 {
		return nil, validationError(errs)
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
		return nil, errNameTaken(name, cl.ID)
	}
	if cerr := checkPlacement(h.account, cl, reg, np); cerr != nil {
		return nil, cerr
	}
	p := &pool{ClusterID: cl.ID, RegionID: reg.ID, Name: name, Body: body}
	op, cerr := h.state.addPool(p, desiredSize(np))
	if cerr != nil {
		return nil, cerr
	}
	return map[string]any{"nodepool_id": p.ID, "task_id": op.TaskID, "request_id": c.requestID}, nil
}

// decodeBody reads the create body strictly into the model and loosely into a map
// (kept to echo it back in DescribeClusterNodePoolDetail). Its errors name the
// parameter and what it must be, never the decoder's internals.
func decodeBody(raw []byte) (*model.NodePool, map[string]any, *cloudError) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, badRequest("MissingParameter", "The request body is empty; CreateClusterNodePool needs a JSON object.")
	}
	body, cerr := decodeObject(raw)
	if cerr != nil {
		return nil, nil, cerr
	}
	lenient, err := json.Marshal(lenientCopy(body))
	if err != nil {
		return nil, nil, badRequest("InvalidParameter", "The request body could not be read.")
	}
	dec := json.NewDecoder(bytes.NewReader(lenient))
	dec.DisallowUnknownFields()
	var np model.NodePool
	if err := dec.Decode(&np); err != nil {
		return nil, nil, jsonError(err)
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
