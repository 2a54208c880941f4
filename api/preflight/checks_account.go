package preflight

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"ackpool/api"
	"ackpool/model"
)

// checkCluster wants the cluster to exist and be running (not updating, upgrading,
// scaling or failed): the service refuses a pool otherwise.
func checkCluster(s spec, f *facts) []Check {
	const path = model.PathClusterID
	if f.clusterErr != nil {
		var e *api.Error
		if errors.As(f.clusterErr, &e) && (e.HTTPStatus == http.StatusNotFound || strings.Contains(e.Code, "NotFound")) {
			return []Check{check(IDClusterState, Fail, path, "the cluster does not exist in %s; check the ID, or pass the cluster's region with --region (`ackpool clusters --region R` lists them)", f.region)}
		}
		return []Check{check(IDClusterState, Unknown, path, "%s", lookupFailed("the cluster", f.clusterErr))}
	}
	c := f.cluster
	switch c.State {
	case "running":
		return []Check{check(IDClusterState, OK, path, "cluster %s (%s) is running Kubernetes %s", c.Name, c.ClusterID, c.CurrentVersion)}
	case "updating", "upgrading", "scaling", "initial", "waiting", "draining":
		return []Check{check(IDClusterState, Fail, path, "cluster %s is %s: another operation is in progress; wait until it is running, then plan again", c.Name, c.State)}
	}
	return []Check{check(IDClusterState, Fail, path, "cluster %s is %s: node pools can be added only to a running cluster", c.Name, c.State)}
}

// rolesFor names the service roles a pool in the cluster needs.
func rolesFor(c *api.Cluster, s spec) []string {
	roles := []string{"AliyunCSDefaultRole"}
	if c.ClusterType == "ManagedKubernetes" {
		roles = append(roles, "AliyunCSManagedKubernetesRole")
	}
	if s.autoScaling {
		roles = append(roles, "AliyunCSManagedAutoScalerRole")
	}
	return roles
}

// checkRoles wants every service role authorized; it is unknown when the caller may
// not read them.
func checkRoles(s spec, f *facts) []Check {
	if f.cluster == nil {
		return nil
	}
	path := ""
	if s.autoScaling {
		path = model.PathAutoScalingEnable
	}
	if f.rolesErr != nil {
		var e *api.Error
		if errors.As(f.rolesErr, &e) && (e.HTTPStatus == http.StatusForbidden || strings.Contains(e.Code, "Forbidden") || strings.Contains(e.Code, "NoPermission")) {
			return []Check{check(IDRoles, Unknown, path, "the caller may not read the service roles (%s); an account administrator can check %s in the RAM console",
				e.Code, strings.Join(f.roleNames, ", "))}
		}
		return []Check{check(IDRoles, Unknown, path, "%s", lookupFailed("the service roles", f.rolesErr))}
	}
	var missing []string
	for _, r := range f.roles {
		if !r.Granted {
			missing = append(missing, r.Name)
		}
	}
	if len(missing) > 0 {
		hint := "authorize them in the ACK console (cloud resource access authorization)"
		if contains(missing, "AliyunCSManagedAutoScalerRole") {
			hint += ", or turn auto scaling off"
		}
		return []Check{check(IDRoles, Fail, path, "service role %s is not authorized in this account; %s", strings.Join(missing, ", "), hint)}
	}
	return []Check{check(IDRoles, OK, path, "service roles authorized: %s", strings.Join(f.roleNames, ", "))}
}

// checkSecurityGroups wants each security group in the cluster's VPC.
func checkSecurityGroups(s spec, f *facts) []Check {
	if f.cluster == nil {
		return nil
	}
	if len(s.securityGroups) == 0 {
		return []Check{check(IDSecurityGroups, OK, model.PathScalingGroupSecurityGroupIDs, "nodes join the cluster's security group %s", f.cluster.SecurityGroupID)}
	}
	if f.sgErr != nil {
		return []Check{check(IDSecurityGroups, Unknown, s.securityGroupsPath, "%s", lookupFailed("the VPC's security groups", f.sgErr))}
	}
	have := map[string]bool{}
	for _, g := range f.securityGroups {
		if g.VpcID == "" || g.VpcID == f.cluster.VpcID {
			have[g.SecurityGroupID] = true
		}
	}
	var out []Check
	for i, id := range s.securityGroups {
		if !have[id] {
			out = append(out, check(IDSecurityGroups, Fail, s.securityGroupsPath+"["+strconv.Itoa(i)+"]",
				"security group %s is not in the cluster's VPC %s in %s; pick one of the VPC's groups", id, f.cluster.VpcID, f.region))
		}
	}
	if len(out) == 0 {
		out = append(out, check(IDSecurityGroups, OK, s.securityGroupsPath, "security groups %s are in the cluster's VPC", strings.Join(s.securityGroups, ", ")))
	}
	return out
}

