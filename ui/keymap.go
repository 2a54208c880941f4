package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// KeyMap is every key the shell itself handles, with its help text. Which keys work
// depends on what the wizard shows: keyRows picks the bindings of the current screen
// and enables or disables them, and that one list both matches the keys (actionFor)
// and draws the help line, so the footer lists exactly the keys that work. Keys no
// row claims go to the current step's form (or the screen's text input).
type KeyMap struct {
	NextStep      key.Binding
	PrevStep      key.Binding
	StepList      key.Binding
	Review        key.Binding
	Preview       key.Binding
	FieldHelp     key.Binding // while the focused field takes text ("?" is typed)
	FieldHelpQ    key.Binding // "?" (and f1) when the focused field does not take text
	Up            key.Binding
	Down          key.Binding
	Scroll        key.Binding // ↑ in a long field help; ↓ is Down
	Open          key.Binding
	Choose        key.Binding // enter on a start screen list
	Shortcut      key.Binding // the start menu's item keys; set per menu by startRows
	GoToProblem   key.Binding // enter on the review's problem list
	GoToCheck     key.Binding // enter on the review's list of account checks
	ChooseCheck   key.Binding // ↑ (and ↓) in that list
	Fix           key.Binding // enter after a rejected create
	Back          key.Binding
	BackToReview  key.Binding // esc after a rejected create
	Submit        key.Binding
	Save          key.Binding
	SaveFile      key.Binding // enter in the review's file name prompt
	Command       key.Binding
	Terraform     key.Binding
	Diff          key.Binding
	SavePreset    key.Binding
	SwitchFocus   key.Binding
	Yes           key.Binding
	YesOnly       key.Binding // "y" alone, where enter must not confirm (discard)
	Overwrite     key.Binding // "y" on "a preset of that name exists"
	No            key.Binding
	Cancel        key.Binding // esc in a prompt: leave it without acting
	NextInput     key.Binding // between the inputs of a dialog
	PrevField     key.Binding // back to the previous field of a form, also from one with an error
	NextRegion    key.Binding // the clone's cluster list: the next region
	PrevRegion    key.Binding // the clone's cluster list: the previous region
	ReviewCopy    key.Binding // enter on the clone summary
	Edit          key.Binding // the clone summary: edit the steps
	CloseHelp     key.Binding // any key closes the field help
	CloseHelpRest key.Binding // any other key closes a field help that scrolls
	CloseSaved    key.Binding // any key closes the "preset saved" note
	Detach        key.Binding
	Quit          key.Binding
	Exit          key.Binding
}

// NewKeyMap returns the wizard's default key bindings.
func NewKeyMap() KeyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	enter := []string{"enter"}
	anything := []string{"esc"} // an "any" row matches every key; esc is its listed one
	return KeyMap{
		NextStep:      b([]string{"ctrl+f", "pgdown"}, "ctrl+f", "next step"),
		PrevStep:      b([]string{"ctrl+b", "pgup"}, "ctrl+b", "prev step"),
		StepList:      b([]string{"ctrl+l"}, "ctrl+l", "steps"),
		Review:        b([]string{"ctrl+r"}, "ctrl+r", "review"),
		Preview:       b([]string{"ctrl+o"}, "ctrl+o", "preview"),
		FieldHelp:     b([]string{"f1"}, "f1", "field help"),
		FieldHelpQ:    b([]string{"?", "f1"}, "?", "field help"),
		Up:            b([]string{"up", "k"}, "↑/k", "up"),
		Down:          b([]string{"down", "j"}, "↓/j", "down"),
		Scroll:        b([]string{"up", "k"}, "↑/↓", "scroll"),
		Open:          b(enter, "enter", "open"),
		Choose:        b(enter, "enter", "choose"),
		Shortcut:      b(nil, "b/1-9/c", "shortcut"),
		GoToProblem:   b(enter, "enter", "go to problem"),
		GoToCheck:     b(enter, "enter", "go to field"),
		ChooseCheck:   b([]string{"up", "k"}, "↑/↓", "choose"),
		Fix:           b(enter, "enter", "fix"),
		Back:          b([]string{"esc"}, "esc", "back"),
		BackToReview:  b([]string{"esc"}, "esc", "review"),
		Submit:        b([]string{"s"}, "s", "submit"),
		Save:          b([]string{"w"}, "w", "save JSON"),
		SaveFile:      b(enter, "enter", "save"),
		Command:       b([]string{"a"}, "a", "aliyun command"),
		Terraform:     b([]string{"t"}, "t", "terraform"),
		Diff:          b([]string{"d"}, "d", "diff"),
		SavePreset:    b([]string{"p"}, "p", "save preset"),
		SwitchFocus:   b([]string{"tab"}, "tab", "body/problems"),
		Yes:           b([]string{"y", "Y", "enter"}, "y", "yes"),
		YesOnly:       b([]string{"y", "Y"}, "y", "yes"),
		Overwrite:     b([]string{"y", "Y"}, "y", "overwrite"),
		No:            b([]string{"n", "N", "esc"}, "n", "no"),
		Cancel:        b([]string{"esc"}, "esc", "cancel"),
		NextInput:     b([]string{"tab", "shift+tab", "up", "down"}, "tab", "field"),
		PrevField:     b([]string{"shift+tab"}, "shift+tab", "previous field"),
		NextRegion:    b([]string{"tab"}, "tab", "next region"),
		PrevRegion:    b([]string{"shift+tab"}, "shift+tab", "previous region"),
		ReviewCopy:    b(enter, "enter", "review the copy"),
		Edit:          b([]string{"e"}, "e", "edit the steps"),
		CloseHelp:     b(anything, "any key", "close"),
		CloseHelpRest: b(anything, "any other key", "close"),
		CloseSaved:    b(anything, "any key", "back to the review"),
		Detach:        b([]string{"ctrl+c"}, "ctrl+c", "detach"),
		Quit:          b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Exit:          b([]string{"q", "enter"}, "q", "exit"),
	}
}

