package api

import "testing"

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
