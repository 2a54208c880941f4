package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"ackpool/api"
	"ackpool/termtext"
)

// renderReview is the review screen: the body, the problems and the actions.
func (m *Model) renderReview() string {
	r := &m.review
	first := r.body.YOffset + 1
	last := min(r.body.YOffset+r.body.Height, r.body.TotalLineCount())
	title := m.styles.Title.Render("Review") + m.styles.Muted.Render(fmt.Sprintf("  lines %d–%d of %d · ↑/↓ pgup/pgdn scroll", first, last, r.body.TotalLineCount()))
	if r.onProblems {
		title = m.styles.Title.Render("Review") + m.styles.Muted.Render("  problems focused · ↑/↓ choose · enter goes to the field")
	}
	rows := m.reviewProblemRows()
	checks := m.reviewCheckLines(m.reviewCheckRoom())
	lines := m.reviewProblemLines(rows - len(checks))
	for len(lines) < rows-len(checks) {
		lines = append(lines, "")
	}
	lines = append(lines, checks...)
	for len(lines) < rows {
		lines = append(lines, "")
	}
	note := m.styles.Muted.Render(r.note)
	if r.saving {
		note = r.input.View()
	}
	return title + "\n" + r.body.View() + "\n" + strings.Join(lines, "\n") + "\n" + truncate(note, m.width) + "\n" + m.footer()
}

// renderConfirm is the last look before sending: where, and the key facts.
func (m *Model) renderConfirm() string {
	row := func(label, value string) string {
		return m.styles.Label.Render(label) + m.styles.Value.Render(value)
	}
	f := facts(m.np)
	text := []string{
		m.styles.Title.Render("Create this node pool?"),
		"",
		row("target", m.targetName()),
		row("region", m.target.Region),
		row("cluster", m.target.ClusterID),
		"",
		row("name", f.name),
		row("instances", f.instanceTypes),
		row("size", f.size),
		row("billing", f.billing),
		"",
		"y / enter: send it    n / esc: back to the review",
	}
	if !m.isSandbox() {
		text[len(text)-1] = m.styles.Real.Render("This creates real, billed resources.") + "\n\n" + text[len(text)-1]
	}
	return m.styles.Dialog.Render(strings.Join(text, "\n")) + "\n\n" + m.helpLine()
}

// renderFailed is the rejection: code, message, request ID and hint.
func (m *Model) renderFailed() string {
	labelW := m.styles.Label.GetWidth()
	row := func(label, value string) string {
		if value == "" {
			return ""
		}
		value = termtext.Line(value) // server text: no control character reaches the terminal
		// wrapped under the value column, not back at the left edge
		lines := strings.Split(wrapAtSpaces(value, max(m.width-labelW, 10)), "\n")
		return m.styles.Label.Render(label) + strings.Join(lines, "\n"+strings.Repeat(" ", labelW)) + "\n"
	}
	var b strings.Builder
	var (
		e       *api.Error
		unknown *api.OutcomeUnknownError
	)
	switch {
	case errors.As(m.sub.err, &unknown):
		b.WriteString(m.styles.Warning.Render("? ackpool cannot tell whether the node pool was created") + "\n\n")
		if unknown.Cause != nil {
			b.WriteString(row("cause", unknown.Cause.Error()))
		}
		why := unknown.Reason
		if unknown.Lookup != nil {
			why += ": " + unknown.Lookup.Error()
		}
		b.WriteString(row("why", why))
		b.WriteString(row("check with", unknown.Check))
		if unknown.OwnerTag != "" {
			b.WriteString(row("it is yours if", "its scaling_group.tags hold "+unknown.OwnerTag))
		}
		b.WriteString("\nCheck before submitting again: the service refuses a second pool of the same name.\n")
		return m.styles.App.Width(m.width).Render(b.String()) + "\n" + m.helpLine()
	case errors.As(m.sub.err, &e):
		b.WriteString(m.styles.Error.Render("✗ The node pool was not created") + "\n\n")
		b.WriteString(row("code", e.Code))
		b.WriteString(row("message", e.Message))
		if e.Code == "" && e.Err != nil {
			b.WriteString(row("error", e.Err.Error()))
		}
		b.WriteString(row("request id", e.RequestID))
		b.WriteString(row("what to do", e.Hint))
	case m.sub.err != nil:
		b.WriteString(m.styles.Error.Render("✗ The node pool was not created") + "\n\n")
		b.WriteString(row("error", m.sub.err.Error()))
	}
	b.WriteString("\nYour answers are kept: go back, fix the request and submit again.\n")
	return m.styles.App.Width(m.width).Render(b.String()) + "\n" + m.helpLine()
}

