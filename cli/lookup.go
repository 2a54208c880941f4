package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"ackpool/api"
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

// connect builds the client and resolves the region.
func (o *lookupOptions) connect(ctx context.Context) (api.Client, string, func(), error) {
	if err := checkOutput(o.Output); err != nil {
		return nil, "", func() {}, err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	client, cleanup, err := o.NewClient(ctx)
	if err != nil {
		return nil, "", cleanup, err
	}
	region := o.Region
	if region == "" {
		region = client.Target().Region
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
