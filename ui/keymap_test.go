package ui

import (
	"testing"

	"ackpool/api"
)

// TestListedKeysDoWhatTheHelpLineSays checks, on every screen, that each key the
// help line lists triggers the action of its own row (no earlier row shadows it),
// and that a disabled row's key does not trigger its action.
func TestListedKeysDoWhatTheHelpLineSays(t *testing.T) {
	d := fakeReuseWizard(t, 160, 48)
	m := d.m
	screens := map[string]func(){
		"start menu": func() {},
		"editing":    func() { d.keys("b") },
		"steps":      func() { d.keys("ctrl+l") },
		"field help": func() { d.keys("esc", "f1") },
		"quit":       func() { d.keys("esc", "ctrl+c") },
		"review":     func() { d.keys("n", "ctrl+r") },
		"save file":  func() { d.keys("w") },
		"preset":     func() { d.keys("esc", "p") },
		"confirm":    func() { d.keys("esc"); m.phase = phaseConfirm },
		"failed":     func() { m.phase, m.sub.err = phaseFailed, &api.Error{Code: "Boom"} },
		"watching":   func() { m.phase = phaseWatching },
		"done":       func() { m.phase = phaseDone },
	}
	order := []string{"start menu", "editing", "steps", "field help", "quit", "review", "save file", "preset", "confirm", "failed", "watching", "done"}
	phases := []phase{phaseStart, phaseEditing, phaseSteps, phaseHelp, phaseQuitConfirm, phaseReview, phaseReview, phaseReview,
		phaseConfirm, phaseFailed, phaseWatching, phaseDone}
	for i, name := range order {
		screens[name]()
		if m.phase != phases[i] {
			t.Fatalf("%s: phase %d, want %d", name, m.phase, phases[i])
		}
		rows := m.keyRows()
		if len(helpBindings(rows)) == 0 {
			t.Errorf("%s: the help line lists no key", name)
		}
		for _, r := range rows {
			if r.any {
				continue
			}
			for _, k := range r.Keys() {
				got := actionFor(rows, keyMsg(k))
				switch {
				case r.Enabled() && got != r.act:
					t.Errorf("%s: %q is listed for action %d but does %d", name, k, r.act, got)
				case !r.Enabled() && got == r.act && r.act != actNone:
					t.Errorf("%s: %q works although its row is disabled", name, k)
				}
			}
		}
	}
}

func TestAnyKeyRowsCatchTheRest(t *testing.T) {
	km := NewKeyMap()
	rows := []keyRow{hidden(km.Quit, actQuit), row(km.Scroll, actUp), anyKey(km.CloseHelp, actClose)}
	for k, want := range map[string]action{"ctrl+c": actQuit, "up": actUp, "x": actClose, "enter": actClose} {
		if got := actionFor(rows, keyMsg(k)); got != want {
			t.Errorf("%q = %d, want %d", k, got, want)
		}
	}
	if got := helpBindings(rows); len(got) != 2 || got[0].Help().Desc != "scroll" || got[1].Help().Key != "any key" {
		t.Errorf("help line %v, want scroll and any key", got)
	}
}
