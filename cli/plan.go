package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"ackpool/api"
	"ackpool/api/preflight"
	"ackpool/model"

	"github.com/spf13/cobra"
)

// planOptions is everything `ackpool plan` needs; tests fill it directly.
type planOptions struct {
	Source    requestSource
	ClusterID string
	Region    string
	Output    string // text or json
	Reader    requestReader
	NewClient clientFactory
	Out       io.Writer // the plan
	Err       io.Writer // parse errors in text mode
}

func newPlanCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &planOptions{Output: "text"}
	cmd := &cobra.Command{
		Use:   "plan --cluster ID --file FILE",
		Short: "Check a node pool request against the account and price it, without creating it",
		Long: `Plan validates a node pool request like ackpool validate, then checks it against the
account and prices it. Nothing is created.

The checks: each instance type's stock in each vSwitch's zone (shown as a type x
zone table), free IPs in the vSwitches for the desired and maximum size, the disk
categories each instance type supports, the image against the instance types
(architecture, GPU) and the cluster's Kubernetes version, the node pool, node and
ECS vCPU quotas, the cluster's state, the service roles the pool needs, and the
security groups and key pair. Each check has a stable id and says what to change.

The cost comes from the ECS price API (DescribePrice; spot types from the latest
DescribeSpotPriceHistory price in the pool's zones, or the price limit you set),
per node and for the pool at its desired size, and at its minimum and maximum with
auto scaling. Prices are estimates in the account's currency; pay-as-you-go monthly
is hourly x 730, subscription monthly is the subscription price.

The exit status is 0 when the pool is ready to create, 1 when a validation error
or a failed check blocks it, and 2 when the command is called wrongly.`,
		Example: `  $ ackpool plan --cluster c0123456789abcdef0123456789abcdef --file pool.yaml
  $ ackpool plan --cluster c0123... --preset spot-cost-optimised --set scaling_group.vswitch_ids=vsw-a,vsw-b
  $ ackpool plan --cluster c0123... --file pool.yaml --output json | jq '.cost.monthly'`,
		Args: noArgs("pass the request with --file or --preset"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Reader = requestReader{Stdin: streams.In, ReadFile: os.ReadFile}
			opts.Out, opts.Err = streams.Out, streams.Err
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return planRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ClusterID, "cluster", "", "ID of the cluster the pool is meant for")
	f.StringVarP(&opts.Source.File, "file", "f", "", "request file, JSON or YAML (- reads standard input)")
	f.StringVar(&opts.Source.Preset, "preset", "", "start from this preset instead of a file (see ackpool preset list)")
	f.StringArrayVar(&opts.Source.Sets, "set", nil, "set path=value on top of the file or preset (repeatable; lists by index or comma list)")
	opts.Source.Fields = addFieldFlags(f)
	f.StringVarP(&opts.Output, "output", "o", "text", "output format: text or json")
	return cmd
}

// planReport is the --output json document.
type planReport struct {
	Ready    bool              `json:"ready"`
	Problems model.Problems    `json:"problems"`
	Checks   []preflight.Check `json:"checks"`
	Stock    *stockReport      `json:"stock,omitempty"`
	Cost     *preflight.Cost   `json:"cost"`
}

// stockReport is the stock matrix in the JSON document.
type stockReport struct {
	Types  []string                     `json:"types"`
	Zones  []string                     `json:"zones"`
	Status map[string]map[string]string `json:"status"`
}

// planRun validates, checks and prices the request; it returns silentError{1} when
// the pool is blocked.
func planRun(ctx context.Context, opts *planOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkOutput(opts.Output); err != nil {
		return err
	}
	if opts.ClusterID == "" {
		return usageError{errors.New("--cluster is required: pass the ID of the cluster the pool is meant for (the wizard lists the region's clusters)")}
	}
	np, err := loadRequest(opts.Source, opts.Reader)
	if err != nil {
		return reportParseErrors(opts, err)
	}
	problems := model.Migrate(np)
	problems = append(problems, model.ValidateClusterID(opts.ClusterID)...)
	problems = append(problems, model.Validate(np)...)
	if problems == nil {
		problems = model.Problems{}
	}
	client, region, cleanup, err := connect(ctx, opts.NewClient, opts.Region)
	defer cleanup()
	if err != nil {
		return err
	}
	res := preflight.New(client).Plan(ctx, region, opts.ClusterID, np)
	if err := ctx.Err(); err != nil {
		return err
	}
	rep := planReport{Ready: !problems.HasErrors() && !res.Blocked(), Problems: problems, Checks: res.Checks, Cost: res.Cost}
	if rep.Checks == nil {
		rep.Checks = []preflight.Check{}
	}
	if len(res.Stock.Zones) > 0 {
		rep.Stock = &stockReport{Types: res.Stock.Types, Zones: res.Stock.Zones, Status: res.Stock.Status}
	}
	if opts.Output == "json" {
		err = writeValidateJSON(opts.Out, rep)
	} else {
		err = writePlanText(opts.Out, planHeading(opts, client.Target(), res, np), rep, res.Stock)
	}
	if err != nil {
		return err
	}
	if !rep.Ready {
		return silentError{exitFailure}
	}
	return nil
}

// reportParseErrors prints a request that does not parse as validate does.
func reportParseErrors(opts *planOptions, err error) error {
	parseErrs := model.AllParseErrors(err)
	if len(parseErrs) == 0 {
		return err
	}
	if opts.Output == "json" {
		rep := planReport{Problems: make(model.Problems, len(parseErrs)), Checks: []preflight.Check{}}
		for i, pe := range parseErrs {
			at := *pe
			at.Path = ""
			rep.Problems[i] = model.Problem{Path: pe.Path, Message: at.Error(), Severity: model.SeverityError}
		}
		if err := writeValidateJSON(opts.Out, rep); err != nil {
			return err
		}
	} else {
		for _, pe := range parseErrs {
			fmt.Fprintln(opts.Err, pe.Error())
		}
	}
	return silentError{exitFailure}
}

// planHeading is the first line of the text form.
func planHeading(opts *planOptions, target api.Target, res *preflight.Result, np *model.NodePool) string {
	name := "(unnamed)"
	if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil {
		name = *np.NodepoolInfo.Name
	}
	where := ""
	if target.Sandbox {
		where = " (SANDBOX)"
	}
	return fmt.Sprintf("Plan for node pool %s from %s in cluster %s, region %s%s",
		printable(name), opts.Source.sourceName(), opts.ClusterID, res.Region, where)
}
