package cli

import (
	"context"
	"strconv"

	"ackpool/api"

	"github.com/spf13/cobra"
)

// poolsOptions are the inputs of `ackpool pools`.
type poolsOptions struct {
	lookupOptions
	ClusterID string
}

func newPoolsCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &poolsOptions{lookupOptions: lookupOptions{IO: streams, Output: "text"}}
	cmd := &cobra.Command{
		Use:   "pools --cluster ID",
		Short: "List the node pools of a cluster",
		Long: `Pools lists the node pools of a cluster (DescribeClusterNodePools): ID, name,
state, type and node counts. Use it to find a pool ID for ackpool watch, or to
check that a pool name is free before creating one.`,
		Example: `  $ ackpool pools --cluster c0123456789abcdef0123456789abcdef
  $ ackpool pools --cluster c0123... --output json | jq -r '.[].nodepool_info.nodepool_id'`,
		Args: noArgs("pass the cluster with --cluster"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return poolsRun(cmd.Context(), opts)
		},
	}
	opts.addClusterFlags(cmd.Flags(), &opts.ClusterID)
	return cmd
}

// poolsRun lists the cluster's pools.
func poolsRun(ctx context.Context, opts *poolsOptions) error {
	client, region, cleanup, err := opts.connectCluster(ctx, opts.ClusterID)
	defer cleanup()
	if err != nil {
		return err
	}
	pools, err := client.ListNodePools(ctxOrBackground(ctx), region, opts.ClusterID, "")
	if err != nil {
		return err
	}
	if opts.Output == "json" {
		if pools == nil {
			pools = []api.NodePoolDetail{}
		}
		return writeJSON(opts.IO.Out, pools)
	}
	rows := make([][]string, len(pools))
	for i, p := range pools {
		s := p.Status
		rows[i] = []string{p.Info.NodepoolID, p.Info.Name, s.State, p.Info.Type,
			strconv.Itoa(s.TotalNodes), strconv.Itoa(s.HealthyNodes), strconv.Itoa(s.FailedNodes)}
	}
	return writeTable(opts.IO.Out, []string{"NODEPOOL_ID", "NAME", "STATE", "TYPE", "NODES", "HEALTHY", "FAILED"}, rows)
}
