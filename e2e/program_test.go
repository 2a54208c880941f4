package e2e

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"ackpool/forms"
	"ackpool/forms/steps"
	"ackpool/ui"
)

// TestProgramSubmitsThroughTeatest runs the wizard as a real bubbletea program (its
// renderer, its command loop) at 80x24 against the sandbox: the real eight steps,
// straight to the review, submit, and the done screen.
func TestProgramSubmitsThroughTeatest(t *testing.T) {
	skipShort(t)
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "teatest-pool")
	cat := ui.NewCatalog(e.client)
	built := steps.Build(np, &forms.Env{Catalog: cat, Target: target})
	m := ui.New(ui.Options{Client: e.client, Catalog: cat, NodePool: np, Target: target, Steps: built, FieldHelp: forms.FieldHelp, Now: fixedNow, Renderer: plainRenderer()})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))

	waitFor(t, tm.Output(), "Target")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlR})
	waitFor(t, tm.Output(), "s submit")
	tm.Type("s")
	waitFor(t, tm.Output(), "Create this node pool?")
	tm.Type("y")
	waitFor(t, tm.Output(), "Node pool created")
	tm.Type("q")

	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(*ui.Model)
	if !ok {
		t.Fatalf("final model is not the wizard")
	}
	out := final.Outcome()
	if out.Kind != ui.OutcomeCreated || out.Result == nil || out.Result.NodepoolID == "" {
		t.Fatalf("outcome = %+v, want a created pool", out)
	}
}

// fixedNow is the test's clock: the elapsed time on the progress screen never
// changes between runs.
func fixedNow() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

// plainRenderer draws without colour, so the screen text can be matched as is.
func plainRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return r
}

// waitFor reads the program's output until it shows want, failing after a generous
// bound (a hung program, not a slow one).
func waitFor(t *testing.T, r io.Reader, want string) {
	t.Helper()
	teatest.WaitFor(t, r, func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(30*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}
