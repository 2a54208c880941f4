package steps

import (
	"fmt"
	"strings"

	"ackpool/forms"
	"ackpool/model"
)

// targetStep chooses where the request goes: a region, then one of its usable
// clusters. Neither is part of the request body; Sync writes them to env.Target.
func targetStep(np *model.NodePool, env *forms.Env) forms.Step {
	b := forms.NewBinder(np, env)
	noQuery := forms.NewLive(func() struct{} { return struct{}{} })
	region, regionSel, regionIn := forms.NewPickOne(b, forms.PickSpec{
		Key: "region", Title: "Region", What: "regions", Required: true, Height: 6,
		Desc: "Where the cluster lives, e.g. cn-hangzhou. Lookups and the request go to this region.",
	}, env.Target.Region, noQuery, func(struct{}) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		return env.Catalog.Regions()
	}, validateRegion)

	// The cluster list follows the region as chosen so far.
	regionQuery := forms.NewLive(region.Value)
	cluster, clusterSel, clusterIn := forms.NewPickOne(b, forms.PickSpec{
		Key: model.PathClusterID, What: "clusters", Required: true, Height: 8,
	}, env.Target.ClusterID, regionQuery, func(region string) ([]forms.Choice, error) {
		if env.Catalog == nil {
			return nil, forms.ErrNoCatalog
		}
		if region == "" {
			return nil, fmt.Errorf("no region chosen yet")
		}
		return env.Catalog.Clusters(region)
	}, func(id string) error { return forms.FirstError(model.ValidateClusterID(id)) })

	b.OnSync(func(*model.NodePool) {
		env.Target.Region = region.Value()
		env.Target.ClusterID = cluster.Value()
	})
	return b.Step(forms.StepTarget, "Target", []string{model.PathClusterID},
		// One page for both, so the cluster list follows the region as it changes.
		b.Group("Target", regionSel, clusterSel),
		b.GroupIf(region.Typing, "Region", regionIn),
		b.GroupIf(cluster.Typing, "Cluster", clusterIn),
	)
}

// validateRegion checks the shape of a region ID typed by hand, e.g. cn-hangzhou.
func validateRegion(id string) error {
	if strings.Count(id, "-") < 1 || strings.ContainsAny(id, " _/.") || strings.ToLower(id) != id {
		return fmt.Errorf("%q does not look like a region ID; write it like cn-hangzhou or ap-southeast-1", id)
	}
	return nil
}
