package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ackpool/forms"
)

// keyRows are the keys of what the wizard shows now, enabled by its state. Update
// matches keys against them and the help line lists them: one list for both.
func (m *Model) keyRows() screenKeys {
	switch m.phase {
	case phaseSteps:
		return m.stepListRows()
	case phaseHelp:
		return m.fieldHelpRows()
	case phaseQuitConfirm:
		k := m.keys
		return []keyRow{row(k.YesOnly, actYes), hidden(k.Quit, actYes), row(k.No, actNo)}
	case phaseStart:
		return m.startRows()
	case phaseReview:
		return m.reviewRows()
	case phaseConfirm:
		k := m.keys
		return []keyRow{row(k.Yes, actYes), row(k.No, actNo), hidden(k.Quit, actNo)}
	case phaseSubmitting:
		return []keyRow{hidden(m.keys.Quit, actQuit)}
	case phaseFailed:
		k := m.keys
		return []keyRow{row(k.Fix, actOpen), row(k.BackToReview, actBack), row(k.Quit, actQuit)}
	case phaseWatching:
		return []keyRow{row(m.keys.Detach, actDetach)}
	case phaseDone:
		return []keyRow{row(m.keys.Exit, actQuit), hidden(m.keys.Quit, actQuit)}
	}
	return m.editingRows()
}

// action is what the key does on the current screen.
func (m *Model) action(k tea.KeyMsg) action { return actionFor(m.keyRows(), k) }

// editingRows are the shell's keys while a step's form has the focus, then the
// focused field's own keys (which the field handles: they leave the key to it).
func (m *Model) editingRows() []keyRow {
	rows := editingKeys(m.keys, m.cur, m.takesText())
	for _, b := range m.fieldOwnKeys() {
		rows = append(rows, row(b, actNone))
	}
	return rows
}

// fieldOwnKeys are the focused field's keys huh's fields lack, such as the
// instance-type list's cheapest-first sort; the footer and the field help list them.
func (m *Model) fieldOwnKeys() []key.Binding {
	if m.form == nil {
		return nil
	}
	if f, ok := forms.Unwrap(m.form.GetFocusedField()).(interface{ OwnKeys() []key.Binding }); ok {
		return f.OwnKeys()
	}
	return nil
}

// editingKeys are the shell's keys on step cur; "?" opens the field help only when
// the focused field does not take text.
func editingKeys(k KeyMap, cur int, takesText bool) []keyRow {
	fieldHelp := k.FieldHelpQ
	if takesText {
		fieldHelp = k.FieldHelp
	}
	return []keyRow{
		row(k.NextStep, actNextStep),
		row(k.PrevStep, actPrevStep).when(cur > 0),
		row(k.StepList, actStepList),
		row(k.Review, actReview),
		row(k.Preview, actPreview),
		row(fieldHelp, actFieldHelp),
		row(k.Quit, actQuit),
	}
}

// stepListRows are the keys of the step list.
func (m *Model) stepListRows() []keyRow {
	k := m.keys
	return []keyRow{
		row(k.Up, actUp), row(k.Down, actDown), row(k.Open, actOpen), row(k.Review, actReview),
		row(k.Back, actBack), hidden(k.StepList, actBack), row(k.Quit, actQuit),
	}
}

// fieldHelpRows are the keys of the field help: ↑/↓ scroll a help longer than the
// screen, ctrl+c asks to quit, any other key closes it.
func (m *Model) fieldHelpRows() []keyRow {
	k := m.keys
	scrolls := m.helpMaxTop() > 0
	closeKey := k.CloseHelp
	if scrolls {
		closeKey = k.CloseHelpRest
	}
	return []keyRow{
		hidden(k.Quit, actQuit),
		row(k.Scroll, actUp).when(scrolls),
		hidden(k.Down, actDown).when(scrolls),
		anyKey(closeKey, actClose),
	}
}

// startRows are the keys of the start screen and of the clone pickers.
func (m *Model) startRows() []keyRow {
	k := m.keys
	s := &m.reuse.start
	switch {
	case s.screen == screenCloned:
		return []keyRow{row(k.ReviewCopy, actReview), hidden(k.Review, actReview), row(k.Edit, actEdit),
			hidden(k.Back, actBack), row(k.Quit, actQuit)}
	case s.loading != "":
		return []keyRow{row(k.Back, actBack).when(s.menuRead), row(k.Quit, actQuit)}
	}
	rows := []keyRow{row(k.Up, actUp), row(k.Down, actDown), row(k.Choose, actOpen)}
	switch s.screen {
	case screenMenu:
		rows = append(rows, row(m.shortcuts(), actShortcut))
	case screenClusters:
		rows = append(rows, row(k.NextRegion, actNextRegion), hidden(k.PrevRegion, actPrevRegion))
	}
	return append(rows, row(k.Back, actBack).when(s.screen != screenMenu), row(k.Quit, actQuit))
}

// shortcuts is the menu's shortcut binding: the items' keys, listed as "r/b/1-9/c".
func (m *Model) shortcuts() key.Binding {
	var keys []string
	for _, it := range m.reuse.start.items {
		if it.short != "" {
			keys = append(keys, it.short)
		}
	}
	b := m.keys.Shortcut
	b.SetKeys(keys...)
	h := b.Help()
	if m.reuse.start.draft != nil && !strings.HasPrefix(h.Key, "r/") {
		b.SetHelp("r/"+h.Key, h.Desc)
	}
	return b
}

// reviewRows are the keys of the review screen, of its file name prompt and of the
// save-as-preset dialog over it.
func (m *Model) reviewRows() []keyRow {
	k := m.keys
	r := &m.review
	switch {
	case m.reuse.dialog.open:
		return m.presetDialogRows()
	case r.saving:
		return []keyRow{row(k.SaveFile, actOpen), row(k.Cancel, actBack)}
	case m.est.onChecks && len(m.attentionChecks()) > 0:
		return m.reviewCheckRows()
	}
	rows := []keyRow{
		row(k.Submit, actSubmit).when(!m.problems.HasErrors()),
		row(k.Save, actSave),
		row(k.Command, actCommand),
	}
	if m.reuseOn() {
		rows = append(rows, row(k.SavePreset, actSavePreset).when(m.opts.Presets.Library.Store != nil), row(k.Diff, actDiff))
	}
	problems := r.onProblems && len(m.problems) > 0
	return append(rows,
		row(k.Terraform, actTerraform),
		row(k.SwitchFocus, actSwitchFocus),
		row(k.GoToProblem, actOpen).when(problems),
		hidden(k.Up, actUp).when(problems),
		hidden(k.Down, actDown).when(problems),
		hidden(k.StepList, actStepList),
		row(k.Back, actBack),
		row(k.Quit, actQuit),
	)
}

// presetDialogRows are the keys of the save-as-preset dialog.
func (m *Model) presetDialogRows() []keyRow {
	k := m.keys
	d := &m.reuse.dialog
	switch {
	case d.saving:
		return []keyRow{{Binding: k.CloseSaved, act: actIgnore, any: true, hidden: true}} // the write is in flight
	case d.saved != "":
		return []keyRow{anyKey(k.CloseSaved, actClose)}
	case d.confirm:
		return []keyRow{row(k.Overwrite, actYes), row(k.No, actNo), hidden(k.Quit, actNo)}
	}
	enter := k.Open
	enter.SetHelp("enter", d.enterAction())
	return []keyRow{row(k.NextInput, actNextInput), row(enter, actOpen), row(k.Cancel, actBack), hidden(k.Quit, actBack)}
}
