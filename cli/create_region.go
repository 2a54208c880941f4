package cli

import (
	"context"
	"fmt"

	"ackpool/api"
	"ackpool/termtext"
)

// checkClusterRegion refuses a create whose cluster lives in another region than the
// one it is sent to (--region mars-1 with a cluster of cn-hangzhou). The cloud serves
// a cluster only from its own region's endpoint; an endpoint that serves every
// region (the sandbox, a proxy) would otherwise accept the request under the wrong
// region. When the cluster cannot be read, the create itself reports why.
func checkClusterRegion(ctx context.Context, client api.Client, region, clusterID string) error {
	cl, err := client.DescribeCluster(ctx, region, clusterID)
	if err != nil || cl == nil || cl.RegionID == "" || cl.RegionID == region {
		return nil
	}
	home := termtext.Line(cl.RegionID)
	return usageError{fmt.Errorf("--region %s: cluster %s is in region %s, not %s; nothing was sent. Pass --region %s (`ackpool clusters --region REGION` lists a region's clusters)",
		termtext.Line(region), termtext.Line(clusterID), home, termtext.Line(region), home)}
}
