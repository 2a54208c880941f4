package ui

import (
	"context"
	"errors"
	"fmt"
	"io"

	"ackpool/termtext"

	tea "github.com/charmbracelet/bubbletea"
)

// ErrCancelled is returned when the user quits the wizard before submitting.
var ErrCancelled = errors.New("wizard cancelled")

// IO are the streams the wizard uses: it draws on Err (so Out stays clean for the
// results) and reads keys from In.
type IO struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// Run runs the full-screen wizard until it ends and returns how it ended. A
// cancelled wizard returns ErrCancelled with its outcome.
func Run(ctx context.Context, opts Options, streams IO) (Outcome, error) {
	m := New(opts)
	p := tea.NewProgram(m,
		tea.WithContext(ctx),
		tea.WithInput(streams.In),
		tea.WithOutput(streams.Err),
		tea.WithAltScreen(),
	)
	_, err := p.Run()
	if ferr := m.FlushDraft(); ferr != nil {
		fmt.Fprintf(streams.Err, "ackpool: the draft was not saved: %v\n", ferr)
	}
	if err != nil {
		if errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) {
			return Outcome{Kind: OutcomeCancelled}, ErrCancelled
		}
		return Outcome{}, fmt.Errorf("wizard: %w", err)
	}
	out := m.Outcome()
	if out.Kind == OutcomeCancelled {
		return out, ErrCancelled
	}
	return out, nil
}

// Report prints the outcome: the IDs on out (for scripts), the rest on errOut.
func Report(o Outcome, out, errOut io.Writer) {
	if o.Result != nil {
		fmt.Fprintf(out, "nodepool_id=%s\ntask_id=%s\nrequest_id=%s\n", o.Result.NodepoolID, o.Result.TaskID, o.Result.RequestID)
	}
	switch o.Kind {
	case OutcomeCreated:
		fmt.Fprintf(errOut, "node pool %s created in cluster %s\n", o.Result.NodepoolID, o.ClusterID)
	case OutcomeTaskFailed:
		msg := "see the task's events"
		if o.Final != nil && o.Final.Failure != "" {
			msg = o.Final.Failure
		}
		fmt.Fprintf(errOut, "node pool %s was created but its task failed: %s\n", o.Result.NodepoolID, msg)
	case OutcomeUnknown:
		fmt.Fprintln(errOut, termtext.Visible(o.Unknown.Error()))
	case OutcomeDetached:
		if o.InProcessSandbox {
			fmt.Fprintln(errOut, "stopped watching; the built-in sandbox stops with ackpool, so its task ends here too.")
			fmt.Fprintln(errOut, "To keep sandbox tasks between runs, start `ackpool sandbox` in another terminal and export the lines it prints.")
			return
		}
		fmt.Fprintf(errOut, "stopped watching; the task goes on. Resume with:\n  %s\n", watchCommand(o.Result.TaskID, o.Region))
	}
}
