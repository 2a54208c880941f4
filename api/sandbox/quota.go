package sandbox

import (
	"encoding/json"
	"strconv"
	"strings"

	"ackpool/model"
)

// The sandbox account's ACK quotas (the service's defaults) and ECS vCPU quotas.
// They are small enough that one big pool reaches them.
const (
	quotaNodePoolsPerCluster = 20
	quotaNodesPerCluster     = 100
	quotaClusters            = 50
	quotaPostPaidVCPUs       = 500
	quotaSpotVCPUs           = 800
)

// describeUserQuota serves CS DescribeUserQuota (GET /quota).
func (h *Handler) describeUserQuota(c *call) (any, *cloudError) {
	quota := func(code string, n int, unit string) map[string]any {
		return map[string]any{"quota": strconv.Itoa(n), "operation_code": code, "adjustable": true, "unit": unit}
	}
	return map[string]any{
		"amk_cluster_quota":            20,
		"ask_cluster_quota":            20,
		"cluster_nodepool_quota":       quotaNodePoolsPerCluster,
		"cluster_quota":                quotaClusters,
		"node_quota":                   quotaNodesPerCluster,
		"edge_improved_nodepool_quota": map[string]any{"bandwidth": 10, "count": 3, "period": 1},
		"quotas": map[string]any{
			"ack.quota.cluster":          quota("q_Kubernetes_Cluster", quotaClusters, "count"),
			"ack.quota.nodepool":         quota("q_Kubernetes_Nodepool", quotaNodePoolsPerCluster, "count"),
			"ack.quota.node_per_cluster": quota("q_Kubernetes_Node", quotaNodesPerCluster, "count"),
		},
		"request_id": c.requestID,
	}, nil
}

// describeAccountAttributes serves ECS DescribeAccountAttributes for the vCPU quota
// attributes (the used counts come from the pools the sandbox holds in the region).
func (h *Handler) describeAccountAttributes(c *call) (any, *cloudError) {
	reg, cerr := h.regionOf(c)
	if cerr != nil {
		return nil, cerr
	}
	postPaid, spot := h.usedVCPUs(reg)
	values := map[string]string{
		"max-postpaid-instance-vcpu-count":  strconv.Itoa(quotaPostPaidVCPUs),
		"used-postpaid-instance-vcpu-count": strconv.Itoa(postPaid),
		"max-spot-instance-vcpu-count":      strconv.Itoa(quotaSpotVCPUs),
		"used-spot-instance-vcpu-count":     strconv.Itoa(spot),
		"max-security-groups":               "100",
		"instance-network-type":             "vpc",
		"real-name-authentication":          "yes",
	}
	names := indexedValues(c, "AttributeName")
	if len(names) == 0 {
		for _, n := range []string{"max-postpaid-instance-vcpu-count", "used-postpaid-instance-vcpu-count",
			"max-spot-instance-vcpu-count", "used-spot-instance-vcpu-count", "max-security-groups",
			"instance-network-type", "real-name-authentication"} {
			names = append(names, n)
		}
	}
	items := []any{}
	for _, n := range names {
		v, ok := values[n]
		if !ok {
			continue
		}
		items = append(items, map[string]any{"AttributeName": n, "AttributeValues": map[string]any{"ValueItem": []any{
			map[string]any{"Value": v, "Count": 1, "ExpiredTime": "", "InstanceChargeType": "", "InstanceType": "", "ZoneId": "", "DiskCategory": ""},
		}}})
	}
	return map[string]any{"RequestId": c.requestID, "AccountAttributeItems": map[string]any{"AccountAttributeItem": items}}, nil
}

// usedVCPUs adds up the vCPUs of the pools in a region: desired nodes times the
// cores of the pool's first instance type, split into spot and pay-as-you-go.
func (h *Handler) usedVCPUs(reg *Region) (postPaid, spot int) {
	for _, cl := range reg.Clusters {
		for _, p := range h.state.clusterPools(cl.ID) {
			desired := h.state.desiredOf(p)
			sg, _ := p.Body[model.PathScalingGroup].(map[string]any)
			types, _ := sg["instance_types"].([]any)
			if len(types) == 0 {
				continue
			}
			name, _ := types[0].(string)
			t, ok := h.account.instanceType(name)
			if !ok {
				continue
			}
			if s, _ := sg["spot_strategy"].(string); s != "" && s != "NoSpot" {
				spot += desired * t.Cores
			} else {
				postPaid += desired * t.Cores
			}
		}
	}
	return postPaid, spot
}

// serviceRoles are the RAM roles the sandbox account has authorized. The cluster
// autoscaler's role is missing, as in an account that never enabled auto scaling.
var serviceRoles = []string{
	"AliyunCSDefaultRole", "AliyunCSManagedKubernetesRole", "AliyunCSKubernetesAuditRole",
	"AliyunCSManagedLogRole", "AliyunCSManagedCmsRole", "AliyunCSManagedCsiRole",
	"AliyunCSManagedNetworkRole", "AliyunCSManagedArmsRole", "AliyunCSManagedVKRole",
	"AliyunCSServerlessKubernetesRole", "AliyunOOSLifecycleHook4CSRole",
}

// checkServiceRole serves CS CheckServiceRole (POST /ram/check-service-role).
func (h *Handler) checkServiceRole(c *call) (any, *cloudError) {
	var body struct {
		Roles []struct {
			Name string `json:"name"`
		} `json:"roles"`
	}
	if cerr := decodeJSON(c.body, &body); cerr != nil {
		return nil, cerr
	}
	if len(body.Roles) == 0 {
		return nil, badRequest("MissingParameter", "roles is required: name at least one service role.")
	}
	out := make([]any, 0, len(body.Roles))
	for _, r := range body.Roles {
		name := strings.TrimSpace(r.Name)
		granted := contains(serviceRoles, name)
		msg := ""
		if !granted {
			msg = "The role does not exist: " + name
		}
		out = append(out, map[string]any{"name": name, "granted": granted, "message": msg})
	}
	return map[string]any{"roles": out, "request_id": c.requestID}, nil
}

// decodeJSON reads a ROA JSON body into v.
func decodeJSON(raw []byte, v any) *cloudError {
	if err := json.Unmarshal(raw, v); err != nil {
		return badRequest("InvalidParameter", "The request body is not valid JSON for this action: %v", err)
	}
	return nil
}

// desiredOf is the node count a pool is headed for: the target of its last task, or
// the fixed size of a pool the account started with.
func (s *state) desiredOf(p *pool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	op := lastOp(p)
	switch {
	case op == nil:
		return p.Nodes
	case op.Kind == opDelete:
		return 0
	}
	return op.To
}
