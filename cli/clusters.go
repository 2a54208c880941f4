package cli

import (
	"context"
	"strings"

	"ackpool/api"

	"github.com/spf13/cobra"
)

func newClustersCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &lookupOptions{IO: streams, Output: "text"}
	cmd := &cobra.Command{
		Use:   "clusters",
		Short: "List the clusters of a region, to find a cluster ID",
		Long: `Clusters lists the ACK clusters of the region (DescribeClustersV1): ID, name,
state, type, Kubernetes version and VPC. A node pool can be created only in a
cluster whose state is running.

The IDs are also kept for a few minutes in the ackpool cache folder, so shell
completion of --cluster can offer them without asking the cloud again.`,
		Example: `  $ ackpool clusters
  $ ackpool clusters --region cn-beijing --output json | jq -r '.[].cluster_id'`,
		Args: noArgs("clusters takes no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			opts.CacheKey = flagCacheKey(g, api.ProcessEnvironment())
			return clustersRun(cmd.Context(), opts)
		},
	}
	opts.addOutputFlag(cmd.Flags())
	return cmd
}

// clustersRun lists the clusters and refreshes the completion cache.
func clustersRun(ctx context.Context, opts *lookupOptions) error {
	client, region, cleanup, err := opts.connect(ctx)
	defer cleanup()
	if err != nil {
		return err
	}
	clusters, err := client.ListClusters(ctxOrBackground(ctx), region)
	if err != nil {
		return err
	}
	if opts.CacheKey != "" {
		saveClusterCache(opts.CacheKey, clusters)
	}
	if opts.Output == "json" {
		if clusters == nil {
			clusters = []api.Cluster{}
		}
		return writeJSON(opts.IO.Out, clusters)
	}
	rows := make([][]string, len(clusters))
	for i, c := range clusters {
		rows[i] = []string{c.ClusterID, c.Name, c.State, strings.TrimSpace(c.ClusterType + " " + c.ClusterSpec), c.CurrentVersion, c.VpcID}
	}
	return writeTable(opts.IO.Out, []string{"CLUSTER_ID", "NAME", "STATE", "TYPE", "VERSION", "VPC"}, rows)
}

func ctxOrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
