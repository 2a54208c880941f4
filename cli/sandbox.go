package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"ackpool/api/sandbox"

	"github.com/spf13/cobra"
)

// sandboxOptions are the inputs of `ackpool sandbox`.
type sandboxOptions struct {
	IO           IOStreams
	Listen       string
	Speed        float64
	Latency      time.Duration
	ThrottleRate float64
	ErrorRate    float64
	DropRate     float64
	FailTasks    bool
	Seed         uint64
	// StateFile keeps the account between runs ("" keeps it in memory only); Reset
	// removes it first. PrintConfig names a tool whose settings replace the three lines.
	StateFile   string
	Reset       bool
	PrintConfig string
	// ready, when set, is called once the sandbox listens (tests use it).
	ready func(*sandbox.Server)
}

func newSandboxCmd(_ *globalOptions, streams IOStreams) *cobra.Command {
	opts := &sandboxOptions{IO: streams}
	cmd := &cobra.Command{
		Use:   "sandbox",
		Short: "Run the loopback emulator of the ACK, ECS and VPC APIs",
		Long: `Run the sandbox: a local emulator of the Alibaba Cloud APIs ackpool uses, on a loopback
port. It checks request signatures like the cloud does, holds a made-up account (regions,
clusters, VPCs, vSwitches, hundreds of instance types, security groups, key pairs,
resource groups), applies the server-side rules of CreateClusterNodePool and runs the
creation tasks through their stages over time.

It first prints exactly three lines on standard output, then serves in the foreground
until interrupted (Ctrl+C):

  ACKPOOL_ENDPOINT=http://127.0.0.1:PORT
  ALIBABA_CLOUD_ACCESS_KEY_ID=...
  ALIBABA_CLOUD_ACCESS_KEY_SECRET=...

Export them in another shell and every ackpool command talks to the sandbox.

The account's pools and tasks are kept in $XDG_STATE_HOME/ackpool/sandbox/seed-N.json
(the file the built-in sandbox of other commands uses too), so a pool created earlier
is still there; --reset starts from the generated account again.

With --print-config aliyun or --print-config terraform, standard output gets instead
the settings that point that tool at this sandbox: an aliyun CLI profile made from the
printed keys with the flags every call needs, or a provider "alicloud" block.`,
		Example: `  # terminal 1
  $ ackpool sandbox --speed 10
  # terminal 2: paste the three lines with "export " in front, then
  $ ackpool create --cluster c... --file pool.yaml --yes --watch

  # or in one shell, in the background
  $ ackpool sandbox --speed 10 > sandbox.env &
  $ sleep 1; eval "$(sed 's/^/export /' sandbox.env)"`,
		Args: noArgs("choose the address with --listen"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := resolveStateFile(opts); err != nil {
				return err
			}
			return sandboxRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Listen, "listen", "127.0.0.1:0", "loopback address to listen on (port 0 picks a free one)")
	f.Float64Var(&opts.Speed, "speed", 1, "run task time this many times faster")
	f.DurationVar(&opts.Latency, "latency", 0, "delay every answer, e.g. 200ms")
	f.Float64Var(&opts.ThrottleRate, "throttle-rate", 0, "share of requests answered Throttling.User (0-1)")
	f.Float64Var(&opts.ErrorRate, "error-rate", 0, "share of requests answered 503 ServiceUnavailable (0-1)")
	f.Float64Var(&opts.DropRate, "drop-rate", 0, "share of requests whose connection is dropped, creates sometimes after being applied (0-1)")
	f.BoolVar(&opts.FailTasks, "fail-tasks", false, "make every creation task fail while instances are created")
	f.Uint64Var(&opts.Seed, "seed", 1, "seed of the generated account (same seed, same IDs)")
	f.StringVar(&opts.StateFile, "state-file", "", `file that keeps the account between runs (default $XDG_STATE_HOME/ackpool/sandbox/seed-N.json; "none": memory only)`)
	f.BoolVar(&opts.Reset, "reset", false, "forget the kept account and start from the generated one")
	f.StringVar(&opts.PrintConfig, "print-config", "", "print the settings for another tool instead of the three lines: aliyun or terraform")
	return cmd
}

// resolveStateFile applies the --state-file default: the XDG state folder.
func resolveStateFile(opts *sandboxOptions) error {
	switch opts.StateFile {
	case "none":
		opts.StateFile = ""
		return nil
	case "":
		file, err := sandbox.DefaultStateFile(opts.Seed)
		if err != nil {
			return err
		}
		opts.StateFile = file
	}
	return nil
}

// sandboxRun starts the sandbox, prints the three lines and serves until ctx ends.
func sandboxRun(ctx context.Context, opts *sandboxOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkSandboxFlags(opts); err != nil {
		return err
	}
	if opts.PrintConfig != "" && !slices.Contains(sandbox.ClientConfigKinds, opts.PrintConfig) {
		return usageError{fmt.Errorf("--print-config %q: choose one of %s", opts.PrintConfig, strings.Join(sandbox.ClientConfigKinds, ", "))}
	}
	if opts.Reset && opts.StateFile != "" {
		if err := sandbox.ResetState(opts.StateFile); err != nil {
			return err
		}
	}
	srv, err := sandbox.Start(sandbox.Options{
		Listen: opts.Listen, Seed: opts.Seed, Speed: opts.Speed, Latency: opts.Latency,
		ThrottleRate: opts.ThrottleRate, ErrorRate: opts.ErrorRate, DropRate: opts.DropRate, FailTasks: opts.FailTasks,
		StateFile: opts.StateFile,
	})
	if err != nil {
		if opts.StateFile != "" && strings.Contains(err.Error(), opts.StateFile) {
			return err
		}
		return usageError{fmt.Errorf("--listen: %w", err)}
	}
	if opts.PrintConfig != "" {
		text, err := sandbox.ClientConfig(opts.PrintConfig, srv.Endpoint(), srv.AccessKeyID(), srv.AccessKeySecret(), "cn-hangzhou")
		if err != nil {
			_ = srv.Close()
			return err
		}
		fmt.Fprint(opts.IO.Out, text)
	} else {
		fmt.Fprintf(opts.IO.Out, "ACKPOOL_ENDPOINT=%s\nALIBABA_CLOUD_ACCESS_KEY_ID=%s\nALIBABA_CLOUD_ACCESS_KEY_SECRET=%s\n",
			srv.Endpoint(), srv.AccessKeyID(), srv.AccessKeySecret())
	}
	fmt.Fprintf(opts.IO.Err, "sandbox serving on %s (speed %gx); press Ctrl+C to stop\n", srv.Addr(), opts.Speed)
	printSandboxClusters(opts.IO, srv)
	if opts.ready != nil {
		opts.ready(srv)
	}
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		_ = srv.Close()
	}
	fmt.Fprintln(opts.IO.Err, "sandbox stopped")
	return nil
}

