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
// plan runs in a tea.Cmd; answers carry the sequence number of the request they
// planned, so an answer for an older request is dropped.
type estimateState struct {
	planner     *preflight.Planner
	validations int // the body version the last plan was scheduled for
	seq         int // sequence number of the newest scheduled plan
	running     bool
	result      *preflight.Result
	line        string // the rendered estimate, without styling
}

// estimateDueMsg fires when the request has stayed the same for estimateDelay.
type estimateDueMsg struct{ seq int }

// estimateMsg is a plan's answer.
type estimateMsg struct {
	seq    int
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
		m.est.seq, m.est.result, m.est.line = m.nextSeq(), nil, ""
		return nil
	}
	seq := m.nextSeq()
	m.est.seq = seq
	return tea.Tick(estimateDelay, func(time.Time) tea.Msg { return estimateDueMsg{seq: seq} })
}

// apply starts the plan when no newer change came in during the delay.
func (msg estimateDueMsg) apply(m *Model) tea.Cmd {
	if msg.seq != m.est.seq {
		return nil
	}
	return m.planCmd(msg.seq)
}

// planCmd plans a copy of the request in the background.
func (m *Model) planCmd(seq int) tea.Cmd {
	if m.est.planner == nil {
		m.est.planner = preflight.New(m.opts.Client)
	}
	m.est.running = true
	planner, region, cluster, body := m.est.planner, m.target.Region, m.target.ClusterID, m.np.Clone()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), estimateTimeout)
		defer cancel()
		return estimateMsg{seq: seq, result: planner.Plan(ctx, region, cluster, body)}
	}
}

// apply shows the plan's answer unless the request changed since it was asked.
func (msg estimateMsg) apply(m *Model) tea.Cmd {
	if msg.seq != m.est.seq {
		return nil
	}
	m.est.running = false
	m.est.result = msg.result
	m.est.line = estimateLine(msg.result)
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

// footer is the help line with the estimate at its right end; the help gives way
// when both do not fit.
func (m *Model) footer() string {
	help := m.helpLine()
	if m.est.line == "" {
		return help
	}
	est := m.styles.Muted.Render(m.est.line)
	room := m.width - ansi.StringWidth(est) - 2
	if room < 20 {
		return help
	}
	if ansi.StringWidth(help) > room {
		help = ansi.Truncate(help, room-1, "…")
	}
	return help + strings.Repeat(" ", max(m.width-ansi.StringWidth(help)-ansi.StringWidth(est), 2)) + est
}

// reviewCheckLines lists the last plan's checks for the review, those that need
// attention first, in at most room lines.
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
	order := []preflight.Status{preflight.Fail, preflight.Warn, preflight.Unknown}
	marks := map[preflight.Status]string{preflight.Fail: "✗", preflight.Warn: "!", preflight.Unknown: "?"}
	var lines []string
	ok := 0
	for _, st := range order {
		for _, c := range r.Checks {
			if c.Status != st {
				continue
			}
			if len(lines) < room {
				style := m.styles.Warning
				if st == preflight.Fail {
					style = m.styles.Error
				}
				lines = append(lines, truncate("  "+style.Render(marks[st]+" "+c.ID)+": "+c.Message, m.width))
			}
		}
	}
	for _, c := range r.Checks {
		if c.Status == preflight.OK {
			ok++
		}
	}
	summary := m.styles.OK.Render(fmt.Sprintf("✓ %d of %d account checks ok", ok, len(r.Checks)))
	if ok < len(r.Checks) {
		summary = m.styles.Muted.Render(fmt.Sprintf("account checks: %d of %d ok", ok, len(r.Checks)))
	}
	if len(lines) >= room {
		lines = lines[:room-1]
	}
	return append([]string{summary}, lines...)
}
