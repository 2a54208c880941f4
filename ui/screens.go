package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"ackpool/api"
)

// renderReview is the review screen: the body, the problems and the actions.
func (m *Model) renderReview() string {
	r := &m.review
	title := m.styles.Title.Render("Review") + m.styles.Muted.Render(fmt.Sprintf("  %d%% of the body shown above the fold · ↑/↓ scroll", int(r.body.ScrollPercent()*100)))
	if r.onProblems {
		title = m.styles.Title.Render("Review") + m.styles.Muted.Render("  problems focused · ↑/↓ choose · enter goes to the field")
	}
	var lines []string
	switch n := len(m.problems); {
	case n == 0:
		lines = append(lines, m.styles.OK.Render("✓ no problems: ready to submit"))
	default:
		lines = append(lines, m.styles.Label.UnsetWidth().Render(fmt.Sprintf("%d errors, %d warnings:", len(m.problems.Errors()), len(m.problems.Warnings()))))
		start := max(0, min(r.cursor-reviewProblemRows+1, n-reviewProblemRows+1))
		for i := start; i < n && len(lines) < reviewProblemRows; i++ {
			lines = append(lines, m.problemLine(m.problems[i], r.onProblems && i == r.cursor))
		}
	}
	for len(lines) < reviewProblemRows {
		lines = append(lines, "")
	}
	note := m.styles.Muted.Render(r.note)
	if r.saving {
		note = r.input.View()
	}
	return title + "\n" + r.body.View() + "\n" + strings.Join(lines, "\n") + "\n" + truncate(note, m.width) + "\n" + m.helpLine()
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
	row := func(label, value string) string {
		if value == "" {
			return ""
		}
		return m.styles.Label.Render(label) + value + "\n"
	}
	var b strings.Builder
	b.WriteString(m.styles.Error.Render("✗ The node pool was not created") + "\n\n")
	var e *api.Error
	if errors.As(m.sub.err, &e) {
		b.WriteString(row("code", e.Code))
		b.WriteString(row("message", e.Message))
		if e.Code == "" && e.Err != nil {
			b.WriteString(row("error", e.Err.Error()))
		}
		b.WriteString(row("request id", e.RequestID))
		b.WriteString(row("what to do", e.Hint))
	} else if m.sub.err != nil {
		b.WriteString(row("error", m.sub.err.Error()))
	}
	b.WriteString("\nYour answers are kept: go back, fix the request and submit again.\n")
	return m.styles.App.Width(m.width).Render(b.String()) + "\n" + m.helpLine()
}

// renderProgress is the task screen: state, stages, progress, node counts, and at
// the end the IDs and what to run next.
func (m *Model) renderProgress() string {
	row := func(label, value string) string {
		return m.styles.Label.Render(label) + value
	}
	s := &m.sub
	var lines []string
	switch {
	case m.phase == phaseWatching:
		lines = append(lines, m.spinner.View()+" "+m.styles.Title.Render("Creating the node pool")+m.styles.Muted.Render("  in "+m.targetName()))
	case m.out.Kind == OutcomeCreated:
		lines = append(lines, m.styles.OK.Render("✓ Node pool created"))
	default:
		lines = append(lines, m.styles.Error.Render("✗ The task failed; the pool exists but is not healthy"))
	}
	lines = append(lines, "")
	if s.result != nil {
		lines = append(lines, row("nodepool_id", s.result.NodepoolID), row("task_id", s.result.TaskID), row("request_id", s.result.RequestID))
		if s.result.Recovery != "" {
			lines = append(lines, row("note", s.result.Recovery))
		}
	}
	lines = append(lines, row("elapsed", s.elapsed.Truncate(time.Second).String()))
	if t := s.task; t != nil {
		lines = append(lines, row("task state", t.State+stageSuffix(t.CurrentStage)))
		for _, st := range t.Stages {
			lines = append(lines, "  "+m.stageMark(st.State)+" "+firstNonEmpty(st.Message, st.State))
		}
		if t.Error != nil {
			lines = append(lines, m.styles.Error.Render(row("error", t.Error.Code+": "+t.Error.Message)))
		}
	}
	lines = append(lines, "", m.progressBar())
	if p := s.pool; p != nil {
		st := p.Status
		lines = append(lines, row("pool state", st.State),
			row("nodes", fmt.Sprintf("%d total · %d serving · %d healthy · %d initializing · %d failed", st.TotalNodes, st.ServingNodes, st.HealthyNodes, st.InitialNodes, st.FailedNodes)))
	}
	if s.pollErr != "" {
		lines = append(lines, m.styles.Warning.Render("! last poll failed, retrying: "+s.pollErr))
	}
	lines = append(lines, "")
	if m.phase == phaseWatching && s.result != nil {
		lines = append(lines, m.styles.Muted.Render("ctrl+c stops watching; the task goes on. Resume with: "+watchCommand(s.result.TaskID, m.target.Region)))
	}
	if m.phase == phaseDone && s.result != nil {
		lines = append(lines, "Next:", "  "+watchCommand(s.result.TaskID, m.target.Region), "  kubectl get nodes -l alibabacloud.com/nodepool-id="+s.result.NodepoolID)
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, truncate(l, m.width))
	}
	return strings.Join(out, "\n") + "\n" + m.helpLine()
}

// stageSuffix shows the current stage next to the state.
func stageSuffix(stage string) string {
	if stage == "" {
		return ""
	}
	return " (" + stage + ")"
}

// stageMark shows a stage's state without colour dependence.
func (m *Model) stageMark(state string) string {
	switch strings.ToLower(state) {
	case "success", "succeeded", "done":
		return m.styles.OK.Render("✓")
	case "fail", "failed":
		return m.styles.Error.Render("✗")
	case "running":
		return m.spinner.View()
	}
	return m.styles.Muted.Render("·")
}

// progressBar shows how far the task is: the done share of its stages, or of the
// nodes wanted, whichever is further.
func (m *Model) progressBar() string {
	frac := 0.0
	if t := m.sub.task; t != nil {
		if done, ok := t.Terminal(); done && ok {
			frac = 1
		} else if len(t.Stages) > 0 {
			n := 0
			for _, st := range t.Stages {
				if strings.EqualFold(st.State, "success") {
					n++
				}
			}
			frac = float64(n) / float64(len(t.Stages))
		}
	}
	if p := m.sub.pool; p != nil {
		if want := desired(m.np); want > 0 {
			frac = max(frac, min(1, float64(p.Status.ServingNodes)/float64(want)))
		}
	}
	return m.bar.ViewAs(frac) + fmt.Sprintf(" %3.0f%%", frac*100)
}

// watchCommand resumes watching a task.
func watchCommand(taskID, region string) string {
	return fmt.Sprintf("ackpool watch %s --region %s", taskID, region)
}

// isSandbox reports whether requests go to the sandbox.
func (m *Model) isSandbox() bool {
	return m.opts.Client == nil || m.opts.Client.Target().Sandbox
}
