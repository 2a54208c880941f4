package forms

import (
	"fmt"
	"strings"

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
		key: model.PathClusterID, title: "Cluster", what: "clusters", required: true, height: 8,
		desc: "The ACK cluster that gets the pool. Only running clusters are listed, with version and state.",
	}, env.Target.ClusterID, regionQuery, func(region string) ([]Choice, error) {
		if env.Catalog == nil {
			return nil, errNoCatalog
		}
		if region == "" {
			return nil, fmt.Errorf("no region chosen yet")
		}
		return env.Catalog.Clusters(region)
	}, func(id string) error { return firstError(model.ValidateClusterID(id)) })

	b.onSync(func(*model.NodePool) {
		env.Target.Region = region.value()
		env.Target.ClusterID = cluster.value()
	})
	return b.step(StepTarget, "Target", []string{model.PathClusterID},
		// One page for both, so the cluster list follows the region as it changes.
		b.group("Target", regionSel, clusterSel),
		b.groupIf(region.typing, "Region", regionIn),
		b.groupIf(cluster.typing, "Cluster", clusterIn),
	)
}

// validateRegion checks the shape of a region ID typed by hand, e.g. cn-hangzhou.
func validateRegion(id string) error {
	if strings.Count(id, "-") < 1 || strings.ContainsAny(id, " _/.") || strings.ToLower(id) != id {
		return fmt.Errorf("%q does not look like a region ID; write it like cn-hangzhou or ap-southeast-1", id)
	}
	return nil
}
