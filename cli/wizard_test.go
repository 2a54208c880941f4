package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ackpool/api"
	"ackpool/ui"
)

func TestWizardNeedsATerminal(t *testing.T) {
	var out, errOut bytes.Buffer
	called := false
	opts := &wizardOptions{
		Global:  &globalOptions{},
		Streams: IOStreams{In: strings.NewReader(""), Out: &out, Err: &errOut},
		NewClient: func(context.Context) (api.Client, func(), error) {
			called = true
			return nil, func() {}, nil
		},
		Getenv: func(string) string { return "" },
	}
	err := wizardRun(context.Background(), opts)
	if !isUsageError(err) || !strings.Contains(err.Error(), "ackpool create --file") {
		t.Fatalf("err = %v, want a usage error pointing to create --file", err)
	}
	if called {
		t.Fatalf("the client (and a sandbox) was started for a wizard that cannot run")
	}
	if out.Len() != 0 {
		t.Fatalf("stdout = %q, want nothing", out.String())
	}
}

func TestNoColorRendererDrawsPlainText(t *testing.T) {
	if p := newRenderer(&bytes.Buffer{}, true).ColorProfile(); p != termenv.Ascii {
		t.Fatalf("--no-color renderer profile %v, want ASCII", p)
	}
	plain := ui.NewStyles(newRenderer(&bytes.Buffer{}, true))
	if got := plain.Error.Render("x"); got != "x" {
		t.Fatalf("styles on the --no-color renderer draw %q, want plain x", got)
	}
	if newRenderer(&bytes.Buffer{}, false) == lipgloss.DefaultRenderer() {
		t.Fatalf("newRenderer returned lipgloss's default renderer instead of one for the wizard's stream")
	}
}
