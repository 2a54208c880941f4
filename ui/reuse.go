package ui

import (
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/forms"
	"ackpool/model"
	"ackpool/presets"
)

// Presets turns on the wizard's reuse features: the start screen (blank, a preset,
// the draft, a clone of a pool), the autosaved draft, and the review screen's
// "save as preset" and diff. Leave Options.Presets nil for none of them.
type Presets struct {
	// Library lists the built-in and user presets; its Store receives "save as preset"
	// (nil Store: built-ins only, no saving).
	Library presets.Library
	// Drafts keeps the autosaved draft; nil turns drafts off.
	Drafts *presets.Drafts
	// Build returns the steps bound to np (and to the wizard's Target); the wizard
	// calls it when the start screen replaces the request. Required.
	Build func(np *model.NodePool) []forms.Step
	// DraftDelay is the quiet time before the draft is saved; 0 means
	// presets.DefaultDraftDelay.
	DraftDelay time.Duration
}

// reuseState is what the reuse features keep in the model.
type reuseState struct {
	start    startState
	draft    draftState
	dialog   presetDialog
	show     reviewShow       // what the review viewport shows besides the body
	origin   presets.Origin   // what the request started from
	base     *model.NodePool  // the request as it started (for the diff); nil for blank
	baseErr  string           // why the base is not available
	defaults string           // the cluster the preset's defaults were filled in for
	filled   []string         // the vSwitches filled in for it (replaced when the cluster changes)
	notices  []presets.Notice // what the clone or the preset load changed
}

// reuseOn reports whether the reuse features are configured.
func (m *Model) reuseOn() bool { return m.opts.Presets != nil && m.opts.Presets.Build != nil }

// afterUpdate runs after every message: it schedules the draft save when something
// changed and fills in the cluster's defaults for a preset.
func (m *Model) afterUpdate() tea.Cmd {
	if !m.reuseOn() {
		return nil
	}
	return tea.Batch(m.noteChange(), m.presetDefaults(), m.clearDraftOnSubmit())
}

// stepIndex returns the index of the step with that ID, or 0.
func (m *Model) stepIndex(id string) int {
	for i, s := range m.steps {
		if s.ID == id {
			return i
		}
	}
	return 0
}

// rebuildSteps binds fresh steps to the request, keeping what the step list knows.
// The step at keep (when >= 0) keeps its form, so a field being edited is not lost.
func (m *Model) rebuildSteps(keep int) {
	built := m.opts.Presets.Build(m.np)
	if len(built) != len(m.steps) {
		m.steps = make([]stepState, len(built))
	}
	for i, s := range built {
		if i == keep {
			continue
		}
		m.steps[i].Step = s
	}
	m.syncAll()
	m.stepsKey = ""
}

// begin replaces the request with np (bound to fresh steps) and opens the step
// with that ID; the start screen ends here.
func (m *Model) begin(np *model.NodePool, origin presets.Origin, base *model.NodePool, step string) tea.Cmd {
	*m.np = *np
	m.reuse.origin, m.reuse.base, m.reuse.filled = origin, base, nil
	m.rebuildSteps(-1)
	idx := m.stepIndex(step)
	for i := range m.steps {
		m.steps[i].visited = i < idx
	}
	m.cluster = "" // load the pool names of the (possibly new) cluster
	m.openStep(idx)
	m.refresh(true)
	m.reuse.draft.key = m.draftKey() // starting is not a change worth a draft
	m.reuse.draft.hold = ""
	if dr := m.reuse.start.draft; dr != nil && np != dr.Request { // not resuming it
		// a new start while a draft could be resumed: keep that draft until the new
		// answers have content of their own
		m.reuse.draft.hold = m.contentKey()
	}
	var cmd tea.Cmd
	if m.form != nil {
		cmd = m.form.Init()
	}
	m.phase = phaseEditing
	return tea.Batch(cmd, m.watchCluster(), m.loadAccountLists())
}

// clusterDefaultsMsg carries the cluster's worker vSwitches for a preset that has none.
type clusterDefaultsMsg struct {
	reply
	clusterID string
	vswitches []string
	err       error
}

// presetDefaults fills in what a preset leaves out for the chosen cluster: the
// cluster's worker vSwitches (a preset carries no account IDs). It runs once per
// cluster, only for a preset origin whose request has no vSwitches of the person's
// choosing; when the cluster changes, vSwitches filled in for the old one are replaced.
func (m *Model) presetDefaults() tea.Cmd {
	id := m.target.ClusterID
	if m.reuse.origin.Kind != presets.OriginPreset || id == "" || id == m.reuse.defaults || m.opts.Catalog == nil {
		return nil
	}
	if !m.vswitchesDefaulted() || m.phase == phaseStart {
		return nil
	}
	m.reuse.defaults = id
	cat, t, tk := m.opts.Catalog, *m.target, m.requests.issue(slotDefaults)
	return func() tea.Msg {
		cl, err := cat.cluster(t)
		if err != nil {
			return clusterDefaultsMsg{reply: reply{tk}, clusterID: t.ClusterID, err: err}
		}
		return clusterDefaultsMsg{reply: reply{tk}, clusterID: t.ClusterID, vswitches: cl.VSwitchIDs}
	}
}

// vswitchesDefaulted reports whether the request's vSwitches are the wizard's to
// fill: none yet, or exactly the ones filled in for a cluster no longer chosen.
func (m *Model) vswitchesDefaulted() bool {
	sg := m.np.ScalingGroup
	if sg == nil || len(sg.VSwitchIDs) == 0 {
		return true
	}
	return len(m.reuse.filled) > 0 && slices.Equal(sg.VSwitchIDs, m.reuse.filled)
}

// apply writes the cluster's vSwitches when the request has none (or only those
// filled in for another cluster) and the cluster is still the chosen one, and
// rebinds the steps to show them.
func (msg clusterDefaultsMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotDefaults)
	if msg.err != nil || msg.clusterID != m.target.ClusterID || len(msg.vswitches) == 0 {
		return nil
	}
	if m.np.ScalingGroup == nil {
		m.np.ScalingGroup = &model.ScalingGroup{}
	}
	if !m.vswitchesDefaulted() {
		return nil // chosen by the person meanwhile
	}
	m.np.ScalingGroup.VSwitchIDs = append([]string(nil), msg.vswitches...)
	m.reuse.filled = m.np.ScalingGroup.VSwitchIDs
	owner := m.owner(model.PathScalingGroupVSwitchIDs)
	keep := m.cur
	if owner == m.cur || m.phase != phaseEditing {
		keep = -1
	}
	m.rebuildSteps(keep)
	var cmd tea.Cmd
	if keep < 0 && m.phase == phaseEditing {
		cmd = m.enterStep(m.cur)
	}
	m.refresh(true)
	return cmd
}
