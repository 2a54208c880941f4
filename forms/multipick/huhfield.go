package multipick

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// This file is Field's huh.Field side: messages, keys with huh's MultiSelect
// bindings, focus, and the settings huh hands every field.

// Init implements huh.Field.
func (m *Field) Init() tea.Cmd { return nil }

// Update implements huh.Field: keys when focused, lookup answers, and, for any other
// message (huh sends one to every field after each update), a new lookup when its
// inputs changed.
func (m *Field) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case pickLoadedMsg:
		if msg.to == m {
			m.collect()
		}
		return m, m.refreshPrices()
	case pricedMsg:
		if msg.to == m {
			return m, m.refreshPrices()
		}
		return m, nil
	case spinner.TickMsg:
		if !m.loading {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case tea.KeyMsg:
		return m, m.updateKey(msg)
	}
	var cmd tea.Cmd
	if m.filtering {
		m.filter, cmd = m.filter.Update(msg) // cursor blinks
	}
	return m, tea.Batch(cmd, m.refresh(), m.refreshPrices())
}

// updateKey handles a key press, with huh's MultiSelect bindings.
func (m *Field) updateKey(msg tea.KeyMsg) tea.Cmd {
	m.err, m.refused = nil, nil
	var cmd tea.Cmd
	if !m.filtering && msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && msg.Runes[0] == '/' {
		m.setFiltering(true) // "/" and the filter arrived in one read (typed fast or pasted)
		msg.Runes = msg.Runes[1:]
	}
	if m.filtering {
		m.filter, cmd = m.filter.Update(msg)
	}
	km, page := &m.keymap, max(1, m.listHeight()/2)
	switch {
	case key.Matches(msg, km.Filter):
		m.setFiltering(true)
		return m.filter.Focus()
	case key.Matches(msg, km.SetFilter):
		if len(m.shown()) == 0 {
			m.filter.SetValue("")
		}
		m.setFiltering(false)
	case key.Matches(msg, km.ClearFilter):
		m.filter.SetValue("")
		m.setFiltering(false)
	case key.Matches(msg, km.Up):
		if !(m.filtering && msg.String() == "k") {
			m.cursor = max(m.cursor-1, 0)
		}
	case key.Matches(msg, km.Down):
		if !(m.filtering && msg.String() == "j") {
			m.cursor = max(0, min(m.cursor+1, len(m.shown())-1))
		}
	case key.Matches(msg, km.GotoTop) && !m.filtering:
		m.cursor = 0
	case key.Matches(msg, km.GotoBottom) && !m.filtering:
		m.cursor = max(0, len(m.shown())-1)
	case key.Matches(msg, km.HalfPageUp):
		m.cursor = max(m.cursor-page, 0)
	case key.Matches(msg, km.HalfPageDown):
		m.cursor = max(0, min(m.cursor+page, len(m.shown())-1))
	case key.Matches(msg, km.Toggle) && !m.filtering:
		m.toggle()
	case key.Matches(msg, m.sortKey) && !m.filtering:
		m.toggleSort()
	case key.Matches(msg, km.Prev):
		if m.err = m.validate(); m.err == nil {
			return huh.PrevField
		}
		return nil
	case key.Matches(msg, km.Next, km.Submit):
		if m.err = m.validate(); m.err == nil {
			return huh.NextField
		}
		return nil
	}
	m.applyFilter()
	m.scrollToCursor()
	return tea.Batch(cmd, m.refreshPrices())
}

// scrollToCursor moves the window so the cursor row is on screen.
func (m *Field) scrollToCursor() {
	h := m.listHeight()
	if m.cursor < m.offset {
		m.offset = m.cursor
	} else if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = max(0, min(m.offset, len(m.shown())-h))
}

