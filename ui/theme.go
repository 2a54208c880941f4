package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles is every style the wizard draws with, built once from one palette so View
// never creates styles.
type Styles struct {
	App         lipgloss.Style
	Title       lipgloss.Style
	Sandbox     lipgloss.Style // badge: talking to the loopback sandbox
	Real        lipgloss.Style // badge: talking to the real cloud
	Cluster     lipgloss.Style
	Muted       lipgloss.Style
	Border      lipgloss.Style // the side panels' border lines (step list, preview)
	PaneTitle   lipgloss.Style
	StepCurrent lipgloss.Style
	StepCursor  lipgloss.Style
	Step        lipgloss.Style
	OK          lipgloss.Style
	Warning     lipgloss.Style
	Error       lipgloss.Style
	Selected    lipgloss.Style
	JSONKey     lipgloss.Style
	JSONString  lipgloss.Style
	JSONNumber  lipgloss.Style
	JSONPunct   lipgloss.Style
	Changed     lipgloss.Style // preview lines changed by the last edit
	Dialog      lipgloss.Style
	Label       lipgloss.Style
	Value       lipgloss.Style
	Help        lipgloss.Style
	Huh         *huh.Theme

	side string // the styled vertical border, drawn on every panel line
	// borderOn and borderOff wrap a run of border characters in the border's style,
	// so the top and bottom edges of a panel need no lipgloss render per frame.
	borderOn, borderOff string
	previewTitle        string // the preview panel's title line
	plain               bool   // no colour or text attributes (NO_COLOR): marks must be characters
}

// NewStyles builds the wizard's styles on r, the renderer of the terminal the wizard
// draws on. The colour profile (NO_COLOR, --no-color) is the renderer's business:
// with the ASCII profile every colour disappears and the layout stays the same.
func NewStyles(r *lipgloss.Renderer) Styles {
	// the palette: adaptive so both light and dark terminals read well
	var (
		colAccent = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#9F8CFF"}
		colMuted  = lipgloss.AdaptiveColor{Light: "#6B6B6B", Dark: "#8A8A8A"}
		colOK     = lipgloss.AdaptiveColor{Light: "#1B7F3B", Dark: "#4CD07D"}
		colWarn   = lipgloss.AdaptiveColor{Light: "#9A6700", Dark: "#F2C744"}
		colErr    = lipgloss.AdaptiveColor{Light: "#B42318", Dark: "#FF6B6B"}
		colKey    = lipgloss.AdaptiveColor{Light: "#0B5CAD", Dark: "#7CC4FF"}
		colString = lipgloss.AdaptiveColor{Light: "#1B7F3B", Dark: "#A6E3A1"}
		colNumber = lipgloss.AdaptiveColor{Light: "#9A3412", Dark: "#FAB387"}
	)
	s := Styles{}
	s.App = r.NewStyle()
	s.Title = r.NewStyle().Bold(true).Foreground(colAccent)
	s.Sandbox = r.NewStyle().Bold(true).Padding(0, 1).
		Foreground(lipgloss.Color("#1E1E1E")).Background(lipgloss.Color("#F2C744"))
	s.Real = r.NewStyle().Bold(true).Padding(0, 1).
		Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#C62828"))
	s.Cluster = r.NewStyle().Bold(true)
	s.Muted = r.NewStyle().Foreground(colMuted)
	s.Border = r.NewStyle().Foreground(colMuted)
	s.PaneTitle = r.NewStyle().Bold(true).Foreground(colAccent)
	s.StepCurrent = r.NewStyle().Bold(true).Foreground(colAccent)
	s.StepCursor = r.NewStyle().Reverse(true)
	s.Step = r.NewStyle()
	s.OK = r.NewStyle().Foreground(colOK)
	s.Warning = r.NewStyle().Foreground(colWarn)
	s.Error = r.NewStyle().Foreground(colErr)
	s.Selected = r.NewStyle().Bold(true).Foreground(colAccent)
	s.JSONKey = r.NewStyle().Foreground(colKey)
	s.JSONString = r.NewStyle().Foreground(colString)
	s.JSONNumber = r.NewStyle().Foreground(colNumber)
	s.JSONPunct = r.NewStyle().Foreground(colMuted)
	s.Changed = r.NewStyle().Bold(true).Foreground(colWarn)
	s.Dialog = r.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(colAccent).Padding(1, 2)
	s.Label = r.NewStyle().Foreground(colMuted).Width(14)
	s.Value = r.NewStyle().Bold(true)
	s.Help = r.NewStyle().Foreground(colMuted)
	s.Huh = huhTheme(r)
	s.side = s.Border.Render("│")
	s.borderOn, s.borderOff, _ = strings.Cut(s.Border.Render("x"), "x")
	s.previewTitle = s.PaneTitle.Render("Request body") + s.Muted.Render("  secrets masked")
	s.plain = r.ColorProfile() == termenv.Ascii
	if s.plain {
		markFocusWithoutColour(s.Huh)
	}
	return s
}

// markFocusWithoutColour makes the focused button of a confirm visible when no colour
// or reverse video can show it: "[Show]  Skip" instead of "Show  Skip". The blurred
// button gets the same width, so nothing moves when the focus does.
func markFocusWithoutColour(t *huh.Theme) {
	focused := func(s string) string { return "[" + s + "]" }
	blurred := func(s string) string { return " " + s + " " }
	for _, fs := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
		fs.FocusedButton = fs.FocusedButton.Transform(focused)
		fs.BlurredButton = fs.BlurredButton.Transform(blurred)
	}
}

// textInput is a one-line input drawn with these styles (prompt, text, placeholder,
// cursor), so it follows the wizard's renderer rather than lipgloss's default one.
func (s Styles) textInput(prompt, placeholder string) textinput.Model {
	in := textinput.New()
	in.Prompt, in.Placeholder = prompt, placeholder
	in.PromptStyle = s.Label.UnsetWidth()
	in.TextStyle = s.App
	in.PlaceholderStyle = s.Muted
	in.CompletionStyle = s.Muted
	in.Cursor.Style = s.App
	in.Cursor.TextStyle = s.App
	return in
}

// helpStyles are the footer's styles: keys bold, descriptions and separators muted.
func (s Styles) helpStyles() help.Styles {
	return help.Styles{
		Ellipsis:       s.Help,
		ShortKey:       s.Help.Bold(true),
		ShortDesc:      s.Help,
		ShortSeparator: s.Help,
		FullKey:        s.Help.Bold(true),
		FullDesc:       s.Help,
		FullSeparator:  s.Help,
	}
}
