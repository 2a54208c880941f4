package steps

import (
	"fmt"

	"ackpool/forms"
	"ackpool/forms/multipick"
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
		choices, err := env.Catalog.Clusters(region)
		if err == nil && len(choices) == 0 {
			return nil, multipick.EmptyListError{Why: "no clusters in " + region + ": choose another region above"}
		}
		return choices, err
	}, func(id string) error { return checkClusterID(env, region.Value(), id) })

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
func validateRegion(id string) error { return forms.FirstError(model.ValidateRegionID(id)) }

// checkClusterID checks a cluster ID for shape and, once the region's clusters are
// listed, that it is one of its running clusters. The list is only read, never
// waited for, so typing never blocks.
func checkClusterID(env *forms.Env, region, id string) error {
	if err := forms.FirstError(model.ValidateClusterID(id)); err != nil {
		return err
	}
	if env.Catalog == nil || region == "" {
		return nil
	}
	if known := env.Catalog.Known(forms.ListClusters, forms.Target{Region: region}); known.Loaded && !known.Has(id) {
		return fmt.Errorf("%q is not a running cluster of %s (%d listed); pick it from the list or check the region", id, region, len(known.IDs))
	}
	return nil
}
