package model

import (
	"strings"
	"testing"
)

func TestRedactAssignmentMasksSecretsAndNearMisses(t *testing.T) {
	tests := map[string]string{
		"scaling_group.login_password=Abc123!x": "scaling_group.login_password=********",
		"scaling_group.login_pasword=Abc123!x":  "scaling_group.login_pasword=********",
		"kubernetes_config.user_data=ZWNobw==":  "kubernetes_config.user_data=********",
		"x.db_secret=s":                         "x.db_secret=********",
		"scaling_group.desired_size=3":          "scaling_group.desired_size=3",
		"scaling_group.instance_types=ecs.g7":   "scaling_group.instance_types=ecs.g7",
		"nodepool_info.name=np":                 "nodepool_info.name=np",
	}
	for in, want := range tests {
		if got := RedactAssignment(in); got != want {
			t.Errorf("RedactAssignment(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMaskedPasswordIsNamedAsAMask: a body saved from a masked preview has "********"
// as its password; validation says it is the mask instead of judging its characters.
func TestMaskedPasswordIsNamedAsAMask(t *testing.T) {
	np := &NodePool{ScalingGroup: &ScalingGroup{LoginPassword: ptr(Mask)}}
	var found bool
	for _, p := range Validate(np) {
		if p.Path != "scaling_group.login_password" {
			continue
		}
		if strings.Contains(p.Message, "character classes") {
			t.Errorf("the mask is judged as a password: %s", p.Message)
		}
		found = found || strings.Contains(p.Message, "is the mask")
	}
	if !found {
		t.Fatal("no problem names the password as the mask")
	}
}
