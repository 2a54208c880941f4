package cli

import (
	"context"
	"sort"
	"strconv"

	"ackpool/api"
	"ackpool/model"

	"github.com/spf13/cobra"
)

// instanceTypesOptions are the inputs of `ackpool instance-types`.
type instanceTypesOptions struct {
	lookupOptions
	Zone   string
	Filter string
	Spot   bool
}

func newInstanceTypesCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &instanceTypesOptions{lookupOptions: lookupOptions{IO: streams, Output: "text"}}
	cmd := &cobra.Command{
		Use:   "instance-types [--zone ZONE] [--filter 'vcpu>=8 mem>=32']",
		Short: "List instance types, those in stock in a zone, filtered by size",
		Long: `Instance-types lists ECS instance types with their family, vCPUs, memory, GPUs and
CPU architecture. With --zone only the types in stock in that zone are listed
(DescribeAvailableResource; --spot for spot stock), so every type shown can go
into --instance-types for vSwitches of that zone.

--filter keeps the types for which every term holds; terms are KEY OP VALUE
separated by spaces:
  vcpu, mem (GiB), gpu   compared with >=, <=, >, <, = or !=
  arch (x86, arm), family (g7 or ecs.g7), type (part of the ID)   with = or !=`,
		Example: `  $ ackpool instance-types --zone cn-hangzhou-h --filter 'vcpu>=8 mem>=32'
  $ ackpool instance-types --zone cn-hangzhou-h --filter 'gpu>=1'
  $ ackpool instance-types --filter 'arch=arm family=g8y' --output json | jq -r '.[].InstanceTypeId'`,
		Args: noArgs("give the zone with --zone and the filter with --filter"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return instanceTypesRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Zone, "zone", "", "only types in stock in this zone, e.g. cn-hangzhou-h")
	f.StringVar(&opts.Filter, "filter", "", "keep types matching every term, e.g. 'vcpu>=8 mem>=32 gpu>=1 arch=arm family=g7'")
	f.BoolVar(&opts.Spot, "spot", false, "with --zone: stock for spot instances instead of pay-as-you-go")
	opts.addOutputFlag(f)
	return cmd
}

// instanceTypesRun lists the catalog, keeps the types in stock and matching.
func instanceTypesRun(ctx context.Context, opts *instanceTypesOptions) error {
	filter, err := model.ParseTypeFilter(opts.Filter)
	if err != nil {
		return usageError{err}
	}
	client, region, cleanup, err := opts.connect(ctx)
	defer cleanup()
	if err != nil {
		return err
	}
	ctx = ctxOrBackground(ctx)
	catalog, err := client.ListInstanceTypes(ctx, region)
	if err != nil {
		return err
	}
	var inStock map[string]bool
	if opts.Zone != "" {
		q := api.AvailabilityQuery{Region: region, ZoneID: opts.Zone}
		if opts.Spot {
			q.SpotStrategy = "SpotAsPriceGo"
		}
		ids, err := client.AvailableInstanceTypes(ctx, q)
		if err != nil {
			return err
		}
		inStock = map[string]bool{}
		for _, id := range ids {
			inStock[id] = true
		}
	}
	out := []api.InstanceType{}
	for _, it := range catalog {
		if inStock != nil && !inStock[it.InstanceTypeID] {
			continue
		}
		if filter.Match(it.Spec()) {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.CPUCores != b.CPUCores {
			return a.CPUCores < b.CPUCores
		}
		if a.MemoryGiB != b.MemoryGiB {
			return a.MemoryGiB < b.MemoryGiB
		}
		return a.InstanceTypeID < b.InstanceTypeID
	})
	if opts.Output == "json" {
		return writeJSON(opts.IO.Out, out)
	}
	rows := make([][]string, len(out))
	for i, it := range out {
		rows[i] = []string{it.InstanceTypeID, it.Family, strconv.Itoa(it.CPUCores),
			strconv.FormatFloat(it.MemoryGiB, 'f', -1, 64), strconv.Itoa(it.GPUAmount), it.Architecture}
	}
	return writeTable(opts.IO.Out, []string{"INSTANCE_TYPE", "FAMILY", "VCPU", "MEM_GIB", "GPU", "ARCH"}, rows)
}
