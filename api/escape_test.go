package api_test

import (
	"context"
	"strings"
	"testing"

	"ackpool/api/sandbox"
)

// TestServerTextIsPrintedWithControlsVisible: a server message that echoes an escape
// sequence (here a cluster ID that would set the terminal's title) reaches the error
// text with its control characters made visible.
func TestServerTextIsPrintedWithControlsVisible(t *testing.T) {
	e := newEnv(t, sandbox.Options{})
	_, err := e.client.DescribeCluster(context.Background(), "cn-hangzhou", "c\x1b]0;pwned\x07")
	if err == nil {
		t.Fatal("want ErrorClusterNotFound")
	}
	if msg := err.Error(); strings.ContainsAny(msg, "\x1b\x07") || !strings.Contains(msg, `c\x1b]0;pwned\x07`) {
		t.Fatalf("error text %q", msg)
	}
}
