package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// huhTheme is huh's Charm theme drawn through r, so the forms follow the same
// colour profile (NO_COLOR, --no-color, the terminal the wizard draws on) as the
// shell. huh builds its themes on lipgloss's default renderer; every style of the
// theme is moved to r here. TestHuhThemeFollowsTheRenderer fails when huh adds a
// style this function does not move.
func huhTheme(r *lipgloss.Renderer) *huh.Theme {
	return themeOn(huh.ThemeCharm(), r)
}

// themeOn moves every style of the huh theme t to r and returns t.
func themeOn(t *huh.Theme, r *lipgloss.Renderer) *huh.Theme {
	t.Form.Base = t.Form.Base.Renderer(r)
	t.Group.Base = t.Group.Base.Renderer(r)
	t.Group.Title = t.Group.Title.Renderer(r)
	t.Group.Description = t.Group.Description.Renderer(r)
	t.FieldSeparator = t.FieldSeparator.Renderer(r)
	fieldStylesOn(&t.Focused, r)
	fieldStylesOn(&t.Blurred, r)
	helpStylesOn(&t.Help, r)
	return t
}

// fieldStylesOn moves every style of a field state to r.
func fieldStylesOn(s *huh.FieldStyles, r *lipgloss.Renderer) {
	for _, st := range []*lipgloss.Style{
		&s.Base, &s.Title, &s.Description, &s.ErrorIndicator, &s.ErrorMessage,
		&s.SelectSelector, &s.Option, &s.NextIndicator, &s.PrevIndicator,
		&s.Directory, &s.File,
		&s.MultiSelectSelector, &s.SelectedOption, &s.SelectedPrefix, &s.UnselectedOption, &s.UnselectedPrefix,
		&s.TextInput.Cursor, &s.TextInput.CursorText, &s.TextInput.Placeholder, &s.TextInput.Prompt, &s.TextInput.Text,
		&s.FocusedButton, &s.BlurredButton,
		&s.Card, &s.NoteTitle, &s.Next,
	} {
		*st = st.Renderer(r)
	}
}

// helpStylesOn moves every style of a help line to r.
func helpStylesOn(s *help.Styles, r *lipgloss.Renderer) {
	for _, st := range []*lipgloss.Style{
		&s.Ellipsis, &s.ShortKey, &s.ShortDesc, &s.ShortSeparator, &s.FullKey, &s.FullDesc, &s.FullSeparator,
	} {
		*st = st.Renderer(r)
	}
}
