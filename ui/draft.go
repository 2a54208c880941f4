package ui

import (
	"encoding/json"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/presets"
)

// draftState is the autosaved draft: the store, the debouncer and what was last
// seen, so only real changes schedule a save.
type draftState struct {
	store  *presets.Drafts
	deb    *presets.Debouncer
	key    string // body, target and step at the last look
	off    bool   // the request was submitted: no more drafts
	err    string // the last save's failure
	saves  int    // how many saves completed
	change uint64 // the debouncer's number of the latest change
	// hold is the request (and cluster) a new start began with while a resumable
	// draft existed: that draft is not replaced until the new answers differ from it.
	hold string
}

// contentKey is what counts as the person's answers: the values set in the body
// (empty objects and lists, which steps create as they open, do not count) and the
// cluster.
func (m *Model) contentKey() string {
	var body any
	if json.Unmarshal(m.preview.body, &body) != nil {
		return string(m.preview.body) + "\x00" + m.target.ClusterID
	}
	pruned, _ := json.Marshal(pruneEmpty(body))
	return string(pruned) + "\x00" + m.target.ClusterID
}

// pruneEmpty drops empty objects and lists from a decoded JSON value.
func pruneEmpty(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, item := range x {
			if p := pruneEmpty(item); p == nil {
				delete(x, k)
			} else {
				x[k] = p
			}
		}
		if len(x) == 0 {
			return nil
		}
	case []any:
		if len(x) == 0 {
			return nil
		}
	}
	return v
}

// holding reports whether the old draft must be kept because the answers are still
// those the new start began with; once they differ, the hold ends.
func (m *Model) holding() bool {
	d := &m.reuse.draft
	if d.hold == "" {
		return false
	}
	if m.contentKey() == d.hold {
		return true
	}
	d.hold = ""
	return false
}

// draftTickMsg wakes the debouncer after the quiet time.
type draftTickMsg struct {
	reply
	change uint64
}

// draftSavedMsg says whether the draft was written.
type draftSavedMsg struct {
	reply
	err error
}

// draftClearedMsg says whether the draft was removed after the submit.
type draftClearedMsg struct {
	reply
	err error
}

// init sets up the draft store from the options.
func (d *draftState) init(p *Presets) {
	d.store = p.Drafts
	d.deb = presets.NewDebouncer(p.DraftDelay)
}

// draftKey is what a draft would hold: the (masked) body, the target and the step.
func (m *Model) draftKey() string {
	step := ""
	if len(m.steps) > 0 {
		step = m.steps[m.cur].ID
	}
	return string(m.preview.body) + "\x00" + m.target.Region + "\x00" + m.target.ClusterID + "\x00" + step
}

// drafting reports whether changes should be saved as a draft now.
func (m *Model) drafting() bool {
	d := &m.reuse.draft
	if d.store == nil || d.off {
		return false
	}
	switch m.phase {
	case phaseStart, phaseSubmitting, phaseWatching, phaseDone:
		return false
	}
	return true
}

// noteChange schedules a draft save when the request, the target or the step
// changed since the last look; a burst of keys saves once, after the quiet time.
func (m *Model) noteChange() tea.Cmd {
	if !m.drafting() {
		return nil
	}
	d := &m.reuse.draft
	k := m.draftKey()
	if k == d.key {
		return nil
	}
	d.key = k
	change, t := d.deb.Changed(), m.requests.issue(slotDraft)
	d.change = change
	return tea.Tick(d.deb.Delay, func(time.Time) tea.Msg { return draftTickMsg{reply: reply{t}, change: change} })
}

// apply saves the draft when this wake-up belongs to the latest change.
func (msg draftTickMsg) apply(m *Model) tea.Cmd {
	d := &m.reuse.draft
	if d.off || d.store == nil || !d.deb.Due(msg.change) || m.holding() {
		return nil
	}
	d.deb.Saved()
	store, dr, t := d.store, m.snapshot(), m.requests.issue(slotDraftSave)
	return func() tea.Msg {
		_, err := store.Save(dr)
		return draftSavedMsg{reply: reply{t}, err: err}
	}
}

// snapshot is the draft of the current state; the request is a copy, so the save
// can run while the person keeps typing.
func (m *Model) snapshot() presets.Draft {
	step := ""
	if len(m.steps) > 0 {
		step = m.steps[m.cur].ID
	}
	return presets.Draft{
		ClusterID: m.target.ClusterID,
		RegionID:  m.target.Region,
		Step:      step,
		Origin:    m.reuse.origin,
		Request:   m.np.Clone(),
	}
}

// apply records the save's result.
func (msg draftSavedMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotDraftSave)
	d := &m.reuse.draft
	if msg.err != nil {
		d.err = "draft not saved: " + firstLine(msg.err.Error())
		return nil
	}
	d.err = ""
	d.saves++
	return nil
}

// apply records the removal's result.
func (msg draftClearedMsg) apply(m *Model) tea.Cmd {
	if msg.err != nil {
		m.reuse.draft.err = firstLine(msg.err.Error())
	}
	return nil
}

// clearDraftOnSubmit removes the draft once the create succeeded and stops saving.
func (m *Model) clearDraftOnSubmit() tea.Cmd {
	d := &m.reuse.draft
	if d.off || d.store == nil || m.sub.result == nil {
		return nil
	}
	d.off = true
	store, t := d.store, m.requests.issue(slotDraftClear)
	return func() tea.Msg { return draftClearedMsg{reply: reply{t}, err: store.Clear()} }
}

// FlushDraft saves a change the debouncer still holds; Run calls it when the program
// ends so quitting mid-flow keeps the latest answers.
func (m *Model) FlushDraft() error {
	if !m.reuseOn() {
		return nil
	}
	d := &m.reuse.draft
	if d.off || d.store == nil || !d.deb.Pending() || m.holding() {
		return nil
	}
	d.deb.Saved()
	_, err := d.store.Save(m.snapshot())
	return err
}

// saveDraftNow saves the answers as a draft at once, even when they are still those
// the wizard started with: after the service refused them they are worth keeping
// whatever happens next (quit, crash, closed terminal).
func (m *Model) saveDraftNow() tea.Cmd {
	d := &m.reuse.draft
	if !m.reuseOn() || d.off || d.store == nil {
		return nil
	}
	d.hold = ""
	d.deb.Saved()
	store, dr := d.store, m.snapshot()
	return func() tea.Msg {
		_, err := store.Save(dr)
		return draftSavedMsg{err: err}
	}
}

// quitText is the quit prompt: with drafts on, the answers are kept.
func (m *Model) quitText() string {
	if m.reuseOn() && m.reuse.draft.store != nil && !m.reuse.draft.off {
		return "Quit? Nothing has been sent.\n\nYour answers are kept as a draft: the next start offers to resume it.\n\ny: quit    n: keep editing"
	}
	return "Discard this node pool and quit?\n\nNothing has been sent.\n\ny: discard and quit    n: keep editing"
}
