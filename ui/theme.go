package ui

import (
	"strings"

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

// NewStyles builds the wizard's styles. The colour profile (NO_COLOR, --no-color)
// is the renderer's business: with the ASCII profile every colour disappears and
// the layout stays the same.
func NewStyles() Styles {
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
	s.App = lipgloss.NewStyle()
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(colAccent)
	s.Sandbox = lipgloss.NewStyle().Bold(true).Padding(0, 1).
		Foreground(lipgloss.Color("#1E1E1E")).Background(lipgloss.Color("#F2C744"))
	s.Real = lipgloss.NewStyle().Bold(true).Padding(0, 1).
		Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#C62828"))
	s.Cluster = lipgloss.NewStyle().Bold(true)
	s.Muted = lipgloss.NewStyle().Foreground(colMuted)
	s.Border = lipgloss.NewStyle().Foreground(colMuted)
	s.PaneTitle = lipgloss.NewStyle().Bold(true).Foreground(colAccent)
	s.StepCurrent = lipgloss.NewStyle().Bold(true).Foreground(colAccent)
	s.StepCursor = lipgloss.NewStyle().Reverse(true)
	s.Step = lipgloss.NewStyle()
	s.OK = lipgloss.NewStyle().Foreground(colOK)
	s.Warning = lipgloss.NewStyle().Foreground(colWarn)
	s.Error = lipgloss.NewStyle().Foreground(colErr)
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(colAccent)
	s.JSONKey = lipgloss.NewStyle().Foreground(colKey)
	s.JSONString = lipgloss.NewStyle().Foreground(colString)
	s.JSONNumber = lipgloss.NewStyle().Foreground(colNumber)
	s.JSONPunct = lipgloss.NewStyle().Foreground(colMuted)
	s.Changed = lipgloss.NewStyle().Bold(true).Foreground(colWarn)
	s.Dialog = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(colAccent).Padding(1, 2)
	s.Label = lipgloss.NewStyle().Foreground(colMuted).Width(14)
	s.Value = lipgloss.NewStyle().Bold(true)
	s.Help = lipgloss.NewStyle().Foreground(colMuted)
	s.Huh = huh.ThemeCharm()
	s.side = s.Border.Render("│")
	s.borderOn, s.borderOff, _ = strings.Cut(s.Border.Render("x"), "x")
	s.previewTitle = s.PaneTitle.Render("Request body") + s.Muted.Render("  secrets masked")
	s.plain = lipgloss.ColorProfile() == termenv.Ascii
	if s.plain {
		markFocusWithoutColour(s.Huh)
	}
	return s
}

// markFocusWithoutColour makes the focused button of a confirm visible when no colour
// or reverse video can show it: "[ Show ]  Skip" instead of "Show  Skip". The blurred
// button gets the same width, so nothing moves when the focus does.
func markFocusWithoutColour(t *huh.Theme) {
	focused := func(s string) string { return "[" + s + "]" }
	blurred := func(s string) string { return " " + s + " " }
	for _, fs := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
		fs.FocusedButton = fs.FocusedButton.Transform(focused)
		fs.BlurredButton = fs.BlurredButton.Transform(blurred)
	}
}
