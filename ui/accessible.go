package ui

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/huh"

	"ackpool/api"
	"ackpool/termtext"
)

// RunAccessible runs the wizard as plain prompts, one step after another, for
// screen readers and dumb terminals: huh's accessible mode, no full-screen shell.
func RunAccessible(ctx context.Context, opts Options, streams IO) (Outcome, error) {
	m := New(opts)
	// The prompts block reading the terminal, which ctrl+c (a cancelled ctx) cannot
	// interrupt: ask in a goroutine and stop waiting for it when ctx ends; the process
	// exits right after.
	asked := make(chan error, 1)
	go func() { asked <- m.askPlain(ctx, streams) }()
	select {
	case <-ctx.Done():
		fmt.Fprintln(streams.Err)
		return Outcome{Kind: OutcomeCancelled}, ErrCancelled
	case err := <-asked:
		if err != nil {
			return Outcome{Kind: OutcomeCancelled}, err
		}
	}
	return m.submitPlain(ctx, streams)
}

// askPlain asks every step's questions, shows the body and its problems, and asks
// for the confirmation; nil means "send it".
func (m *Model) askPlain(ctx context.Context, streams IO) error {
	w := streams.Err
	for i := range m.steps {
		s := &m.steps[i]
		fmt.Fprintf(w, "\n== Step %d of %d: %s ==\n", i+1, len(m.steps), s.Title)
		form := huh.NewForm(s.Groups...).WithAccessible(true).WithInput(streams.In).WithOutput(w)
		if err := form.RunWithContext(ctx); err != nil {
			if errors.Is(err, huh.ErrUserAborted) {
				return ErrCancelled
			}
			return fmt.Errorf("step %s: %w", s.Title, err)
		}
		m.cur = i
		m.refresh(true)
		m.loadPoolNamesNow(w)
		for _, p := range s.problems {
			fmt.Fprintf(w, "%s %s: %s\n", p.Severity, p.Path, p.Message)
		}
	}
	m.refresh(true)
	fmt.Fprintf(w, "\nRequest body (secrets masked):\n%s\n", m.preview.body)
	if m.problems.HasErrors() {
		fmt.Fprintln(w, "\nThe request has errors and cannot be sent:")
		for _, p := range m.problems.Errors() {
			fmt.Fprintf(w, "  %s: %s\n", p.Path, p.Message)
		}
		return fmt.Errorf("the request has %d errors: fix them (run the wizard again, or save the body and use `ackpool validate`)", len(m.problems.Errors()))
	}
	f := facts(m.np)
	send := false
	confirm := huh.NewConfirm().
		Title(fmt.Sprintf("Create %q (%s, %s, %s) in cluster %s, region %s, on %s?", f.name, f.instanceTypes, f.size, f.billing, m.target.ClusterID, m.target.Region, m.targetName())).
		Value(&send)
	if err := huh.NewForm(huh.NewGroup(confirm)).WithAccessible(true).WithInput(streams.In).WithOutput(w).RunWithContext(ctx); err != nil || !send {
		return ErrCancelled
	}
	return nil
}

// submitPlain sends the request and follows the task with plain lines.
func (m *Model) submitPlain(ctx context.Context, streams IO) (Outcome, error) {
	w := streams.Err
	fmt.Fprintln(w, "Sending CreateClusterNodePool…")
	res, err := m.opts.Client.CreateNodePool(ctx, m.target.Region, m.target.ClusterID, m.np.Clone())
	if err != nil {
		return Outcome{Kind: OutcomeCancelled}, err
	}
	out := Outcome{Kind: OutcomeCreated, Result: res, Region: m.target.Region, ClusterID: m.target.ClusterID}
	fmt.Fprintf(w, "Created node pool %s; task %s. Following it (ctrl+c stops watching; the task goes on).\n", res.NodepoolID, res.TaskID)
	watcher := m.opts.Watcher
	if watcher.Client == nil {
		watcher.Client = m.opts.Client
	}
	last := ""
	final, err := watcher.Watch(ctx, api.WatchRequest{Region: m.target.Region, ClusterID: m.target.ClusterID, NodepoolID: res.NodepoolID, TaskID: res.TaskID},
		func(ev api.WatchEvent) {
			if ev.Message != "" && ev.Message != last {
				fmt.Fprintln(w, termtext.Line(ev.Message))
				last = ev.Message
			}
		})
	out.Final = &final
	switch {
	case err == nil:
	case errors.Is(err, api.ErrWatchFailed):
		out.Kind = OutcomeTaskFailed
	default:
		out.Kind = OutcomeDetached
	}
	return out, nil
}

// loadPoolNamesNow loads the chosen cluster's pool names for the name check, in line:
// accessible mode has no event loop to do it in the background.
func (m *Model) loadPoolNamesNow(w io.Writer) {
	cmd := m.watchCluster()
	if cmd == nil {
		return
	}
	t := m.requests.issue(slotPoolNames)
	msg := loadPoolNames(m.opts.Client, t, m.target.Region, m.target.ClusterID)()
	if names, ok := msg.(poolNamesMsg); ok {
		m.applyAnswer(names)
		if m.sub.lookupErr != "" {
			fmt.Fprintln(w, m.sub.lookupErr)
		}
	}
}
