package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"ackpool/api"
	"ackpool/model"
	"ackpool/termtext"

	"github.com/spf13/cobra"
)

// createOptions are the inputs of `ackpool create`.
type createOptions struct {
	IO        IOStreams
	NewClient clientFactory
	// StdinIsTTY reports whether a person can answer the confirmation prompt.
	StdinIsTTY func() bool
	ClusterID  string
	File       string
	Preset     string           // start from this preset instead of File
	Sets       []string         // --set path=value overrides, in order
	Fields     *fieldFlagValues // --name, --nodes, ...: applied before Sets
	Region     string
	DryRun     bool
	Yes        bool
	Watch      bool
	Output     string
	// TerraformProvider is --terraform-provider: the provider version --output
	// terraform writes for.
	TerraformProvider string
	// Clock paces --watch polls; nil means the system clock.
	Clock api.Clock
}

func newCreateCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &createOptions{IO: streams, StdinIsTTY: func() bool { return isTerminal(streams.In) }}
	cmd := &cobra.Command{
		Use:   "create --cluster ID (--file FILE | --preset NAME | --name NAME ...)",
		Short: "Create a node pool from a JSON or YAML file, without the wizard",
		Long: `Create a node pool from a request body file (JSON or YAML, the CreateClusterNodePool
body with its wire names). The file is validated locally first; problems are listed and
nothing is sent while there are errors. Unless --yes is given, ackpool asks for
confirmation on the terminal; without a terminal it refuses and asks for --yes.

On success it prints nodepool_id, task_id and request_id on standard output (--output json
prints them as one JSON object). --watch then follows the task until the pool is active.

The plain flags --name, --instance-types, --vswitches, --nodes, --nodes-min,
--nodes-max, --spot, --disk-size, --label, --taint and --key-pair set the common
fields on top of the file or preset (or alone); --set path=value sets any other
field and is applied last.`,
		Example: `  $ ackpool create --cluster c0123456789abcdef0123456789abcdef --file pool.yaml
  $ ackpool create --cluster c0123... --file pool.json --yes --watch --region cn-beijing
  $ ackpool create --file pool.yaml --dry-run
  $ ackpool create --cluster c0123... --file pool.yaml --dry-run --output terraform
  $ ackpool create --cluster c0123... --preset gpu --set scaling_group.vswitch_ids=vsw-a,vsw-b --yes
  $ ackpool create --cluster c0123... --preset general-purpose --name web --vswitches vsw-a,vsw-b \
      --nodes 3 --label team=web --taint dedicated=web:NoSchedule --key-pair ops --yes
  $ ackpool create --name batch --instance-types ecs.c7.xlarge,ecs.c6.xlarge --vswitches vsw-a \
      --nodes-min 0 --nodes-max 10 --spot --disk-size 80 --dry-run --output terraform
  $ ackpool create --cluster c0123... --file pool.yaml --yes --output json | jq -r .task_id`,
		Args: noArgs("pass the request with --file or --preset"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return createRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ClusterID, "cluster", "", "ID of the cluster to add the pool to")
	f.StringVarP(&opts.File, "file", "f", "", "request body file, JSON or YAML (- for standard input)")
	f.StringVar(&opts.Preset, "preset", "", "start from this preset instead of a file (see ackpool preset list)")
	f.StringArrayVar(&opts.Sets, "set", nil, "set path=value on top of the file or preset (repeatable; lists by index or comma list)")
	opts.Fields = addFieldFlags(f)
	f.BoolVar(&opts.DryRun, "dry-run", false, "validate and print the request body (secrets masked) without sending it")
	f.BoolVar(&opts.Yes, "yes", false, "create without asking for confirmation")
	f.BoolVar(&opts.Watch, "watch", false, "follow the creation task until the pool is active")
	f.StringVarP(&opts.Output, "output", "o", "text", "result format: text or json; with --dry-run also yaml, aliyun (the aliyun CLI command) or terraform")
	f.StringVar(&opts.TerraformProvider, "terraform-provider", "", "with --output terraform: write for this aliyun/alicloud provider version (1.240.0 or newer); arguments it lacks become comments")
	return cmd
}

