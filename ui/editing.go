package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"reflect"
)

// action is what a key means to the shell while a step is being edited.
type action int

const (
	actNone action = iota // the key belongs to the form
	actNextStep
	actPrevStep
	actStepList
	actReview
	actPreview
	actFieldHelp
	actQuit
)

// editingAction maps a key to the shell's action while editing; actNone passes the
// key to the form. takesText says the focused field types printable keys, so "?"
// is the form's.
func editingAction(km KeyMap, msg tea.KeyMsg, takesText bool) action {
	switch {
	case key.Matches(msg, km.Quit):
		return actQuit
	case key.Matches(msg, km.NextStep):
		return actNextStep
	case key.Matches(msg, km.PrevStep):
		return actPrevStep
	case key.Matches(msg, km.StepList):
		return actStepList
	case key.Matches(msg, km.Review):
		return actReview
	case key.Matches(msg, km.Preview):
		return actPreview
	case key.Matches(msg, km.FieldHelp):
		return actFieldHelp
	case !takesText && key.Matches(msg, km.FieldHelpQ):
		return actFieldHelp
	}
	return actNone
}

// updateEditing handles a key while a step's form is focused.
func (m *Model) updateEditing(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch editingAction(m.keys, k, m.takesText()) {
	case actQuit:
		m.back, m.phase = m.phase, phaseQuitConfirm
		return nil
	case actNextStep:
		return m.advance()
	case actPrevStep:
		if m.cur > 0 {
			return m.enterStep(m.cur - 1)
		}
		return nil
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
	return m.forward(msg)
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
	if before != nil && isPageMove(msg) && m.form.GetFocusedField() == before && m.form.State == huh.StateNormal {
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
	if _, isText := m.form.GetFocusedField().(*huh.Text); isText {
		return huh.PrevField()
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
	if reflect.TypeOf(msg).String() == "huh.prevGroupMsg" {
		field.Update(tea.KeyMsg{Type: tea.KeyNull}) // a key no field acts on clears its error
		_, cmd = m.form.Update(msg)
	}
	if m.form.GetFocusedField() == field {
		return tea.Batch(cmd, field.Focus())
	}
	return cmd
}

// isPageMove reports whether msg is huh's request to change page (group), which it
// refuses while the page shows an error.
func isPageMove(msg tea.Msg) bool {
	if _, ok := msg.(tea.KeyMsg); ok || msg == nil {
		return false
	}
	switch reflect.TypeOf(msg).String() {
	case "huh.nextGroupMsg", "huh.prevGroupMsg":
		return true
	}
	return false
}

// advance opens the next step, or the review screen after the last one.
func (m *Model) advance() tea.Cmd {
	if m.cur+1 < len(m.steps) {
		return m.enterStep(m.cur + 1)
	}
	return m.openReview()
}

// updateSteps handles keys while the step list is focused.
func (m *Model) updateSteps(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch {
	case key.Matches(k, m.keys.Quit):
		m.back, m.phase = phaseSteps, phaseQuitConfirm
	case key.Matches(k, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(len(m.steps)-1, m.cursor+1)
	case key.Matches(k, m.keys.Open):
		return m.enterStep(m.cursor)
	case key.Matches(k, m.keys.Review):
		return m.openReview()
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.StepList):
		m.phase = phaseEditing
	}
	return nil
}

// updateHelp scrolls a long field help with ↑/↓ and closes it on any other key
// (ctrl+c still asks to quit).
func (m *Model) updateHelp(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch {
	case key.Matches(k, m.keys.Quit):
		m.phase = phaseQuitConfirm
	case key.Matches(k, m.keys.Up):
		m.helpTop = max(m.helpTop-1, 0)
	case key.Matches(k, m.keys.Down):
		m.helpTop = min(m.helpTop+1, m.helpMaxTop())
	default:
		m.phase = m.back
	}
	return nil
}

// updateQuitConfirm asks whether to discard the answers.
func (m *Model) updateQuitConfirm(msg tea.Msg) tea.Cmd {
	k, _ := msg.(tea.KeyMsg)
	switch {
	case key.Matches(k, m.keys.Quit, m.keys.YesOnly):
		if m.out.Kind != OutcomeUnknown { // an unknown create outcome must still be reported
			m.out = Outcome{Kind: OutcomeCancelled}
		}
		return tea.Quit
	case key.Matches(k, m.keys.No):
		m.phase = m.back
	}
	return nil
}
