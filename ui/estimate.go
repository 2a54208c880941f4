package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"ackpool/api/preflight"
)

// estimateDelay is how long the request must stay the same before it is planned
// again, so typing does not start a plan per key.
const estimateDelay = 400 * time.Millisecond

// estimateTimeout bounds one plan; a slower answer leaves the last estimate shown.
const estimateTimeout = 30 * time.Second

// estimateState is the footer's cost estimate and the checks of the last plan. The
// plan runs in a tea.Cmd; its answers carry the ticket of slotEstimate, so an answer
// for an older request is dropped (see applyAnswer).
type estimateState struct {
	planner     *preflight.Planner
	validations int // the body version the last plan was scheduled for
	running     bool
	result      *preflight.Result
	line        string // the rendered estimate, without styling
	onChecks    bool   // the review's check list has the arrow keys
	cursor      int    // the selected check of that list
}

// estimateDueMsg fires when the request has stayed the same for estimateDelay.
type estimateDueMsg struct{ reply }

// estimateMsg is a plan's answer.
type estimateMsg struct {
	reply
	result *preflight.Result
}

// scheduleEstimate starts the delay before a new plan whenever the request or the
// target changed. It needs a client and a cluster; the wizard works without them.
func (m *Model) scheduleEstimate() tea.Cmd {
	if m.opts.Client == nil || m.est.validations == m.validations {
		return nil
	}
	m.est.validations = m.validations
	if m.target.ClusterID == "" || m.np.ScalingGroup == nil || len(m.np.ScalingGroup.InstanceTypes) == 0 {
		m.requests.done(slotEstimate)
		m.est.result, m.est.line = nil, ""
		return nil
	}
	t := m.requests.issue(slotEstimate)
	return tea.Tick(estimateDelay, func(time.Time) tea.Msg { return estimateDueMsg{reply{t}} })
}

// apply starts the plan: no newer change came in during the delay (applyAnswer
// drops this message otherwise). The plan answers with the same ticket.
func (msg estimateDueMsg) apply(m *Model) tea.Cmd { return m.planCmd(msg.t) }

// planCmd plans a copy of the request in the background.
func (m *Model) planCmd(t ticket) tea.Cmd {
	if m.est.planner == nil && m.opts.Catalog != nil {
		m.est.planner = m.opts.Catalog.Planner() // the instance-type list's prices are in its cache
	}
	if m.est.planner == nil {
		m.est.planner = preflight.New(m.opts.Client)
	}
	m.est.running = true
	planner, region, cluster, body := m.est.planner, m.target.Region, m.target.ClusterID, m.np.Clone()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), estimateTimeout)
		defer cancel()
		return estimateMsg{reply: reply{t}, result: planner.Plan(ctx, region, cluster, body)}
	}
}

// apply shows the plan's answer (a plan of a request that changed since is dropped
// by applyAnswer).
func (msg estimateMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotEstimate)
	m.est.running = false
	m.est.result = msg.result
	m.est.line = estimateLine(msg.result)
	if m.phase == phaseReview { // the check list under the problems changed its height
		m.review.resize(m.width, m.height, m.reviewProblemRows())
	}
	return nil
}

// estimateLine is the one-line summary: the cost and what blocks the pool.
func estimateLine(r *preflight.Result) string {
	if r == nil {
		return ""
	}
	var parts []string
	if c := r.Cost; c != nil {
		s := fmt.Sprintf("≈ %.2f %s/h, %.0f %s/month for %s", c.Hourly, c.Currency, c.Monthly, c.Currency, plural(c.Nodes, "node"))
		if c.AtMax != nil {
			s += fmt.Sprintf(" (up to %.2f/h)", c.AtMax.Hourly)
		}
		parts = append(parts, s)
	} else {
		parts = append(parts, "no price (the review lists the checks)")
	}
	fails, warns := 0, 0
	for _, c := range r.Checks {
		switch c.Status {
		case preflight.Fail:
			fails++
		case preflight.Warn:
			warns++
		}
	}
	switch {
	case fails > 0:
		parts = append(parts, plural(fails, "check")+" failed")
	case warns > 0:
		parts = append(parts, plural(warns, "warning"))
	default:
		parts = append(parts, "checks ok")
	}
	return strings.Join(parts, " · ")
}