// checkSandboxFlags refuses values the sandbox cannot use, naming the flag.
func checkSandboxFlags(opts *sandboxOptions) error {
	if opts.Speed <= 0 {
		return usageError{fmt.Errorf("--speed %v: must be greater than 0", opts.Speed)}
	}
	if opts.Latency < 0 {
		return usageError{fmt.Errorf("--latency %v: must be 0 or more, e.g. 200ms", opts.Latency)}
	}
	rates := []struct {
		flag  string
		value float64
	}{{"--throttle-rate", opts.ThrottleRate}, {"--error-rate", opts.ErrorRate}, {"--drop-rate", opts.DropRate}}
	for _, r := range rates {
		if r.value < 0 || r.value > 1 {
			return usageError{fmt.Errorf("%s %v: must be between 0 and 1 (a share of requests, e.g. 0.1)", r.flag, r.value)}
		}
	}
	return nil
}

// printSandboxClusters lists the running clusters on stderr so that people know
// which IDs to pass to --cluster.
func printSandboxClusters(streams IOStreams, srv *sandbox.Server) {
	fmt.Fprintln(streams.Err, "running clusters (region, cluster ID, name, version, vSwitches):")
	for _, reg := range srv.Account().Regions {
		for _, c := range reg.Clusters {
			if c.State == "running" {
				fmt.Fprintf(streams.Err, "  %-15s %s  %-14s %-16s %s\n", reg.ID, c.ID, c.Name, c.Version, strings.Join(c.VSwitchIDs, ","))
			}
		}
	}
}
