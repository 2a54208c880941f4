package forms

import (
	"fmt"

	"ackpool/model"
)

// targetStep chooses where the request goes: a region, then one of its usable
// clusters. Neither is part of the request body; Sync writes them to env.Target.
func targetStep(np *model.NodePool, env *Env) Step {
	b := newBinder(np, env)
	noQuery := newLive(func() struct{} { return struct{}{} })
	region, regionSel, regionIn := newPickOne(b, pickSpec{
		key: "region", title: "Region", what: "regions", required: true, height: 6,
		desc: "Where the cluster lives, e.g. cn-hangzhou. Lookups and the request go to this region.",
	}, env.Target.Region, noQuery, func(struct{}) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		return env.Catalog.Regions()
	}, validateRegion)

	// The cluster list follows the region as chosen so far.
	regionQuery := newLive(region.value)
	cluster, clusterSel, clusterIn := newPickOne(b, pickSpec{
		key: "ClusterId", title: "Cluster", what: "clusters", required: true, height: 8,
		desc: "The ACK cluster that gets the pool. Only running clusters are listed, with version and state.",
	}, env.Target.ClusterID, regionQuery, func(region string) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		if region == "" {
			return nil, fmt.Errorf("no region chosen yet")
		}
		choices, err := env.Catalog.Clusters(region)
		if err == nil && len(choices) == 0 {
			return nil, emptyListError{why: "no clusters in " + region + ": choose another region above"}
		}
		return choices, err
	}, func(id string) error { return checkClusterID(env, region.value(), id) })

	b.onSync(func(*model.NodePool) {
		env.Target.Region = region.value()
		env.Target.ClusterID = cluster.value()
	})
	return b.step(StepTarget, "Target", []string{"ClusterId"},
		// One page for both, so the cluster list follows the region as it changes.
		b.group("Target", regionSel, clusterSel),
		b.groupIf(region.typing, "Region", regionIn),
		b.groupIf(cluster.typing, "Cluster", clusterIn),
	)
}

// validateRegion checks the shape of a region ID typed by hand, e.g. cn-hangzhou.
func validateRegion(id string) error { return firstError(model.ValidateRegionID(id)) }

// checkClusterID checks a cluster ID for shape and, once the region's clusters are
// listed, that it is one of its running clusters. The list is only read, never
// waited for, so typing never blocks.
func checkClusterID(env *Env, region, id string) error {
	if err := firstError(model.ValidateClusterID(id)); err != nil {
		return err
	}
	if env.Catalog == nil || region == "" {
		return nil
	}
	if known := env.Catalog.Known(ListClusters, Target{Region: region}); known.Loaded && !known.Has(id) {
		return fmt.Errorf("%q is not a running cluster of %s (%d listed); pick it from the list or check the region", id, region, len(known.IDs))
	}
	return nil
}
