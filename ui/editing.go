package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// updateEditing handles a key while a step's form is focused.
func (m *Model) updateEditing(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actQuit:
		m.back, m.phase = m.phase, phaseQuitConfirm
		return nil
	case actNextStep:
		return m.advance()
	case actPrevStep:
		return m.enterStep(m.cur - 1)
	case actStepList:
		m.cursor, m.phase = m.cur, phaseSteps
		return nil
	case actReview:
		return m.openReview()
	case actPreview:
		m.showPrev = !m.showPrev
		m.renderPreview()
		return m.sizeForm()
	case actFieldHelp:
		m.back, m.phase, m.helpTop = m.phase, phaseHelp, 0
		return nil
	}
	return m.forward(k)
}

// forward hands a message to the current form, then syncs and validates, starts the
// pool-name lookup when the cluster changed, and moves on when the form completed.
// On the start screen no form is running yet: its messages are dropped.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	if m.form == nil || m.phase == phaseStart {
		return nil
	}
	before := m.form.GetFocusedField()
	_, cmd := m.form.Update(m.backFromText(msg))
	cmds := []tea.Cmd{cmd}
	if before != nil && m.pages.isMove(msg) && m.form.GetFocusedField() == before && m.form.State == huh.StateNormal {
		cmds = append(cmds, m.refusedPageMove(msg, before))
	}
	m.refresh(false)
	cmds = append(cmds, m.watchCluster())
	if m.form.State == huh.StateCompleted && m.phase == phaseEditing {
		cmds = append(cmds, m.advance())
	}
	return tea.Batch(cmds...)
}

// backFromText turns shift+tab in a text area into huh's own "previous field"
// request. huh's text area refuses shift+tab while its value has an error (its
// inputs do not), which left the focus stuck on the bad line and appended what was
// typed next to it; going back must always work. The request moves the focus
// exactly as the key does when the value is valid.
func (m *Model) backFromText(msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyMsg); !ok || !key.Matches(k, m.keys.PrevField) {
		return msg
	}
	switch f := m.form.GetFocusedField().(type) {
	case *huh.Text:
		return huh.PrevField()
	case interface{ IsTextArea() bool }: // a field behind the forms' view cache
		if f.IsTextArea() {
			return huh.PrevField()
		}
	}
	return msg
}

// refusedPageMove handles a page change huh refused because the page shows an
// error (it blurred the field first, which validated it). Going back always works:
// the field's error is dropped (the step's problem list still shows it) and the move
// asked again. Going forward stays refused. Either way a field left on the page is
// focused again, so the keys reach it.
func (m *Model) refusedPageMove(msg tea.Msg, field huh.Field) tea.Cmd {
	var cmd tea.Cmd
	if m.pages.isBack(msg) {
		field.Update(tea.KeyMsg{Type: tea.KeyNull}) // a key no field acts on clears its error
		_, cmd = m.form.Update(msg)
	}
	if m.form.GetFocusedField() == field {
		return tea.Batch(cmd, field.Focus())
	}
	return cmd
}

// advance opens the next step, or the review screen after the last one.
func (m *Model) advance() tea.Cmd {
	if m.cur+1 < len(m.steps) {
		return m.enterStep(m.cur + 1)
	}
	return m.openReview()
}

// updateSteps handles keys while the step list is focused.
func (m *Model) updateSteps(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actQuit:
		m.back, m.phase = phaseSteps, phaseQuitConfirm
	case actUp:
		m.cursor = max(0, m.cursor-1)
	case actDown:
		m.cursor = min(len(m.steps)-1, m.cursor+1)
	case actOpen:
		return m.enterStep(m.cursor)
	case actReview:
		return m.openReview()
	case actBack:
		m.phase = phaseEditing
	}
	return nil
}

// updateHelp scrolls a long field help with ↑/↓ and closes it on any other key
// (ctrl+c still asks to quit).
func (m *Model) updateHelp(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actQuit:
		m.phase = phaseQuitConfirm
	case actUp:
		m.helpTop = max(m.helpTop-1, 0)
	case actDown:
		m.helpTop = min(m.helpTop+1, m.helpMaxTop())
	case actClose:
		m.phase = m.back
	}
	return nil
}

// updateQuitConfirm asks whether to discard the answers.
func (m *Model) updateQuitConfirm(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actYes:
		if m.out.Kind != OutcomeUnknown { // an unknown create outcome must still be reported
			m.out = Outcome{Kind: OutcomeCancelled}
		}
		return tea.Quit
	case actNo:
		m.phase = m.back
	}
	return nil
}