// renderProgress is the task screen: state, stage, progress, node counts, and at
// the end the IDs and what to run next.
func (m *Model) renderProgress() string {
	row := func(label, value string) string {
		return m.styles.Label.Render(label) + termtext.Line(value) // IDs, states and messages from the server
	}
	s := &m.sub
	ev := s.ev
	var lines []string
	switch {
	case m.phase == phaseWatching:
		lines = append(lines, m.spinner.View()+" "+m.styles.Title.Render("Creating the node pool")+m.styles.Muted.Render("  in "+m.targetName()))
	case m.out.Kind == OutcomeCreated:
		lines = append(lines, m.styles.OK.Render("✓ Node pool created"))
	case m.out.Kind == OutcomeTaskFailed:
		lines = append(lines, m.styles.Error.Render("✗ Creating the node pool failed"))
	default:
		lines = append(lines, m.styles.Warning.Render("! Stopped following the task; it may still be running"))
	}
	lines = append(lines, "")
	if r := s.result; r != nil {
		lines = append(lines, row("nodepool_id", r.NodepoolID), row("task_id", r.TaskID), row("request_id", r.RequestID))
		if r.OwnerTag != "" {
			lines = append(lines, row("owner tag", r.OwnerTag))
		}
		if r.Recovery != "" {
			lines = append(lines, row("note", r.Recovery))
		}
	}
	lines = append(lines, row("elapsed", s.elapsed.Truncate(time.Second).String()))
	if ev.TaskState != "" {
		stage := ""
		if ev.Stage != "" {
			stage = "  stage " + ev.Stage
		}
		if ev.StagesTotal > 0 {
			stage += fmt.Sprintf(" (%d/%d)", ev.StagesDone, ev.StagesTotal)
		}
		lines = append(lines, row("task", ev.TaskState+stage))
	}
	if ev.PoolState != "" {
		n := ev.Nodes
		lines = append(lines, row("pool", ev.PoolState),
			row("nodes", fmt.Sprintf("%d total · %d serving · %d healthy · %d initializing · %d failed", n.TotalNodes, n.ServingNodes, n.HealthyNodes, n.InitialNodes, n.FailedNodes)))
	}
	lines = append(lines, "", m.progressBar(), "")
	if ev.Message != "" {
		lines = append(lines, m.styles.Muted.Render(termtext.Line(ev.Message)))
	}
	if ev.Failure != "" {
		lines = append(lines, m.styles.Error.Render(row("failure", ev.Failure)),
			row("next step", api.FailureHint(ev.Failure)))
	}
	if ev.Err != nil && ev.Phase != api.PhaseDone {
		lines = append(lines, m.styles.Warning.Render("! a poll failed, retrying: "+termtext.Line(firstLine(ev.Err.Error()))))
	}
	if s.result != nil {
		lines = append(lines, "")
		switch {
		case m.phase == phaseWatching && m.inProcessSandbox():
			lines = append(lines, m.styles.Muted.Render("ctrl+c stops watching; the built-in sandbox and its task stop with ackpool"))
		case m.phase == phaseWatching:
			lines = append(lines, m.styles.Muted.Render("ctrl+c stops watching; the task goes on. Resume with:"),
				"  "+watchCommand(s.result.TaskID, m.target.Region))
		default:
			next := "Next:"
			if m.inProcessSandbox() {
				next = "This pool lives in the built-in sandbox until ackpool exits; in the cloud you would next run:"
			}
			lines = append(lines, next, "  "+watchCommand(s.result.TaskID, m.target.Region),
				"  kubectl get nodes -l alibabacloud.com/nodepool-id="+s.result.NodepoolID)
		}
	}
	// wrapped, not cut: the commands to run next and a failure must be read whole
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, wrapAtSpaces(l, max(m.width, 1)))
	}
	return strings.Join(out, "\n") + "\n" + m.helpLine()
}

// progressBar shows how far the creation is: half for the task's stages, half for
// the nodes wanted that serve (all for the stages when the size is not fixed).
func (m *Model) progressBar() string {
	ev := m.sub.ev
	frac := 0.0
	if ev.StagesTotal > 0 {
		frac = float64(ev.StagesDone) / float64(ev.StagesTotal)
	}
	if want := desired(m.np); want > 0 {
		frac = (frac + min(1, float64(ev.Nodes.ServingNodes)/float64(want))) / 2
	}
	if m.phase == phaseDone && m.out.Kind == OutcomeCreated {
		frac = 1
	}
	return m.bar.ViewAs(frac) + fmt.Sprintf(" %3.0f%%", frac*100)
}

// watchCommand resumes watching a task.
func watchCommand(taskID, region string) string {
	return fmt.Sprintf("ackpool watch %s --region %s", taskID, region)
}

// inProcessSandbox reports whether requests go to a sandbox that stops with this process.
func (m *Model) inProcessSandbox() bool {
	return m.opts.Client != nil && m.opts.Client.Target().InProcess
}

// isSandbox reports whether requests go to the sandbox.
func (m *Model) isSandbox() bool {
	return m.opts.Client == nil || m.opts.Client.Target().Sandbox
}

// problemCount is the review's count line: "1 error, 2 warnings:".
func problemCount(errs, warns int) string {
	return plural(errs, "error") + ", " + plural(warns, "warning") + ":"
}

// plural is "1 error" or "2 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
