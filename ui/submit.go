package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
)

// submission is the state of the create and of the task it started.
type submission struct {
	lookupErr string // the pool-name lookup failed (shown in the footer)
	seq       int    // the create or poll whose answer is awaited
	result    *api.CreateResult
	err       error
	task      *api.Task
	pool      *api.NodePoolDetail
	pollErr   string // the last poll failed; polling goes on
	started   time.Time
	elapsed   time.Duration
}

// OutcomeKind says how the wizard ended.
type OutcomeKind int

// The ways the wizard can end.
const (
	OutcomeCancelled  OutcomeKind = iota // the user quit before submitting
	OutcomeCreated                       // the pool was created and its task succeeded
	OutcomeTaskFailed                    // the pool was created but its task failed
	OutcomeDetached                      // the user stopped watching; the task goes on
)

// Outcome is how the wizard ended and what the caller should print.
type Outcome struct {
	Kind      OutcomeKind
	Result    *api.CreateResult // set once the create succeeded
	Region    string
	ClusterID string
	Task      *api.Task // the last state seen, if any
}

// openConfirm shows the last look before sending; refused while errors remain.
func (m *Model) openConfirm() tea.Cmd {
	m.refresh(true)
	if m.problems.HasErrors() {
		m.review.note = "fix the errors listed below before submitting"
		return nil
	}
	m.phase = phaseConfirm
	return nil
}

// updateConfirm sends the request on yes and returns to the review on no.
func (m *Model) updateConfirm(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch {
	case key.Matches(k, m.keys.Yes):
		return m.submit()
	case key.Matches(k, m.keys.No), key.Matches(k, m.keys.Quit):
		m.phase = phaseReview
	}
	return nil
}

// submit starts CreateNodePool on a copy of the body.
func (m *Model) submit() tea.Cmd {
	if m.opts.Client == nil {
		m.sub.err = errors.New("no client configured")
		m.phase = phaseFailed
		return nil
	}
	m.phase = phaseSubmitting
	m.sub = submission{seq: m.nextSeq(), lookupErr: m.sub.lookupErr}
	return tea.Batch(
		createPool(m.opts.Client, m.sub.seq, m.target.Region, m.target.ClusterID, m.np.Clone()),
		m.spinner.Tick,
	)
}

// applyCreated moves to watching on success, or to the failure screen.
func (m *Model) applyCreated(msg createdMsg) tea.Cmd {
	if msg.seq != m.sub.seq || m.phase != phaseSubmitting {
		return nil
	}
	if msg.err != nil {
		m.sub.err = msg.err
		m.phase = phaseFailed
		return nil
	}
	m.sub.result = msg.result
	m.sub.started = m.opts.Now()
	if m.opts.Catalog != nil {
		m.addPoolName()
	}
	m.out = Outcome{Kind: OutcomeDetached, Result: msg.result, Region: m.target.Region, ClusterID: m.target.ClusterID}
	if msg.result.TaskID == "" {
		m.out.Kind = OutcomeCreated
		m.phase = phaseDone
		return nil
	}
	m.phase = phaseWatching
	m.sub.seq = m.nextSeq()
	return m.poll(0)
}

// addPoolName records the new pool's name so a second pool cannot reuse it.
func (m *Model) addPoolName() {
	if m.np.NodepoolInfo == nil || m.np.NodepoolInfo.Name == nil {
		return
	}
	var names []string
	for n := range m.opts.Catalog.pools[m.target.ClusterID] {
		names = append(names, n)
	}
	m.opts.Catalog.SetPoolNames(m.target.ClusterID, append(names, *m.np.NodepoolInfo.Name))
}

// poll asks for the task after delay.
func (m *Model) poll(delay time.Duration) tea.Cmd {
	r := m.sub.result
	return pollTask(m.opts.Client, m.sub.seq, delay, m.target.Region, m.target.ClusterID, r.NodepoolID, r.TaskID)
}

// applyTask records a poll and either polls again or ends.
func (m *Model) applyTask(msg taskMsg) tea.Cmd {
	if msg.seq != m.sub.seq || m.phase != phaseWatching {
		return nil
	}
	m.sub.elapsed = m.opts.Now().Sub(m.sub.started)
	if msg.err != nil {
		m.sub.pollErr = firstLine(msg.err.Error())
		return m.poll(m.opts.PollInterval)
	}
	m.sub.pollErr = ""
	m.sub.task = msg.task
	if msg.pool != nil {
		m.sub.pool = msg.pool
	}
	m.out.Task = msg.task
	if done, ok := msg.task.Terminal(); done {
		m.phase = phaseDone
		m.out.Kind = OutcomeTaskFailed
		if ok {
			m.out.Kind = OutcomeCreated
		}
		return nil
	}
	return m.poll(m.opts.PollInterval)
}

// updateSubmitting only lets ctrl+c through: the create is in flight and its answer
// decides what happens next.
func (m *Model) updateSubmitting(msg tea.Msg) tea.Cmd {
	if k, _ := msg.(tea.KeyMsg); key.Matches(k, m.keys.Quit) {
		m.out = Outcome{Kind: OutcomeCancelled}
		return tea.Quit
	}
	return nil
}

// updateFailed offers to go back and fix the request.
func (m *Model) updateFailed(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch {
	case key.Matches(k, m.keys.Quit):
		m.back, m.phase = phaseFailed, phaseQuitConfirm
	case key.Matches(k, m.keys.Open):
		if p := m.failedField(); p != "" {
			return m.jumpTo(p)
		}
		return m.openReview()
	case key.Matches(k, m.keys.Back):
		return m.openReview()
	}
	return nil
}

// failedField guesses the field a rejection is about, for "go back and fix".
func (m *Model) failedField() string {
	var e *api.Error
	if !errors.As(m.sub.err, &e) {
		return ""
	}
	if e.Code == "InvalidParameter.Name" || strings.Contains(strings.ToLower(e.Message), "name") && strings.Contains(e.Message, "exist") {
		return "nodepool_info.name"
	}
	for _, p := range m.problems {
		if strings.Contains(e.Message, p.Path) {
			return p.Path
		}
	}
	return ""
}

// updateWatching detaches on ctrl+c; the task goes on in the cloud.
func (m *Model) updateWatching(msg tea.Msg) tea.Cmd {
	if k, _ := msg.(tea.KeyMsg); key.Matches(k, m.keys.Detach) {
		m.out.Kind = OutcomeDetached
		return tea.Quit
	}
	return nil
}

// updateDone exits on q, enter or ctrl+c.
func (m *Model) updateDone(msg tea.Msg) tea.Cmd {
	if k, _ := msg.(tea.KeyMsg); key.Matches(k, m.keys.Exit) || key.Matches(k, m.keys.Quit) {
		return tea.Quit
	}
	return nil
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
