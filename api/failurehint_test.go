package api

import (
	"errors"
	"net"
	"net/url"
	"strings"
	"testing"
)

// TestFailureHint: a failed task's detail that names a known cloud code gets the same
// next step as an API error with that code; unknown details get a general one.
func TestFailureHint(t *testing.T) {
	tests := map[string]struct{ failure, want string }{
		"no stock in the message": {"ScaleOutInstances failed: ECS RunInstances returned OperationDenied.NoStock for ecs.g7.xlarge (code 400)", hintFor("OperationDenied.NoStock")},
		"quota code":              {"create failed (code QuotaExceeded.Vcpu)", hintFor("QuotaExceeded")},
		"pool failed":             {"pool state failed (2 of 2 nodes failed)", genericFailureHint},
		"nothing known":           {"the task reported state failed without details", genericFailureHint},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := FailureHint(tt.failure); got != tt.want || got == "" {
				t.Errorf("FailureHint(%q) = %q, want %q", tt.failure, got, tt.want)
			}
		})
	}
}

// TestTransportHintNamesTheRegionForAnUnknownHost: a host name that does not resolve is
// most often a mistyped --region (every region has its own endpoint), so the hint names
// the host and --region.
func TestTransportHintNamesTheRegionForAnUnknownHost(t *testing.T) {
	err := &url.Error{Op: "Post", URL: "https://cs.eu-nowhere.aliyuncs.com/clusters/c/nodepools",
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Name: "cs.eu-nowhere.aliyuncs.com", Err: "no such host", IsNotFound: true}}}
	h := transportHint(err)
	if !strings.Contains(h, "cs.eu-nowhere.aliyuncs.com") || !strings.Contains(h, "--region") {
		t.Errorf("transportHint = %q", h)
	}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	if h := transportHint(refused); !strings.Contains(h, "could not connect") {
		t.Errorf("transportHint(refused) = %q", h)
	}
}
