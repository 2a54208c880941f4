package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"ackpool/api"
	"ackpool/model"
	"ackpool/termtext"
)

// lookupOptions are what the ID-finding commands (clusters, pools, vswitches,
// instance-types) share: the streams, the client and the output format.
type lookupOptions struct {
	IO        IOStreams
	NewClient clientFactory
	Region    string // --region; empty means the client's default
	Output    string // text or json
	// CacheKey names the account in the cluster cache (see flagCacheKey); empty
	// leaves the cache alone.
	CacheKey string
}

// addOutputFlag adds --output: text (a table) or json.
func (o *lookupOptions) addOutputFlag(f *pflag.FlagSet) {
	f.StringVarP(&o.Output, "output", "o", "text", "output format: text (a table) or json")
}

// addClusterFlags adds the flags of a lookup within one cluster: --cluster, into
// id, and --output.
func (o *lookupOptions) addClusterFlags(f *pflag.FlagSet, id *string) {
	f.StringVar(id, "cluster", "", "ID of the cluster (see ackpool clusters)")
	o.addOutputFlag(f)
}

// connectCluster checks the cluster ID of a lookup within one cluster, then
// connects as connect does.
func (o *lookupOptions) connectCluster(ctx context.Context, id string) (api.Client, string, func(), error) {
	if err := requireCluster(id); err != nil {
		return nil, "", func() {}, err
	}
	return o.connect(ctx)
}

// connect builds the client and resolves the region.
func (o *lookupOptions) connect(ctx context.Context) (api.Client, string, func(), error) {
	if err := checkOutput(o.Output); err != nil {
		return nil, "", func() {}, err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	client, region, cleanup, err := connect(ctx, o.NewClient, o.Region)
	if err != nil {
		return nil, "", cleanup, err
	}
	if region == "" {
		return nil, "", cleanup, usageError{fmt.Errorf("no region: pass --region, e.g. --region cn-hangzhou")}
	}
	return client, region, cleanup, nil
}

// writeTable writes a header and rows aligned in columns; every cell is text from
// outside, so control characters are made visible.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = termtext.Line(c)
			if cells[i] == "" {
				cells[i] = "-"
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// requireCluster checks --cluster of the commands that list a cluster's resources.
func requireCluster(id string) error {
	if id == "" {
		return usageError{errors.New("--cluster is required: pass the cluster ID (list them with ackpool clusters)")}
	}
	if problems := model.ValidateClusterID(id); problems.HasErrors() {
		return usageError{errors.New("--cluster: " + problems.Errors()[0].Message)}
	}
	return nil
}
