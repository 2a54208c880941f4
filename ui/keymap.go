package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// KeyMap is every key the shell itself handles; keys it does not claim go to the
// current step's form. Bindings are enabled and disabled by phase (see keysFor) so the
// help line only ever lists keys that work.
type KeyMap struct {
	NextStep    key.Binding
	PrevStep    key.Binding
	StepList    key.Binding
	Review      key.Binding
	Preview     key.Binding
	FieldHelp   key.Binding
	FieldHelpQ  key.Binding // "?" when the focused field does not take text
	Up          key.Binding
	Down        key.Binding
	Open        key.Binding
	Back        key.Binding
	Submit      key.Binding
	Save        key.Binding
	Command     key.Binding
	SwitchFocus key.Binding
	Yes         key.Binding
	YesOnly     key.Binding // "y" alone, where enter must not confirm (discard, overwrite)
	No          key.Binding
	Cancel      key.Binding // esc in a prompt: leave it without acting
	NextInput   key.Binding // between the inputs of a dialog
	PrevField   key.Binding // back to the previous field of the form, also from one with an error
	NextRegion  key.Binding // the clone's cluster list: the next region
	PrevRegion  key.Binding // the clone's cluster list: the previous region
	Edit        key.Binding // the clone summary: edit the steps
	Detach      key.Binding
	Quit        key.Binding
	Exit        key.Binding
}

// NewKeyMap returns the wizard's default key bindings.
func NewKeyMap() KeyMap {
	return KeyMap{
		NextStep:    key.NewBinding(key.WithKeys("ctrl+f", "pgdown"), key.WithHelp("ctrl+f", "next step")),
		PrevStep:    key.NewBinding(key.WithKeys("ctrl+b", "pgup"), key.WithHelp("ctrl+b", "prev step")),
		StepList:    key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "steps")),
		Review:      key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "review")),
		Preview:     key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "preview")),
		FieldHelp:   key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "field help")),
		FieldHelpQ:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "field help")),
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Submit:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "submit")),
		Save:        key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "save JSON")),
		Command:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "aliyun command")),
		SwitchFocus: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "body/problems")),
		Yes:         key.NewBinding(key.WithKeys("y", "Y", "enter"), key.WithHelp("y", "yes")),
		YesOnly:     key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:          key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		NextInput:   key.NewBinding(key.WithKeys("tab", "shift+tab", "up", "down"), key.WithHelp("tab", "field")),
		PrevField:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous field")),
		NextRegion:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next region")),
		PrevRegion:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous region")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit the steps")),
		Detach:      key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "detach")),
		Quit:        key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Exit:        key.NewBinding(key.WithKeys("q", "enter"), key.WithHelp("q", "exit")),
	}
}

// huhKeyMap is huh's default key map without its quit key: the shell owns ctrl+c so
// it can ask before discarding the user's answers.
func huhKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit.SetEnabled(false)
	return km
}

// helpKeys adapts a list of bindings to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp returns the bindings for the one-line footer.
func (h helpKeys) ShortHelp() []key.Binding { return h.short }

// FullHelp returns the bindings for the expanded help.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