// createRun loads, validates, confirms, sends and optionally watches one creation.
func createRun(ctx context.Context, opts *createOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkCreateOutput(opts); err != nil {
		return err
	}
	if opts.ClusterID == "" && !opts.DryRun {
		return usageError{errors.New("--cluster is required: pass the ID of the cluster to add the pool to (list them in the wizard)")}
	}
	src := requestSource{File: opts.File, Preset: opts.Preset, Sets: opts.Sets, Fields: opts.Fields}
	np, err := loadRequest(src, requestReader{Stdin: opts.IO.In})
	if err != nil {
		return err
	}
	if !reportProblems(opts, src, np) {
		return silentError{code: exitFailure}
	}
	if opts.DryRun {
		return writeDryRun(opts, np)
	}
	client, region, cleanup, err := connect(ctx, opts.NewClient, opts.Region)
	defer cleanup()
	if err != nil {
		return err
	}
	if err := checkClusterRegion(ctx, client, region, opts.ClusterID); err != nil {
		return err
	}
	if err := confirmCreate(opts, client.Target(), region, np); err != nil {
		return err
	}
	res, err := client.CreateNodePool(ctx, region, opts.ClusterID, np)
	if err != nil {
		explainCreateFailure(ctx, opts.IO, client, region, err)
		return err
	}
	if res.Recovery != "" {
		fmt.Fprintf(opts.IO.Err, "note: %s\n", res.Recovery)
	}
	if err := printCreateResult(opts.IO.Out, opts.Output, res); err != nil {
		return err
	}
	if !opts.Watch {
		return nil
	}
	req := api.WatchRequest{Region: region, ClusterID: opts.ClusterID, NodepoolID: res.NodepoolID, TaskID: res.TaskID}
	out := opts.IO
	if opts.Output == "json" {
		out.Out = opts.IO.Err // keep stdout one JSON object; the outcome joins the progress on stderr
	}
	return follow(ctx, client, opts.Clock, req, out, "text")
}

// reportProblems migrates deprecated fields and validates locally, printing every
// problem on stderr. It returns false when there are errors.
func reportProblems(opts *createOptions, src requestSource, np *model.NodePool) bool {
	problems := model.Migrate(np)
	problems = append(problems, model.Validate(np)...)
	if opts.ClusterID != "" {
		problems = append(problems, model.ValidateClusterID(opts.ClusterID)...)
	}
	printProblems(opts.IO.Err, problems)
	if problems.HasErrors() {
		fmt.Fprintf(opts.IO.Err, "%s: %s; nothing was sent. Fix them and check again with: %s\n",
			src.sourceName(), countNoun(len(problems.Errors()), "error"), src.validateCommand())
		return false
	}
	return true
}

// confirmCreate asks "create? [y/N]" on the terminal unless --yes.
func confirmCreate(opts *createOptions, target api.Target, region string, np *model.NodePool) error {
	if opts.Yes {
		return nil
	}
	if opts.File == "-" || opts.StdinIsTTY == nil || !opts.StdinIsTTY() {
		return usageError{errors.New("refusing to create without confirmation: standard input is not a terminal; pass --yes to create anyway")}
	}
	name := "(unnamed)"
	if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil {
		name = *np.NodepoolInfo.Name
	}
	where := "Alibaba Cloud"
	if target.Sandbox {
		where = "the SANDBOX (nothing is created in the cloud)"
	}
	fmt.Fprintf(opts.IO.Err, "Create node pool %q in cluster %s, region %s, on %s? [y/N] ", name, opts.ClusterID, region, where)
	line, err := bufio.NewReader(opts.IO.In).ReadString('\n')
	if err != nil && line == "" {
		return errCancelled
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return nil
	}
	return errCancelled
}

// printCreateResult prints the IDs as text lines or one JSON object.
func printCreateResult(w io.Writer, output string, res *api.CreateResult) error {
	if output == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	_, err := fmt.Fprintf(w, "nodepool_id: %s\ntask_id: %s\nrequest_id: %s\n", res.NodepoolID, orNone(res.TaskID), orNone(res.RequestID))
	if err == nil && res.OwnerTag != "" {
		// the ECS tag the create added to scaling_group.tags (see the README)
		_, err = fmt.Fprintf(w, "owner_tag: %s\n", res.OwnerTag)
	}
	return err
}

func orNone(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

// explainCreateFailure adds context a person needs after some failures: in the
// sandbox, an unknown cluster ID is expected, so list the clusters there are.
func explainCreateFailure(ctx context.Context, streams IOStreams, client api.Client, region string, err error) {
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "ErrorClusterNotFound" || !client.Target().Sandbox {
		return
	}
	clusters, lerr := client.ListClusters(ctx, region)
	if lerr != nil {
		return
	}
	fmt.Fprintf(streams.Err, "clusters in the sandbox's %s region:\n", region)
	for _, c := range clusters {
		fmt.Fprintf(streams.Err, "  %s  %-15s %s\n", termtext.Line(c.ClusterID), termtext.Line(c.Name), termtext.Line(c.State))
	}
}
