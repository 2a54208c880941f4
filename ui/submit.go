package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
	"ackpool/model"
)

// submission is the state of the create and of the task it started.
type submission struct {
	lookupErr string // the pool-name lookup failed (shown in the footer)
	result    *api.CreateResult
	err       error
	ev        api.WatchEvent // the watcher's latest event
	events    <-chan api.WatchEvent
	stop      context.CancelFunc // stops the watcher (detach, quit)
	// quitWhenAnswered is set by ctrl+c while the create is in flight
	quitWhenAnswered bool
	started          time.Time
	elapsed          time.Duration
	// verdict is the service's refusal of one field, kept on it until it changes
	verdict *verdict
}

// OutcomeKind says how the wizard ended.
type OutcomeKind int

// The ways the wizard can end.
const (
	OutcomeCancelled  OutcomeKind = iota // the user quit before submitting
	OutcomeCreated                       // the pool was created and its task succeeded
	OutcomeTaskFailed                    // the pool was created but its task failed
	OutcomeDetached                      // the user stopped watching; the task goes on
	OutcomeUnknown                       // the create's outcome cannot be known (see Outcome.Unknown)
)

// Outcome is how the wizard ended and what the caller should print.
type Outcome struct {
	Kind      OutcomeKind
	Result    *api.CreateResult // set once the create succeeded
	Region    string
	ClusterID string
	Final     *api.WatchEvent // the watcher's last event, if the watch ended
	// Unknown says why the create's outcome cannot be known and how to check it.
	Unknown *api.OutcomeUnknownError
	// InProcessSandbox is true when the requests went to a sandbox that stops with
	// this process, so a printed watch command cannot resume there.
	InProcessSandbox bool
}

// openConfirm shows the last look before sending; refused while errors remain.
func (m *Model) openConfirm() tea.Cmd {
	m.refresh(true)
	if m.problems.HasErrors() {
		m.review.note = "nothing sent: fix the " + plural(len(m.problems.Errors()), "error") + " listed above first (enter on one opens its field)"
		return nil
	}
	m.phase = phaseConfirm
	return nil
}

// updateConfirm sends the request on yes and returns to the review on no.
func (m *Model) updateConfirm(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actYes:
		return m.submit()
	case actNo:
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
	m.sub = submission{lookupErr: m.sub.lookupErr}
	return tea.Batch(
		createPool(m.opts.Client, m.requests.issue(slotSubmit), m.target.Region, m.target.ClusterID, m.np.Clone()),
		m.spinner.Tick,
	)
}

// apply moves to watching on success, or to the failure screen.
func (msg createdMsg) apply(m *Model) tea.Cmd {
	if m.phase != phaseSubmitting {
		return nil
	}
	if msg.err != nil {
		m.sub.err = msg.err
		if v, ok := m.newVerdict(msg.err); ok {
			m.sub.verdict = &v
			m.refresh(true)
		}
		m.phase = phaseFailed
		var unknown *api.OutcomeUnknownError
		if errors.As(msg.err, &unknown) {
			// kept through quitting: the caller must say the outcome is unknown
			m.out = Outcome{Kind: OutcomeUnknown, Unknown: unknown, Region: m.target.Region, ClusterID: m.target.ClusterID}
		}
		save := m.saveDraftNow() // a refused request is always kept as a draft
		if m.sub.quitWhenAnswered {
			if m.out.Kind != OutcomeUnknown {
				m.out = Outcome{Kind: OutcomeCancelled}
			}
			if save != nil {
				save() // before the program ends: its commands would not run
			}
			return tea.Quit
		}
		return save
	}
	m.sub.result = msg.result
	m.sub.started = m.opts.Now()
	if m.opts.Catalog != nil {
		m.addPoolName()
	}
	m.out = Outcome{Kind: OutcomeDetached, Result: msg.result, Region: m.target.Region, ClusterID: m.target.ClusterID,
		InProcessSandbox: m.inProcessSandbox()}
	if m.sub.quitWhenAnswered {
		return tea.Quit // created: Report prints the IDs and how to follow the task
	}
	m.phase = phaseWatching
	t := m.requests.issue(slotSubmit)
	w := m.opts.Watcher
	if w.Client == nil {
		w.Client = m.opts.Client
	}
	ctx, stop := context.WithCancel(context.Background())
	m.sub.stop = stop
	m.sub.events = w.WatchChan(ctx, api.WatchRequest{
		Region: m.target.Region, ClusterID: m.target.ClusterID,
		NodepoolID: msg.result.NodepoolID, TaskID: msg.result.TaskID,
	})
	return nextEvent(m.sub.events, t)
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

// apply records a progress event and waits for the next, or ends.
func (msg watchMsg) apply(m *Model) tea.Cmd {
	if m.phase != phaseWatching {
		return nil
	}
	if msg.closed {
		// cancelled without a final event: treat as detached
		m.requests.done(slotSubmit)
		m.phase = phaseDone
		return nil
	}
	m.sub.ev = msg.ev
	m.sub.elapsed = msg.ev.Elapsed
	if msg.ev.Phase != api.PhaseDone {
		return nextEvent(m.sub.events, msg.t)
	}
	m.requests.done(slotSubmit)
	final := msg.ev
	m.out.Final = &final
	m.phase = phaseDone
	switch {
	case final.Succeeded:
		m.out.Kind = OutcomeCreated
	case errors.Is(final.Err, api.ErrWatchFailed):
		m.out.Kind = OutcomeTaskFailed
	default:
		// the polls themselves failed: the task may still be running
		m.out.Kind = OutcomeDetached
	}
	return nil
}

// updateSubmitting only listens to ctrl+c: the create is in flight, so quitting now
// could hide a pool that was created. The wizard waits for the answer, then exits
// with it (printing the IDs and the watch command when the pool was created).
func (m *Model) updateSubmitting(k tea.KeyMsg) tea.Cmd {
	if m.action(k) == actQuit {
		m.sub.quitWhenAnswered = true
	}
	return nil
}

// updateFailed offers to go back and fix the request.
func (m *Model) updateFailed(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actQuit:
		m.back, m.phase = phaseFailed, phaseQuitConfirm
	case actOpen:
		if p := m.failedField(); p != "" {
			return m.jumpTo(p)
		}
		return m.openReview()
	case actBack:
		return m.openReview()
	}
	return nil
}

// failedField guesses the field a rejection is about, for "go back and fix".
func (m *Model) failedField() string {
	if m.sub.verdict != nil {
		return m.sub.verdict.problem.Path
	}
	var e *api.Error
	if !errors.As(m.sub.err, &e) {
		return ""
	}
	if e.Code == "InvalidParameter.Name" || strings.Contains(strings.ToLower(e.Message), "name") && strings.Contains(e.Message, "exist") {
		return model.PathNodepoolInfoName
	}
	for _, p := range m.problems {
		if strings.Contains(e.Message, p.Path) {
			return p.Path
		}
	}
	return ""
}

// updateWatching detaches on ctrl+c; the task goes on in the cloud.
func (m *Model) updateWatching(k tea.KeyMsg) tea.Cmd {
	if m.action(k) == actDetach {
		m.out.Kind = OutcomeDetached
		if m.sub.stop != nil {
			m.sub.stop()
		}
		return tea.Quit
	}
	return nil
}

// updateDone exits on q, enter or ctrl+c.
func (m *Model) updateDone(k tea.KeyMsg) tea.Cmd {
	if m.action(k) == actQuit {
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