// footer is the help line with the estimate at its right end. When both do not fit
// the estimate shortens to its hourly price, then the help gives way.
func (m *Model) footer() string {
	help := m.helpLine()
	if m.est.line == "" {
		return help
	}
	line := m.est.line
	if ansi.StringWidth(help)+2+ansi.StringWidth(line) > m.width {
		if strings.HasPrefix(line, "≈") {
			line, _, _ = strings.Cut(line, ",") // the hourly price alone
		} else if _, checks, ok := strings.Cut(line, " · "); ok {
			line = checks // no price: what the checks say
		}
	}
	est := m.styles.Muted.Render(line)
	room := m.width - ansi.StringWidth(est) - 2
	if room < 20 {
		return help
	}
	if ansi.StringWidth(help) > room {
		help = ansi.Truncate(help, room-1, "…")
	}
	return help + strings.Repeat(" ", max(m.width-ansi.StringWidth(help)-ansi.StringWidth(est), 2)) + est
}

// attentionChecks are the last plan's checks that need attention: failed first,
// then warnings, then unknown.
func (m *Model) attentionChecks() []preflight.Check {
	if m.est.result == nil {
		return nil
	}
	var out []preflight.Check
	for _, st := range []preflight.Status{preflight.Fail, preflight.Warn, preflight.Unknown} {
		for _, c := range m.est.result.Checks {
			if c.Status == st {
				out = append(out, c)
			}
		}
	}
	return out
}

// checkMarks are the review's marks of the check outcomes.
var checkMarks = map[preflight.Status]string{preflight.Fail: "✗", preflight.Warn: "!", preflight.Unknown: "?"}

// reviewCheckLines is the review's check list: a summary line, then the checks that
// need attention, in at most room lines, scrolled to the selected one.
func (m *Model) reviewCheckLines(room int) []string {
	if room <= 0 || m.opts.Client == nil {
		return nil
	}
	r := m.est.result
	if r == nil {
		if m.est.running {
			return []string{m.styles.Muted.Render("checking the account and pricing the pool…")}
		}
		return nil
	}
	list := m.attentionChecks()
	ok := len(r.Checks) - len(list)
	summary := m.styles.OK.Render(fmt.Sprintf("✓ %d of %d account checks ok", ok, len(r.Checks)))
	if len(list) > 0 {
		hint := "  tab chooses one"
		if m.est.onChecks {
			hint = "  ↑/↓ choose · enter goes to the field · esc back"
		}
		summary = m.styles.Label.UnsetWidth().Render(fmt.Sprintf("account checks: %d of %d ok", ok, len(r.Checks))) + m.styles.Muted.Render(hint)
	}
	lines := []string{summary}
	m.est.cursor = min(m.est.cursor, max(len(list)-1, 0))
	start := max(0, m.est.cursor-(room-2))
	for i := start; i < len(list) && len(lines) < room; i++ {
		c := list[i]
		style := m.styles.Warning
		if c.Status == preflight.Fail {
			style = m.styles.Error
		}
		cursor := "  "
		if m.est.onChecks && i == m.est.cursor {
			cursor = m.styles.Selected.Render("> ")
		}
		lines = append(lines, truncate(cursor+style.Render(checkMarks[c.Status]+" "+c.ID)+": "+c.Message, m.width))
	}
	return lines
}

// reviewCheckRows are the review's keys while its check list has the focus.
func (m *Model) reviewCheckRows() []keyRow {
	k := m.keys
	return []keyRow{
		row(k.GoToCheck, actOpen),
		row(k.ChooseCheck, actUp), hidden(k.Down, actDown),
		row(k.SwitchFocus, actSwitchFocus),
		row(k.Back, actBack),
		row(k.Quit, actQuit),
	}
}

// updateReviewChecks moves through the review's check list and opens the field a
// check names. It reports false for the keys it leaves to the review. Tab goes from
// the body to the problems (when there are any), then to the checks, then back.
func (m *Model) updateReviewChecks(k tea.KeyMsg) (tea.Cmd, bool) {
	list := m.attentionChecks()
	if len(list) == 0 {
		m.est.onChecks = false
		return nil, false
	}
	act := m.action(k)
	if !m.est.onChecks {
		if act == actSwitchFocus && (m.review.onProblems || len(m.problems) == 0) {
			m.review.onProblems, m.est.onChecks = false, true
			return nil, true
		}
		return nil, false
	}
	switch act {
	case actSwitchFocus, actBack:
		m.est.onChecks = false
	case actUp:
		m.est.cursor = max(0, m.est.cursor-1)
	case actDown:
		m.est.cursor = min(len(list)-1, m.est.cursor+1)
	case actOpen:
		m.est.onChecks = false
		return m.jumpTo(list[min(m.est.cursor, len(list)-1)].Path), true
	default:
		return nil, false
	}
	return nil, true
}
