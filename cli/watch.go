package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"ackpool/api"
	"ackpool/termtext"

	"github.com/spf13/cobra"
)

// watchOptions are the inputs of `ackpool watch`.
type watchOptions struct {
	IO         IOStreams
	NewClient  clientFactory
	Region     string
	TaskID     string
	ClusterID  string
	NodepoolID string
	Output     string
	// Clock paces the polls; nil means the system clock (tests pass a fake).
	Clock api.Clock
}

func newWatchCmd(g *globalOptions, streams IOStreams) *cobra.Command {
	opts := &watchOptions{IO: streams}
	cmd := &cobra.Command{
		Use:   "watch TASK_ID",
		Short: "Follow a node pool creation task to its end",
		Long: `Follow a CreateClusterNodePool task: poll DescribeTaskInfo until the task succeeds or
fails, then the node pool's state until it is active. Progress goes to standard error,
the outcome to standard output. Exit status 0 when the pool is active, 1 when the task or
the pool failed, 130 when interrupted (the task keeps running).`,
		Example: `  $ ackpool watch T-613b19bbd160ad492800abcd
  $ ackpool watch T-613b19bbd160ad492800abcd --region cn-beijing --cluster c0123... --nodepool np31da...`,
		Args: exactArg("TASK_ID (the task_id printed by ackpool create)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.TaskID = args[0]
			opts.Region = g.Region
			opts.NewClient = newClientFactory(g, streams)
			return watchRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.ClusterID, "cluster", "", "cluster ID (default: the task's cluster)")
	cmd.Flags().StringVar(&opts.NodepoolID, "nodepool", "", "node pool ID to follow after the task (default: the task's target)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "text", "outcome format: text or json")
	return cmd
}

// watchRun follows one task.
func watchRun(ctx context.Context, opts *watchOptions) error {
	if err := checkOutput(opts.Output); err != nil {
		return err
	}
	if !strings.HasPrefix(opts.TaskID, "T-") {
		fmt.Fprintf(opts.IO.Err, "warning: task IDs look like T-613b19bbd160ad492800abcd; %q does not\n", opts.TaskID)
	}
	client, region, cleanup, err := connect(ctx, opts.NewClient, opts.Region)
	defer cleanup()
	if err != nil {
		return err
	}
	req := api.WatchRequest{Region: region, TaskID: opts.TaskID, ClusterID: opts.ClusterID, NodepoolID: opts.NodepoolID}
	return follow(ctx, client, opts.Clock, req, opts.IO, opts.Output)
}

// follow runs the watcher, prints progress on stderr and the outcome on stdout, and
// maps the outcome to an error: nil, silentError{1} on failure, errCancelled on Ctrl+C.
// When the task could not be followed at all (an API or connection error), text output
// returns that error for main to print on stderr; JSON output reports it in the object.
func follow(ctx context.Context, client api.Client, clock api.Clock, req api.WatchRequest, streams IOStreams, output string) error {
	last := ""
	w := api.Watcher{Client: client, Clock: clock}
	final, err := w.Watch(ctx, req, func(ev api.WatchEvent) {
		if ev.Phase == api.PhaseDone || ev.Message == last {
			return
		}
		last = ev.Message
		fmt.Fprintf(streams.Err, "[%6s] %s\n", ev.Elapsed.Round(time.Second), termtext.Line(ev.Message))
	})
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		fmt.Fprintf(streams.Err, "\nStopped watching; the task keeps running. Resume with:\n  %s\n", resumeCommand(req, final))
		return errCancelled
	}
	if output == "json" {
		enc := json.NewEncoder(streams.Out)
		enc.SetIndent("", "  ")
		_ = enc.Encode(watchOutcome(final, err))
	} else if err != nil && final.Failure == "" {
		return err // the task could not be followed: an error on stderr, not an outcome
	} else {
		printOutcome(streams, final, err)
	}
	if err != nil {
		return silentError{code: exitFailure}
	}
	return nil
}

// resumeCommand is the `ackpool watch` line that picks up where Ctrl+C left.
func resumeCommand(req api.WatchRequest, final api.WatchEvent) string {
	parts := []string{"ackpool", "watch", req.TaskID}
	if req.Region != "" {
		parts = append(parts, "--region", req.Region)
	}
	if req.ClusterID != "" {
		parts = append(parts, "--cluster", req.ClusterID)
	}
	np := req.NodepoolID
	if np == "" {
		np = final.NodepoolID
	}
	if np != "" {
		parts = append(parts, "--nodepool", np)
	}
	return strings.Join(parts, " ")
}

// outcome is the JSON form of a finished watch.
type outcome struct {
	Succeeded  bool   `json:"succeeded"`
	TaskID     string `json:"task_id,omitempty"`
	TaskState  string `json:"task_state,omitempty"`
	NodepoolID string `json:"nodepool_id,omitempty"`
	PoolState  string `json:"pool_state,omitempty"`
	TotalNodes int    `json:"total_nodes"`
	Healthy    int    `json:"healthy_nodes"`
	Failure    string `json:"failure,omitempty"`
	NextStep   string `json:"next_step,omitempty"`
	Error      string `json:"error,omitempty"`
	Elapsed    string `json:"elapsed"`
}

func watchOutcome(final api.WatchEvent, err error) outcome {
	o := outcome{Succeeded: err == nil, TaskID: final.TaskID, TaskState: final.TaskState, NodepoolID: final.NodepoolID,
		PoolState: final.PoolState, TotalNodes: final.Nodes.TotalNodes, Healthy: final.Nodes.HealthyNodes,
		Failure: final.Failure, Elapsed: final.Elapsed.Round(time.Second).String()}
	if final.Failure != "" {
		o.NextStep = api.FailureHint(final.Failure)
	}
	if err != nil && final.Failure == "" {
		o.Error = err.Error()
	}
	return o
}

func printOutcome(streams IOStreams, final api.WatchEvent, err error) {
	switch {
	case err == nil && final.NodepoolID != "":
		fmt.Fprintf(streams.Out, "succeeded: node pool %s is %s, %d/%d nodes healthy (%s)\n", termtext.Line(final.NodepoolID), termtext.Line(final.PoolState),
			final.Nodes.HealthyNodes, final.Nodes.TotalNodes, final.Elapsed.Round(time.Second))
	case err == nil:
		fmt.Fprintf(streams.Out, "succeeded: task %s finished (%s)\n", final.TaskID, final.Elapsed.Round(time.Second))
	default:
		fmt.Fprintf(streams.Out, "failed: %s\n  next step: %s\n", termtext.Line(final.Failure), api.FailureHint(final.Failure))
	}
}

// checkOutput validates --output for create and watch.
func checkOutput(o string) error {
	if o != "text" && o != "json" {
		return usageError{fmt.Errorf("--output %q: use text or json", o)}
	}
	return nil
}
