package cli

import (
	"context"
	"errors"
	"strconv"

	"ackpool/api"

	"github.com/spf13/cobra"
)

// vswitchesOptions are the inputs of `ackpool vswitches`.
type vswitchesOptions struct {
	lookupOptions
	ClusterID string
}

// vswitchRow is one vSwitch of --output json, marked when the cluster itself uses it.
type vswitchRow struct {
	api.VSwitch
	UsedByCluster bool `json:"UsedByCluster"`
}

func newVSwitchesCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &vswitchesOptions{lookupOptions: lookupOptions{IO: streams, Output: "text"}}
	cmd := &cobra.Command{
		Use:   "vswitches --cluster ID",
		Short: "List the vSwitches a cluster's node pools can use",
		Long: `VSwitches lists the vSwitches of the cluster's VPC (DescribeVSwitches): ID, name,
zone, CIDR block and free IP addresses, with the ones the cluster itself uses
marked. Pick vSwitches in more than one zone for --vswitches, so the pool stays
available when a zone fails.`,
		Example: `  $ ackpool vswitches --cluster c0123456789abcdef0123456789abcdef
  $ ackpool vswitches --cluster c0123... --output json | jq -r '.[] | select(.AvailableIpAddressCount > 100) | .VSwitchId'`,
		Args: noArgs("pass the cluster with --cluster"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return vswitchesRun(cmd.Context(), opts)
		},
	}
	opts.addClusterFlags(cmd.Flags(), &opts.ClusterID)
	return cmd
}

// vswitchesRun finds the cluster's VPC and lists its vSwitches.
func vswitchesRun(ctx context.Context, opts *vswitchesOptions) error {
	client, region, cleanup, err := opts.connectCluster(ctx, opts.ClusterID)
	defer cleanup()
	if err != nil {
		return err
	}
	ctx = ctxOrBackground(ctx)
	cluster, err := client.DescribeCluster(ctx, region, opts.ClusterID)
	if err != nil {
		return err
	}
	if cluster.VpcID == "" {
		return errors.New("the cluster's answer names no VPC, so its vSwitches cannot be listed")
	}
	list, err := client.ListVSwitches(ctx, region, cluster.VpcID)
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for _, id := range cluster.VSwitchIDs {
		used[id] = true
	}
	rows := make([]vswitchRow, len(list))
	for i, v := range list {
		rows[i] = vswitchRow{VSwitch: v, UsedByCluster: used[v.VSwitchID]}
	}
	if opts.Output == "json" {
		return writeJSON(opts.IO.Out, rows)
	}
	table := make([][]string, len(rows))
	for i, v := range rows {
		mark := ""
		if v.UsedByCluster {
			mark = "yes"
		}
		table[i] = []string{v.VSwitchID, v.VSwitchName, v.ZoneID, v.CidrBlock, strconv.FormatInt(v.AvailableIPs, 10), v.Status, mark}
	}
	return writeTable(opts.IO.Out, []string{"VSWITCH_ID", "NAME", "ZONE", "CIDR", "FREE_IPS", "STATUS", "CLUSTER"}, table)
}
