package ui

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"ackpool/presets"
)

// presetDialog is the review screen's "save as preset": a name and a description,
// a confirmation before replacing a preset of the same name, then the notices.
type presetDialog struct {
	open    bool
	focus   int // 0 name, 1 description
	name    textinput.Model
	desc    textinput.Model
	confirm bool   // a preset of that name exists: overwrite?
	saving  bool   // the write is in flight
	saved   string // the file written; the dialog then shows the notices
	notices []presets.Notice
	err     string
}

// presetSavedMsg is the store's answer.
type presetSavedMsg struct {
	reply
	meta    *presets.Meta
	notices []presets.Notice
	err     error
}

// openPresetDialog shows the dialog, the name suggested from the origin or the pool.
func (m *Model) openPresetDialog() tea.Cmd {
	d := &m.reuse.dialog
	st := m.styles
	d.name = st.textInput("name:        ", "letters, digits, . _ -")
	d.name.CharLimit = presets.MaxNameLength
	d.desc = st.textInput("description: ", "what the preset is for (optional)")
	d.name.Width, d.desc.Width = max(min(m.width-30, 60), 10), max(min(m.width-30, 60), 10)
	d.name.SetValue(m.suggestedPresetName())
	d.name.CursorEnd()
	d.open, d.focus, d.confirm, d.saving, d.saved, d.notices, d.err = true, 0, false, false, "", nil, ""
	d.desc.Blur()
	return d.name.Focus()
}

// suggestedPresetName is the pool name (NAME-custom when it is a built-in's name),
// or nothing when that is not a valid preset name.
func (m *Model) suggestedPresetName() string {
	if m.np.NodepoolInfo != nil && m.np.NodepoolInfo.Name != nil {
		n := *m.np.NodepoolInfo.Name
		for _, name := range []string{n, n + "-custom"} {
			if presets.ValidateNewName(name) == nil {
				return name
			}
		}
	}
	return ""
}

// updatePresetDialog drives the dialog.
func (m *Model) updatePresetDialog(k tea.KeyMsg) tea.Cmd {
	d := &m.reuse.dialog
	act := m.action(k)
	switch {
	case d.saved != "":
		d.open = false // any key closes the result
		m.review.note = "saved preset " + strings.TrimSpace(d.name.Value()) + " (" + d.saved + ")"
		return nil
	case d.confirm:
		switch act {
		case actYes:
			d.confirm = false
			return m.savePreset(true)
		case actNo:
			d.confirm = false
			d.err = "not overwritten: choose another name"
		}
		return nil
	}
	switch act {
	case actIgnore:
		return nil
	case actBack:
		d.open = false
		return nil
	case actNextInput:
		d.focus = 1 - d.focus
		if d.focus == 0 {
			d.desc.Blur()
			return d.name.Focus()
		}
		d.name.Blur()
		return d.desc.Focus()
	case actOpen:
		if err := presets.ValidateNewName(strings.TrimSpace(d.name.Value())); err != nil {
			d.err = err.Error()
			return nil
		}
		if d.focus == 0 && d.desc.Value() == "" {
			d.focus = 1
			d.name.Blur()
			return d.desc.Focus()
		}
		return m.savePreset(false)
	}
	var cmd tea.Cmd
	if d.focus == 0 {
		d.name, cmd = d.name.Update(k)
		d.err = ""
		if v := strings.TrimSpace(d.name.Value()); v != "" {
			if err := presets.ValidateNewName(v); err != nil {
				d.err = err.Error()
			}
		}
	} else {
		d.desc, cmd = d.desc.Update(k)
	}
	return cmd
}

// savePreset writes the current request as the preset (secrets dropped by the store).
func (m *Model) savePreset(overwrite bool) tea.Cmd {
	d := &m.reuse.dialog
	store := m.opts.Presets.Library.Store
	name, desc := strings.TrimSpace(d.name.Value()), strings.TrimSpace(d.desc.Value())
	np, t := m.np.Clone(), m.requests.issue(slotPreset)
	d.saving, d.err = true, ""
	return func() tea.Msg {
		meta, notices, err := store.Save(name, desc, np, presets.SaveOptions{Overwrite: overwrite})
		return presetSavedMsg{reply: reply{t}, meta: meta, notices: notices, err: err}
	}
}

// apply shows the result: the notices, a confirmation request, or the error.
func (msg presetSavedMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotPreset)
	d := &m.reuse.dialog
	d.saving = false
	switch {
	case errors.Is(msg.err, presets.ErrExists):
		d.confirm = true
	case msg.err != nil:
		d.err = firstLine(msg.err.Error())
	default:
		d.saved, d.notices = msg.meta.File, msg.notices
	}
	return nil
}

// enterAction says what enter does now: on the name with no description yet it moves
// to the description, otherwise it saves.
func (d *presetDialog) enterAction() string {
	if d.focus == 0 && d.desc.Value() == "" {
		return "description"
	}
	return "save"
}

// renderPresetDialog draws the dialog over the review screen.
func (m *Model) renderPresetDialog() string {
	d := &m.reuse.dialog
	w := min(m.width, 100) - 6
	var lines []string
	switch {
	case d.saved != "":
		lines = append(lines, m.styles.OK.Render("✓ Saved preset "+strings.TrimSpace(d.name.Value())), "", truncate(d.saved, w))
		if len(d.notices) > 0 {
			lines = append(lines, "", "Not saved in the preset:")
			for _, n := range d.notices {
				lines = append(lines, "  • "+n.String())
			}
		}
		lines = append(lines, "", "Use it with: ackpool create --preset "+strings.TrimSpace(d.name.Value())+" --set …", "", m.styles.Muted.Render("any key returns to the review"))
	case d.confirm:
		lines = append(lines, m.styles.Warning.Render("A preset named "+strings.TrimSpace(d.name.Value())+" already exists."), "",
			"Overwrite it with the current request? Its created time is kept.", "", "y: overwrite    n / esc: keep it and choose another name")
	default:
		lines = append(lines, m.styles.Title.Render("Save as preset"),
			m.styles.Muted.Render("Saved to your presets folder without the login password and user data."), "",
			d.name.View(), d.desc.View(), "")
		switch {
		case d.saving:
			lines = append(lines, m.spinner.View()+" saving…")
		case d.err != "":
			lines = append(lines, m.styles.Error.Render("✗ "+d.err))
		default:
			lines = append(lines, m.styles.Muted.Render("tab: next field    enter: "+d.enterAction()+"    esc: cancel"))
		}
	}
	return m.styles.Dialog.Width(w).Render(strings.Join(lines, "\n"))
}