// checkKeyPair wants the key pair to exist in the region.
func checkKeyPair(s spec, f *facts) []Check {
	const path = model.PathScalingGroupKeyPair
	if s.keyPair == "" {
		return nil
	}
	if f.kpErr != nil {
		return []Check{check(IDKeyPair, Unknown, path, "%s", lookupFailed("the key pairs", f.kpErr))}
	}
	for _, k := range f.keyPairs {
		if k.KeyPairName == s.keyPair {
			return []Check{check(IDKeyPair, OK, path, "key pair %s exists in %s", s.keyPair, f.region)}
		}
	}
	return []Check{check(IDKeyPair, Fail, path, "key pair %s does not exist in %s; create it in the ECS console or pick an existing one", s.keyPair, f.region)}
}

// checkQuotaNodePools wants room for one more pool in the cluster.
func checkQuotaNodePools(s spec, f *facts) []Check {
	const path = model.PathClusterID
	if f.cluster == nil {
		return nil
	}
	if f.quotaErr != nil || f.poolsErr != nil {
		return []Check{check(IDQuotaNodePools, Unknown, path, "%s", lookupFailed("the node pool quota", errors.Join(f.quotaErr, f.poolsErr)))}
	}
	limit, have := f.quota.NodePoolsPerCluster, len(f.pools)
	if limit <= 0 {
		return []Check{check(IDQuotaNodePools, Unknown, path, "the account reports no node pool quota")}
	}
	if have+1 > limit {
		return []Check{check(IDQuotaNodePools, Fail, path, "the cluster has %d of its %d node pools; delete a pool or raise the quota in the Quota Center", have, limit)}
	}
	return []Check{check(IDQuotaNodePools, OK, path, "%d of %d node pools used", have, limit)}
}

// checkQuotaNodes wants the cluster's nodes plus the pool's within the node quota.
func checkQuotaNodes(s spec, f *facts) []Check {
	path := nodesPath(s)
	if f.cluster == nil {
		return nil
	}
	if f.quotaErr != nil || f.poolsErr != nil {
		return []Check{check(IDQuotaNodes, Unknown, path, "%s", lookupFailed("the node quota", errors.Join(f.quotaErr, f.poolsErr)))}
	}
	limit := f.quota.NodesPerCluster
	if limit <= 0 {
		return []Check{check(IDQuotaNodes, Unknown, path, "the account reports no node quota")}
	}
	have := 0
	for _, p := range f.pools {
		have += p.Status.TotalNodes
	}
	free := limit - have
	switch {
	case s.desired > free:
		return []Check{check(IDQuotaNodes, Fail, path, "the cluster has %d of %d nodes; %d more do not fit: lower the size to %d or raise the node quota in the Quota Center",
			have, limit, s.desired, max(free, 0))}
	case s.maxNodes() > free:
		return []Check{check(IDQuotaNodes, Warn, model.PathAutoScalingMaxInstances, "the cluster has %d of %d nodes: the pool can grow to %d, not to its maximum of %d",
			have, limit, free, s.maxNodes())}
	}
	return []Check{check(IDQuotaNodes, OK, path, "%d of %d nodes used; room for %d more", have, limit, free)}
}

func nodesPath(s spec) string {
	if s.autoScaling {
		return model.PathAutoScalingMinInstances
	}
	return model.PathScalingGroupDesiredSize
}

// checkQuotaVCPU wants the pool's vCPUs within the region's ECS vCPU quota, where the
// account reports one (pay-as-you-go and spot have separate quotas).
func checkQuotaVCPU(s spec, f *facts) []Check {
	path := nodesPath(s)
	if s.charge == "PrePaid" || len(s.types) == 0 {
		return nil
	}
	kind := "postpaid"
	if s.isSpot() {
		kind = "spot"
	}
	if f.attrsErr != nil {
		return []Check{check(IDQuotaVCPU, Unknown, path, "%s", lookupFailed("the ECS vCPU quota", f.attrsErr))}
	}
	limit, err1 := strconv.Atoi(f.attrs["max-"+kind+"-instance-vcpu-count"])
	used, err2 := strconv.Atoi(f.attrs["used-"+kind+"-instance-vcpu-count"])
	if err1 != nil || err2 != nil {
		return []Check{check(IDQuotaVCPU, Unknown, path, "the account does not report its %s vCPU quota", kind)}
	}
	cores := 0
	for _, t := range uniq(s.types) {
		cores = max(cores, f.types[t].CPUCores)
	}
	if cores == 0 {
		return nil
	}
	free := limit - used
	switch {
	case s.desired*cores > free:
		return []Check{check(IDQuotaVCPU, Fail, path, "%d nodes of up to %d vCPUs need %d vCPUs, but only %d of the region's %d %s vCPUs are free; lower the size or raise the ECS quota",
			s.desired, cores, s.desired*cores, free, limit, kind)}
	case s.maxNodes()*cores > free:
		return []Check{check(IDQuotaVCPU, Warn, model.PathAutoScalingMaxInstances, "at its maximum of %d nodes the pool needs %d vCPUs, more than the %d free %s vCPUs",
			s.maxNodes(), s.maxNodes()*cores, free, kind)}
	}
	return []Check{check(IDQuotaVCPU, OK, path, "%d of %d %s vCPUs used; the pool needs up to %d", used, limit, kind, s.maxNodes()*cores)}
}
