package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/huh"
)

// TestFocusedButtonVisibleWithoutColour: under NO_COLOR (the ASCII profile the tests
// run with) a confirm still shows which button has the focus.
func TestFocusedButtonVisibleWithoutColour(t *testing.T) {
	st := NewStyles()
	if !st.plain {
		t.Skip("the tests run with the ASCII profile; this one needs it")
	}
	yes := true
	c := huh.NewConfirm().Title("Advanced settings").Affirmative("Show").Negative("Skip").Value(&yes).WithTheme(st.Huh)
	c.Focus()
	view := c.View()
	if !strings.Contains(view, "[Show]") || strings.Contains(view, "[Skip]") {
		t.Fatalf("focused Show is not marked:\n%s", view)
	}
	yes = false
	view = c.View()
	if !strings.Contains(view, "[Skip]") || strings.Contains(view, "[Show]") {
		t.Fatalf("focused Skip is not marked:\n%s", view)
	}
}
