package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"ackpool/api"
	"ackpool/termtext"
)

// confirm asks the last question before sending: y sends, n goes back to the
// problem list, q quits.
func (p *plain) confirm() (bool, error) {
	m := p.m
	f := facts(m.np)
	question := fmt.Sprintf("\nCreate %q (%s, %s, %s) in cluster %s, region %s, on %s?\ny: send it, n: go back, q: quit [y/n/q]: ",
		f.name, f.instanceTypes, f.size, f.billing, m.target.ClusterID, m.target.Region, m.targetName())
	for {
		answer, err := p.ask(question, "y sends the request now; n goes back to the problem list, where any step can be walked again; q quits without sending.")
		if err != nil {
			return false, err
		}
		switch strings.ToLower(answer) {
		case "y", "yes":
			return true, nil
		case "n", "no":
			return false, nil
		}
		p.say("Answer y, n or q.")
	}
}

// submit sends the request through the full-screen wizard's own command. A refusal
// (refused true) is shown with the service's code, message, request id and what to
// do, the service's verdict kept on the field it names, and the answers kept as a
// draft; otherwise the task is followed to its end.
func (p *plain) submit(ctx context.Context) (out Outcome, refused bool, err error) {
	m := p.m
	if m.opts.Client == nil {
		p.say("✗ nothing can be sent: no client is configured")
		return Outcome{Kind: OutcomeCancelled}, false, ErrCancelled
	}
	if !p.startSending(ctx) {
		return Outcome{Kind: OutcomeCancelled}, false, ErrCancelled
	}
	defer p.doneSending()
	p.say("Sending CreateClusterNodePool…")
	msg, _ := createPool(m.opts.Client, ticket{}, m.target.Region, m.target.ClusterID, m.np.Clone())().(createdMsg)
	if msg.err != nil {
		return p.refused(msg.err)
	}
	m.sub = submission{result: msg.result}
	m.runNow(m.clearDraftOnSubmit())
	if m.opts.Catalog != nil {
		m.addPoolName()
	}
	return p.follow(ctx, msg.result), false, nil
}

// refused shows why the create failed and keeps the answers. An outcome that
// cannot be known ends the prompts: the caller reports it with the command that
// checks it (and its own exit code).
func (p *plain) refused(err error) (Outcome, bool, error) {
	m := p.m
	m.sub = submission{err: err}
	if v, ok := m.newVerdict(err); ok {
		m.sub.verdict = &v
	}
	m.refresh(true)
	if serr := m.plainSaveDraft(true); serr != nil {
		p.say("ackpool: the draft was not saved: %s", termtext.Line(serr.Error()))
	}
	var unknown *api.OutcomeUnknownError
	if errors.As(err, &unknown) {
		p.say("\n? ackpool cannot tell whether the node pool was created. Check before submitting again: the service refuses a second pool of the same name.")
		m.out = Outcome{Kind: OutcomeUnknown, Unknown: unknown, Region: m.target.Region, ClusterID: m.target.ClusterID}
		return m.out, false, nil
	}
	p.say("\n✗ The node pool was not created")
	var e *api.Error
	if errors.As(err, &e) {
		row := func(label, value string) {
			if value != "" {
				p.say("  %-11s %s", label, termtext.Line(value))
			}
		}
		row("code", e.Code)
		row("message", e.Message)
		if e.Code == "" && e.Err != nil {
			row("error", e.Err.Error())
		}
		row("request id", e.RequestID)
		row("what to do", e.Hint)
	} else {
		p.say("  %-11s %s", "error", termtext.Line(err.Error()))
	}
	if m.reuseOn() && m.reuse.draft.store != nil {
		p.say("Your answers are kept as a draft.")
	}
	return Outcome{}, true, nil
}

// afterRefusal goes back to the field the service named (enter), or to the problem
// list (n); q quits.
func (p *plain) afterRefusal() error {
	m := p.m
	path := m.failedField()
	if path == "" {
		p.say("The service named no field: fix the request from the problem list and send it again.")
		return nil
	}
	if v := m.sub.verdict; v != nil {
		p.say("%s: %s", path, v.problem.Message)
	}
	answer, err := p.ask(fmt.Sprintf("Enter: answer %s again, n: go to the problem list, q: quit: ", path),
		"Enter asks the field the service refused again; its verdict stays on the field until the value changes.")
	if err != nil {
		return err
	}
	if !strings.EqualFold(answer, "n") {
		p.fix(path)
	}
	return nil
}

// follow prints the task's progress until it ends, or until ctrl+c stops watching
// (the task goes on).
func (p *plain) follow(ctx context.Context, res *api.CreateResult) Outcome {
	m := p.m
	out := Outcome{Kind: OutcomeCreated, Result: res, Region: m.target.Region, ClusterID: m.target.ClusterID,
		InProcessSandbox: m.inProcessSandbox()}
	p.say("Created node pool %s; task %s. Following it (ctrl+c stops watching; the task goes on).", res.NodepoolID, res.TaskID)
	watcher := m.opts.Watcher
	if watcher.Client == nil {
		watcher.Client = m.opts.Client
	}
	last := ""
	final, err := watcher.Watch(ctx, api.WatchRequest{Region: m.target.Region, ClusterID: m.target.ClusterID, NodepoolID: res.NodepoolID, TaskID: res.TaskID},
		func(ev api.WatchEvent) {
			if ev.Message != "" && ev.Message != last {
				p.say("%s", termtext.Line(ev.Message))
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
	return out
}
