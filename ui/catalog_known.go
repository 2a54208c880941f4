package ui

import (
	"context"

	"ackpool/api"
	"ackpool/forms"
)

// peek answers a lookup from the cache only: the value once a lookup succeeded, or
// the error of the last attempt that failed. It never waits on the network.
func peek[T any](c *Catalog, key string) (v T, loaded bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if got, ok := c.cache[key]; ok {
		return got.(T), true, nil
	}
	return v, false, c.failed[key]
}

// Known implements forms.Catalog from what the lookups already answered.
func (c *Catalog) Known(list forms.AccountList, t forms.Target) forms.KnownList {
	if list == forms.ListClusters {
		cs, ok, err := peek[[]api.Cluster](c, "clusters/"+t.Region)
		return knownOf(cs, ok, err, func(cl api.Cluster) (string, bool) { return cl.ClusterID, cl.Usable() })
	}
	if list == forms.ListKeyPairs {
		kps, ok, err := peek[[]api.KeyPair](c, "kp/"+t.Region)
		return knownOf(kps, ok, err, func(k api.KeyPair) (string, bool) { return k.KeyPairName, true })
	}
	if list == forms.ListResourceGroups {
		rgs, ok, err := peek[[]api.ResourceGroup](c, "rgs")
		return knownOf(rgs, ok, err, func(g api.ResourceGroup) (string, bool) { return g.ID, true })
	}
	// vSwitches and security groups are the cluster VPC's: the cluster comes first
	cl, ok, err := peek[*api.Cluster](c, "cluster/"+t.Region+"/"+t.ClusterID)
	if !ok {
		return forms.KnownList{Err: err}
	}
	if list == forms.ListVSwitches {
		vs, ok, err := peek[[]api.VSwitch](c, "vsw/"+t.Region+"/"+cl.VpcID)
		return knownOf(vs, ok, err, func(v api.VSwitch) (string, bool) { return v.VSwitchID, true })
	}
	sgs, ok, err := peek[[]api.SecurityGroup](c, "sg/"+t.Region+"/"+cl.VpcID)
	return knownOf(sgs, ok, err, func(g api.SecurityGroup) (string, bool) { return g.SecurityGroupID, true })
}

// knownOf lists the IDs of the items id accepts.
func knownOf[T any](items []T, loaded bool, err error, id func(T) (string, bool)) forms.KnownList {
	if !loaded {
		return forms.KnownList{Err: err}
	}
	out := forms.KnownList{Loaded: true, IDs: make([]string, 0, len(items))}
	for _, it := range items {
		if v, ok := id(it); ok {
			out.IDs = append(out.IDs, v)
		}
	}
	return out
}

// Preload implements forms.Catalog: it runs the lookups behind the lists (cached, so
// a list already loaded costs nothing). Errors are kept for Known to report.
func (c *Catalog) Preload(t forms.Target, lists ...forms.AccountList) {
	if t.Region != "" { // the summary's compute per node
		_, _ = cached(c, "types/"+t.Region, func(ctx context.Context) ([]api.InstanceType, error) {
			return c.client.ListInstanceTypes(ctx, t.Region)
		})
	}
	for _, list := range lists {
		switch {
		case list == forms.ListClusters && t.Region != "":
			_, _ = c.clusters(t.Region)
		case list == forms.ListKeyPairs && t.Region != "":
			_, _ = c.KeyPairs(t.Region)
		case list == forms.ListResourceGroups:
			_, _ = c.ResourceGroups()
		case list == forms.ListVSwitches && t.ClusterID != "":
			_, _ = c.vswitches(t)
		case list == forms.ListSecurityGroups && t.ClusterID != "":
			_, _ = c.SecurityGroups(t)
		}
	}
}

// clusterName is the name of a cluster of the region's loaded list, or "".
func (c *Catalog) clusterName(t forms.Target) string {
	cs, _, _ := peek[[]api.Cluster](c, "clusters/"+t.Region)
	for _, cl := range cs {
		if cl.ClusterID == t.ClusterID {
			return cl.Name
		}
	}
	return ""
}

// knownZones maps the cluster VPC's loaded vSwitches to their zones.
func (c *Catalog) knownZones(t forms.Target) map[string]string {
	cl, ok, _ := peek[*api.Cluster](c, "cluster/"+t.Region+"/"+t.ClusterID)
	if !ok {
		return nil
	}
	vs, _, _ := peek[[]api.VSwitch](c, "vsw/"+t.Region+"/"+cl.VpcID)
	out := make(map[string]string, len(vs))
	for _, v := range vs {
		out[v.VSwitchID] = v.ZoneID
	}
	return out
}

// knownTypes maps the region's loaded instance types by ID.
func (c *Catalog) knownTypes(region string) map[string]api.InstanceType {
	all, _, _ := peek[[]api.InstanceType](c, "types/"+region)
	out := make(map[string]api.InstanceType, len(all))
	for _, it := range all {
		out[it.InstanceTypeID] = it
	}
	return out
}
