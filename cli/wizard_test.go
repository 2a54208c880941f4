package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"ackpool/api"
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
