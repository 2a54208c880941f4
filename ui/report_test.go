package ui

import (
	"bytes"
	"strings"
	"testing"

	"ackpool/api"
)

func TestReportDetached(t *testing.T) {
	result := &api.CreateResult{NodepoolID: "np-1", TaskID: "T-1", RequestID: "R-1"}
	for name, tc := range map[string]struct {
		outcome Outcome
		want    string
		notWant string
	}{
		"cloud task resumes with watch": {
			outcome: Outcome{Kind: OutcomeDetached, Result: result, Region: "cn-hangzhou"},
			want:    "ackpool watch T-1 --region cn-hangzhou",
		},
		"in-process sandbox says the task stops": {
			outcome: Outcome{Kind: OutcomeDetached, Result: result, Region: "cn-hangzhou", InProcessSandbox: true},
			want:    "built-in sandbox stops with ackpool",
			notWant: "ackpool watch",
		},
	} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			Report(tc.outcome, &out, &errOut)
			if !strings.Contains(out.String(), "task_id=T-1") {
				t.Errorf("stdout %q lacks the task ID", out.String())
			}
			if !strings.Contains(errOut.String(), tc.want) {
				t.Errorf("stderr %q lacks %q", errOut.String(), tc.want)
			}
			if tc.notWant != "" && strings.Contains(errOut.String(), tc.notWant) {
				t.Errorf("stderr %q should not offer %q", errOut.String(), tc.notWant)
			}
		})
	}
}
