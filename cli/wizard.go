package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-isatty"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"ackpool/forms"
	"ackpool/forms/steps"
	"ackpool/model"
	"ackpool/ui"
)

// wizardOptions are what the wizard command needs; tests replace the client.
type wizardOptions struct {
	Global  *globalOptions
	Streams IOStreams
	// NewClient returns the client and a cleanup that stops an in-process sandbox.
	NewClient clientFactory
	// Getenv reads the environment (TERM, NO_COLOR).
	Getenv func(string) string
	// PresetDir and DraftDir are the user's presets and the wizard's draft; empty
	// turns the start screen's user presets or the drafts off.
	PresetDir, DraftDir string
}

// addWizard makes the root command open the wizard.
func addWizard(root *cobra.Command, g *globalOptions, streams IOStreams) {
	root.Example = `  # explore safely: with no credentials the wizard talks to a built-in sandbox
  $ ackpool

  # a real cluster, with the aliyun CLI's profile
  $ ackpool --profile prod --region cn-hangzhou

  # plain prompts for screen readers
  $ ackpool --accessible`
	root.Args = cobra.NoArgs
	root.RunE = func(cmd *cobra.Command, _ []string) error {
		opts := &wizardOptions{
			Global:    g,
			Streams:   streams,
			NewClient: newClientFactory(g, streams),
			Getenv:    os.Getenv,
		}
		opts.PresetDir, opts.DraftDir = reuseDirs()
		return wizardRun(cmd.Context(), opts)
	}
}

// wizardRun builds the steps over a fresh request, runs the wizard (full screen, or
// plain prompts when accessible) and prints the outcome: IDs on stdout, the rest on
// stderr.
func wizardRun(ctx context.Context, opts *wizardOptions) error {
	accessible := opts.Global.Accessible || opts.Getenv("TERM") == "dumb"
	if !accessible && !isTerminal(opts.Streams.In) {
		return usageError{errors.New("the wizard needs a terminal; for scripts use `ackpool create --file F` (or --accessible for plain prompts)")}
	}
	renderer := newRenderer(opts.Streams.Err, opts.Global.NoColor || opts.Getenv("NO_COLOR") != "")
	theme := ui.NewStyles(renderer).Huh

	client, cleanup, err := opts.NewClient(ctx)
	if cleanup != nil {
		defer cleanup()
	}
	if err != nil {
		return err
	}

	np := &model.NodePool{}
	target := &forms.Target{Region: firstNonEmptyString(opts.Global.Region, client.Target().Region)}
	catalog := ui.NewCatalog(client)
	reuse := wizardPresets(opts, catalog, target, theme, accessible)
	var built []forms.Step
	if reuse == nil {
		// no start screen: the steps are the first thing shown; with one, the wizard
		// builds them once, over the request the start screen chooses
		built = steps.BuildLazy(np, &forms.Env{Catalog: catalog, Target: target, Accessible: accessible, Theme: theme})
	}
	uiOpts := ui.Options{
		Client:    client,
		Catalog:   catalog,
		NodePool:  np,
		Target:    target,
		Steps:     built,
		FieldHelp: forms.FieldHelp,
		Presets:   reuse,
		Renderer:  renderer,
		// a cluster ID typed by hand is looked up once typing pauses, not per key
		PoolNamesDelay: 400 * time.Millisecond,
	}
	streams := ui.IO{In: opts.Streams.In, Out: opts.Streams.Out, Err: opts.Streams.Err}
	run := ui.Run
	if accessible {
		run = ui.RunAccessible
	}
	out, err := run(ctx, uiOpts, streams)
	if errors.Is(err, ui.ErrCancelled) {
		return errCancelled
	}
	if err != nil {
		return err
	}
	ui.Report(out, opts.Streams.Out, opts.Streams.Err)
	switch out.Kind {
	case ui.OutcomeTaskFailed:
		return silentError{code: exitFailure}
	case ui.OutcomeUnknown:
		return silentError{code: exitUnknown}
	}
	return nil
}

// newRenderer draws the wizard's styles for w (stderr, where the wizard draws) and
// drops every colour when asked to (--no-color, NO_COLOR).
func newRenderer(w io.Writer, noColor bool) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(w)
	if noColor {
		r.SetColorProfile(termenv.Ascii)
	}
	return r
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func firstNonEmptyString(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
