package forms

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// The view cache knows huh's refresh message (its type is not exported): a group
// sends it to its fields when it starts.
func TestRefreshMessageIsRecognised(t *testing.T) {
	var msgs []tea.Msg
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				run(c)
			}
			return
		}
		msgs = append(msgs, msg)
	}
	run(huh.NewGroup(huh.NewInput()).Init())
	for _, msg := range msgs {
		if isRefreshMsg(msg) {
			return
		}
	}
	t.Fatalf("none of the group's first messages %v is huh's refresh message", msgs)
}

// A field without computed parts keeps its view through refresh messages once it
// had one since its last change; one whose description is computed renders again
// on each; focus and a new width render the field again.
func TestCachedFieldKeepsItsViewUntilItChanges(t *testing.T) {
	var text string
	static := cache(huh.NewInput().Title("Name").Value(&text))
	n := 0
	dynamic := cache(huh.NewInput().Title("Name").DescriptionFunc(func() string { return "computed" }, &n).Value(&text))
	for _, c := range []*cachedField{static, dynamic} {
		c.built()
		c.WithTheme(huh.ThemeCharm())
		c.WithWidth(40)
		c.Update(refreshMsg()) // the first since the change reaches the field
		_ = c.View()
		c.Update(refreshMsg())
	}
	if !static.valid || dynamic.valid {
		t.Fatalf("after a second refresh: static kept %v (want true), computed kept %v (want false)", static.valid, dynamic.valid)
	}
	before := static.View()
	static.Focus()
	if static.valid {
		t.Fatal("focus kept the view")
	}
	if after := static.View(); after == before {
		t.Fatal("the focused field draws as the blurred one")
	}
	static.WithWidth(30)
	if static.valid {
		t.Fatal("a new width kept the view")
	}
}

// refreshMsg is huh's refresh message, from a group's start.
func refreshMsg() tea.Msg {
	msg := huh.NewGroup(huh.NewInput()).Init()()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return msg
	}
	for _, c := range batch {
		if c == nil {
			continue
		}
		if msg := c(); isRefreshMsg(msg) {
			return msg
		}
	}
	return nil
}