// action is what a key does on the current screen.
type action int

// The actions; actNone leaves the key to the form, text input or viewport.
const (
	actNone action = iota
	actNextStep
	actPrevStep
	actStepList
	actReview
	actPreview
	actFieldHelp
	actQuit
	actUp
	actDown
	actOpen
	actShortcut
	actBack
	actSubmit
	actSave
	actCommand
	actTerraform
	actDiff
	actSavePreset
	actSwitchFocus
	actYes
	actNo
	actNextInput
	actNextRegion
	actPrevRegion
	actEdit
	actClose
	actDetach
	actIgnore // swallowed: the screen takes no keys now
)

// keyRow is one key of a screen: its binding and the action it triggers. A hidden
// row works but is not listed (the second key of a listed pair, such as ↓ beside
// "↑/↓ scroll"); an "any" row matches every key no other row matched.
type keyRow struct {
	key.Binding
	act    action
	hidden bool
	any    bool
}

// row, hidden and anyKey build key rows.
func row(b key.Binding, act action) keyRow    { return keyRow{Binding: b, act: act} }
func hidden(b key.Binding, act action) keyRow { return keyRow{Binding: b, act: act, hidden: true} }
func anyKey(b key.Binding, act action) keyRow { return keyRow{Binding: b, act: act, any: true} }

// when returns the row enabled or disabled; a disabled row neither matches nor shows.
func (r keyRow) when(on bool) keyRow {
	r.SetEnabled(on)
	return r
}

// actionFor is the action of the first enabled row that matches msg, else of the
// first enabled "any" row, else actNone.
func actionFor(rows []keyRow, msg tea.KeyMsg) action {
	for _, r := range rows {
		if !r.any && key.Matches(msg, r.Binding) {
			return r.act
		}
	}
	for _, r := range rows {
		if r.any && r.Enabled() {
			return r.act
		}
	}
	return actNone
}

// screenKeys are the key rows of one screen. They implement help.KeyMap, so the help
// line is drawn from the very rows that match the keys.
type screenKeys []keyRow

var _ help.KeyMap = screenKeys(nil)

// ShortHelp returns the bindings the one-line footer lists.
func (s screenKeys) ShortHelp() []key.Binding { return helpBindings(s) }

// FullHelp returns the same bindings as one column.
func (s screenKeys) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// helpBindings are the rows the help line lists: enabled and not hidden.
func helpBindings(rows []keyRow) []key.Binding {
	out := make([]key.Binding, 0, len(rows))
	for _, r := range rows {
		if r.Enabled() && !r.hidden {
			out = append(out, r.Binding)
		}
	}
	return out
}

// huhKeyMap is huh's default key map without its quit key: the shell owns ctrl+c so
// it can ask before discarding the user's answers.
func huhKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit.SetEnabled(false)
	return km
}
