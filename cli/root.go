package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// IOStreams are the process's standard streams; tests replace them with buffers.
type IOStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// globalOptions are the flags every command understands.
type globalOptions struct {
	Profile    string
	Region     string
	Endpoint   string
	Sandbox    bool
	NoColor    bool
	Accessible bool
	Verbose    bool
}

// errCancelled is returned when the user cancels an interactive flow.
var errCancelled = errors.New("cancelled")

// silentError carries an exit code for a failure that has already been reported.
type silentError struct{ code int }

func (e silentError) Error() string { return "exit status" }

// usageError marks an error in how a command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func isUsageError(err error) bool {
	var u usageError
	if errors.As(err, &u) {
		return true
	}
	// cobra's own flag and argument errors
	msg := err.Error()
	for _, prefix := range []string{"unknown flag", "unknown shorthand flag", "unknown command", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// NewRootCmd builds the ackpool command tree: the wizard as the root command and one
// subcommand per task, all writing to streams.
func NewRootCmd(streams IOStreams) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "ackpool",
		Short: "Create Alibaba Cloud ACK node pools, interactively or from files",
		Long: `ackpool walks you through creating a node pool in an Alibaba Cloud ACK cluster
(CreateClusterNodePool), validates every field as you go, shows the exact request body,
submits it and follows the task until the nodes are up.

With no credentials configured it runs against a built-in sandbox, so you can explore
safely. Run without a subcommand to open the wizard.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return checkGlobalFlags(g) }

	pf := root.PersistentFlags()
	pf.StringVar(&g.Profile, "profile", "", "credential profile of the aliyun CLI config to use")
	pf.StringVar(&g.Region, "region", "", "region ID, e.g. cn-hangzhou (default: the profile's region)")
	pf.StringVar(&g.Endpoint, "endpoint", "", "send every request to this address (also ACKPOOL_ENDPOINT)")
	pf.BoolVar(&g.Sandbox, "sandbox", false, "use the built-in sandbox even when credentials are configured")
	pf.BoolVar(&g.NoColor, "no-color", false, "disable colour (also NO_COLOR)")
	pf.BoolVar(&g.Verbose, "verbose", false, "say on standard error which credentials, region and endpoint are used")
	pf.BoolVar(&g.Accessible, "accessible", false, "plain prompts for screen readers (also TERM=dumb)")

	addWizard(root, g, streams)
	root.AddCommand(
		newValidateCmd(g, streams),
		newPlanCmd(g, streams),
		newCreateCmd(g, streams),
		newWatchCmd(g, streams),
		newSandboxCmd(g, streams),
		newPresetCmd(g, streams),
		newSchemaCmd(g, streams),
		newClustersCmd(g, streams),
		newPoolsCmd(g, streams),
		newVSwitchesCmd(g, streams),
		newInstanceTypesCmd(g, streams),
		newCompletionCmd(streams),
	)
	root.CompletionOptions.DisableDefaultCmd = true
	registerCompletions(root, g)
	return root
}
