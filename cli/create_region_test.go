package cli

import (
	"strings"
	"testing"

	"ackpool/api/sandbox"
)

// TestCreateInAnotherRegionIsRefused: the sandbox serves every region from one
// address, so a cluster of cn-hangzhou sent with --region mars-1 must be refused
// before anything is sent, naming the cluster's region.
func TestCreateInAnotherRegionIsRefused(t *testing.T) {
	s := newCmdSandbox(t, sandbox.Options{})
	cluster, file := s.requestFile(t, "np-mars")
	_, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "text", Region: "mars-1"}, "")
	if !isUsageError(err) || !strings.Contains(err.Error(), "is in region cn-hangzhou, not mars-1") || !strings.Contains(err.Error(), "--region cn-hangzhou") {
		t.Fatalf("err = %v, want a usage error naming the cluster's region", err)
	}
	out, _, err := runCreate(&createOptions{NewClient: s.factory, ClusterID: cluster, File: file, Yes: true, Output: "text", Region: "cn-hangzhou"}, "")
	if err != nil || !strings.Contains(out, "nodepool_id: np") {
		t.Fatalf("the same request in the cluster's region: %v\n%s", err, out)
	}
}
