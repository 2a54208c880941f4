package ui

import (
	"strings"
	"testing"
)

// TestReviewSummarySaysWhatTheRequestCreates: above (or beside) the JSON, the review
// names the cluster, the zones, the compute at the size asked for, billing, disks and
// what the pool may do on its own, from the account's lists.
func TestReviewSummarySaysWhatTheRequestCreates(t *testing.T) {
	e := newSandbox(t, 5000)
	d := sandboxWizard(t, e, "summary")
	two := int64(2)
	d.m.np.ScalingGroup.DesiredSize = &two
	d.keys("ctrl+r")
	d.expectView("Summary", "per node", "on its own")
	var lines []string
	for _, r := range d.m.summary() {
		lines = append(lines, r.label+" "+r.text)
	}
	view := strings.Join(lines, "\n")
	for _, want := range []string{
		"cluster prod-web (" + d.m.target.ClusterID + ")", "nodes 2 nodes in 1 zone (cn-hangzhou-",
		"per node ", " vCPU · ", "total at 2 nodes:", "billing PostPaid (pay as you go)",
		"disks system cloud_essd 120 GiB", "on its own nothing: not a managed pool",
	} {
		if !strings.Contains(view, want) {
			t.Fatalf("summary lacks %q:\n%s", want, d.view())
		}
	}
}

func TestNodeSizeTotals(t *testing.T) {
	per := nodeSize{cpuLo: 4, cpuHi: 8, memLo: 16, memHi: 32, gpuLo: 0, gpuHi: 1}
	if got := per.times(3).String(); got != "12–24 vCPU · 48–96 GiB · 0–3 GPU" {
		t.Fatalf("3 nodes: %q", got)
	}
	if got := (nodeSize{2, 2, 4, 4, 0, 0}).String(); got != "2 vCPU · 4 GiB" {
		t.Fatalf("one type: %q", got)
	}
}