// setFiltering starts or ends typing a filter, with the bindings that apply.
func (m *Field) setFiltering(on bool) {
	m.filtering = on
	if on {
		m.filter.Focus()
	} else {
		m.filter.Blur()
	}
	km := &m.keymap
	km.SetFilter.SetEnabled(on)
	km.Filter.SetEnabled(!on)
	km.ClearFilter.SetEnabled(!on && m.filter.Value() != "")
	m.sortKey.SetEnabled(!on && m.prices != nil)
	first, last := false, false
	if m.pos != nil {
		first, last = m.pos.IsFirst(), m.pos.IsLast()
	}
	km.Prev.SetEnabled(!on && !first)
	km.Next.SetEnabled(!on && !last)
	km.Submit.SetEnabled(!on && (last || m.pos == nil))
}

// Focus implements huh.Field; like huh it checks the current selection.
func (m *Field) Focus() tea.Cmd {
	m.focused = true
	m.err = m.validate()
	return nil
}

// Blur implements huh.Field; like huh it checks the current selection. A filter being
// typed is kept, as enter would keep it, so the field never comes back stuck in it.
func (m *Field) Blur() tea.Cmd {
	if m.filtering {
		if len(m.shown()) == 0 {
			m.filter.SetValue("")
			m.applyFilter()
		}
		m.setFiltering(false)
	}
	m.focused = false
	m.err = m.validate()
	return nil
}

// Error implements huh.Field.
func (m *Field) Error() error { return m.err }

// Skip implements huh.Field.
func (m *Field) Skip() bool { return false }

// Zoom implements huh.Field.
func (m *Field) Zoom() bool { return false }

// TakesText reports whether printable keys go to the filter, so the shell leaves "?" alone.
func (m *Field) TakesText() bool { return m.filtering }

// KeyBinds implements huh.Field.
func (m *Field) KeyBinds() []key.Binding {
	km := m.keymap
	return []key.Binding{km.Toggle, km.Up, km.Down, km.Filter, km.SetFilter, km.ClearFilter, m.sortKey, km.Prev, km.Submit, km.Next}
}

// OwnKeys are the field's keys that huh's own multi-select lacks (the cheapest-first
// sort of a priced list), enabled as they apply now, for the shell's help line.
func (m *Field) OwnKeys() []key.Binding {
	if !m.sortKey.Enabled() {
		return nil
	}
	return []key.Binding{m.sortKey}
}

// Run implements huh.Field.
func (m *Field) Run() error { return huh.Run(m) }

// WithTheme implements huh.Field; the first theme given stays, as with huh's fields.
func (m *Field) WithTheme(theme *huh.Theme) huh.Field {
	if m.theme != nil || theme == nil {
		return m
	}
	m.theme = theme
	m.filter.Cursor.Style = theme.Focused.TextInput.Cursor
	m.filter.Cursor.TextStyle = theme.Focused.TextInput.CursorText
	m.filter.PromptStyle = theme.Focused.TextInput.Prompt
	m.filter.TextStyle = theme.Focused.TextInput.Text
	m.filter.PlaceholderStyle = theme.Focused.TextInput.Placeholder
	return m
}

// WithKeyMap implements huh.Field with huh's multi-select bindings; select all is off
// because the list has a limit.
func (m *Field) WithKeyMap(k *huh.KeyMap) huh.Field {
	m.keymap = k.MultiSelect
	m.keymap.SelectAll.SetEnabled(false)
	m.keymap.SelectNone.SetEnabled(false)
	m.setFiltering(m.filtering)
	return m
}

// WithAccessible implements huh.Field; accessible mode calls RunAccessible directly.
func (m *Field) WithAccessible(bool) huh.Field { return m }

// WithWidth implements huh.Field.
func (m *Field) WithWidth(width int) huh.Field {
	m.width = width
	return m
}

// WithHeight implements huh.Field: the rows of the whole field.
func (m *Field) WithHeight(height int) huh.Field {
	m.height = height
	m.scrollToCursor()
	return m
}

// WithPosition implements huh.Field.
func (m *Field) WithPosition(p huh.FieldPosition) huh.Field {
	m.pos = &p
	m.setFiltering(m.filtering)
	return m
}

// GetKey implements huh.Field.
func (m *Field) GetKey() string { return m.key }

// GetValue implements huh.Field: the ticked values.
func (m *Field) GetValue() any { return slices.Clone(m.state.Sel) }
