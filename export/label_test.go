package export

import (
	"testing"

	"ackpool/model"
)

// TestResourceLabel: the Terraform local name is a valid identifier that still reads like
// the pool name; a name with no ASCII letter or digit falls back to "pool".
func TestResourceLabel(t *testing.T) {
	tests := map[string]string{
		"web-g7":   "web-g7",
		"1pool":    "pool_1pool",
		"team.web": "team_web",
		"池":        "pool",
		"池子 web":   "pool_web",
		"":         "pool",
	}
	for name, want := range tests {
		np := &model.NodePool{NodepoolInfo: &model.NodepoolInfo{Name: &name}}
		if got := resourceLabel(np); got != want {
			t.Errorf("resourceLabel(%q) = %q, want %q", name, got, want)
		}
	}
}
