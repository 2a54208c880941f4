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

func TestPoolNameCharacterRules(t *testing.T) {
	tests := map[string]string{
		"np-general_01":         "",
		"节点池-1":                 "",
		strings.Repeat("a", 63): "",
		strings.Repeat("a", 64): "64 characters long",
		"np\x1b]0;title\x07":    "U+001B",
		"np\x00":                "U+0000",
		"my pool":               "a space",
		"-np":                   "starts with '-'",
		"_np":                   "starts with '_'",
		"np.1":                  "'.'",
		"np\u202e":              "U+202E",
		"bad\xff":               "UTF-8",
	}
	for name, want := range tests {
		np := &NodePool{NodepoolInfo: &NodepoolInfo{Name: ptr(name)}}
		var msg string
		for _, p := range Validate(np) {
			if p.Path == "nodepool_info.name" {
				msg = p.Message
			}
		}
		switch {
		case want == "" && msg != "":
			t.Errorf("name %q: unexpected problem %q", name, msg)
		case want != "" && (!strings.Contains(msg, want) || !strings.Contains(msg, "letters, digits")):
			t.Errorf("name %q: problem %q, want it to mention %q and the allowed set", name, msg, want)
		case strings.ContainsAny(msg, "\x1b\x00\x07"):
			t.Errorf("name %q: the message repeats control characters: %q", name, msg)
		}
	}
}
